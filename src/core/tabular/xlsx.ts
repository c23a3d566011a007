// XLSX cells and small workbooks read whole (imports of at most a few thousand rows). Streamed reading, for files of
// any size: xlsx-stream.ts.
//
// Loading whole costs what the file holds, never what it declares: the rows and cells are visited as exceljs parsed
// them (present rows, present cells), not by counting up to the sheet's dimension or last row number, and no row or
// cell is created by looking at it (exceljs's getRow and getCell create what they do not find). Before loading, the
// archive's unpacked size is checked (zip.ts), since exceljs inflates it whole in memory.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { excelDateText } from './dates.js';
import { MAX_UNPACKED_BYTES, unpackedSize } from './zip.js';

/** A cell's value once formulas (their cached result), rich text and hyperlinks (their text) are unwrapped. */
export type CellScalar = string | number | boolean | Date | null;

/** The value of a cell of exceljs (loaded whole or streamed) as a scalar; a formula without a cached result is null. */
export function cellValue(value: unknown): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: unknown }[]; result?: unknown; text?: unknown; error?: unknown; formula?: unknown; sharedFormula?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
    if ('result' in v) return cellValue(v.result);
    if (v.formula !== undefined || v.sharedFormula !== undefined) return null;
    if ('text' in v) return cellValue(v.text); // a hyperlink
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}

function numberText(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

/** A cell's value as the text a CSV export of it would hold; a date cell as YYYY-MM-DD, or with its time unless dateOnly. */
export function cellText(value: unknown, dateOnly: boolean): string {
  // Runs on every cell of a streamed validation: the plain values first, without unwrapping.
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return excelDateText(value, dateOnly);
  const scalar = cellValue(value);
  return scalar === null ? '' : cellText(scalar, dateOnly);
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** An XLSX is a zip: it starts with a local file header, PK\x03\x04. */
export function isZip(buffer: Uint8Array): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

/**
 * Loads a workbook whole, after the zip-bomb guard (zip.ts): 'too_large' when it unpacks to more than
 * maxUnpackedBytes, 'not_xlsx' when it is not a workbook exceljs can read. The caller bounds the buffer's size.
 */
export async function loadWorkbook(buffer: Buffer, maxUnpackedBytes = MAX_UNPACKED_BYTES): Promise<ExcelJS.Workbook | 'not_xlsx' | 'too_large'> {
  if (!isZip(buffer)) return 'not_xlsx';
  const unpacked = unpackedSize(buffer, maxUnpackedBytes);
  if (unpacked === 'too_large') return 'too_large';
  if (unpacked === 'unreadable') return 'not_xlsx';
  const load = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return workbook;
  };
  try {
    return await load(buffer);
  } catch {
    // Written by another program (openpyxl, …): exceljs may trip over parts it expects under its own names.
  }
  try {
    const values = await valuesOnly(buffer);
    return values ? await load(values) : 'not_xlsx';
  } catch {
    return 'not_xlsx';
  }
}

/** Relationships from a sheet to its notes (comments and their VML shapes): what a read of values does without. */
const noteRelationship = /<Relationship\b[^>]*\bType="[^"]*\/relationships\/(?:comments|vmlDrawing)"[^>]*\/>/g;

/**
 * The workbook without its cell notes, or undefined when it has none. exceljs finds a sheet's notes only under the part
 * names it writes itself (xl/comments1.xml, targets relative to the sheet); openpyxl writes xl/comments/comment1.xml
 * with an absolute target, and exceljs then fails on the missing part. Notes carry no cell value, so an import reads
 * the same table without them. (The archive was already measured by the zip-bomb guard.)
 */
async function valuesOnly(buffer: Buffer): Promise<Buffer | undefined> {
  const zip = await JSZip.loadAsync(buffer);
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(n))) {
    const rels = await zip.file(name)?.async('string');
    if (rels === undefined) continue;
    const kept = rels.replace(noteRelationship, '');
    if (kept !== rels) {
      zip.file(name, kept);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) : undefined;
}

/** A row as loaded: its number in the sheet, and its cells that hold a value, in column order. */
export interface PresentRow {
  number: number;
  cells: { column: number; value: CellScalar }[];
  /** The highest column number holding a value (0 when none). */
  width: number;
}

/** The rows of a sheet that hold a value, in order, each with its cells that hold one: linear in the cells present. */
export function* presentRows(sheet: ExcelJS.Worksheet, from = 1): Generator<PresentRow> {
  // eachRow visits the rows exceljs parsed that have values (not every number up to the last row); it has no early
  // exit, so the rows are gathered first: references only, the cells stay where they are.
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number >= from) rows.push(row);
  });
  for (const row of rows) {
    const cells: PresentRow['cells'] = [];
    row.eachCell((cell, column) => {
      cells.push({ column, value: cellValue(cell.value) });
    });
    yield { number: row.number, cells, width: cells.length > 0 ? (cells[cells.length - 1] as { column: number }).column : 0 };
  }
}

/** The cells of one row as a map from column number to value, without creating the row when it is absent. */
export function rowCells(sheet: ExcelJS.Worksheet, number: number): Map<number, CellScalar> {
  const cells = new Map<number, CellScalar>();
  const row = sheet.findRow(number);
  row?.eachCell((cell, column) => {
    cells.set(column, cellValue(cell.value));
  });
  return cells;
}
