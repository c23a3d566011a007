// Streaming CSV validation: core's streamed records (bytes → UTF-8 check → csv-parse) → per-row checks, holding one
// chunk and the kept findings.
import type { Readable } from 'node:stream';
import { readCsvRecords } from '../../../core/tabular/csv.js';
import { fileErrors } from '../../../core/tabular/errors.js';
import type { BoundHeader, CompiledEntity } from './compile.js';
import { ROW_FIELD, bindColumns } from './compile.js';
import { FindingCollector, type ValidationOptions, type ValidationResult } from './collector.js';
import { messages } from './messages.js';
import { isBlank } from './text.js';

function isEmptyRecord(record: readonly string[]): boolean {
  for (let i = 0; i < record.length; i++) if (!isBlank(record[i] as string)) return false;
  return true;
}

function hasValuesFrom(record: readonly string[], from: number): boolean {
  for (let i = from; i < record.length; i++) if (!isBlank(record[i] as string)) return true;
  return false;
}

/**
 * Validates a CSV stream (UTF-8, with or without BOM; ',' ';' or tab delimited as the header line shows) against an
 * entity, read through core's streamed reader (core/tabular/csv.ts). Never holds the file: one chunk, the parser's
 * current record, counters and the first maxFindings findings. Rows are numbered as a spreadsheet shows the file: the
 * header is row 1, the first data record row 2, empty records included (wholly empty rows are not counted in the
 * summary). The input is read, never destroyed.
 */
export async function validateCsv(compiled: CompiledEntity, input: Readable, options: ValidationOptions): Promise<ValidationResult> {
  const collector = new FindingCollector(options.maxFindings);
  const sink = collector.sink;
  const { onProgress } = options;
  let bound: BoundHeader | undefined;
  let width = 0;
  /** The spreadsheet row of the last record: the header is row 1; empty records count, as the spreadsheet shows them. */
  let row = 1;

  const onRecord = (record: string[]): void => {
    if (bound === undefined) {
      if (isEmptyRecord(record)) throw fileErrors.empty();
      width = record.length;
      bound = bindColumns(compiled, record, sink, 1);
      return;
    }
    row++;
    if (isEmptyRecord(record)) return;
    let valid = true;
    const length = record.length;
    if (length !== width && (length < width || hasValuesFrom(record, width))) {
      const shown = String(length);
      const expected = width;
      sink(row, ROW_FIELD, 'bad_format', shown, () => messages.rowLength(length, expected));
      valid = false;
    }
    if (!bound.check(record, row, sink)) valid = false;
    collector.row(valid);
  };

  await readCsvRecords(input, options, onRecord, onProgress ? () => onProgress(collector.rows) : undefined);
  if (bound === undefined) throw fileErrors.empty();
  onProgress?.(collector.rows);
  return collector.result();
}
