// CSV streamed: UTF-8 checked across chunk boundaries without decoding, the delimiter of the header line, and the
// records handed over one by one in flat memory (readCsvRecords).
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { CsvError, parse, type Parser } from 'csv-parse';
import { AppError } from '../errors.js';
import { MAX_COLUMNS, fileErrors } from './errors.js';
import { sniffFormat } from './sniff.js';

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Offset of the first byte that is not valid UTF-8 in buf[start, end); -1 when none. Only for locating an error. */
export function firstInvalidUtf8(buf: Uint8Array, start = 0, end = buf.length): number {
  let i = start;
  while (i < end) {
    const c = buf[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(c);
    if (n === 0 || i + n > end) return i;
    const c1 = buf[i + 1] as number;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    for (let k = 1; k < n; k++) if (((buf[i + k] as number) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

/**
 * Validates UTF-8 across chunk boundaries without decoding: node's native isUtf8 on each chunk, a character cut by a
 * boundary carried to the next. (Measured faster than a fatal TextDecoder, which builds a string per chunk.)
 */
export class Utf8Validator {
  private carry: Buffer | undefined;

  /** -1 while valid; else the offset in `chunk` of the first invalid byte. */
  check(chunk: Buffer): number {
    let start = 0;
    const carry = this.carry;
    if (carry) {
      const need = sequenceLength(carry[0] as number) - carry.length;
      const take = Math.min(need, chunk.length);
      for (let k = 0; k < take; k++) if (((chunk[k] as number) & 0xc0) !== 0x80) return k;
      const joined = Buffer.concat([carry, chunk.subarray(0, take)]);
      if (take < need) {
        this.carry = joined;
        return -1;
      }
      this.carry = undefined;
      if (!isUtf8(joined)) return 0;
      start = take;
    }
    let end = chunk.length;
    if (end > start && (chunk[end - 1] as number) >= 0x80) {
      for (let i = end - 1; i >= Math.max(start, end - 4); i--) {
        const b = chunk[i] as number;
        if ((b & 0xc0) === 0x80) continue;
        const n = sequenceLength(b);
        if (n > 0 && i + n > end) end = i;
        break;
      }
    }
    if (!isUtf8(chunk.subarray(start, end))) {
      const at = firstInvalidUtf8(chunk, start, end);
      return at < 0 ? start : at;
    }
    if (end < chunk.length) this.carry = Buffer.from(chunk.subarray(end));
    return -1;
  }

  /** True when the input stopped in the middle of a character. */
  get incomplete(): boolean {
    return this.carry !== undefined;
  }
}

// ---- delimiter ----

/** The delimiter of the header line: the most frequent of , ; and tab outside quotes (',' when none). */
export function detectDelimiter(buf: Uint8Array): ',' | ';' | '\t' {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10 || c === 13) break;
    else if (c === 44) comma++;
    else if (c === 59) semicolon++;
    else if (c === 9) tab++;
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

// ---- streamed records ----

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

export interface CsvStreamLimits {
  /** Bytes read from the input before stopping with 413 FILE_TOO_LARGE. */
  maxBytes: number;
  /** Fields in one record (default MAX_COLUMNS). */
  maxColumns?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Reads a CSV stream (UTF-8, with or without BOM; ',' ';' or tab delimited as the header line shows) record by record,
 * the header first, holding one chunk and the parser's current record. `onRecord` runs in the parser's call stack; what
 * it throws stops the read. `onChunk` runs after each chunk read. Errors name the record they are in by its spreadsheet
 * row (the header is row 1): FILE_EMPTY (no bytes), FILE_ENCODING, FILE_NOT_CSV, FILE_TOO_LARGE, CSV_MALFORMED.
 * The input is read, never destroyed.
 */
export async function readCsvRecords(input: Readable, limits: CsvStreamLimits, onRecord: (record: string[]) => void, onChunk?: () => void): Promise<void> {
  const { signal } = limits;
  const maxColumns = limits.maxColumns ?? MAX_COLUMNS;
  const utf8 = new Utf8Validator();
  let bytes = 0;
  let head: Buffer[] = [];
  let headBytes = 0;
  let parser: Parser | undefined;
  /** Records handed over, the header included: after the header, the number of the last data row. */
  let records = 0;
  /** The file line the last complete record ended on (csv-parse counts lines). */
  let lastLine = 0;

  // `records` counts those handed over, so the record being read is spreadsheet row records + 1.
  const mapParserError = (err: unknown): unknown => (err instanceof CsvError ? fileErrors.csvMalformed(lastLine + 1, records + 1, err.code) : err);

  const take = (record: string[]): void => {
    lastLine = (parser as Parser).info.lines;
    if (record.length > maxColumns) throw fileErrors.tooManyColumns(record.length);
    onRecord(record);
    records++;
  };

  const start = (first: Buffer): [Parser, Buffer] => {
    if (first.length >= 2 && ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff))) throw fileErrors.encoding(1);
    if (sniffFormat(first.subarray(0, 4096)) !== 'csv') throw fileErrors.notCsv(1);
    const body = first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? first.subarray(3) : first;
    const created = interceptRecords(parse(csvParseOptions(detectDelimiter(body.subarray(0, HEADER_SCAN_BYTES)))), take);
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
   * The spreadsheet row (1: header) holding byte `offset` of `chunk`: the bytes before it go to the parser, which
   * completes the records they end, but for the few bytes it holds back (a line break may be half of "\r\n"); those
   * are counted here. Only on the way to an error.
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
    return records + breaks + 1;
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
      if (bytes > limits.maxBytes) throw fileErrors.tooLarge(limits.maxBytes);
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
      onChunk?.();
    }
    let p = parser;
    if (!p) {
      if (headBytes === 0) throw fileErrors.empty();
      const [created, body] = start(Buffer.concat(head, headBytes));
      feed(created, body);
      p = created;
    }
    if (utf8.incomplete) throw fileErrors.encoding(records + 1);
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
}
