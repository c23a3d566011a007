/**
 * The registration form's model, without React: the form's state and how it comes from a record and goes back to the
 * API's input, the checks made before sending (worded like the server's, keyed by the same field paths), what an edit
 * sends, and which control a field path points at. Tested in test/web/registry/system-form-model.test.ts.
 */
import { AUDIENCES, AUTH_METHODS, type AccessibilityLevel, type Audience, type AuthMethod, type ComponentLink, type Direction, type DocumentKind, type ExchangeChannel, type Hosting, type Ipv6State, type Lifecycle, type SystemInput, type SystemKind, type SystemRecord } from '../../../api/types';
import { fieldId, stableStringify } from '../fields';

/** Languages offered as check boxes; others are typed as codes. */
export const KNOWN_LANGUAGES = ['vi', 'en', 'zh', 'ko', 'ja'];
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

let keySeed = 0;
const newKey = () => `k${++keySeed}`;

export interface ContactRow {
  key: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}
export interface DataRow {
  key: string;
  name: string;
  description: string;
  personal: boolean;
  sensitive: boolean;
  /** Dictionary element codes, comma-separated as typed. */
  elements: string;
}
export interface InterfaceRow {
  key: string;
  name: string;
  direction: Direction;
  channel: ExchangeChannel;
  protocol: string;
  counterpart: 'none' | 'system' | 'agency';
  counterpartSystemId: string;
  counterpartAgencyId: string;
  published: boolean;
  catalogueUrl: string;
}
export interface DocumentRow {
  key: string;
  kind: DocumentKind;
  title: string;
  number: string;
  date: string;
  issuer: string;
  url: string;
}

export interface FormState {
  code: string;
  kind: SystemKind;
  nameVi: string;
  nameEn: string;
  ownerAgencyId: string;
  purpose: string;
  supplier: string;
  yearStarted: string;
  url: string;
  contacts: ContactRow[];
  layer: string;
  components: { code: string; link: ComponentLink }[];
  lifecycle: Lifecycle;
  securityLevel: string;
  approvalNumber: string;
  approvalDate: string;
  hosting: Hosting;
  hostingNote: string;
  ipv6: Ipv6State;
  audiences: Audience[];
  authentication: AuthMethod[];
  languages: string[];
  otherLanguages: string;
  accessibility: AccessibilityLevel;
  secureSessions: boolean;
  accessLogging: boolean;
  dataObjects: DataRow[];
  interfaces: InterfaceRow[];
  documents: DocumentRow[];
  departmentSoftware: boolean;
  changeNote: string;
}

export function emptyContact(): ContactRow {
  return { key: newKey(), name: '', role: '', email: '', phone: '' };
}
export function emptyData(): DataRow {
  return { key: newKey(), name: '', description: '', personal: false, sensitive: false, elements: '' };
}
export function emptyInterface(): InterfaceRow {
  return { key: newKey(), name: '', direction: 'consumes', channel: 'lgsp', protocol: '', counterpart: 'none', counterpartSystemId: '', counterpartAgencyId: '', published: false, catalogueUrl: '' };
}
export function emptyDocument(kind: DocumentKind = 'legal_basis'): DocumentRow {
  return { key: newKey(), kind, title: '', number: '', date: '', issuer: '', url: '' };
}

