// Streaming XLSX reading through exceljs's WorkbookReader: the first worksheet, row by row, in flat memory.
//
// Guards, since an .xlsx is a zip and a small upload can unpack to gigabytes (the zip-bomb guard):
// - compressed bytes read (limits.maxBytes), decompressed bytes of the whole archive (limits.maxUncompressedBytes),
//   the shared-strings table exceljs keeps in memory (256 MiB), cells (limits.maxCells), rows (Excel's own 1,048,576)
//   and columns (limits.maxColumns, 1,000 by default); beyond any of them: 413 FILE_TOO_LARGE;
// - exceljs spills worksheets that precede the shared strings to temporary files and removes them only when it reaches
//   the end of the archive; the files it creates during a read are tracked and removed however it ends.
// Memory: flat in the number of rows, except for the shared-strings table (distinct texts), which .xlsx needs at hand.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.js';
import { MAX_COLUMNS, fileErrors } from './errors.js';

const EXCEL_MAX_ROWS = 1_048_576;
const DEFAULT_MAX_CELLS = 50_000_000;
const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;

export interface XlsxStreamLimits {
  /** Bytes read from the input before stopping with 413 FILE_TOO_LARGE. */
  maxBytes: number;
  /** Decompressed bytes of the whole archive (default 20 × maxBytes, at least 64 MiB, at most 2 GiB). */
  maxUncompressedBytes?: number | undefined;
  /** Cells read (default 50 million). */
  maxCells?: number | undefined;
  /** Cells in one row (default MAX_COLUMNS). */
  maxColumns?: number | undefined;
  signal?: AbortSignal | undefined;
}

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

function mapReaderError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  return fileErrors.notXlsx(err instanceof Error ? err.message : String(err));
}

/**
 * Reads the first worksheet of an .xlsx stream, calling onRow with each row exceljs emits (rows holding nothing may be
 * skipped; row.number is the sheet's row number). An error thrown by onRow stops the read and is thrown again.
 * The input is read, never destroyed. Errors: FILE_EMPTY, FILE_NOT_XLSX, FILE_TOO_LARGE (see the guards above).
 */
export async function readXlsxRows(input: Readable, limits: XlsxStreamLimits, onRow: (row: ExcelJS.Row) => void): Promise<void> {
  trackTemporaryFiles();
  const created: (() => void)[] = [];
  try {
    await temporaryFiles.run(created, () => readFirstSheet(input, limits, onRow));
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

async function readFirstSheet(input: Readable, limits: XlsxStreamLimits, onRow: (row: ExcelJS.Row) => void): Promise<void> {
  const { signal } = limits;
  const maxUncompressed = limits.maxUncompressedBytes ?? defaultMaxUncompressed(limits.maxBytes);
  const maxCells = limits.maxCells ?? DEFAULT_MAX_CELLS;
  const maxColumns = limits.maxColumns ?? MAX_COLUMNS;
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

  const guard = new InputGuard(limits.maxBytes, fail, (destination) => {
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
      if (span > maxColumns) throw fileErrors.tooManyColumns(span);
      cells += span;
      if (cells > maxCells) throw fileErrors.tooLargeUnpacked(maxCells, { vi: 'số ô', en: 'cells' });
      if (++rowCount > EXCEL_MAX_ROWS) throw fileErrors.tooLargeUnpacked(EXCEL_MAX_ROWS, { vi: 'số dòng', en: 'rows' });
      onRow(sheetRow);
      if (signal?.aborted) throw signal.reason;
    }
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
}
