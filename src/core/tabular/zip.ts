// The zip-bomb guard of workbooks loaded whole (xlsx.ts): exceljs inflates every part of the archive in memory, so a
// small upload could unpack to gigabytes. Before loading, each part is inflated once, natively and with a hard cap on
// its output, and the total counted: the sizes the archive declares are not trusted. (Streamed reads have their own
// guard, in xlsx-stream.ts.)
import { inflateRawSync } from 'node:zlib';

/** Unpacked bytes a workbook loaded whole may hold: an import of 20,000 rows unpacks to a few tens of MB. */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

/**
 * The bytes the archive unpacks to, counted by inflating each part (stored and deflated parts; others count their
 * compressed size and are left to the reader to refuse). Stops with 'too_large' once the total passes `limit`;
 * 'unreadable' when the archive's directory cannot be read (the reader then says the file is not a workbook).
 */
export function unpackedSize(zip: Buffer, limit: number): number | 'too_large' | 'unreadable' {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) return 'unreadable';
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return 'unreadable';
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return 'unreadable';
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total + 1) }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'too_large';
        return 'unreadable';
      }
    } else {
      total += data.length;
    }
    if (total > limit) return 'too_large';
  }
  return total;
}