export function stateFrom(input: SystemInput | null, ownerAgencyId: string): FormState {
  if (!input) {
    return {
      code: '',
      kind: 'information_system',
      nameVi: '',
      nameEn: '',
      ownerAgencyId,
      purpose: '',
      supplier: '',
      yearStarted: '',
      url: '',
      contacts: [emptyContact()],
      layer: '',
      components: [],
      lifecycle: 'planned',
      securityLevel: '',
      approvalNumber: '',
      approvalDate: '',
      hosting: 'provincial_dc_hung_yen',
      hostingNote: '',
      ipv6: 'unknown',
      audiences: [],
      authentication: [],
      languages: ['vi'],
      otherLanguages: '',
      accessibility: 'unknown',
      secureSessions: false,
      accessLogging: false,
      dataObjects: [],
      interfaces: [],
      documents: [],
      departmentSoftware: false,
      changeNote: '',
    };
  }
  return {
    code: input.code,
    kind: input.kind,
    nameVi: input.name.vi,
    nameEn: input.name.en ?? '',
    ownerAgencyId: input.ownerAgencyId,
    purpose: input.purpose ?? '',
    supplier: input.supplier ?? '',
    yearStarted: input.yearStarted ? String(input.yearStarted) : '',
    url: input.url ?? '',
    contacts: input.contacts.map((c) => ({ key: newKey(), name: c.name, role: c.role ?? '', email: c.email ?? '', phone: c.phone ?? '' })),
    layer: input.layer,
    components: input.components.map((c) => ({ ...c })),
    lifecycle: input.lifecycle,
    securityLevel: input.securityLevel ? String(input.securityLevel.level) : '',
    approvalNumber: input.securityLevel?.approvalNumber ?? '',
    approvalDate: input.securityLevel?.approvalDate ?? '',
    hosting: input.hosting,
    hostingNote: input.hostingNote ?? '',
    ipv6: input.ipv6,
    audiences: [...input.audiences],
    authentication: [...input.authentication],
    languages: input.uiLanguages.filter((l) => KNOWN_LANGUAGES.includes(l)),
    otherLanguages: input.uiLanguages.filter((l) => !KNOWN_LANGUAGES.includes(l)).join(', '),
    accessibility: input.accessibility,
    secureSessions: input.secureSessions,
    accessLogging: input.accessLogging,
    dataObjects: input.dataObjects.map((d) => ({ key: newKey(), name: d.name, description: d.description ?? '', personal: d.personal, sensitive: d.sensitive, elements: (d.elements ?? []).join(', ') })),
    interfaces: input.interfaces.map((i) => ({
      key: newKey(),
      name: i.name,
      direction: i.direction,
      channel: i.channel,
      protocol: i.protocol ?? '',
      counterpart: i.counterpartSystemId ? 'system' : i.counterpartAgencyId ? 'agency' : 'none',
      counterpartSystemId: i.counterpartSystemId ?? '',
      counterpartAgencyId: i.counterpartAgencyId ?? '',
      published: i.published ?? false,
      catalogueUrl: i.catalogueUrl ?? '',
    })),
    documents: input.documents.map((d) => ({ key: newKey(), kind: d.kind, title: d.title, number: d.number ?? '', date: d.date ?? '', issuer: d.issuer ?? '', url: d.url ?? '' })),
    departmentSoftware: input.departmentSoftware,
    changeNote: '',
  };
}

/** Optional text: left out when empty, so the record keeps no empty strings. */
function opt<K extends string>(key: K, value: string): { [P in K]?: string } {
  const v = value.trim();
  return (v ? { [key]: v } : {}) as { [P in K]?: string };
}

