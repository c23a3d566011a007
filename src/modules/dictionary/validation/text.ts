// Small, allocation-free helpers the checkers run on every value: blanks, code points, name folding (dates: core/tabular/dates.ts).

/** Whitespace as String.prototype.trim understands it. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Empty or only whitespace: an absent value in files. */
export function isBlank(value: string): boolean {
  const n = value.length;
  if (n === 0) return true;
  if (!isSpaceCode(value.charCodeAt(0))) return false;
  return value.trim().length === 0;
}

/** `value.trim()`, without a new string when there is nothing to trim. */
export function trimValue(value: string): string {
  const n = value.length;
  if (n === 0) return value;
  return isSpaceCode(value.charCodeAt(0)) || isSpaceCode(value.charCodeAt(n - 1)) ? value.trim() : value;
}

/**
 * Text made only of characters from U+0020 to U+02FF and of the precomposed Vietnamese letters (U+1EA0–U+1EF9) is already in
 * NFC: none of them decomposes or combines. Anything else (combining marks, for one) goes through normalize().
 */
const mayNeedNfc = /[^ -\u02ff\u1ea0-\u1ef9]/;
export function nfc(value: string): string {
  return mayNeedNfc.test(value) ? value.normalize('NFC') : value;
}

/** Length in Unicode code points (a surrogate pair counts once). */
export function codePointLength(value: string): number {
  let n = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first `max` code points of a value. */
export function cut(value: string, max = 200): string {
  if (value.length <= max) return value;
  let out = '';
  let count = 0;
  for (const ch of value) {
    if (count === max) break;
    out += ch;
    count++;
  }
  return out;
}

/** For matching column headers: trimmed, without diacritics (đ → d), lower case, runs of spaces, _ - . as one space. */
export function foldName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_\-.]+/gu, ' ')
    .trim();
}

