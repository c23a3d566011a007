/** The one error shape of the API: a stable code, a message in Vietnamese and English, optional details. */
export interface ErrorBody {
  code: string;
  message: { vi: string; en: string };
  details?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(messageEn);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: { vi: this.messageVi, en: this.messageEn } };
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}

export const errors = {
  notFound: (what: { vi: string; en: string }, id: string) =>
    new AppError(404, 'NOT_FOUND', `Không tìm thấy ${what.vi} "${id}".`, `${capitalise(what.en)} "${id}" was not found.`, { id }),
  unauthenticated: () =>
    new AppError(401, 'UNAUTHENTICATED', 'Bạn cần đăng nhập để thực hiện thao tác này.', 'You must log in to do this.'),
  forbidden: (detailVi = 'Bạn không có quyền thực hiện thao tác này.', detailEn = 'You do not have the right to do this.') =>
    new AppError(403, 'FORBIDDEN', detailVi, detailEn),
  csrf: () =>
    new AppError(403, 'CSRF_FAILED', 'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token).', 'Missing or wrong anti-forgery token (X-CSRF-Token).'),
  conflict: (vi: string, en: string, details?: unknown) => new AppError(409, 'CONFLICT', vi, en, details),
  invalid: (vi: string, en: string, details?: unknown) => new AppError(400, 'VALIDATION_FAILED', vi, en, details),
  /** One field of the caller's record is wrong: the details name it (and its value) for forms to show beside it. */
  field: (field: string, vi: string, en: string, value?: unknown) =>
    new AppError(400, 'VALIDATION_FAILED', vi, en, [{ field, ...(value !== undefined ? { value } : {}) }]),
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
