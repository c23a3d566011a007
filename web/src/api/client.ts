import type { Localised } from './types';

/** An error answered by the API ({code, message: {vi, en}}), or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Localised,
    readonly details?: unknown,
  ) {
    super(messages.en);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Listeners told after the API accepted a change (any method but GET/HEAD), e.g. the header's inbox counts. */
const changeListeners = new Set<() => void>();

export function onApiChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(value: unknown): value is { code: string; message: Localised; details?: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: unknown };
  return typeof v.code === 'string' && typeof v.message === 'object' && v.message !== null && 'vi' in v.message && 'en' in v.message;
}

type Body = { json: unknown } | { raw: Blob | ArrayBuffer | string; contentType: string };

async function send(path: string, options: { method?: string; body?: Body; query?: Query; signal?: AbortSignal; accept?: string; ifMatch?: string | number }): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
  // The version the change is based on (the record's ETag): a stale one is refused with 409 VERSION_CONFLICT.
  if (options.ifMatch !== undefined) headers['if-match'] = `"${String(options.ifMatch)}"`;
  let payload: BodyInit | undefined;
  if (options.body && 'json' in options.body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(options.body.json);
  } else if (options.body) {
    headers['content-type'] = options.body.contentType;
    payload = options.body.raw;
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    const response = await fetch(withQuery(path, options.query), { method, headers, credentials: 'same-origin', body: payload, signal: options.signal });
    if (response.ok && method !== 'GET' && method !== 'HEAD') for (const listener of changeListeners) listener();
    return response;
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', {
      vi: 'Không kết nối được tới máy chủ. Vui lòng thử lại.',
      en: 'Could not reach the server. Please try again.',
    });
  }
}

/** The ApiError for a refused response: the API's own {code, message} when it sent one. */
async function refusal(response: Response, text?: string): Promise<ApiError> {
  let data: unknown = undefined;
  const body = text ?? (await response.text().catch(() => ''));
  if (body) {
    try {
      data = JSON.parse(body);
    } catch {
      data = undefined;
    }
  }
  if (isErrorBody(data)) return new ApiError(response.status, data.code, data.message, data.details);
  return new ApiError(response.status, `HTTP_${response.status}`, {
    vi: `Máy chủ trả lời lỗi ${response.status}.`,
    en: `The server answered with error ${response.status}.`,
  });
}

async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!response.ok) throw await refusal(response, text);
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined as T;
  }
}

export async function api<T>(path: string, options: { method?: string; body?: unknown; query?: Query; signal?: AbortSignal; ifMatch?: string | number } = {}): Promise<T> {
  const response = await send(path, { ...options, body: options.body === undefined ? undefined : { json: options.body } });
  return readJson<T>(response);
}

/** Sends a file as the raw request body (an XLSX workbook, an XML document) and reads the JSON answer. */
export async function upload<T>(path: string, file: Blob | ArrayBuffer | string, contentType: string, options: { query?: Query; signal?: AbortSignal } = {}): Promise<T> {
  const response = await send(path, { method: 'POST', body: { raw: file, contentType }, ...options });
  return readJson<T>(response);
}

function filenameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Downloads a file the API makes (an export, a template) with the session, and saves it under the name
 * the server gives. Refusals come back as ApiError, so the page can show them like any other error.
 */
export async function download(path: string, fallbackName: string, query: Query = {}): Promise<string> {
  const response = await send(path, { query, accept: '*/*' });
  if (!response.ok) throw await refusal(response);
  const blob = await response.blob();
  const name = filenameOf(response, fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
