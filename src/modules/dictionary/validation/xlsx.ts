// Streaming XLSX validation: the first worksheet, its first non-empty row the header, read through core's guarded
// streaming reader (core/tabular/xlsx-stream.ts: the zip-bomb guards, exceljs's temporary files).
// Memory: flat in the number of rows, except for the shared-strings table (distinct texts), which .xlsx needs at hand.
import type { Readable } from 'node:stream';
import { fileErrors } from '../../../core/tabular/errors.js';
import { cellText } from '../../../core/tabular/xlsx.js';
import { readXlsxRows } from '../../../core/tabular/xlsx-stream.js';
import type { DataType } from '../model.js';
import { ROW_FIELD, bindColumns, type BoundHeader, type CompiledEntity } from './compile.js';
import { FindingCollector, type ValidationOptions, type ValidationResult } from './collector.js';
import { messages } from './messages.js';
import { isBlank } from './text.js';

/**
 * Validates the first worksheet of an .xlsx stream; its first non-empty row is the header. Date cells are checked as
 * dates, numbers as their decimal text, rich text as its plain text, formulas by their cached result.
 * Rows are numbered as the sheet numbers them (the header's own row included). The input is read, never destroyed.
 */
export async function validateXlsx(compiled: CompiledEntity, input: Readable, options: ValidationOptions): Promise<ValidationResult> {
  const collector = new FindingCollector(options.maxFindings);
  const sink = collector.sink;
  const { onProgress } = options;

  let bound: BoundHeader | undefined;
  let width = 0;
  let types: readonly (DataType | undefined)[] = [];
  let values: string[] = [];
  await readXlsxRows(input, options, (sheetRow) => {
    if (bound === undefined) {
      const header: string[] = new Array<string>(sheetRow.cellCount).fill('');
      sheetRow.eachCell((cell, column) => {
        header[column - 1] = cellText(cell.value, false).trim();
      });
      if (header.every((h) => h === '')) return;
      while (header.length > 0 && header[header.length - 1] === '') header.pop();
      width = header.length;
      bound = bindColumns(compiled, header, sink, sheetRow.number);
      types = bound.columnTypes;
      values = new Array<string>(width).fill('');
      return;
    }

    values.fill('');
    let extra = 0;
    let any = false;
    sheetRow.eachCell((cell, column) => {
      const text = cellText(cell.value, types[column - 1] === 'date');
      if (column <= width) {
        values[column - 1] = text;
        if (!any && !isBlank(text)) any = true;
      } else if (!isBlank(text)) extra = column;
    });
    if (!any && extra === 0) return;
    const row = sheetRow.number;
    let valid = true;
    if (extra > 0) {
      const count = extra;
      sink(row, ROW_FIELD, 'bad_format', String(count), () => messages.rowLength(count, width));
      valid = false;
    }
    if (!bound.check(values, row, sink)) valid = false;
    collector.row(valid);
    if (onProgress && collector.rows % 1000 === 0) onProgress(collector.rows);
  });
  if (bound === undefined) throw fileErrors.empty();
  onProgress?.(collector.rows);
  return collector.result();
}
