import type { TFunction } from 'i18next';
import { ApiError, type Agency, type ComplianceSummary, type Lifecycle, type RequestType, type SystemRecord, type User } from '../api';
import type { Lang } from '../i18n';

/** The address of a system's page, e.g. /registry/HY-LGSP. */
export function systemPath(code: string): string {
  return `/registry/${encodeURIComponent(code)}`;
}

export function agencyPath(id: string): string {
  return `/agencies/${encodeURIComponent(id)}`;
}

/** Short name where there is one (Sở KH&CN), else the full name. */
export function agencyLabel(agency: Agency | undefined, id: string, lang: Lang): string {
  if (!agency) return id;
  if (lang === 'vi') return agency.shortName ?? agency.name.vi;
  return agency.name.en || agency.name.vi;
}

export type ComplianceState = 'unknown' | 'failing' | 'warning' | 'passing';

export function complianceState(c: { errors: number; warnings: number } | ComplianceSummary | null | undefined): ComplianceState {
  if (!c) return 'unknown';
  if (c.errors > 0) return 'failing';
  if (c.warnings > 0) return 'warning';
  return 'passing';
}

/** Colours of the compliance states, shared by badges (styles.css), the graph and the charts. */
export const COMPLIANCE_COLOURS: Record<ComplianceState, string> = {
  failing: '#b3261e',
  warning: '#8a5a00',
  passing: '#1f7a3d',
  unknown: '#5f6670',
};

/** Who may change a record: administrators, and officers of the owner agency (the server checks again). */
export function canEditSystem(user: User | null | undefined, ownerAgencyId: string): boolean {
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'officer' && user.agencyId === ownerAgencyId);
}

export function canRegister(user: User | null | undefined): boolean {
  return Boolean(user && (user.role === 'admin' || (user.role === 'officer' && user.agencyId)));
}

export function isReviewer(user: User | null | undefined): boolean {
  return Boolean(user && (user.role === 'admin' || user.role === 'reviewer'));
}

/** The request types the server would accept now (service.submitRequest), so the form offers only those. */
export function allowedRequestTypes(system: Pick<SystemRecord, 'approvedVersion' | 'lifecycle' | 'version'>): RequestType[] {
  if (system.approvedVersion === null) return ['establish'];
  const types: RequestType[] = [];
  if ((['planned', 'building'] as Lifecycle[]).includes(system.lifecycle)) types.push('put_into_use');
  if (system.version !== system.approvedVersion) types.push('modify');
  if (system.lifecycle !== 'retired') types.push('retire');
  return types;
}

// ---- validation errors ----

interface DetailItem {
  field?: unknown;
  problem?: unknown;
  missingProperty?: unknown;
  limit?: unknown;
}

/**
 * The fields a refusal names (details[].field), each with a message in the current language. Schema
 * errors carry a keyword (problem) that is turned into words; the service's own refusals name one field
 * and their message says what is wrong with it.
 */
export function fieldErrors(err: unknown, lang: Lang, t: TFunction): Map<string, string> {
  const out = new Map<string, string>();
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return out;
  const details = err.details as DetailItem[];
  for (const d of details) {
    if (typeof d !== 'object' || d === null || typeof d.field !== 'string') continue;
    let field = d.field.replace(/^body\.?/, '');
    if (d.problem === 'required' && typeof d.missingProperty === 'string') field = field ? `${field}.${d.missingProperty}` : d.missingProperty;
    if (!field) continue;
    let text: string;
    if (typeof d.problem === 'string') {
      const limit = typeof d.limit === 'number' ? d.limit : undefined;
      if (d.problem === 'minLength' && limit === 1) text = t('validation.empty');
      else if (d.problem === 'pattern' && field.endsWith('name.vi')) text = t('validation.empty');
      else text = t(`validation.${d.problem}`, { limit, defaultValue: t('validation.invalid') });
    } else {
      text = err.messages[lang] || err.messages.vi;
    }
    if (!out.has(field)) out.set(field, text);
  }
  return out;
}

