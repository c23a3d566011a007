// What an upload is, from its first bytes.

const magic: readonly (readonly number[])[] = [
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: Excel 97–2003 .xls, .doc
  [0x50, 0x4b, 0x05, 0x06], // an empty zip archive
  [0x50, 0x4b, 0x07, 0x08], // a spanned zip archive
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
];

/** An OLE2 compound file: what Excel 97–2003 (.xls) and older Office programs save. */
export function isLegacyExcel(firstBytes: Uint8Array): boolean {
  return startsWith(firstBytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

function startsWith(buf: Uint8Array, bytes: readonly number[]): boolean {
  if (buf.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[i] !== bytes[i]) return false;
  return true;
}

/**
 * 'xlsx' for a zip (PK\x03\x04); 'csv' for text in any 8-bit encoding (a legacy Vietnamese encoding or UTF-16 with a BOM
 * is still 'csv', so that validateCsv can say what is wrong with it), and for an empty upload (validateCsv: FILE_EMPTY);
 * 'unknown' for other binary content: NUL bytes, control characters, known binary signatures such as the old .xls.
 */
export function sniffFormat(firstBytes: Buffer): 'xlsx' | 'csv' | 'unknown' {
  const b = firstBytes;
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff]) || startsWith(b, [0xef, 0xbb, 0xbf])) return 'csv';
  if (magic.some((m) => startsWith(b, m))) return 'unknown';
  const n = Math.min(b.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] as number;
    if (c === 0) return 'unknown';
    // Tab, line feed, form feed, carriage return and escape occur in text; other C0 controls do not.
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) control++;
  }
  return control > n / 100 ? 'unknown' : 'csv';
}
