// Reading `/r1/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}/{SERVICE}/{path}?{query}` (docs/exchange-protocol.md §3.1,
// §3.5): the raw target is split on "/" before anything is decoded, each part decoded once for checking, and the
// path forwarded as received, so neither traversal nor an encoded separator can reach a backend.
import { isIdentifierPart } from '../identifiers.js';
import { gatewayErrors } from './errors.js';

export const MAX_TARGET_LENGTH = 2048;

export interface RequestTarget {
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode: string;
  /** null for a call to the subsystem itself (metadata services name themselves as the service). */
  serviceCode: string;
  /** The path after the service as received (still encoded), with its leading "/"; "" when none. */
  rawPath: string;
  /** The decoded segments of that path, for matching endpoints; a trailing "/" adds none. */
  segments: string[];
  /** The raw query without "?", or "" . */
  query: string;
}

function decodePart(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function hasControlOrSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x2f /* / */ || c === 0x5c /* \ */ || c === 0x25 /* % */) return true;
  }
  return false;
}

const names = ['instance', 'member class', 'member code', 'subsystem code', 'service code'] as const;

export function parseRequestTarget(url: string): RequestTarget {
  if (url.length > MAX_TARGET_LENGTH) throw gatewayErrors.badRequest(`Địa chỉ yêu cầu dài quá ${MAX_TARGET_LENGTH} ký tự.`, `The request target is over ${MAX_TARGET_LENGTH} characters`);
  if (!url.startsWith('/r1/')) throw gatewayErrors.badRequest('Địa chỉ phải có dạng /r1/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}/{SERVICE}/…', 'The target must be /r1/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}/{SERVICE}/…');
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q + 1);
  const raw = path.slice('/r1/'.length).split('/');
  if (raw.length < 5) throw gatewayErrors.badRequest('Thiếu phần định danh dịch vụ: cần INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE.', 'The service identifier is incomplete: INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE is needed');
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    const decoded = decodePart(raw[i]!);
    if (decoded === null || !isIdentifierPart(decoded)) {
      throw gatewayErrors.badRequest(
        `Phần "${names[i]}" của định danh chứa ký tự không được phép (chỉ chữ cái, chữ số và ' ( ) + , - . = ?).`,
        `The ${names[i]} of the identifier holds characters the protocol forbids (only letters, digits and ' ( ) + , - . = ?)`,
      );
    }
    ids.push(decoded);
  }
  const rest = raw.slice(5);
  const segments: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const part = rest[i]!;
    if (part === '') {
      if (i === rest.length - 1) continue; // a trailing "/" is the backend's business
      throw gatewayErrors.badRequest('Đường dẫn có đoạn rỗng (//).', 'The path has an empty segment (//)');
    }
    const decoded = decodePart(part);
    if (decoded === null) throw gatewayErrors.badRequest('Đường dẫn có mã hoá phần trăm hoặc UTF-8 không hợp lệ.', 'The path has invalid percent-encoding or UTF-8');
    if (decoded === '.' || decoded === '..') throw gatewayErrors.badRequest('Đường dẫn không được chứa "." hay "..".', 'The path may not contain "." or ".." segments');
    if (hasControlOrSeparator(decoded)) throw gatewayErrors.badRequest('Đường dẫn chứa ký tự điều khiển, dấu phân cách mã hoá hoặc mã hoá kép.', 'The path holds a control character, an encoded separator or double encoding');
    segments.push(decoded);
  }
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) throw gatewayErrors.badRequest('Truy vấn chứa ký tự điều khiển.', 'The query holds a control character');
  }
  return {
    instance: ids[0]!,
    memberClass: ids[1]!,
    memberCode: ids[2]!,
    subsystemCode: ids[3]!,
    serviceCode: ids[4]!,
    rawPath: rest.length > 0 ? `/${rest.join('/')}` : '',
    segments,
    query,
  };
}