/** The id of the form control for a field path: contacts.0.name → sf-contacts-0-name. */
export function fieldId(path: string): string {
  return `sf-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

// ---- field names and values, for the version comparison ----

const TOP_FIELDS = [
  'code',
  'kind',
  'name',
  'ownerAgencyId',
  'contacts',
  'purpose',
  'audiences',
  'lifecycle',
  'layer',
  'components',
  'securityLevel',
  'hosting',
  'hostingNote',
  'ipv6',
  'authentication',
  'uiLanguages',
  'accessibility',
  'secureSessions',
  'accessLogging',
  'departmentSoftware',
  'dataObjects',
  'interfaces',
  'documents',
  'supplier',
  'yearStarted',
  'url',
];

/** "securityLevel.approvalNumber" → "Cấp độ an toàn thông tin › Số quyết định phê duyệt"; "contacts.0.email" → "Đầu mối liên hệ 1 › Thư điện tử". */
export function fieldLabel(path: string, t: TFunction): string {
  const parts = path.split('.');
  const [top, ...rest] = parts;
  if (!top) return path;
  const out: string[] = [TOP_FIELDS.includes(top) ? t(`fields.${top}`) : top];
  for (let i = 0; i < rest.length; i++) {
    const part = rest[i] as string;
    if (/^\d+$/.test(part)) {
      out[out.length - 1] = `${out[out.length - 1]} ${Number(part) + 1}`;
      continue;
    }
    out.push(t(`subfields.${top}.${part}`, { defaultValue: t(`subfields.common.${part}`, { defaultValue: part }) }));
  }
  return out.join(' › ');
}

/** Keys of nested values in the order the form shows them (stored JSON may have any order). */
const KEY_ORDER = ['vi', 'en', 'level', 'approvalNumber', 'approvalDate', 'name', 'role', 'email', 'phone', 'description', 'personal', 'sensitive', 'direction', 'channel', 'protocol', 'counterpartSystemId', 'counterpartAgencyId', 'published', 'catalogueUrl', 'kind', 'title', 'number', 'date', 'issuer', 'url', 'code', 'link'];

function keyRank(key: string): number {
  const i = KEY_ORDER.indexOf(key);
  return i < 0 ? KEY_ORDER.length : i;
}

/** A value of a field as words: enums by their labels, booleans as Có/Không, objects as "label: value". */
export function formatFieldValue(path: string, value: unknown, t: TFunction, agencyName: (id: string) => string, systemName: (id: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  const parts = path.split('.');
  const top = parts[0] ?? '';
  const last = parts.filter((p) => !/^\d+$/.test(p)).pop() ?? '';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((v) => formatFieldValue(path, v, t, agencyName, systemName)).join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== '' && v !== null)
      .sort(([a], [b]) => keyRank(a) - keyRank(b))
      .map(([k, v]) => `${t(`subfields.${top}.${k}`, { defaultValue: t(`subfields.common.${k}`, { defaultValue: k }) })}: ${formatFieldValue(`${path}.${k}`, v, t, agencyName, systemName)}`)
      .join(', ');
  }
  const text = String(value);
  const enumKey: Record<string, string> = {
    lifecycle: 'lifecycle',
    hosting: 'hosting',
    ipv6: 'ipv6',
    accessibility: 'accessibility',
    audiences: 'audience',
    authentication: 'auth',
    link: 'componentLink',
    direction: 'direction',
    channel: 'channel',
  };
  if (top === 'kind' && parts.length === 1) return t(`kind.${text}`, { defaultValue: text });
  if (top === 'documents' && last === 'kind') return t(`documentKind.${text}`, { defaultValue: text });
  if (top === 'uiLanguages') return t(`languages.${text}`, { defaultValue: text });
  if (last === 'ownerAgencyId' || last === 'counterpartAgencyId') return agencyName(text);
  if (last === 'counterpartSystemId') return systemName(text);
  const key = enumKey[last] ?? (parts.length === 1 ? enumKey[top] : undefined) ?? (top === 'audiences' || top === 'authentication' ? enumKey[top] : undefined);
  if (key) return t(`${key}.${text}`, { defaultValue: text });
  return text;
}

/** JSON with sorted keys, so two values compare equal whatever order their keys came in. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}
