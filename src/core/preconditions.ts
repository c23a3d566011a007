// Optimistic concurrency over HTTP: a record's version travels as its ETag, and a write that names the version it
// was based on (If-Match) is refused when the record has moved on, instead of overwriting a colleague's change.
import { Type } from '@sinclair/typebox';
import { AppError } from './errors.js';

/** The ETag of a record at a version: a strong validator, quoted as RFC 9110 asks. */
export function etagOf(version: number | string): string {
  return `"${version}"`;
}

/** The request headers a conditional write accepts, for its route schema (and so for the OpenAPI document). */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'The ETag the change is based on (from the GET that showed the record). A stale one is refused with 409 VERSION_CONFLICT; without it the change applies to whatever is current.',
    }),
  ),
});

/** Response headers of a route that returns a versioned record: given to the response schema as `headers`. */
export const ETagHeader = { ETag: { type: 'string', description: 'The record\u2019s version, to send back as If-Match with the next change' } };

/**
 * The versions an If-Match header names: undefined without the header or for `*` (any current version will do).
 * Weak validators (W/"3") are accepted as the same version: our records have no representation other than JSON.
 */
export function ifMatchVersions(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  const trimmed = header.trim();
  if (trimmed === '*') return undefined;
  const tags = trimmed.split(',').map((t) => t.trim()).filter(Boolean);
  const values = tags.map((tag) => /^(?:W\/)?"([^"]*)"$/.exec(tag)?.[1] ?? (/^[^\s"]+$/.test(tag) ? tag : null));
  if (values.length === 0 || values.some((v) => v === null)) {
    throw new AppError(400, 'INVALID_IF_MATCH', 'Tiêu đề If-Match không hợp lệ; hãy gửi lại ETag nhận được, ví dụ "3".', 'The If-Match header is not valid; send back the ETag you received, e.g. "3".', [{ field: 'If-Match', value: header }]);
  }
  return values as string[];
}

/** The record moved on since the caller read it: both versions are in the details, for the form to say so. */
export function versionConflict(yours: string | number, current: string | number): AppError {
  return new AppError(
    409,
    'VERSION_CONFLICT',
    `Hồ sơ đã được người khác thay đổi (bạn đang sửa phiên bản ${yours}, phiên bản hiện tại là ${current}); hãy tải lại, xem thay đổi rồi lưu lại.`,
    `Someone else changed the record meanwhile (you edited version ${yours}, the current one is ${current}); reload, review the change and save again.`,
    { yours, current },
  );
}

/** Refuses the write when If-Match names versions and none is the current one. */
export function assertIfMatch(expected: string[] | undefined, current: number | string): void {
  if (expected === undefined) return;
  if (expected.includes(String(current))) return;
  const yours = expected[0] ?? '';
  throw versionConflict(/^\d+$/.test(yours) && typeof current === 'number' ? Number(yours) : yours, current);
}
