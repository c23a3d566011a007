/** The Kiến trúc API: types of what it returns and one fetch wrapper that sends the CSRF token. */

export interface Localised {
  vi: string;
  en: string;
}

export type Role = 'admin' | 'reviewer' | 'officer' | 'viewer';
export const ROLES: Role[] = ['admin', 'reviewer', 'officer', 'viewer'];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  active: boolean;
  hasPassword: boolean;
  oidcIssuer: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface Me {
  user: User;
  via: 'session' | 'token';
  csrfToken: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Component {
  code: string;
  layer: string;
  scope: 'national' | 'provincial';
  position: number;
  group: Localised | null;
  name: Localised;
  shortName: string | null;
  description: Localised;
  clause: string;
  legalBasis: string[];
}

export interface Layer {
  code: string;
  position: number;
  name: Localised;
  description: Localised;
  scopes: { scope: 'national' | 'provincial'; title: Localised; components: Component[] }[];
}

export interface Framework {
  source: { number: string; date: string; issuer: string; title: Localised };
  layers: Layer[];
  principles: { code: string; clause: string; text: Localised }[];
}

export type AgencyKind =
  | 'province'
  | 'people-committee-office'
  | 'department'
  | 'police'
  | 'inspectorate'
  | 'steering-committee'
  | 'commune'
  | 'ministry'
  | 'central-agency';

export interface Agency {
  id: string;
  kind: AgencyKind;
  name: Localised;
  shortName: string | null;
  parentId: string | null;
  adminUnitCode: string | null;
  namedInDecision: boolean;
  clauses: string[];
}

export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'delayed' | 'suspended';
export const TASK_STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'delayed', 'suspended'];
export type TaskPriority = 'priority' | 'annual_plan' | 'plan';

export interface UnitRef {
  text: string;
  agencies: string[];
  groups: string[];
}

export interface Task {
  code: string;
  group: string;
  position: number;
  title: Localised;
  lead: UnitRef;
  coordinating: UnitRef;
  period: { from: number; to: number };
  priority: TaskPriority;
  priorityText: string;
  status: TaskStatus;
  statusUpdatedAt: string | null;
}

export interface ProgressEntry {
  id: string;
  taskCode: string;
  status: TaskStatus;
  note: string;
  reportedOn: string;
  authorId: string | null;
  authorLabel: string;
  createdAt: string;
}

export type TaskDetail = Task & { progress: ProgressEntry[] };

export interface RoadmapGroup {
  code: string;
  name: Localised;
}

export interface ApiTokenItem {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AccessLogEntry {
  id: number;
  at: string;
  requestId: string;
  userId: string | null;
  tokenId: string | null;
  ip: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  userAgent: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  problems: { seq: number; problem: string }[];
}

export interface Providers {
  local: boolean;
  oidc: { id: string; name: string; loginUrl: string }[];
}

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

type Query = Record<string, string | number | boolean | undefined | null>;

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

export async function api<T>(path: string, options: { method?: string; body?: unknown; query?: Query; signal?: AbortSignal } = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', {
      vi: 'Không kết nối được tới máy chủ. Vui lòng thử lại.',
      en: 'Could not reach the server. Please try again.',
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    if (isErrorBody(data)) throw new ApiError(response.status, data.code, data.message, data.details);
    throw new ApiError(response.status, `HTTP_${response.status}`, {
      vi: `Máy chủ trả lời lỗi ${response.status}.`,
      en: `The server answered with error ${response.status}.`,
    });
  }
  return data as T;
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
