// Streaming CSV validation: bytes → UTF-8 check → csv-parse → per-row checks, holding one chunk and the kept findings.
import type { Readable } from 'node:stream';
import { CsvError, parse, type Parser } from 'csv-parse';
import { AppError } from '../../../core/errors.js';
import type { BoundHeader, CompiledEntity } from './compile.js';
import { ROW_FIELD, bindColumns } from './compile.js';
import { detectDelimiter, Utf8Validator } from '../../../core/tabular/csv.js';
import { MAX_COLUMNS, fileErrors } from '../../../core/tabular/errors.js';
import { sniffFormat } from '../../../core/tabular/sniff.js';
import { FindingCollector, type ValidationOptions, type ValidationResult } from './collector.js';
import { messages } from './messages.js';
import { isBlank } from './text.js';

/** Longest record csv-parse may buffer (characters); beyond it the file is malformed (an unclosed quote, usually). */
const MAX_RECORD_CHARS = 1_048_576;
/** Bytes gathered to find the end of the header line, for the delimiter. */
const HEADER_SCAN_BYTES = 64 * 1024;

/** The parser options the validation uses; the benchmark's bare parse uses the same. */
export function csvParseOptions(delimiter: string) {
  return {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARS,
  } as const;
}

/**
 * Hands each record straight to `onRecord`, in the parser's own call stack: csv-parse's Transform pushes records into
 * its readable buffer, and its on_record option builds an info object per record; both cost more than the checks.
 * What `onRecord` throws propagates out of parser.write().
 */
export function interceptRecords(parser: Parser, onRecord: (record: string[]) => void): Parser {
  const push = parser.push.bind(parser);
  parser.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk === null) return push(null, encoding);
    onRecord(chunk as string[]);
    return true;
  };
  return parser;
}

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
 * entity. Never holds the file: one chunk, the parser's current record, counters and the first maxFindings findings.
 * Rows are numbered as data records, empty ones included, so row N is the spreadsheet's row N + 1; wholly empty rows
 * are not counted in the summary. The input is read, never destroyed.
 */
export async function validateCsv(compiled: CompiledEntity, input: Readable, options: ValidationOptions): Promise<ValidationResult> {
  const collector = new FindingCollector(options.maxFindings);
  const sink = collector.sink;
  const { signal, onProgress } = options;
  const utf8 = new Utf8Validator();
  let bytes = 0;
  let head: Buffer[] = [];
  let headBytes = 0;
  let parser: Parser | undefined;
  let bound: BoundHeader | undefined;
  let width = 0;
  /** Data records seen, empty ones included, so row numbers match the spreadsheet's rows minus the header. */
  let row = 0;
  /** The file line the last complete record ended on (csv-parse counts lines). */
  let lastLine = 0;

  const mapParserError = (err: unknown): unknown =>
    err instanceof CsvError ? fileErrors.csvMalformed(lastLine + 1, bound === undefined ? 0 : row + 1, err.code) : err;

  const onRecord = (record: string[]): void => {
    lastLine = (parser as Parser).info.lines;
    if (record.length > MAX_COLUMNS) throw fileErrors.tooManyColumns(record.length);
    if (bound === undefined) {
      if (isEmptyRecord(record)) throw fileErrors.empty();
      width = record.length;
      bound = bindColumns(compiled, record, sink);
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

  const start = (first: Buffer): [Parser, Buffer] => {
    if (first.length >= 2 && ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff))) throw fileErrors.encoding(0);
    if (sniffFormat(first.subarray(0, 4096)) !== 'csv') throw fileErrors.notCsv(0);
    const body = first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? first.subarray(3) : first;
    const created = interceptRecords(parse(csvParseOptions(detectDelimiter(body.subarray(0, HEADER_SCAN_BYTES)))), onRecord);
    created.on('error', () => undefined); // read through `errored` after each write
    parser = created;
    return [created, body];
  };

  /** Writes to the parser; csv-parse's transform runs synchronously and records are intercepted, so nothing queues. */
  const write = (p: Parser, chunk: Buffer) => {
    p.write(chunk);
    if (p.errored) throw mapParserError(p.errored);
  };

  /**
   * The data row (0: header) holding byte `offset` of `chunk`: the bytes before it go to the parser, which completes
   * the records they end, but for the few bytes it holds back (a line break may be half of "\r\n"); those are counted
   * here. Only on the way to an error.
   */
  const rowAt = (p: Parser, chunk: Buffer, offset: number): number => {
    if (offset > 0) {
      p.write(chunk.subarray(0, offset));
      if (p.errored) throw mapParserError(p.errored);
    }
    const state = (p as unknown as { state?: { previousBuf?: Buffer; quoting?: boolean } }).state;
    const held = state?.previousBuf;
    let quoting = state?.quoting === true;
    let breaks = 0;
    if (held) {
      for (let i = 0; i < held.length; i++) {
        const c = held[i];
        if (c === 34) quoting = !quoting;
        else if (!quoting && (c === 10 || (c === 13 && held[i + 1] !== 10))) breaks++;
      }
    }
    return (bound === undefined ? -1 : row) + breaks + 1;
  };

  const feed = (p: Parser, chunk: Buffer) => {
    const nul = chunk.indexOf(0);
    const bad = utf8.check(chunk);
    if (bad >= 0 && (nul < 0 || bad < nul)) throw fileErrors.encoding(rowAt(p, chunk, bad));
    if (nul >= 0) throw fileErrors.notCsv(rowAt(p, chunk, nul));
    write(p, chunk);
  };

  try {
    // Not destroyed on an early stop: an HTTP request must stay open for the error reply; the caller owns the input.
    for await (const piece of input.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer | string>) {
      signal?.throwIfAborted();
      const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
      bytes += chunk.length;
      if (bytes > options.maxBytes) throw fileErrors.tooLarge(options.maxBytes);
      if (parser) {
        feed(parser, chunk);
      } else {
        head.push(chunk);
        headBytes += chunk.length;
        if (chunk.indexOf(10) < 0 && chunk.indexOf(13) < 0 && headBytes < HEADER_SCAN_BYTES) continue;
        const [created, body] = start(Buffer.concat(head, headBytes));
        head = [];
        feed(created, body);
      }
      onProgress?.(collector.rows);
    }
    let p = parser;
    if (!p) {
      if (headBytes === 0) throw fileErrors.empty();
      const [created, body] = start(Buffer.concat(head, headBytes));
      feed(created, body);
      p = created;
    }
    if (utf8.incomplete) throw fileErrors.encoding(bound === undefined ? 0 : row + 1);
    await new Promise<void>((resolve, reject) => {
      p.once('error', reject);
      p.once('finish', resolve);
      p.end();
    });
    if (p.errored) throw mapParserError(p.errored);
  } catch (err) {
    parser?.destroy();
    throw err instanceof AppError ? err : mapParserError(err);
  }
  if (bound === undefined) throw fileErrors.empty();
  onProgress?.(collector.rows);
  return collector.result();
}
