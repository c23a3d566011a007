import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ACCESSIBILITY_LEVELS, AUDIENCES, AUTH_METHODS, DIRECTIONS, DOCUMENT_KINDS, EXCHANGE_CHANNELS, HOSTINGS, IPV6_STATES, LIFECYCLES, SYSTEM_KINDS, type AccessibilityLevel, type Audience, type AuthMethod, type Component, type ComponentLink, type Direction, type DocumentKind, type ExchangeChannel, type Hosting, type Ipv6State, type Layer, type Lifecycle, type Page, type SystemInput, type SystemKind, type SystemRecord } from '../../../api/types';
import { api, ApiError } from '../../../api/client';
import { useAuth } from '../../../kit/auth';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { AccessDenied, ErrorBox, Loading } from '../../../kit/feedback';
import { useTitle } from '../../../kit/useTitle';
import { FormErrorSummary } from '../../../kit/form/FormErrorSummary';
import { fieldErrors } from '../../../kit/form/fieldErrors';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { useAgencyMap } from '../../framework/agencies';
import { canEditSystem, canRegister } from '../access';
import { fieldId, fieldLabel, stableStringify } from '../fields';
import { systemPath } from '../paths';
import { useLang } from '../../../kit/text';
import { useApiQuery, useApiQueryIf } from '../../../kit/query';
import { useAgencies } from '../../framework/data';
import { useFramework } from '../../framework/data';

/** Languages offered as check boxes; others are typed as codes. */
const KNOWN_LANGUAGES = ['vi', 'en', 'zh', 'ko', 'ja'];
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

let keySeed = 0;
const newKey = () => `k${++keySeed}`;

interface ContactRow {
  key: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}
interface DataRow {
  key: string;
  name: string;
  description: string;
  personal: boolean;
  sensitive: boolean;
  /** Dictionary element codes, comma-separated as typed. */
  elements: string;
}
interface InterfaceRow {
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
interface DocumentRow {
  key: string;
  kind: DocumentKind;
  title: string;
  number: string;
  date: string;
  issuer: string;
  url: string;
}

interface FormState {
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

function emptyContact(): ContactRow {
  return { key: newKey(), name: '', role: '', email: '', phone: '' };
}
function emptyData(): DataRow {
  return { key: newKey(), name: '', description: '', personal: false, sensitive: false, elements: '' };
}
function emptyInterface(): InterfaceRow {
  return { key: newKey(), name: '', direction: 'consumes', channel: 'lgsp', protocol: '', counterpart: 'none', counterpartSystemId: '', counterpartAgencyId: '', published: false, catalogueUrl: '' };
}
function emptyDocument(kind: DocumentKind = 'legal_basis'): DocumentRow {
  return { key: newKey(), kind, title: '', number: '', date: '', issuer: '', url: '' };
}

function stateFrom(input: SystemInput | null, ownerAgencyId: string): FormState {
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

function inputFrom(s: FormState): SystemInput {
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
function clientErrors(s: FormState, t: (key: string, options?: Record<string, unknown>) => string): Map<string, string> {
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

export function SystemFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { user } = useAuth();
  const title = mode === 'new' ? t('systemForm.newTitle') : t('systemForm.editTitle', { code });
  useTitle(title);
  const system = useApiQueryIf<SystemRecord>(mode === 'edit' && Boolean(user), `/api/v1/registry/systems/${encodeURIComponent(code)}`);

  let body: ReactNode;
  if (user === undefined) body = <Loading />;
  else if (user === null) body = <AccessDenied reason="login" />;
  else if (mode === 'new') {
    body = canRegister(user) ? (
      <SystemForm record={null} />
    ) : (
      <div className="notice notice-warning" role="status">
        <p>{t('systemForm.noRightNew')}</p>
      </div>
    );
  } else if (system.loading && !system.data) body = <Loading />;
  else if (system.error) body = <ErrorBox error={system.error} />;
  else if (system.data) {
    const record = system.data;
    if (!canEditSystem(user, record.ownerAgencyId)) {
      body = (
        <div className="notice notice-warning" role="status">
          <p>{t('systemForm.noRightEdit')}</p>
        </div>
      );
    } else if (record.status === 'pending') {
      body = (
        <div className="notice notice-warning" role="status">
          <p>{t('systemForm.pending')}</p>
          <p>
            <Link to={systemPath(record.code)}>{t('systemForm.backToSystem')}</Link>
          </p>
        </div>
      );
    } else body = <SystemForm record={record} />;
  }

  return (
    <div className="page">
      <Breadcrumb
        trail={[{ to: '/registry', label: t('registry.title') }, ...(mode === 'edit' ? [{ to: systemPath(code), label: code }] : [])]}
        current={mode === 'new' ? t('systemForm.newCrumb') : t('common.edit')}
      />
      <h1>{title}</h1>
      {body}
    </div>
  );
}

const SECTIONS = ['general', 'owner', 'architecture', 'lifecycle', 'security', 'infrastructure', 'channels', 'data', 'interfaces', 'documents'] as const;

function SystemForm({ record }: { record: SystemRecord | null }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { user } = useAuth();
  const navigate = useNavigate();
  const officer = user?.role === 'officer';
  const [s, setState] = useState<FormState>(() => stateFrom(record, officer ? (user?.agencyId ?? '') : ''));
  const [browseLayer, setBrowseLayer] = useState(record?.layer ?? '');
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [localErrors, setLocalErrors] = useState<Map<string, string>>(new Map());
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);

  const framework = useFramework();
  const agencies = useAgencies();
  const agencyMap = useAgencyMap();
  const others = useApiQuery<Page<SystemRecord>>('/api/v1/registry/systems', { limit: 500, sort: 'code' });
  // Approved dictionary elements, offered as suggestions when mapping data objects (II.2(6)).
  const approvedElements = useApiQuery<Page<{ code: string; name: { vi: string; en: string } }>>('/api/v1/dictionary/elements', { limit: 500, status: 'approved' });
  const elementCodes = useMemo(() => approvedElements.data?.items.map((e) => ({ code: e.code, name: pick(e.name) })), [approvedElements.data, pick]);
  const otherSystems = useMemo(() => (others.data?.items ?? []).filter((o) => o.id !== record?.id), [others.data, record?.id]);

  const layers = useMemo(() => (framework.data ? [...framework.data.layers].sort((a, b) => b.position - a.position) : []), [framework.data]);
  const componentByCode = useMemo(() => new Map(layers.flatMap((l) => l.scopes.flatMap((sc) => sc.components)).map((c) => [c.code, c] as [string, Component])), [layers]);

  // An unknown element is reported as dataObjects.N.elements.M; the form has one field per data object.
  const serverErrors = useMemo(
    () => new Map([...fieldErrors(submitError, lang, t)].map(([field, text]) => [field.replace(/^(dataObjects\.\d+\.elements)\.\d+$/, '$1'), text] as [string, string])),
    [submitError, lang, t],
  );
  const errors = localErrors.size > 0 ? localErrors : serverErrors;

  // A row just added gets the focus on its first field; a row removed gives it to the "add" button.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((prev) => ({ ...prev, [key]: value }));
  const toggle = <T extends string>(list: T[], value: T, on: boolean): T[] => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));

