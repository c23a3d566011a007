/**
 * Folds Vietnamese text for search: "Hệ thống Đăng ký" → "he thong dang ky".
 * Stored beside the original so both databases search it with a plain LIKE.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern that matches the folded query anywhere, with LIKE's wildcards escaped. */
export function likePattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
