// The validation engine's entry points for whole inputs: JSON records, CSV and XLSX streams, and the findings as CSV.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { defuseFormula } from '../../../core/tabular/formula.js';
import type { ValidationFinding } from '../model.js';
import { checkRecordWith, type CompiledEntity } from './compile.js';
import { FindingCollector, type ValidationOptions, type ValidationResult } from './collector.js';

export type { ValidationOptions, ValidationResult } from './collector.js';
export { validateCsv } from './csv.js';
export { validateXlsx } from './xlsx.js';
export { sniffFormat } from '../../../core/tabular/sniff.js';

/** Validates a JSON record or an array of records; record N (1-based) is row N. maxBytes does not apply (the body is parsed). */
export function validateRecords(compiled: CompiledEntity, records: unknown, options: ValidationOptions): ValidationResult {
  const list: readonly unknown[] = Array.isArray(records) ? records : [records];
  const collector = new FindingCollector(options.maxFindings);
  for (let i = 0; i < list.length; i++) {
    if ((i & 1023) === 0) {
      options.signal?.throwIfAborted();
      if (i > 0) options.onProgress?.(i);
    }
    collector.row(checkRecordWith(compiled, list[i], i + 1, collector.sink));
  }
  options.onProgress?.(list.length);
  return collector.result();
}

// ---- findings as CSV ----

/** The header, Vietnamese first and English after, as the people who open the file in a spreadsheet read it. */
export const FINDING_CSV_HEADER = ['Dòng / Row', 'Trường / Field', 'Lỗi / Problem', 'Giá trị / Value', 'Thông báo / Message (vi)', 'Thông báo / Message (en)'];
const findingColumns = FINDING_CSV_HEADER;

/**
 * Writes findings as CSV — header «Dòng / Row, Trường / Field, Lỗi / Problem, Giá trị / Value, Thông báo / Message (vi), Thông báo / Message (en)» — in UTF-8 with a BOM and CRLF line
 * ends, so Excel opens the Vietnamese right; then ends `out`. Values that Excel would take for formulas are defused.
 */
export async function writeFindingsCsv(
  findings: Iterable<ValidationFinding> | AsyncIterable<ValidationFinding>,
  out: Writable,
  options: { delimiter?: ',' | ';' } = {},
): Promise<void> {
  const stringifier = stringify({ bom: true, header: true, columns: findingColumns, delimiter: options.delimiter ?? ',', record_delimiter: 'windows' });
  const done = pipeline(stringifier, out);
  try {
    for await (const f of findings) {
      const record = [String(f.row), defuseFormula(f.field), f.problem, defuseFormula(f.value ?? ''), f.message.vi, f.message.en];
      if (!stringifier.write(record)) await once(stringifier, 'drain');
    }
    stringifier.end();
  } catch (err) {
    stringifier.destroy(err as Error);
  }
  await done;
}