  const control = (path: string, hintId?: string) => {
    const invalid = errors.has(path);
    const describedBy = [hintId, invalid ? `${fieldId(path)}-error` : undefined].filter(Boolean).join(' ');
    return { id: fieldId(path), 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined } as const;
  };
  const errorOf = (path: string) =>
    errors.has(path) ? (
      <p className="field-error" id={`${fieldId(path)}-error`}>
        {errors.get(path)}
      </p>
    ) : null;
  const req = <span className="required">({t('common.required')})</span>;

  /** The control a field path points at, for the links of the error summary. */
  const targetOf = (path: string): string => {
    const component = /^components\.(\d+)/.exec(path);
    if (component) {
      const c = s.components[Number(component[1])];
      return c ? fieldId(`component.${c.code}`) : 'sf-components';
    }
    if (path === 'components') return 'sf-components';
    if (path === 'securityLevel') return fieldId('securityLevel.level');
    if (path === 'name') return fieldId('name.vi');
    return fieldId(path);
  };

  const setComponent = (code: string, link: ComponentLink | '') =>
    setState((prev) => {
      const index = prev.components.findIndex((c) => c.code === code);
      const next = [...prev.components];
      if (!link) {
        if (index >= 0) next.splice(index, 1);
      } else if (index >= 0) next[index] = { code, link };
      else next.push({ code, link });
      return { ...prev, components: next };
    });