export function inputFrom(s: FormState): SystemInput {
  const others = s.otherLanguages
    .split(/[,;\s]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const languages = [...KNOWN_LANGUAGES.filter((l) => s.languages.includes(l)), ...others.filter((l) => !KNOWN_LANGUAGES.includes(l))];
  const year = Number(s.yearStarted.trim());
  return {
    code: s.code.trim(),
    kind: s.kind,
    name: { vi: s.nameVi.trim(), en: s.nameEn.trim() },
    ownerAgencyId: s.ownerAgencyId,
    contacts: s.contacts.map((c) => ({ name: c.name.trim(), role: c.role.trim(), ...opt('email', c.email), ...opt('phone', c.phone) })),
    purpose: s.purpose.trim(),
    audiences: AUDIENCES.filter((a) => s.audiences.includes(a)),
    lifecycle: s.lifecycle,
    layer: s.layer,
    components: s.components,
    securityLevel: s.securityLevel ? { level: Number(s.securityLevel), ...opt('approvalNumber', s.approvalNumber), ...opt('approvalDate', s.approvalDate) } : null,
    hosting: s.hosting,
    ...opt('hostingNote', s.hostingNote),
    ipv6: s.ipv6,
    authentication: AUTH_METHODS.filter((a) => s.authentication.includes(a)),
    uiLanguages: languages,
    accessibility: s.accessibility,
    secureSessions: s.secureSessions,
    accessLogging: s.accessLogging,
    departmentSoftware: s.departmentSoftware,
    dataObjects: s.dataObjects.map((d) => {
      const elements = [...new Set(d.elements.split(/[,;\s]+/).filter(Boolean))];
      return { name: d.name.trim(), ...opt('description', d.description), personal: d.personal, sensitive: d.sensitive, ...(elements.length ? { elements } : {}) };
    }),
    interfaces: s.interfaces.map((i) => ({
      name: i.name.trim(),
      direction: i.direction,
      channel: i.channel,
      ...opt('protocol', i.protocol),
      ...(i.counterpart === 'system' && i.counterpartSystemId ? { counterpartSystemId: i.counterpartSystemId } : {}),
      ...(i.counterpart === 'agency' && i.counterpartAgencyId ? { counterpartAgencyId: i.counterpartAgencyId } : {}),
      ...(i.direction === 'provides' ? { published: i.published, ...opt('catalogueUrl', i.catalogueUrl) } : {}),
    })),
    documents: s.documents.map((d) => ({ kind: d.kind, title: d.title.trim(), ...opt('number', d.number), ...opt('date', d.date), ...opt('issuer', d.issuer), ...opt('url', d.url) })),
    ...opt('supplier', s.supplier),
    ...(s.yearStarted.trim() && Number.isInteger(year) ? { yearStarted: year } : {}),
    ...opt('url', s.url),
  };
}

/** Checks made before sending, worded like the server's, keyed by the same field paths. */
export function clientErrors(s: FormState, t: Translate): Map<string, string> {
  const out = new Map<string, string>();
  const code = s.code.trim();
  if (!code) out.set('code', t('validation.empty'));
  else if (code.length < 2 || code.length > 40 || !CODE_PATTERN.test(code)) out.set('code', t('systemForm.codeInvalid'));
  if (!s.nameVi.trim()) out.set('name.vi', t('validation.empty'));
  if (!s.ownerAgencyId) out.set('ownerAgencyId', t('systemForm.ownerRequired'));
  if (!s.layer) out.set('layer', t('systemForm.layerRequired'));
  s.contacts.forEach((c, i) => {
    if (!c.name.trim()) out.set(`contacts.${i}.name`, t('validation.empty'));
  });
  if (s.yearStarted.trim()) {
    const year = Number(s.yearStarted.trim());
    if (!Number.isInteger(year) || year < 1990 || year > 2100) out.set('yearStarted', t('systemForm.yearInvalid'));
  }
  if (s.securityLevel && s.approvalDate && !DATE_PATTERN.test(s.approvalDate)) out.set('securityLevel.approvalDate', t('validation.format'));
  s.dataObjects.forEach((d, i) => {
    if (!d.name.trim()) out.set(`dataObjects.${i}.name`, t('validation.empty'));
  });
  s.interfaces.forEach((itf, i) => {
    if (!itf.name.trim()) out.set(`interfaces.${i}.name`, t('validation.empty'));
  });
  s.documents.forEach((d, i) => {
    if (!d.title.trim()) out.set(`documents.${i}.title`, t('validation.empty'));
    if (d.date && !DATE_PATTERN.test(d.date)) out.set(`documents.${i}.date`, t('validation.format'));
  });
  return out;
}

/** The translation function, as far as the model needs it (the tests pass one that returns the key). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type RowList = 'contacts' | 'dataObjects' | 'interfaces' | 'documents';

/** Ticks or unticks a value of a multiple choice, keeping the others. */
export function toggle<T extends string>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/** A framework component implemented, used, or (link '') no longer chosen. */
export function withComponent(s: FormState, code: string, link: ComponentLink | ''): FormState {
  const index = s.components.findIndex((c) => c.code === code);
  const next = [...s.components];
  if (!link) {
    if (index >= 0) next.splice(index, 1);
  } else if (index >= 0) next[index] = { code, link };
  else next.push({ code, link });
  return { ...s, components: next };
}

/**
 * What an edit sends (PATCH): the fields whose value differs from the record, an optional text that was cleared as
 * '' (leaving it out would keep the old value), and the change note; null when nothing changed.
 */
export function changesFrom(record: SystemRecord, s: FormState): Record<string, unknown> | null {
  const input = inputFrom(s);
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (stableStringify(value) !== stableStringify((record as unknown as Record<string, unknown>)[key])) changes[key] = value;
  }
  for (const key of ['supplier', 'hostingNote', 'url'] as const) if (record[key] && !(key in input)) changes[key] = '';
  if (Object.keys(changes).length === 0) return null;
  return { ...changes, ...(s.changeNote.trim() ? { changeNote: s.changeNote.trim() } : {}) };
}

/** The server names an unknown element as dataObjects.N.elements.M; the form has one field per data object. */
export function formFieldErrors(errors: Map<string, string>): Map<string, string> {
  return new Map([...errors].map(([field, text]) => [field.replace(/^(dataObjects\.\d+\.elements)\.\d+$/, '$1'), text] as [string, string]));
}

/** The control a field path points at, for the links of the error summary. */
export function targetOf(s: FormState, path: string): string {
  const component = /^components\.(\d+)/.exec(path);
  if (component) {
    const c = s.components[Number(component[1])];
    return c ? fieldId(`component.${c.code}`) : 'sf-components';
  }
  if (path === 'components') return 'sf-components';
  if (path === 'securityLevel') return fieldId('securityLevel.level');
  if (path === 'name') return fieldId('name.vi');
  return fieldId(path);
}
