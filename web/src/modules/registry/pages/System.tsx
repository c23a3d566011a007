import { lazy, Suspense, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { RELATION_TYPES, type Component, type FieldChange, type Finding, type Page, type RegistrationRequest, type RelationType, type RequestType, type SystemGraph, type SystemRecord, type SystemRelation, type SystemVersion } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { TableWrap } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { ComplianceBadge, KindTag, LifecycleBadge, RecordStatusBadge } from '../components/badges';
import { DiffTable } from '../components/DiffTable';
import { FindingList } from '../components/FindingList';
import { SectionLinks } from '../../../kit/SectionLinks';
import { useAgencyMap, agencyLabel, agencyPath } from '../../framework/agencies';
import { allowedRequestTypes, canEditSystem } from '../access';
import { formatFieldValue } from '../fields';
import { systemPath } from '../paths';
import { formatDate, formatDateTime, useLang } from '../../../kit/text';
import { useApiQuery, useApiQueryIf, useInvalidate } from '../../../kit/query';
import { useFramework } from '../../framework/data';

// ECharts loads only when a graph is shown.
const DependencyGraph = lazy(() => import('../components/DependencyGraph'));

export function SystemPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  // A message handed over by the form is shown once: a reload or a later visit must not repeat it.
  const [arrival] = useState(() => ({ code, message: (location.state as { message?: string } | null)?.message ?? null }));
  useEffect(() => {
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location.state]);
  const system = useApiQueryIf<SystemRecord>(Boolean(user), `/api/v1/registry/systems/${encodeURIComponent(code)}`);
  const data = system.data;
  useTitle(data ? `${data.code} — ${data.name.vi}` : t('system.title', { code }));
  const notFound = system.error instanceof ApiError && system.error.status === 404;

  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/registry', label: t('registry.title') }]} current={code} />
      <h1>
        {data ? (
          <>
            <span className="task-code">{data.code}</span> {data.name.vi}
          </>
        ) : (
          t('system.title', { code })
        )}
      </h1>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <AccessDenied reason="login" />
      ) : (
        <>
          {system.loading && !data && <Loading />}
          {notFound ? (
            <p className="notice notice-warning" role="alert">
              {t('system.notFound', { code })}
            </p>
          ) : (
            <ErrorBox error={system.error} />
          )}
          {data && <SystemDetail key={data.id} system={data} arrival={arrival.code === code ? arrival.message : null} reload={system.reload} />}
        </>
      )}
    </div>
  );
}

