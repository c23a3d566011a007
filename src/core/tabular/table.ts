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
async function readXlsxTable(buffer: Buffer, maxRows: number, maxUnpackedBytes: number): Promise<string[][]> {
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
  return [texts(first), ...rows.filter((r) => r.number > 1).map(texts)];
}

function readCsvTable(buffer: Buffer, maxRows: number): string[][] {
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
    table = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, to: maxRows + 2 }) as string[][];
  } catch (err) {
    throw tableError('CSV_MALFORMED', `Tệp CSV không đọc được: ${(err as Error).message}`, `The CSV file cannot be read: ${(err as Error).message}`);
  }
  if (table.length > maxRows + 1) throw tooManyRows(maxRows);
  return table;
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
  const [header, ...rows] = table;
  if (!header || header.every((h) => h.trim() === '')) throw tableError('FILE_EMPTY', 'Tệp không có dòng tiêu đề.', 'The file has no header row.');
  return { header: header.map((h) => h.trim().replace(/^\uFEFF/, '')), rows: rows.filter((r) => r.some((v) => v.trim() !== '')) };
}
