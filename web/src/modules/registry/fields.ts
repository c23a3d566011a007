import type { TFunction } from 'i18next';
import { formatDate } from '../../kit/text';

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
  // Approval and document dates are stored as YYYY-MM-DD; people read them as dd/mm/yyyy.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
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
