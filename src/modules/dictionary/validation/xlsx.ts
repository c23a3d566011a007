// Streaming XLSX validation through exceljs's WorkbookReader: the first worksheet, its first row the header.
//
// Guards, since an .xlsx is a zip and a small upload can unpack to gigabytes:
// - compressed bytes read (options.maxBytes), decompressed bytes of the whole archive (options.maxUncompressedBytes),
//   the shared-strings table exceljs keeps in memory (256 MiB), cells (options.maxCells), rows (Excel's own 1,048,576)
//   and columns (1,000); beyond any of them: 413 FILE_TOO_LARGE;
// - exceljs spills worksheets that precede the shared strings to temporary files and removes them only when it reaches
//   the end of the archive; the files it creates during a validation are tracked and removed however it ends.
// Memory: flat in the number of rows, except for the shared-strings table (distinct texts), which .xlsx needs at hand.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors.js';
import type { DataType } from '../model.js';
import { ROW_FIELD, bindColumns, type BoundHeader, type CompiledEntity } from './compile.js';
import { FindingCollector, MAX_COLUMNS, fileErrors, type ValidationOptions, type ValidationResult } from './collector.js';
import { messages } from './messages.js';
import { excelDateText, isBlank } from './text.js';

const EXCEL_MAX_ROWS = 1_048_576;
const DEFAULT_MAX_CELLS = 50_000_000;
const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;

function defaultMaxUncompressed(maxBytes: number): number {
  return Math.min(2 * 1024 ** 3, Math.max(64 * 1024 ** 2, 20 * maxBytes));
}

// ---- exceljs's temporary files ----

const temporaryFiles = new AsyncLocalStorage<(() => void)[]>();
let temporaryFilesTracked = false;

/** Wraps tmp.file (the module exceljs spills worksheets with) so a validation learns the files created on its behalf. */
function trackTemporaryFiles(): void {
  if (temporaryFilesTracked) return;
  temporaryFilesTracked = true;
  try {
    const fromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
    const tmp = fromExceljs('tmp') as { file: (...args: unknown[]) => unknown };
    const original = tmp.file;
    tmp.file = function file(this: unknown, ...args: unknown[]) {
      const created = temporaryFiles.getStore();
      const last = args.length - 1;
      const callback = args[last];
      if (created && typeof callback === 'function') {
        args[last] = (err: unknown, path: unknown, fd: unknown, cleanup: unknown) => {
          if (!err && typeof cleanup === 'function') created.push(cleanup as () => void);
          return (callback as (...a: unknown[]) => unknown)(err, path, fd, cleanup);
        };
      }
      return original.apply(this, args);
    };
  } catch {
    // exceljs moved its internals: it still removes its files at the end of a read, and at exit.
  }
}

// ---- the byte guard in front of the zip reader ----

interface ZipEntry extends Transform {
  path: string;
}

interface ZipParser {
  push(chunk: unknown, encoding?: BufferEncoding): boolean;
  emit(event: string, ...args: unknown[]): boolean;
  listenerCount(event: string): number;
}

function isZipEntry(item: unknown): item is ZipEntry {
  return typeof item === 'object' && item !== null && typeof (item as ZipEntry).path === 'string' && typeof (item as ZipEntry).pipe === 'function';
}

/** Counts the compressed bytes; tells who it is piped to, which is how the zip parser's entries are reached. */
class InputGuard extends Transform {
  bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly fail: (err: unknown) => void,
    private readonly onPipe: (destination: unknown) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback();
      this.fail(fileErrors.tooLarge(this.maxBytes));
      return;
    }
    callback(null, chunk);
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    this.onPipe(destination);
    return super.pipe(destination, options);
  }
}

// ---- cells ----

function numberText(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

/** A cell's value as the text a CSV export of it would hold. */
function cellText(value: unknown, dataType: DataType | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return excelDateText(value, dataType === 'date');
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: unknown }[]; result?: unknown; text?: unknown; error?: unknown; formula?: unknown; sharedFormula?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
    if ('result' in v) return cellText(v.result, dataType);
    if (v.formula !== undefined || v.sharedFormula !== undefined) return '';
    if ('text' in v) return cellText(v.text, dataType);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

function mapReaderError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  return fileErrors.notXlsx(err instanceof Error ? err.message : String(err));
}

/**
 * Validates the first worksheet of an .xlsx stream; its first non-empty row is the header. Date cells are checked as
 * dates, numbers as their decimal text, rich text as its plain text, formulas by their cached result.
 * Row numbers follow the sheet: row N is the spreadsheet's row N + (header row). The input is read, never destroyed.
 */
export async function validateXlsx(compiled: CompiledEntity, input: Readable, options: ValidationOptions): Promise<ValidationResult> {
  trackTemporaryFiles();
  const created: (() => void)[] = [];
  try {
    return await temporaryFiles.run(created, () => readWorkbook(compiled, input, options));
  } finally {
    for (const remove of created) {
      try {
        remove();
      } catch {
        // already removed
      }
    }
  }
}

