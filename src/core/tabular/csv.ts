// CSV bytes before parsing: UTF-8 checked across chunk boundaries without decoding, and the delimiter of the header line.
import { isUtf8 } from 'node:buffer';

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

