// A small CSV or XLSX table read whole into a header and rows of text: the shape of an import of a few thousand rows.
// (Files of any size are streamed instead: csv.ts and xlsx-stream.ts.)
import { parse } from 'csv-parse/sync';
import { AppError } from '../errors.js';
import { isoDateOf } from './dates.js';
import { fileErrors } from './errors.js';
import { isLegacyExcel } from './sniff.js';
import { isZip, loadWorkbook, presentRows, type CellScalar } from './xlsx.js';
import { MAX_UNPACKED_BYTES } from './zip.js';

export interface TableLimits {
  /** Bytes of the file (413 FILE_TOO_LARGE beyond). */
  maxBytes: number;
  /** Data rows, the header not counted (400 TOO_MANY_ROWS beyond). */
  maxRows: number;
  /** XLSX: bytes once unpacked (413 FILE_TOO_LARGE beyond; default MAX_UNPACKED_BYTES of zip.ts). */
  maxUnpackedBytes?: number | undefined;
}

export interface Table {
  /** The first row, trimmed, without a BOM. */
  header: string[];
  /** The rows after it that hold some text, each as long as the widest row (at most 100 columns for XLSX). */
  rows: string[][];
  /**
   * The spreadsheet row of each of `rows`, as Excel or LibreOffice show it (the header is row 1 when it is the first
   * row; empty rows count): what import errors name.
   */
  rowNumbers: number[];
}

/** A row of the file with its spreadsheet row number. */
interface NumberedRow {
  number: number;
  values: string[];
}

/** Columns of an XLSX table read: an import has a few dozen; what lies beyond is ignored. */
const MAX_XLSX_COLUMNS = 100;

function tableError(code: string, vi: string, en: string): AppError {
  return new AppError(400, code, vi, en);
}

function tooManyRows(maxRows: number): AppError {
  return tableError('TOO_MANY_ROWS', `Tối đa ${maxRows} dòng mỗi lần nhập.`, `At most ${maxRows} rows per import.`);
}

function xlsxText(value: CellScalar): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDateOf(value);
  return String(value);
}

/** The first sheet: its row 1 is the header; then the rows holding a value. Linear in the cells present. */
async function readXlsxTable(buffer: Buffer, maxRows: number, maxUnpackedBytes: number): Promise<NumberedRow[]> {
  const workbook = await loadWorkbook(buffer, maxUnpackedBytes);
  if (workbook === 'too_large') throw fileErrors.tooLargeUnpacked(maxUnpackedBytes, { vi: 'số byte sau giải nén', en: 'bytes unpacked' });
  if (workbook === 'not_xlsx') throw tableError('FILE_NOT_XLSX', 'Tệp không phải bảng tính XLSX hợp lệ.', 'The file is not a valid XLSX workbook.');
  const sheet = workbook.worksheets[0];
  if (!sheet) throw tableError('FILE_EMPTY', 'Bảng tính không có trang nào.', 'The workbook has no sheet.');
  const rows = [...presentRows(sheet)];
  if (rows.length > maxRows + 1) throw tooManyRows(maxRows);
  let width = 0;
  for (const row of rows) width = Math.max(width, Math.min(row.width, MAX_XLSX_COLUMNS));
  const texts = (row: (typeof rows)[number] | undefined): string[] => {
    const values = new Array<string>(width).fill('');
    for (const cell of row?.cells ?? []) if (cell.column <= width) values[cell.column - 1] = xlsxText(cell.value);
    return values;
  };
  const first = rows[0]?.number === 1 ? rows[0] : undefined;
  return [{ number: 1, values: texts(first) }, ...rows.filter((r) => r.number > 1).map((r) => ({ number: r.number, values: texts(r) }))];
}

function readCsvTable(buffer: Buffer, maxRows: number): NumberedRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw fileErrors.encoding();
  }
  if (text.includes('\u0000')) throw tableError('FILE_NOT_CSV', 'Tệp không phải CSV hoặc XLSX.', 'The file is neither CSV nor XLSX.');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let table: string[][];
  try {
    // Empty lines are kept so that record N is the spreadsheet's row N; they are dropped below, with their numbers.
    table = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, to: 2 * (maxRows + 2) }) as string[][];
  } catch (err) {
    throw tableError('CSV_MALFORMED', `Tệp CSV không đọc được: ${(err as Error).message}`, `The CSV file cannot be read: ${(err as Error).message}`);
  }
  const numbered = table.map((values, i) => ({ number: i + 1, values })).filter((r, i) => i === 0 || r.values.some((v) => v.trim() !== ''));
  // Blank lines before the header are not the header.
  while (numbered.length > 1 && numbered[0]?.values.every((v) => v.trim() === '')) numbered.shift();
  if (numbered.length > maxRows + 1) throw tooManyRows(maxRows);
  return numbered;
}

/** Reads a small CSV (UTF-8, comma or semicolon) or XLSX table into its header and its rows of text. */
export async function readTable(buffer: Buffer, limits: TableLimits): Promise<Table> {
  if (buffer.length === 0) throw tableError('FILE_EMPTY', 'Tệp rỗng.', 'The file is empty.');
  if (buffer.length > limits.maxBytes) {
    const mb = limits.maxBytes / 1024 / 1024;
    throw new AppError(413, 'FILE_TOO_LARGE', `Tệp quá lớn (tối đa ${mb} MB).`, `The file is too large (the limit is ${mb} MB).`);
  }
  if (isLegacyExcel(buffer)) throw fileErrors.legacyExcel();
  const table = isZip(buffer) ? await readXlsxTable(buffer, limits.maxRows, limits.maxUnpackedBytes ?? MAX_UNPACKED_BYTES) : readCsvTable(buffer, limits.maxRows);
  const [first, ...rest] = table;
  const header = first?.values;
  if (!header || header.every((h) => h.trim() === '')) throw tableError('FILE_EMPTY', 'Tệp không có dòng tiêu đề.', 'The file has no header row.');
  const present = rest.filter((r) => r.values.some((v) => v.trim() !== ''));
  return { header: header.map((h) => h.trim().replace(/^\uFEFF/, '')), rows: present.map((r) => r.values), rowNumbers: present.map((r) => r.number) };
}