async function readWorkbook(compiled: CompiledEntity, input: Readable, options: ValidationOptions): Promise<ValidationResult> {
  const collector = new FindingCollector(options.maxFindings);
  const sink = collector.sink;
  const { signal, onProgress } = options;
  const maxUncompressed = options.maxUncompressedBytes ?? defaultMaxUncompressed(options.maxBytes);
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;

  let failure: unknown;
  let zip: ZipParser | undefined;
  const live = new Set<ZipEntry>();
  let unpacked = 0;

  /** Stops everything: the input is unpiped, open entries end (so exceljs closes its temporary files), the zip errors. */
  const fail = (err: unknown) => {
    if (failure !== undefined) return;
    failure = err;
    input.unpipe(guard);
    for (const entry of live) entry.end();
    live.clear();
    if (zip && zip.listenerCount('error') > 0) zip.emit('error', err);
  };

  const instrument = (entry: ZipEntry) => {
    entry.on('error', () => undefined); // writes after a forced end
    const sharedStrings = /^xl\/sharedStrings\.xml$/i.test(entry.path);
    let own = 0;
    live.add(entry);
    entry.once('finish', () => live.delete(entry));
    entry._transform = (chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) => {
      if (failure !== undefined) return callback();
      unpacked += chunk.length;
      own += chunk.length;
      if (unpacked > maxUncompressed) {
        callback();
        fail(fileErrors.tooLargeUnpacked(maxUncompressed, { vi: 'số byte sau giải nén', en: 'bytes unpacked' }));
        return;
      }
      if (sharedStrings && own > MAX_SHARED_STRINGS_BYTES) {
        callback();
        fail(fileErrors.tooLargeUnpacked(MAX_SHARED_STRINGS_BYTES, { vi: 'số byte của bảng chuỗi dùng chung', en: 'bytes of the shared-strings table' }));
        return;
      }
      callback(null, chunk);
    };
  };

  const guard = new InputGuard(options.maxBytes, fail, (destination) => {
    const parser = destination as ZipParser;
    zip = parser;
    const push = parser.push.bind(parser);
    parser.push = (item: unknown, encoding?: BufferEncoding) => {
      if (isZipEntry(item)) instrument(item);
      return push(item, encoding);
    };
  });
  const onInputError = (err: unknown) => fail(fileErrors.notXlsx(err instanceof Error ? err.message : String(err)));
  const onAbort = () => fail(signal?.reason ?? new Error('aborted'));
  input.on('error', onInputError);
  signal?.addEventListener('abort', onAbort, { once: true });
  signal?.throwIfAborted();

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(guard, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // date formats: without them a date cell is a bare number
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = reader[Symbol.asyncIterator]();
  let rows: AsyncIterator<ExcelJS.Row> | undefined;
  input.pipe(guard);

  try {
    let first: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
    try {
      first = await sheets.next();
    } catch (err) {
      if (failure === undefined && guard.bytes === 0) throw fileErrors.empty();
      throw failure ?? mapReaderError(err);
    }
    if (failure !== undefined) throw failure;
    if (first.done) throw fileErrors.notXlsx('no worksheet');
    rows = (first.value as unknown as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();

    let bound: BoundHeader | undefined;
    let headerRow = 0;
    let width = 0;
    let types: readonly (DataType | undefined)[] = [];
    let values: string[] = [];
    let rowCount = 0;
    let cells = 0;
    for (;;) {
      let step: IteratorResult<ExcelJS.Row>;
      try {
        step = await rows.next();
      } catch (err) {
        throw failure ?? mapReaderError(err);
      }
      if (failure !== undefined) throw failure;
      if (step.done) break;
      const sheetRow = step.value;
      const span = sheetRow.cellCount;
      if (span > MAX_COLUMNS) throw fileErrors.tooManyColumns(span);
      cells += span;
      if (cells > maxCells) throw fileErrors.tooLargeUnpacked(maxCells, { vi: 'số ô', en: 'cells' });
      if (++rowCount > EXCEL_MAX_ROWS) throw fileErrors.tooLargeUnpacked(EXCEL_MAX_ROWS, { vi: 'số dòng', en: 'rows' });

      if (bound === undefined) {
        const header: string[] = new Array<string>(span).fill('');
        sheetRow.eachCell((cell, column) => {
          header[column - 1] = cellText(cell.value, 'text').trim();
        });
        if (header.every((h) => h === '')) continue;
        while (header.length > 0 && header[header.length - 1] === '') header.pop();
        width = header.length;
        bound = bindColumns(compiled, header, sink);
        types = bound.columnTypes;
        values = new Array<string>(width).fill('');
        headerRow = sheetRow.number;
        continue;
      }

      values.fill('');
      let extra = 0;
      let any = false;
      sheetRow.eachCell((cell, column) => {
        const text = cellText(cell.value, types[column - 1]);
        if (column <= width) {
          values[column - 1] = text;
          if (!any && !isBlank(text)) any = true;
        } else if (!isBlank(text)) extra = column;
      });
      if (!any && extra === 0) continue;
      const row = sheetRow.number - headerRow;
      let valid = true;
      if (extra > 0) {
        const count = extra;
        sink(row, ROW_FIELD, 'bad_format', String(count), () => messages.rowLength(count, width));
        valid = false;
      }
      if (!bound.check(values, row, sink)) valid = false;
      collector.row(valid);
      if (onProgress && collector.rows % 1000 === 0) onProgress(collector.rows);
      if (signal?.aborted) throw signal.reason;
    }
    if (bound === undefined) throw fileErrors.empty();
  } catch (err) {
    fail(err);
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    input.off('error', onInputError);
    input.unpipe(guard);
    // Closes a worksheet's temporary file stream, then the workbook reader; their files are removed by the caller.
    await rows?.return?.().catch(() => undefined);
    await sheets.return?.(undefined).catch(() => undefined);
    guard.destroy();
  }
  onProgress?.(collector.rows);
  return collector.result();
}