function SystemDetail({ system, arrival, reload }: { system: SystemRecord; arrival: string | null; reload: () => void }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { user } = useAuth();
  const agencyMap = useAgencyMap();
  const framework = useFramework();
  const componentByCode = useMemo(
    () => new Map((framework.data?.layers ?? []).flatMap((l) => l.scopes.flatMap((s) => s.components)).map((c) => [c.code, c] as [string, Component])),
    [framework.data],
  );
  const layer = framework.data?.layers.find((l) => l.code === system.layer);
  const editable = canEditSystem(user, system.ownerAgencyId);
  const [message, setMessage] = useState<string | null>(arrival);
  // Everything that depends on the record's state is fetched again after a change: its findings, relations, graph,
  // versions and requests, and the other systems' relations that point to it.
  const invalidate = useInvalidate();
  const changed = (text: string | null) => {
    if (text) setMessage(text);
    void invalidate('/api/v1/registry');
    reload();
  };
  const agency = agencyMap.get(system.ownerAgencyId);
  const sl = system.securityLevel;
  const canSeeRequests = user?.role !== 'viewer';
  const requests = useApiQueryIf<Page<RegistrationRequest>>(canSeeRequests, '/api/v1/registry/requests', { system: system.id, limit: 100 }, { version: system.status });
  const lastDecided = (requests.data?.items ?? []).find((r) => r.status !== 'pending');
  const decisionShown = (system.status === 'returned' || system.status === 'rejected') && lastDecided?.decisionComment ? lastDecided : undefined;

  return (
    <>
      <div className="badge-row">
        <KindTag kind={system.kind} />
        <RecordStatusBadge status={system.status} />
        <LifecycleBadge lifecycle={system.lifecycle} />
        <ComplianceBadge compliance={system.compliance} />
        {!system.verified && <span className="unverified">{t('registry.unverified')}</span>}
      </div>
      {system.name.en && (
        <p className="lead-text" lang="en">
          {system.name.en}
        </p>
      )}
      <LiveMessage message={message} />
      {decisionShown && (
        <div className={system.status === 'rejected' ? 'notice notice-error decision-box' : 'notice notice-warning decision-box'} id="decision-comment">
          <p>
            <strong>{t(`system.decided.${system.status}`, { type: t(`requestType.${decisionShown.type}`) })}</strong>
          </p>
          <blockquote className="decision-comment">{decisionShown.decisionComment}</blockquote>
          <p className="muted">{t('system.decidedBy', { name: decisionShown.decidedByLabel ?? '', date: formatDateTime(decisionShown.decidedAt, lang) })}</p>
          {editable && <p>{t(`system.decidedNext.${system.status}`)}</p>}
        </div>
      )}
      <div className="toolbar">
        {editable && system.status !== 'pending' && (
          <Link to={`${systemPath(system.code)}/edit`} className="btn btn-primary">
            {t('system.edit')}
          </Link>
        )}
        {editable && system.status === 'pending' && <p className="hint">{t('system.editPending')}</p>}
      </div>

      <SectionLinks
        label={t('system.sectionsLabel')}
        items={[
          { id: 'compliance-title', label: t('system.complianceTitle') },
          { id: 'relations-title', label: t('system.relationsTitle') },
          { id: 'requests-title', label: t('system.requestsTitle') },
          { id: 'versions-title', label: t('system.versionsTitle') },
          { id: 'details-title', label: t('system.detailsTitle') },
        ]}
      />
      <dl className="facts facts-wide">
        <div>
          <dt>{t('fields.ownerAgencyId')}</dt>
          <dd>
            <Link to={agencyPath(system.ownerAgencyId)}>{agency ? pick(agency.name) : system.ownerAgencyId}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('fields.layer')}</dt>
          <dd>{layer ? `${layer.code}. ${pick(layer.name)}` : system.layer}</dd>
        </div>
        <div>
          <dt>{t('fields.securityLevel')}</dt>
          <dd>
            {sl
              ? `${t('systemForm.levelN', { n: sl.level })}${sl.approvalNumber ? ` — ${t('system.approvedBy', { number: sl.approvalNumber, date: formatDate(sl.approvalDate, lang) })}` : ` — ${t('system.notApproved')}`}`
              : t('system.levelUnknown')}
          </dd>
        </div>
        <div>
          <dt>{t('fields.hosting')}</dt>
          <dd>
            {t(`hosting.${system.hosting}`)}
            {system.hostingNote && <span className="muted"> ({system.hostingNote})</span>}
          </dd>
        </div>
        <div>
          <dt>{t('fields.ipv6')}</dt>
          <dd>{t(`ipv6.${system.ipv6}`)}</dd>
        </div>
        <div>
          <dt>{t('fields.audiences')}</dt>
          <dd>{system.audiences.length ? system.audiences.map((a) => t(`audience.${a}`)).join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>{t('fields.authentication')}</dt>
          <dd>{system.authentication.length ? system.authentication.map((a) => t(`auth.${a}`)).join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>{t('fields.uiLanguages')}</dt>
          <dd>{system.uiLanguages.length ? system.uiLanguages.map((l) => t(`languages.${l}`, { defaultValue: l })).join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>{t('fields.accessibility')}</dt>
          <dd>{t(`accessibility.${system.accessibility}`)}</dd>
        </div>
        <div>
          <dt>{t('system.channelSafety')}</dt>
          <dd>
            {t('fields.secureSessions')}: {system.secureSessions ? t('common.yes') : t('common.no')}; {t('fields.accessLogging')}: {system.accessLogging ? t('common.yes') : t('common.no')}
          </dd>
        </div>
        <div>
          <dt>{t('fields.supplier')}</dt>
          <dd>
            {system.supplier || '—'}
            {system.yearStarted ? <span className="muted"> ({t('system.since', { year: system.yearStarted })})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('system.version')}</dt>
          <dd>
            {t('system.versionLine', { version: system.version })}
            {system.approvedVersion !== null && <span className="muted"> ({t('system.approvedVersion', { version: system.approvedVersion })})</span>}
            <br />
            <span className="muted">{t('system.updatedAt', { date: formatDateTime(system.updatedAt, lang) })}</span>
          </dd>
        </div>
        {system.url && (
          <div>
            <dt>{t('fields.url')}</dt>
            <dd className="cell-path">
              {/^https?:\/\//.test(system.url) ? (
                <a href={system.url} rel="noopener noreferrer" target="_blank">
                  {system.url}
                </a>
              ) : (
                system.url
              )}
            </dd>
          </div>
        )}
      </dl>
      {system.purpose && (
        <section className="section" aria-labelledby="purpose-title">
          <h2 id="purpose-title">{t('fields.purpose')}</h2>
          <p className="prose">{system.purpose}</p>
        </section>
      )}

      <section className="section" aria-labelledby="components-title">
        <h2 id="components-title">{t('system.componentsTitle')}</h2>
        {system.components.length === 0 ? (
          <p>{t('system.noComponents')}</p>
        ) : (
          <ul className="component-links">
            {system.components.map((c) => {
              const comp = componentByCode.get(c.code);
              return (
                <li key={`${c.code}:${c.link}`}>
                  <span className={`link-tag link-${c.link}`}>{t(`componentLink.${c.link}`)}</span> <code>{c.code}</code> {comp ? pick(comp.name) : ''}
                  {comp?.scope === 'national' && <span className="muted"> ({t('scope.national')})</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <Findings system={system} />
      <Relations system={system} editable={editable} onChanged={changed} />
      <Requests system={system} editable={editable} requests={canSeeRequests ? requests : null} onChanged={changed} />
      <Versions system={system} />
      <Details system={system} agencyName={(id) => agencyLabel(agencyMap.get(id), id, lang)} />
    </>
  );
}

function Findings({ system }: { system: SystemRecord }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const findings = useApiQuery<{ findings: Finding[] }>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/compliance`);
  const items = findings.data?.findings ?? [];
  const failing = items.filter((f) => f.outcome === 'fail');
  return (
    <section className="section" aria-labelledby="compliance-title">
      <h2 id="compliance-title">{t('system.complianceTitle')}</h2>
      <p className="hint">
        {t('system.complianceIntro')}
        {system.compliance && ` ${t('system.evaluatedAt', { date: formatDateTime(system.compliance.evaluatedAt, lang) })}`}
      </p>
      <ErrorBox error={findings.error} />
      {findings.loading && !findings.data && <Loading />}
      {findings.data && (
        <>
          <p className={failing.length ? 'notice notice-warning' : 'notice notice-success'}>
            {failing.length
              ? t('system.complianceSummary', {
                  errors: failing.filter((f) => f.severity === 'error').length,
                  warnings: failing.filter((f) => f.severity === 'warning').length,
                })
              : t('system.compliancePass')}
          </p>
          <FindingList findings={items} idPrefix="findings" />
        </>
      )}
    </section>
  );
}

/** "uses" seen from the other side reads "is used by". */
function relationText(r: SystemRelation, selfId: string, t: (key: string) => string): { label: string; other: SystemRelation['to'] } {
  return r.fromId === selfId ? { label: t(`relation.out.${r.type}`), other: r.to } : { label: t(`relation.in.${r.type}`), other: r.from };
}

function Relations({ system, editable, onChanged }: { system: SystemRecord; editable: boolean; onChanged: (message: string | null) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [depth, setDepth] = useState(2);
  const relations = useApiQuery<{ items: SystemRelation[] }>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/relations`);
  const graph = useApiQuery<SystemGraph>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/graph`, { depth });
  const [error, setError] = useState<unknown>(null);
  const items = relations.data?.items ?? [];

  const remove = async (r: SystemRelation) => {
    const { label, other } = relationText(r, system.id, t);
    if (!window.confirm(t('system.confirmRemoveRelation', { relation: `${system.code} ${label} ${other?.code ?? ''}` }))) return;
    setError(null);
    try {
      await api<void>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/relations/${encodeURIComponent(r.id)}`, { method: 'DELETE' });
      onChanged(t('system.relationRemoved', { code: other?.code ?? '' }));
    } catch (err) {
      setError(err);
    }
  };

  const byId = new Map((graph.data?.nodes ?? []).map((n) => [n.id, n]));
  const graphSummary = graph.data
    ? t('system.graphSummary', { code: system.code, nodes: graph.data.nodes.length - 1, edges: graph.data.edges.length })
    : '';

  return (
    <section className="section" aria-labelledby="relations-title">
      <h2 id="relations-title">{t('system.relationsTitle')}</h2>
      <ErrorBox error={error ?? relations.error} />
      {relations.loading && !relations.data && <Loading />}
      {relations.data && items.length === 0 && <p>{t('system.noRelations')}</p>}
      {items.length > 0 && (
        <ul className="relation-list" id="relation-list">
          {items.map((r) => {
            const { label, other } = relationText(r, system.id, t);
            return (
              <li key={r.id}>
                <span className={`relation-type relation-${r.type}`}>{label}</span>{' '}
                {other ? (
                  <Link to={systemPath(other.code)}>
                    <code>{other.code}</code> — {other.nameVi}
                  </Link>
                ) : (
                  '—'
                )}
                {r.note && <span className="muted"> ({r.note})</span>}
                {editable && r.fromId === system.id && (
                  <button type="button" className="btn btn-danger btn-small" onClick={() => void remove(r)} aria-label={t('system.removeRelation', { relation: `${label} ${other?.code ?? ''}` })}>
                    {t('common.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable && <AddRelation system={system} onAdded={(code) => onChanged(t('system.relationAdded', { code }))} />}

      <h3 id="graph-title">{t('system.graphTitle')}</h3>
      <div className="graph-tools">
        <label htmlFor="graph-depth">{t('system.graphDepth')}</label>
        <select id="graph-depth" value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
          {[1, 2, 3, 4].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <ul className="legend" aria-label={t('system.graphLegend')}>
          {(['failing', 'warning', 'passing'] as const).map((s) => (
            <li key={s}>
              <span className={`swatch swatch-${s}`} aria-hidden="true" />
              {t(`compliance.legend.${s}`)}
            </li>
          ))}
        </ul>
      </div>
      <ErrorBox error={graph.error} />
      {graph.data && graph.data.edges.length === 0 && <p className="muted">{t('system.graphEmpty')}</p>}
      {graph.data && graph.data.edges.length > 0 && (
        <div className="graph-layout">
          <figure className="graph-figure">
            <Suspense fallback={<Loading />}>
              <DependencyGraph graph={graph.data} summary={graphSummary} onPick={(code) => code !== system.code && navigate(systemPath(code))} />
            </Suspense>
            <figcaption className="hint">{t('system.graphCaption')}</figcaption>
          </figure>
          <div className="graph-text">
            <h4 id="graph-list-title">{t('system.graphListTitle')}</h4>
            <ul className="graph-edges" aria-labelledby="graph-list-title">
              {graph.data.edges.map((e) => {
                const from = byId.get(e.fromId);
                const to = byId.get(e.toId);
                return (
                  <li key={e.id}>
                    <Link to={systemPath(from?.code ?? '')}>{from?.code}</Link> {t(`relation.out.${e.type}`)} <Link to={systemPath(to?.code ?? '')}>{to?.code}</Link>
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

function AddRelation({ system, onAdded }: { system: SystemRecord; onAdded: (code: string) => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<RelationType>('uses');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [toId, setToId] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useApiQueryIf<Page<SystemRecord>>(Boolean(q), '/api/v1/registry/systems', { q, limit: 20 });
  const options = (results.data?.items ?? []).filter((s) => s.id !== system.id);
  useEffect(() => {
    setToId(options[0]?.id ?? '');
    // a new list of matches selects its first
  }, [results.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!toId) {
      setError(new ApiError(400, 'CLIENT', { vi: t('system.chooseRelated', { lng: 'vi' }), en: t('system.chooseRelated', { lng: 'en' }) }));
      return;
    }
    setBusy(true);
    try {
      const created = await api<SystemRelation>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/relations`, {
        method: 'POST',
        body: { toId, type, ...(note.trim() ? { note: note.trim() } : {}) },
      });
      setText('');
      setNote('');
      onAdded(created.to?.code ?? '');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card add-relation" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-relation-title">
      <h3 id="add-relation-title">{t('system.addRelation')}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor="rel-type">{t('system.relationType')}</label>
          <select id="rel-type" value={type} onChange={(e) => setType(e.target.value as RelationType)}>
            {RELATION_TYPES.map((r) => (
              <option key={r} value={r}>
                {system.code} {t(`relation.out.${r}`)} …
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rel-search">{t('system.relationSearch')}</label>
          <input id="rel-search" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('system.relationSearchPlaceholder')} autoComplete="off" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="rel-to">{t('system.relatedSystem')}</label>
        <select id="rel-to" value={toId} onChange={(e) => setToId(e.target.value)} aria-describedby="rel-to-status" disabled={options.length === 0}>
          {options.length === 0 && <option value="">{q ? t('system.noMatches') : t('system.typeToSearch')}</option>}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.code} — {o.name.vi}
            </option>
          ))}
        </select>
        <p className="hint" id="rel-to-status" role="status" aria-live="polite">
          {q && results.data ? t('system.matchCount', { count: options.length }) : ''}
        </p>
      </div>
      <div className="field">
        <label htmlFor="rel-note">{t('system.relationNote')}</label>
        <input id="rel-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} autoComplete="off" />
      </div>
      <ErrorBox error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : t('system.addRelationSubmit')}
        </button>
      </div>
    </form>
  );
}

function Requests({
  system,
  editable,
  requests,
  onChanged,
}: {
  system: SystemRecord;
  editable: boolean;
  requests: { data: Page<RegistrationRequest> | null | undefined; error: unknown; loading: boolean } | null;
  onChanged: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const items = requests?.data?.items ?? [];
  const pending = items.find((r) => r.status === 'pending');

  return (
    <section className="section" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('system.requestsTitle')}</h2>
      {!requests ? (
        <p className="muted">{t('system.requestsViewer')}</p>
      ) : (
        <>
          <ErrorBox error={requests.error} />
          {requests.loading && !requests.data && <Loading />}
          {editable && <SubmitRequest system={system} pending={pending} onSubmitted={(type) => onChanged(t('system.requestSubmitted', { type: t(`requestType.${type}`) }))} />}
          {requests.data && items.length === 0 && <p>{t('system.noRequests')}</p>}
          {items.length > 0 && (
            <TableWrap label={t('system.requestsCaption', { code: system.code })}>
              <table className="table" id="request-history">
                <caption className="visually-hidden">{t('system.requestsCaption', { code: system.code })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('requests.submittedAt')}</th>
                    <th scope="col">{t('requests.type')}</th>
                    <th scope="col" className="num">
                      {t('requests.version')}
                    </th>
                    <th scope="col">{t('requests.status')}</th>
                    <th scope="col">{t('requests.note')}</th>
                    <th scope="col">{t('requests.decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={r.id}>
                      <td className="nowrap">
                        {formatDateTime(r.submittedAt, lang)}
                        <br />
                        <span className="muted">{r.submittedByLabel}</span>
                      </td>
                      <td>{t(`requestType.${r.type}`)}</td>
                      <td className="num">{r.version}</td>
                      <td>
                        <RecordStatusBadge status={r.status} />
                      </td>
                      <td className="note-cell">{r.note ?? '—'}</td>
                      <td className="note-cell">
                        {r.decidedAt ? (
                          <>
                            {r.decisionComment ?? '—'}
                            <br />
                            <span className="muted">
                              {r.decidedByLabel}, {formatDateTime(r.decidedAt, lang)}
                            </span>
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </>
      )}
    </section>
  );
}

function SubmitRequest({ system, pending, onSubmitted }: { system: SystemRecord; pending: RegistrationRequest | undefined; onSubmitted: (type: RequestType) => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const allowed = allowedRequestTypes(system);
  const [type, setType] = useState<RequestType>(allowed[0] ?? 'establish');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!allowed.includes(type) && allowed[0]) setType(allowed[0]);
  }, [allowed.join(',')]);

  const blocked = system.status === 'pending' || pending !== undefined;
  const reason = blocked
    ? t('system.requestBlockedPending', { type: pending ? t(`requestType.${pending.type}`) : '', date: pending ? formatDateTime(pending.submittedAt, lang) : '' })
    : allowed.length === 0
      ? t('system.requestBlockedNothing')
      : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await api<RegistrationRequest>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/requests`, {
        method: 'POST',
        body: { type, ...(note.trim() ? { note: note.trim() } : {}) },
      });
      setNote('');
      onSubmitted(type);
      // The form is about to be disabled under the focused button: keep the focus on the form's heading.
      document.getElementById('submit-request-title')?.focus();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="submit-request-title">
      <h3 id="submit-request-title" tabIndex={-1}>
        {t('system.submitTitle')}
      </h3>
      {reason && (
        <p className="notice notice-info" id="request-blocked">
          {reason}
        </p>
      )}
      <fieldset className="plain-fieldset" disabled={reason !== null} aria-describedby={reason ? 'request-blocked' : undefined}>
        <legend className="visually-hidden">{t('system.submitTitle')}</legend>
        <div className="field field-medium">
          <label htmlFor="req-type">{t('requests.type')}</label>
          <select id="req-type" value={type} onChange={(e) => setType(e.target.value as RequestType)} aria-describedby="req-type-hint">
            {(allowed.length ? allowed : (['establish'] as RequestType[])).map((r) => (
              <option key={r} value={r}>
                {t(`requestType.${r}`)}
              </option>
            ))}
          </select>
          <p className="hint" id="req-type-hint">
            {t(`requestTypeHint.${type}`)}
          </p>
        </div>
        <div className="field">
          <label htmlFor="req-note">{t('requests.note')}</label>
          <textarea id="req-note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <ErrorBox error={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : t('system.submitRequest')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function Versions({ system }: { system: SystemRecord }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const agencyMap = useAgencyMap();
  const versions = useApiQuery<{ items: SystemVersion[] }>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/versions`);
  const items = versions.data?.items ?? [];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [diff, setDiff] = useState<{ from: number; to: number; changes: FieldChange[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (items.length === 0) return;
    setTo(String(items[0]?.version ?? ''));
    setFrom(String(items[1]?.version ?? items[0]?.version ?? ''));
  }, [versions.data]);

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const [a, b] = [Number(from), Number(to)].sort((x, y) => x - y);
      setDiff(await api<{ from: number; to: number; changes: FieldChange[] }>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/diff`, { query: { from: a, to: b } }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const value = (field: string, v: unknown) =>
    formatFieldValue(field, v, t, (id) => agencyLabel(agencyMap.get(id), id, lang), (id) => id);

  return (
    <section className="section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('system.versionsTitle')}</h2>
      <ErrorBox error={versions.error} />
      {versions.loading && !versions.data && <Loading />}
      {items.length > 0 && (
        <TableWrap label={t('system.versionsCaption', { code: system.code })}>
          <table className="table table-compact" id="versions-table">
            <caption className="visually-hidden">{t('system.versionsCaption', { code: system.code })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('system.versionCol')}
                </th>
                <th scope="col">{t('system.savedAt')}</th>
                <th scope="col">{t('system.author')}</th>
                <th scope="col">{t('fields.lifecycle')}</th>
                <th scope="col">{t('system.changeNote')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.version}>
                  <th scope="row" className="num">
                    {v.version}
                    {v.approved && (
                      <>
                        {' '}
                        <span className="badge record-approved">{t('system.approvedMark')}</span>
                      </>
                    )}
                  </th>
                  <td className="nowrap">{formatDateTime(v.createdAt, lang)}</td>
                  <td>{v.authorLabel}</td>
                  <td>{t(`lifecycle.${v.lifecycle}`)}</td>
                  <td className="note-cell">{v.changeNote ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {items.length > 1 && (
        <form className="filters compare-form" onSubmit={(event) => void compare(event)} aria-labelledby="compare-title">
          <h3 id="compare-title" className="visually-hidden">
            {t('system.compareTitle')}
          </h3>
          <div className="field">
            <label htmlFor="cmp-from">{t('system.compareFrom')}</label>
            <select id="cmp-from" value={from} onChange={(e) => setFrom(e.target.value)}>
              {items.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('system.versionLine', { version: v.version })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="cmp-to">{t('system.compareTo')}</label>
            <select id="cmp-to" value={to} onChange={(e) => setTo(e.target.value)}>
              {items.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('system.versionLine', { version: v.version })}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-actions">
            <button type="submit" className="btn btn-primary" disabled={busy || from === to}>
              {t('system.compare')}
            </button>
          </div>
        </form>
      )}
      <ErrorBox error={error} />
      <div role="status" aria-live="polite">
        {diff && diff.changes.length === 0 && <p className="notice notice-info">{t('system.noDifferences', { from: diff.from, to: diff.to })}</p>}
      </div>
      {diff && diff.changes.length > 0 && <DiffTable diff={diff} value={value} caption={t('system.diffCaption', { from: diff.from, to: diff.to })} id="diff-table" />}
    </section>
  );
}

/** The parts of the record that are lists: contacts, data, interfaces, documents. */
function Details({ system, agencyName }: { system: SystemRecord; agencyName: (id: string) => string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <section className="section" aria-labelledby="details-title">
      <h2 id="details-title">{t('system.detailsTitle')}</h2>
      <div className="detail-grid">
        <div>
          <h3>{t('fields.contacts')}</h3>
          {system.contacts.length === 0 ? (
            <p className="muted">{t('systemForm.noContacts')}</p>
          ) : (
            <ul className="plain-list">
              {system.contacts.map((c, i) => (
                <li key={i}>
                  <strong>{c.name}</strong>
                  {c.role && `, ${c.role}`}
                  {c.email && (
                    <>
                      {' — '}
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  )}
                  {c.phone && ` — ${c.phone}`}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('fields.dataObjects')}</h3>
          {system.dataObjects.length === 0 ? (
            <p className="muted">{t('systemForm.noData')}</p>
          ) : (
            <ul className="plain-list">
              {system.dataObjects.map((d, i) => (
                <li key={i}>
                  <strong>{d.name}</strong>
                  {d.description && ` — ${d.description}`}
                  {d.sensitive ? <span className="data-flag data-sensitive">{t('system.sensitive')}</span> : d.personal ? <span className="data-flag">{t('system.personal')}</span> : null}
                  <div className="data-elements">
                    {d.elements?.length ? (
                      <>
                        {t('subfields.dataObjects.elements')}:{' '}
                        {d.elements.map((code, j) => (
                          <span key={code}>
                            {j > 0 && ', '}
                            <Link to={`/dictionary/elements/${encodeURIComponent(code)}`}>
                              <code>{code}</code>
                            </Link>
                          </span>
                        ))}
                      </>
                    ) : (
                      <span className="muted">{t('system.notMapped')}</span>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <h3>{t('fields.interfaces')}</h3>
      {system.interfaces.length === 0 ? (
        <p className="muted">{t('systemForm.noInterfaces')}</p>
      ) : (
        <TableWrap label={t('fields.interfaces')}>
          <table className="table table-compact">
            <caption className="visually-hidden">{t('fields.interfaces')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('subfields.interfaces.name')}</th>
                <th scope="col">{t('subfields.interfaces.direction')}</th>
                <th scope="col">{t('subfields.interfaces.channel')}</th>
                <th scope="col">{t('system.counterpart')}</th>
                <th scope="col">{t('subfields.interfaces.published')}</th>
              </tr>
            </thead>
            <tbody>
              {system.interfaces.map((i, n) => (
                <tr key={n}>
                  <th scope="row">
                    {i.name}
                    {i.protocol && <span className="muted"> ({i.protocol})</span>}
                  </th>
                  <td>{t(`direction.${i.direction}`)}</td>
                  <td>
                    <span className={i.channel === 'direct' ? 'channel-direct' : undefined}>{t(`channel.${i.channel}`)}</span>
                  </td>
                  <td>{i.counterpartAgencyId ? agencyName(i.counterpartAgencyId) : i.counterpartSystemId ? t('system.registeredSystem') : '—'}</td>
                  <td>{i.direction === 'provides' ? (i.published ? t('common.yes') : t('common.no')) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h3>{t('fields.documents')}</h3>
      <p className="muted">
        {t('fields.departmentSoftware')}: {system.departmentSoftware ? t('common.yes') : t('common.no')}
      </p>
      {system.documents.length === 0 ? (
        <p className="muted">{t('systemForm.noDocuments')}</p>
      ) : (
        <ul className="plain-list">
          {system.documents.map((d, i) => (
            <li key={i}>
              <span className="kind-tag">{t(`documentKind.${d.kind}`)}</span> {d.number && <strong>{d.number}</strong>} {d.date && `(${formatDate(d.date, lang)})`} — {d.title}
              {d.issuer && <span className="muted">, {d.issuer}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