  const updateRow = <K extends 'contacts' | 'dataObjects' | 'interfaces' | 'documents'>(key: K, index: number, changes: Partial<FormState[K][number]>) =>
    setState((prev) => ({ ...prev, [key]: (prev[key] as FormState[K][number][]).map((row, i) => (i === index ? { ...row, ...changes } : row)) }));
  const addRow = <K extends 'contacts' | 'dataObjects' | 'interfaces' | 'documents'>(key: K, row: FormState[K][number], firstField: string) => {
    focusNext.current = fieldId(`${key}.${s[key].length}.${firstField}`);
    setState((prev) => ({ ...prev, [key]: [...(prev[key] as FormState[K][number][]), row] }));
  };
  const removeRow = (key: 'contacts' | 'dataObjects' | 'interfaces' | 'documents', index: number) => {
    focusNext.current = `sf-add-${key}`;
    setState((prev) => ({ ...prev, [key]: (prev[key] as unknown[]).filter((_, i) => i !== index) }));
    setLocalErrors(new Map());
    setSubmitError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    const local = clientErrors(s, t);
    setLocalErrors(local);
    if (local.size > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const input = inputFrom(s);
    setBusy(true);
    try {
      let saved: SystemRecord;
      if (record) {
        const changes: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(input)) {
          if (stableStringify(value) !== stableStringify((record as unknown as Record<string, unknown>)[key])) changes[key] = value;
        }
        // An optional text cleared: sent empty, since leaving it out would keep the old value.
        for (const key of ['supplier', 'hostingNote', 'url'] as const) if (record[key] && !(key in input)) changes[key] = '';
        if (Object.keys(changes).length === 0) {
          setBusy(false);
          setSubmitError(new ApiError(400, 'CLIENT', { vi: t('systemForm.noChanges', { lng: 'vi' }), en: t('systemForm.noChanges', { lng: 'en' }) }));
          requestAnimationFrame(() => summaryRef.current?.focus());
          return;
        }
        saved = await api<SystemRecord>(`/api/v1/registry/systems/${encodeURIComponent(record.id)}`, {
          method: 'PATCH',
          body: { ...changes, ...(s.changeNote.trim() ? { changeNote: s.changeNote.trim() } : {}) },
        });
      } else {
        saved = await api<SystemRecord>('/api/v1/registry/systems', { method: 'POST', body: input });
      }
      navigate(systemPath(saved.code), { state: { message: record ? t('systemForm.updated', { code: saved.code, version: saved.version }) : t('systemForm.created', { code: saved.code }) } });
    } catch (err) {
      setSubmitError(err);
      setBusy(false);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  };

  const owner = agencyMap.get(s.ownerAgencyId);
  const browse = layers.find((l) => l.code === (browseLayer || s.layer));
  const elsewhere = s.components.filter((c) => !browse || componentByCode.get(c.code)?.layer !== browse.code);
  const hasAgreement = s.documents.some((d) => d.kind === 'ministry_agreement');
  const citizenFacing = s.audiences.includes('citizens') || s.audiences.includes('businesses');
  const errorList = [...errors.entries()];

  return (
    <div className="form-layout">
      <nav className="form-toc" aria-label={t('systemForm.tocLabel')}>
        <h2 className="form-toc-title">{t('systemForm.toc')}</h2>
        <ol>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a
                href={`#sec-${section}`}
                onClick={(event) => {
                  event.preventDefault();
                  const heading = document.getElementById(`sec-${section}`);
                  heading?.scrollIntoView({ block: 'start' });
                  heading?.focus({ preventScroll: true });
                }}
              >
                {t(`systemForm.section.${section}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <form className="system-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="hint">{t('systemForm.intro')}</p>
        <FormErrorSummary
          anchor={summaryRef}
          submitError={submitError}
          localErrors={localErrors}
          fixErrorsText={t('systemForm.fixErrors')}
          errors={errorList}
          label={(path) => fieldLabel(path, t)}
          targetOf={targetOf}
        />

        <FormSection id="general" title={t('systemForm.section.general')}>
          <div className="form-row">
            <div className="field">
              <label htmlFor={fieldId('code')}>
                {t('fields.code')} {req}
              </label>
              <input type="text" {...control('code', 'sf-code-hint')} value={s.code} onChange={(e) => set('code', e.target.value)} maxLength={40} autoComplete="off" required aria-required="true" />
              <p className="hint" id="sf-code-hint">
                {t('systemForm.codeHint')}
              </p>
              {errorOf('code')}
            </div>
            <div className="field">
              <label htmlFor={fieldId('kind')}>{t('fields.kind')}</label>
              <select {...control('kind')} value={s.kind} onChange={(e) => set('kind', e.target.value as SystemKind)}>
                {SYSTEM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
              {errorOf('kind')}
            </div>
          </div>
          <div className="field">
            <label htmlFor={fieldId('name.vi')}>
              {t('fields.nameVi')} {req}
            </label>
            <input type="text" {...control('name.vi')} lang="vi" value={s.nameVi} onChange={(e) => set('nameVi', e.target.value)} maxLength={300} required aria-required="true" />
            {errorOf('name.vi')}
          </div>
          <div className="field">
            <label htmlFor={fieldId('name.en')}>{t('fields.nameEn')}</label>
            <input type="text" {...control('name.en')} lang="en" value={s.nameEn} onChange={(e) => set('nameEn', e.target.value)} maxLength={300} />
            {errorOf('name.en')}
          </div>
          <div className="field">
            <label htmlFor={fieldId('purpose')}>{t('fields.purpose')}</label>
            <textarea {...control('purpose')} rows={3} maxLength={4000} value={s.purpose} onChange={(e) => set('purpose', e.target.value)} />
            {errorOf('purpose')}
          </div>
          <div className="form-row">
            <div className="field">
              <label htmlFor={fieldId('supplier')}>{t('fields.supplier')}</label>
              <input type="text" {...control('supplier')} value={s.supplier} onChange={(e) => set('supplier', e.target.value)} maxLength={300} />
              {errorOf('supplier')}
            </div>
            <div className="field field-narrow">
              <label htmlFor={fieldId('yearStarted')}>{t('fields.yearStarted')}</label>
              <input type="text" inputMode="numeric" {...control('yearStarted')} value={s.yearStarted} onChange={(e) => set('yearStarted', e.target.value)} maxLength={4} placeholder="2024" />
              {errorOf('yearStarted')}
            </div>
          </div>
          <div className="field">
            <label htmlFor={fieldId('url')}>{t('fields.url')}</label>
            <input type="url" {...control('url')} value={s.url} onChange={(e) => set('url', e.target.value)} maxLength={2000} placeholder="https://" />
            {errorOf('url')}
          </div>
        </FormSection>

        <FormSection id="owner" title={t('systemForm.section.owner')}>
          <div className="field">
            <label htmlFor={fieldId('ownerAgencyId')}>
              {t('fields.ownerAgencyId')} {req}
            </label>
            {officer ? (
              <>
                <input type="text" id={fieldId('ownerAgencyId')} value={owner ? pick(owner.name) : s.ownerAgencyId} readOnly aria-readonly="true" aria-describedby="sf-owner-hint" />
                <p className="hint" id="sf-owner-hint">
                  {t('systemForm.ownerFixed')}
                </p>
              </>
            ) : (
              <AgencySelect
                id={fieldId('ownerAgencyId')}
                value={s.ownerAgencyId}
                onChange={(v) => set('ownerAgencyId', v)}
                agencies={agencies.data ?? []}
                required
                emptyLabel={t('systemForm.chooseAgency')}
                invalid={errors.has('ownerAgencyId')}
                describedBy={errors.has('ownerAgencyId') ? `${fieldId('ownerAgencyId')}-error` : undefined}
              />
            )}
            {errorOf('ownerAgencyId')}
          </div>
          <Repeater
            title={t('systemForm.contacts')}
            empty={t('systemForm.noContacts')}
            addLabel={t('systemForm.addContact')}
            addId="sf-add-contacts"
            onAdd={() => addRow('contacts', emptyContact(), 'name')}
          >
            {s.contacts.map((c, i) => (
              <RepeatItem key={c.key} legend={t('systemForm.contactN', { n: i + 1 })} removeLabel={t('systemForm.removeContact', { n: i + 1 })} onRemove={() => removeRow('contacts', i)}>
                <div className="form-row">
                  <div className="field">
                    <label htmlFor={fieldId(`contacts.${i}.name`)}>
                      {t('subfields.contacts.name')} {req}
                    </label>
                    <input type="text" {...control(`contacts.${i}.name`)} value={c.name} onChange={(e) => updateRow('contacts', i, { name: e.target.value })} maxLength={200} autoComplete="off" />
                    {errorOf(`contacts.${i}.name`)}
                  </div>
                  <div className="field">
                    <label htmlFor={fieldId(`contacts.${i}.role`)}>{t('subfields.contacts.role')}</label>
                    <input type="text" {...control(`contacts.${i}.role`)} value={c.role} onChange={(e) => updateRow('contacts', i, { role: e.target.value })} maxLength={200} autoComplete="off" />
                    {errorOf(`contacts.${i}.role`)}
                  </div>
                </div>
                <div className="form-row">
                  <div className="field">
                    <label htmlFor={fieldId(`contacts.${i}.email`)}>{t('subfields.contacts.email')}</label>
                    <input type="email" {...control(`contacts.${i}.email`)} value={c.email} onChange={(e) => updateRow('contacts', i, { email: e.target.value })} maxLength={320} autoComplete="off" />
                    {errorOf(`contacts.${i}.email`)}
                  </div>
                  <div className="field">
                    <label htmlFor={fieldId(`contacts.${i}.phone`)}>{t('subfields.contacts.phone')}</label>
                    <input type="tel" {...control(`contacts.${i}.phone`)} value={c.phone} onChange={(e) => updateRow('contacts', i, { phone: e.target.value })} maxLength={50} autoComplete="off" />
                    {errorOf(`contacts.${i}.phone`)}
                  </div>
                </div>
              </RepeatItem>
            ))}
          </Repeater>
        </FormSection>

        <FormSection id="architecture" title={t('systemForm.section.architecture')}>
          <div className="form-row">
            <div className="field">
              <label htmlFor={fieldId('layer')}>
                {t('fields.layer')} {req}
              </label>
              <select
                {...control('layer', 'sf-layer-hint')}
                value={s.layer}
                onChange={(e) => {
                  set('layer', e.target.value);
                  setBrowseLayer(e.target.value);
                }}
                required
                aria-required="true"
              >
                <option value="">{t('systemForm.chooseLayer')}</option>
                {layers.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.code}. {pick(l.name)}
                  </option>
                ))}
              </select>
              <p className="hint" id="sf-layer-hint">
                {t('systemForm.layerHint')}
              </p>
              {errorOf('layer')}
            </div>
            <div className="field">
              <label htmlFor="sf-browse-layer">{t('systemForm.browseLayer')}</label>
              <select id="sf-browse-layer" value={browseLayer || s.layer} onChange={(e) => setBrowseLayer(e.target.value)}>
                {!s.layer && !browseLayer && <option value="">{t('systemForm.chooseLayer')}</option>}
                {layers.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.code}. {pick(l.name)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div id="sf-components" tabIndex={-1} className="component-picker" aria-describedby="sf-components-hint">
            <p className="hint" id="sf-components-hint">
              {t('systemForm.componentsHint')}
            </p>
            {errorOf('components')}
            {browse ? (
              <ComponentChooser layer={browse} chosen={s.components} onChange={setComponent} />
            ) : (
              <p className="muted">{t('systemForm.chooseLayerFirst')}</p>
            )}
            {elsewhere.length > 0 && (
              <div className="component-elsewhere">
                <h4>{t('systemForm.chosenElsewhere')}</h4>
                <ul className="component-list">
                  {elsewhere.map((c) => {
                    const comp = componentByCode.get(c.code);
                    return comp ? <ComponentRow key={c.code} component={comp} link={c.link} onChange={setComponent} /> : null;
                  })}
                </ul>
              </div>
            )}
          </div>
        </FormSection>

        <FormSection id="lifecycle" title={t('systemForm.section.lifecycle')}>
          <div className="field field-medium">
            <label htmlFor={fieldId('lifecycle')}>{t('fields.lifecycle')}</label>
            <select {...control('lifecycle', 'sf-lifecycle-hint')} value={s.lifecycle} onChange={(e) => set('lifecycle', e.target.value as Lifecycle)}>
              {LIFECYCLES.map((l) => (
                <option key={l} value={l}>
                  {t(`lifecycle.${l}`)}
                </option>
              ))}
            </select>
            <p className="hint" id="sf-lifecycle-hint">
              {t('systemForm.lifecycleHint')}
            </p>
            {errorOf('lifecycle')}
          </div>
        </FormSection>

        <FormSection id="security" title={t('systemForm.section.security')}>
          <div className="form-row">
            <div className="field field-medium">
              <label htmlFor={fieldId('securityLevel.level')}>{t('subfields.securityLevel.level')}</label>
              <select {...control('securityLevel.level', 'sf-level-hint')} value={s.securityLevel} onChange={(e) => set('securityLevel', e.target.value)}>
                <option value="">{t('systemForm.levelNone')}</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={String(n)}>
                    {t('systemForm.levelN', { n })}
                  </option>
                ))}
              </select>
              <p className="hint" id="sf-level-hint">
                {t('systemForm.levelHint')}
              </p>
              {errorOf('securityLevel.level')}
              {errorOf('securityLevel')}
            </div>
          </div>
          {s.securityLevel && (
            <div className="form-row">
              <div className="field">
                <label htmlFor={fieldId('securityLevel.approvalNumber')}>{t('subfields.securityLevel.approvalNumber')}</label>
                <input type="text" {...control('securityLevel.approvalNumber')} value={s.approvalNumber} onChange={(e) => set('approvalNumber', e.target.value)} maxLength={100} placeholder="123/QĐ-UBND" />
                {errorOf('securityLevel.approvalNumber')}
              </div>
              <div className="field">
                <label htmlFor={fieldId('securityLevel.approvalDate')}>{t('subfields.securityLevel.approvalDate')}</label>
                <input type="date" {...control('securityLevel.approvalDate')} value={s.approvalDate} onChange={(e) => set('approvalDate', e.target.value)} />
                {errorOf('securityLevel.approvalDate')}
              </div>
            </div>
          )}
        </FormSection>

        <FormSection id="infrastructure" title={t('systemForm.section.infrastructure')}>
          <div className="form-row">
            <div className="field">
              <label htmlFor={fieldId('hosting')}>{t('fields.hosting')}</label>
              <select {...control('hosting')} value={s.hosting} onChange={(e) => set('hosting', e.target.value as Hosting)}>
                {HOSTINGS.map((h) => (
                  <option key={h} value={h}>
                    {t(`hosting.${h}`)}
                  </option>
                ))}
              </select>
              {errorOf('hosting')}
            </div>
            <div className="field">
              <label htmlFor={fieldId('ipv6')}>{t('fields.ipv6')}</label>
              <select {...control('ipv6')} value={s.ipv6} onChange={(e) => set('ipv6', e.target.value as Ipv6State)}>
                {IPV6_STATES.map((v) => (
                  <option key={v} value={v}>
                    {t(`ipv6.${v}`)}
                  </option>
                ))}
              </select>
              {errorOf('ipv6')}
            </div>
          </div>
          <div className="field">
            <label htmlFor={fieldId('hostingNote')}>{t('fields.hostingNote')}</label>
            <input type="text" {...control('hostingNote')} value={s.hostingNote} onChange={(e) => set('hostingNote', e.target.value)} maxLength={500} />
            {errorOf('hostingNote')}
          </div>
        </FormSection>

        <FormSection id="channels" title={t('systemForm.section.channels')}>
          <p className="hint">{t('systemForm.channelsHint')}</p>
          <CheckGroup
            id={fieldId('audiences')}
            legend={t('fields.audiences')}
            values={AUDIENCES}
            checked={s.audiences}
            label={(a) => t(`audience.${a}`)}
            onChange={(a, on) => set('audiences', toggle(s.audiences, a, on))}
            error={errorOf('audiences')}
          />
          <CheckGroup
            id={fieldId('authentication')}
            legend={t('fields.authentication')}
            values={AUTH_METHODS}
            checked={s.authentication}
            label={(a) => t(`auth.${a}`)}
            onChange={(a, on) => set('authentication', toggle(s.authentication, a, on))}
            error={errorOf('authentication')}
          />
          <CheckGroup
            id={fieldId('uiLanguages')}
            legend={t('fields.uiLanguages')}
            values={KNOWN_LANGUAGES}
            checked={s.languages}
            label={(l) => t(`languages.${l}`)}
            onChange={(l, on) => set('languages', toggle(s.languages, l, on))}
            error={errorOf('uiLanguages')}
          >
            <div className="field field-medium">
              <label htmlFor="sf-other-languages">{t('systemForm.otherLanguages')}</label>
              <input id="sf-other-languages" type="text" value={s.otherLanguages} onChange={(e) => set('otherLanguages', e.target.value)} aria-describedby="sf-other-languages-hint" autoComplete="off" />
              <p className="hint" id="sf-other-languages-hint">
                {t('systemForm.otherLanguagesHint')}
              </p>
            </div>
          </CheckGroup>
          <div className="field field-medium">
            <label htmlFor={fieldId('accessibility')}>{t('fields.accessibility')}</label>
            <select {...control('accessibility')} value={s.accessibility} onChange={(e) => set('accessibility', e.target.value as AccessibilityLevel)}>
              {ACCESSIBILITY_LEVELS.map((a) => (
                <option key={a} value={a}>
                  {t(`accessibility.${a}`)}
                </option>
              ))}
            </select>
            {errorOf('accessibility')}
          </div>
          <div className="field field-check">
            <input type="checkbox" id={fieldId('secureSessions')} checked={s.secureSessions} onChange={(e) => set('secureSessions', e.target.checked)} />
            <label htmlFor={fieldId('secureSessions')}>{t('fields.secureSessions')}</label>
          </div>
          <div className="field field-check">
            <input type="checkbox" id={fieldId('accessLogging')} checked={s.accessLogging} onChange={(e) => set('accessLogging', e.target.checked)} />
            <label htmlFor={fieldId('accessLogging')}>{t('fields.accessLogging')}</label>
          </div>
          {citizenFacing && <p className="notice notice-info">{t('systemForm.citizenNote')}</p>}
        </FormSection>

        <FormSection id="data" title={t('systemForm.section.data')}>
          <Repeater title={t('fields.dataObjects')} empty={t('systemForm.noData')} addLabel={t('systemForm.addData')} addId="sf-add-dataObjects" onAdd={() => addRow('dataObjects', emptyData(), 'name')}>
            {s.dataObjects.map((d, i) => (
              <RepeatItem key={d.key} legend={t('systemForm.dataN', { n: i + 1 })} removeLabel={t('systemForm.removeData', { n: i + 1 })} onRemove={() => removeRow('dataObjects', i)}>
                <div className="field">
                  <label htmlFor={fieldId(`dataObjects.${i}.name`)}>
                    {t('subfields.dataObjects.name')} {req}
                  </label>
                  <input type="text" {...control(`dataObjects.${i}.name`)} value={d.name} onChange={(e) => updateRow('dataObjects', i, { name: e.target.value })} maxLength={200} autoComplete="off" />
                  {errorOf(`dataObjects.${i}.name`)}
                </div>
                <div className="field">
                  <label htmlFor={fieldId(`dataObjects.${i}.description`)}>{t('subfields.dataObjects.description')}</label>
                  <input type="text" {...control(`dataObjects.${i}.description`)} value={d.description} onChange={(e) => updateRow('dataObjects', i, { description: e.target.value })} maxLength={2000} autoComplete="off" />
                </div>
                <div className="field">
                  <label htmlFor={fieldId(`dataObjects.${i}.elements`)}>{t('subfields.dataObjects.elements')}</label>
                  <input
                    type="text"
                    {...control(`dataObjects.${i}.elements`, `sf-data-elements-hint-${i}`)}
                    value={d.elements}
                    onChange={(e) => updateRow('dataObjects', i, { elements: e.target.value })}
                    list="sf-element-codes"
                    autoComplete="off"
                    spellCheck={false}
                  />
                  <p className="hint" id={`sf-data-elements-hint-${i}`}>
                    {t('systemForm.elementsHint')} <Link to="/dictionary">{t('systemForm.elementsLink')}</Link>
                  </p>
                  {errorOf(`dataObjects.${i}.elements`)}
                </div>
                <div className="check-row">
                  <div className="field field-check">
                    <input type="checkbox" id={fieldId(`dataObjects.${i}.personal`)} checked={d.personal} onChange={(e) => updateRow('dataObjects', i, { personal: e.target.checked, ...(e.target.checked ? {} : { sensitive: false }) })} />
                    <label htmlFor={fieldId(`dataObjects.${i}.personal`)}>{t('subfields.dataObjects.personal')}</label>
                  </div>
                  <div className="field field-check">
                    <input type="checkbox" id={fieldId(`dataObjects.${i}.sensitive`)} checked={d.sensitive} onChange={(e) => updateRow('dataObjects', i, { sensitive: e.target.checked, ...(e.target.checked ? { personal: true } : {}) })} />
                    <label htmlFor={fieldId(`dataObjects.${i}.sensitive`)}>{t('subfields.dataObjects.sensitive')}</label>
                  </div>
                </div>
              </RepeatItem>
            ))}
          </Repeater>
          <p className="hint">{t('systemForm.dataHint')}</p>
          <datalist id="sf-element-codes">
            {(elementCodes ?? []).map((e) => (
              <option key={e.code} value={e.code}>
                {e.name}
              </option>
            ))}
          </datalist>
        </FormSection>

        <FormSection id="interfaces" title={t('systemForm.section.interfaces')}>
          <p className="hint">{t('systemForm.interfacesHint')}</p>
          <Repeater empty={t('systemForm.noInterfaces')} addLabel={t('systemForm.addInterface')} addId="sf-add-interfaces" onAdd={() => addRow('interfaces', emptyInterface(), 'name')}>
            {s.interfaces.map((itf, i) => (
              <RepeatItem key={itf.key} legend={t('systemForm.interfaceN', { n: i + 1 })} removeLabel={t('systemForm.removeInterface', { n: i + 1 })} onRemove={() => removeRow('interfaces', i)}>
                <div className="field">
                  <label htmlFor={fieldId(`interfaces.${i}.name`)}>
                    {t('subfields.interfaces.name')} {req}
                  </label>
                  <input type="text" {...control(`interfaces.${i}.name`)} value={itf.name} onChange={(e) => updateRow('interfaces', i, { name: e.target.value })} maxLength={200} autoComplete="off" />
                  {errorOf(`interfaces.${i}.name`)}
                </div>
                <div className="form-row">
                  <div className="field">
                    <label htmlFor={fieldId(`interfaces.${i}.direction`)}>{t('subfields.interfaces.direction')}</label>
                    <select {...control(`interfaces.${i}.direction`)} value={itf.direction} onChange={(e) => updateRow('interfaces', i, { direction: e.target.value as Direction })}>
                      {DIRECTIONS.map((d) => (
                        <option key={d} value={d}>
                          {t(`direction.${d}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={fieldId(`interfaces.${i}.channel`)}>{t('subfields.interfaces.channel')}</label>
                    <select {...control(`interfaces.${i}.channel`)} value={itf.channel} onChange={(e) => updateRow('interfaces', i, { channel: e.target.value as ExchangeChannel })}>
                      {EXCHANGE_CHANNELS.map((c) => (
                        <option key={c} value={c}>
                          {t(`channel.${c}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={fieldId(`interfaces.${i}.protocol`)}>{t('subfields.interfaces.protocol')}</label>
                    <input type="text" {...control(`interfaces.${i}.protocol`)} value={itf.protocol} onChange={(e) => updateRow('interfaces', i, { protocol: e.target.value })} maxLength={100} placeholder="REST, SOAP…" autoComplete="off" />
                  </div>
                </div>
                <div className="form-row">
                  <div className="field">
                    <label htmlFor={`sf-interfaces-${i}-counterpart`}>{t('systemForm.counterpart')}</label>
                    <select id={`sf-interfaces-${i}-counterpart`} value={itf.counterpart} onChange={(e) => updateRow('interfaces', i, { counterpart: e.target.value as InterfaceRow['counterpart'] })}>
                      <option value="none">{t('systemForm.counterpartNone')}</option>
                      <option value="system">{t('systemForm.counterpartSystem')}</option>
                      <option value="agency">{t('systemForm.counterpartAgency')}</option>
                    </select>
                  </div>
                  {itf.counterpart === 'system' && (
                    <div className="field">
                      <label htmlFor={fieldId(`interfaces.${i}.counterpartSystemId`)}>{t('subfields.interfaces.counterpartSystemId')}</label>
                      <select {...control(`interfaces.${i}.counterpartSystemId`)} value={itf.counterpartSystemId} onChange={(e) => updateRow('interfaces', i, { counterpartSystemId: e.target.value })}>
                        <option value="">{t('systemForm.chooseSystem')}</option>
                        {otherSystems.map((o) => (
                          <option key={o.id} value={o.id}>
                            {o.code} — {o.name.vi}
                          </option>
                        ))}
                      </select>
                      {errorOf(`interfaces.${i}.counterpartSystemId`)}
                    </div>
                  )}
                  {itf.counterpart === 'agency' && (
                    <div className="field">
                      <label htmlFor={fieldId(`interfaces.${i}.counterpartAgencyId`)}>{t('subfields.interfaces.counterpartAgencyId')}</label>
                      <AgencySelect
                        id={fieldId(`interfaces.${i}.counterpartAgencyId`)}
                        value={itf.counterpartAgencyId}
                        onChange={(v) => updateRow('interfaces', i, { counterpartAgencyId: v })}
                        agencies={agencies.data ?? []}
                        required={false}
                        emptyLabel={t('systemForm.chooseAgency')}
                        invalid={errors.has(`interfaces.${i}.counterpartAgencyId`)}
                        describedBy={errors.has(`interfaces.${i}.counterpartAgencyId`) ? `${fieldId(`interfaces.${i}.counterpartAgencyId`)}-error` : undefined}
                      />
                      {errorOf(`interfaces.${i}.counterpartAgencyId`)}
                    </div>
                  )}
                </div>
                {itf.direction === 'provides' && (
                  <div className="form-row">
                    <div className="field field-check">
                      <input type="checkbox" id={fieldId(`interfaces.${i}.published`)} checked={itf.published} onChange={(e) => updateRow('interfaces', i, { published: e.target.checked })} />
                      <label htmlFor={fieldId(`interfaces.${i}.published`)}>{t('subfields.interfaces.published')}</label>
                    </div>
                    <div className="field">
                      <label htmlFor={fieldId(`interfaces.${i}.catalogueUrl`)}>{t('subfields.interfaces.catalogueUrl')}</label>
                      <input type="url" {...control(`interfaces.${i}.catalogueUrl`)} value={itf.catalogueUrl} onChange={(e) => updateRow('interfaces', i, { catalogueUrl: e.target.value })} maxLength={2000} placeholder="https://" />
                    </div>
                  </div>
                )}
              </RepeatItem>
            ))}
          </Repeater>
        </FormSection>

        <FormSection id="documents" title={t('systemForm.section.documents')}>
          <div className="field field-check">
            <input type="checkbox" id={fieldId('departmentSoftware')} checked={s.departmentSoftware} onChange={(e) => set('departmentSoftware', e.target.checked)} aria-describedby="sf-dept-hint" />
            <label htmlFor={fieldId('departmentSoftware')}>{t('fields.departmentSoftware')}</label>
          </div>
          <p className="hint" id="sf-dept-hint">
            {t('systemForm.departmentHint')}
          </p>
          {s.departmentSoftware && !hasAgreement && (
            <div className="notice notice-warning">
              <p>{t('systemForm.agreementMissing')}</p>
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => addRow('documents', { ...emptyDocument('ministry_agreement'), issuer: '' }, 'title')}
              >
                + {t('systemForm.addAgreement')}
              </button>
            </div>
          )}
          <Repeater empty={t('systemForm.noDocuments')} addLabel={t('systemForm.addDocument')} addId="sf-add-documents" onAdd={() => addRow('documents', emptyDocument(), 'title')}>
            {s.documents.map((d, i) => (
              <RepeatItem key={d.key} legend={t('systemForm.documentN', { n: i + 1 })} removeLabel={t('systemForm.removeDocument', { n: i + 1 })} onRemove={() => removeRow('documents', i)}>
                <div className="form-row">
                  <div className="field">
                    <label htmlFor={fieldId(`documents.${i}.kind`)}>{t('subfields.documents.kind')}</label>
                    <select {...control(`documents.${i}.kind`)} value={d.kind} onChange={(e) => updateRow('documents', i, { kind: e.target.value as DocumentKind })}>
                      {DOCUMENT_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`documentKind.${k}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={fieldId(`documents.${i}.number`)}>{t('subfields.documents.number')}</label>
                    <input type="text" {...control(`documents.${i}.number`)} value={d.number} onChange={(e) => updateRow('documents', i, { number: e.target.value })} maxLength={100} autoComplete="off" />
                  </div>
                  <div className="field">
                    <label htmlFor={fieldId(`documents.${i}.date`)}>{t('subfields.documents.date')}</label>
                    <input type="date" {...control(`documents.${i}.date`)} value={d.date} onChange={(e) => updateRow('documents', i, { date: e.target.value })} />
                    {errorOf(`documents.${i}.date`)}
                  </div>
                </div>
                <div className="field">
                  <label htmlFor={fieldId(`documents.${i}.title`)}>
                    {t('subfields.documents.title')} {req}
                  </label>
                  <input type="text" {...control(`documents.${i}.title`)} value={d.title} onChange={(e) => updateRow('documents', i, { title: e.target.value })} maxLength={500} autoComplete="off" />
                  {errorOf(`documents.${i}.title`)}
                </div>
                <div className="form-row">
                  <div className="field">
                    <label htmlFor={fieldId(`documents.${i}.issuer`)}>{t('subfields.documents.issuer')}</label>
                    <input type="text" {...control(`documents.${i}.issuer`)} value={d.issuer} onChange={(e) => updateRow('documents', i, { issuer: e.target.value })} maxLength={300} autoComplete="off" />
                  </div>
                  <div className="field">
                    <label htmlFor={fieldId(`documents.${i}.url`)}>{t('subfields.documents.url')}</label>
                    <input type="url" {...control(`documents.${i}.url`)} value={d.url} onChange={(e) => updateRow('documents', i, { url: e.target.value })} maxLength={2000} placeholder="https://" />
                  </div>
                </div>
              </RepeatItem>
            ))}
          </Repeater>
        </FormSection>

        <div className="form-footer">
          {record && (
            <div className="field">
              <label htmlFor="sf-change-note">{t('systemForm.changeNote')}</label>
              <textarea id="sf-change-note" rows={2} maxLength={1000} value={s.changeNote} onChange={(e) => set('changeNote', e.target.value)} aria-describedby="sf-change-note-hint" />
              <p className="hint" id="sf-change-note-hint">
                {t('systemForm.changeNoteHint')}
              </p>
            </div>
          )}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? t('common.saving') : record ? t('systemForm.saveChanges') : t('systemForm.saveDraft')}
            </button>
            <Link to={record ? systemPath(record.code) : '/registry'} className="btn btn-secondary">
              {t('common.cancel')}
            </Link>
          </div>
          {!record && <p className="hint">{t('systemForm.draftHint')}</p>}
        </div>
      </form>
    </div>
  );
}

function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="form-section" aria-labelledby={`sec-${id}`}>
      <h2 id={`sec-${id}`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Repeater({ title, empty, addLabel, addId, onAdd, children }: { title?: string; empty: string; addLabel: string; addId: string; onAdd: () => void; children: ReactNode[] }) {
  return (
    <div className="repeater">
      {title && <h3>{title}</h3>}
      {children.length === 0 && <p className="muted">{empty}</p>}
      {children}
      <button type="button" id={addId} className="btn btn-secondary btn-small" onClick={onAdd}>
        + {addLabel}
      </button>
    </div>
  );
}

function RepeatItem({ legend, removeLabel, onRemove, children }: { legend: string; removeLabel: string; onRemove: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="repeat-item">
      <legend>{legend}</legend>
      <div className="repeat-remove">
        <button type="button" className="btn btn-danger btn-small" onClick={onRemove} aria-label={removeLabel}>
          {t('common.remove')}
        </button>
      </div>
      {children}
    </fieldset>
  );
}

function CheckGroup<T extends string>({
  id,
  legend,
  values,
  checked,
  label,
  onChange,
  error,
  children,
}: {
  id: string;
  legend: string;
  values: readonly T[];
  checked: T[];
  label: (value: T) => string;
  onChange: (value: T, on: boolean) => void;
  error: ReactNode;
  children?: ReactNode;
}) {
  return (
    <fieldset className="check-group" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      <div className="check-options">
        {values.map((v) => (
          <div key={v} className="field field-check">
            <input type="checkbox" id={`${id}-${v}`} checked={checked.includes(v)} onChange={(e) => onChange(v, e.target.checked)} />
            <label htmlFor={`${id}-${v}`}>{label(v)}</label>
          </div>
        ))}
      </div>
      {children}
      {error}
    </fieldset>
  );
}

/**
 * The components of one layer, national and provincial, each with "implements", "uses" or nothing. The
 * national ones are folded away unless one is chosen: a province mostly uses them, and the list is long.
 */
function ComponentChooser({ layer, chosen, onChange }: { layer: Layer; chosen: { code: string; link: ComponentLink }[]; onChange: (code: string, link: ComponentLink | '') => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const links = new Map(chosen.map((c) => [c.code, c.link]));
  return (
    <div className="component-chooser">
      {layer.scopes.map((scope) => {
        const picked = scope.components.filter((c) => links.has(c.code)).length;
        const list = (
          <ul className="component-list">
            {scope.components.map((c) => (
              <ComponentRow key={c.code} component={c} link={links.get(c.code)} onChange={onChange} />
            ))}
          </ul>
        );
        const title = (
          <>
            {layer.code}. {t(`scope.${scope.scope}`)} <span className="muted">— {pick(scope.title)}</span>{' '}
            <span className="chosen-count">{t('systemForm.chosenCount', { count: picked, total: scope.components.length })}</span>
          </>
        );
        return (
          <div key={`${layer.code}-${scope.scope}`} className="component-scope">
            {scope.scope === 'national' ? (
              <Fold initiallyOpen={picked > 0} summary={title}>
                <p className="hint">{t('systemForm.nationalHint')}</p>
                {list}
              </Fold>
            ) : (
              <>
                <h4>{title}</h4>
                {list}
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** A <details> that opens as asked at first and then stays as the user leaves it. */
function Fold({ initiallyOpen, summary, children }: { initiallyOpen: boolean; summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

function ComponentRow({ component: c, link, onChange }: { component: Component; link: ComponentLink | undefined; onChange: (code: string, link: ComponentLink | '') => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const id = fieldId(`component.${c.code}`);
  return (
    <li className={link ? 'component-row chosen' : 'component-row'}>
      <label htmlFor={id}>
        <code>{c.code}</code> {pick(c.name)}
      </label>
      <select id={id} value={link ?? ''} onChange={(e) => onChange(c.code, e.target.value as ComponentLink | '')}>
        <option value="">{t('systemForm.linkNone')}</option>
        <option value="implements">{t('componentLink.implements')}</option>
        <option value="uses">{t('componentLink.uses')}</option>
      </select>
    </li>
  );
}
