import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { REQUEST_STATUSES, type FieldChange, type Finding, type Page, type RegistrationRequest } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { Pager, DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { Dialog } from '../../../kit/Dialog';
import { ComplianceBadge, KindTag, LifecycleBadge, RecordStatusBadge } from '../components/badges';
import { DiffTable } from '../components/DiffTable';
import { FindingList } from '../components/FindingList';
import { useAgencyMap, agencyLabel } from '../../framework/agencies';
import { formatFieldValue } from '../fields';
import { isReviewer, canSeeRequests } from '../access';
import { systemPath } from '../paths';
import { clauseText, formatDateTime, today, useLang } from '../../../kit/text';
import { fieldErrors } from '../../../kit/form/fieldErrors';
import { complianceLine } from '../compliance';
import { useApiQuery, useApiQueryIf, useGet } from '../../../kit/query';

const PAGE_SIZE = 25;

export function RequestsPage() {
  const { t } = useTranslation();
  useTitle(t('requests.title'));
  const { user } = useAuth();
  return (
    <div className="page">
      <h1>{t('requests.title')}</h1>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <AccessDenied reason="login" />
      ) : !canSeeRequests(user) ? (
        <div className="notice notice-warning" role="status">
          <p>{t('requests.viewerDenied')}</p>
        </div>
      ) : (
        <Queue />
      )}
    </div>
  );
}

function Queue() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { user } = useAuth();
  const reviewer = isReviewer(user);
  const agencyMap = useAgencyMap();
  const [params, setParams] = useSearchParams();
  // Reviewers open on what waits for their decision; officers on all their agency's requests.
  const fallback = reviewer ? 'pending' : 'all';
  const status = params.get('status') ?? fallback;
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<RegistrationRequest | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const requests = useApiQuery<Page<RegistrationRequest>>('/api/v1/registry/requests', { status: status === 'all' ? undefined : status, limit: PAGE_SIZE, offset });
  // After a decision the decided row may leave the list, taking the focused button with it.
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current || requests.loading) return;
    refocus.current = false;
    if (!document.activeElement || document.activeElement === document.body) document.getElementById('requests-count')?.focus();
  }, [requests.data, requests.loading]);

  return (
    <>
      <p className="lead-text">{reviewer ? t('requests.introReviewer') : t('requests.introOfficer', { agency: agencyLabel(agencyMap.get(user?.agencyId ?? ''), user?.agencyId ?? '', lang) })}</p>
      <form className="filters" role="search" aria-label={t('requests.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="q-status">{t('requests.status')}</label>
          <select
            id="q-status"
            value={status}
            onChange={(event) => {
              setParams(event.target.value === fallback ? {} : { status: event.target.value }, { replace: true });
              setOffset(0);
            }}
          >
            {REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`recordStatus.${s}`)}
              </option>
            ))}
            <option value="all">{t('common.all')}</option>
          </select>
        </div>
      </form>
      <LiveMessage message={message} />
      <p className="result-count" role="status" aria-live="polite" id="requests-count" tabIndex={-1}>
        {requests.data ? t('requests.count', { count: requests.data.total }) : ''}
      </p>
      <ErrorBox error={requests.error} />
      {requests.loading && !requests.data && <Loading />}
      {requests.data && requests.data.items.length === 0 && <p className="notice notice-info">{status === 'pending' ? t('requests.nonePending') : t('requests.none')}</p>}
      {requests.data && requests.data.items.length > 0 && (
        <DataTable label={t('requests.tableCaption')} id="requests-table" busy={requests.loading} caption={t('requests.tableCaption')} columns={[t('requests.system'), t('fields.ownerAgencyId'), t('requests.type'), t('requests.submitted'), t('requests.status'), { label: t('common.actions'), hidden: true }]}>
          {requests.data.items.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="cell-name">
                {r.system ? (
                  <Link to={systemPath(r.system.code)}>
                    <code>{r.system.code}</code> — {r.system.nameVi}
                  </Link>
                ) : (
                  r.systemId
                )}
                <span className="cell-sub muted">{t('requests.versionN', { version: r.version })}</span>
              </th>
              <td>{r.system ? agencyLabel(agencyMap.get(r.system.ownerAgencyId), r.system.ownerAgencyId, lang) : '—'}</td>
              <td>{t(`requestType.${r.type}`)}</td>
              <td className="nowrap">
                {formatDateTime(r.submittedAt, lang)}
                <br />
                <span className="muted">{r.submittedByLabel}</span>
              </td>
              <td>
                <RecordStatusBadge status={r.status} />
              </td>
              <td>
                <button
                  type="button"
                  className={r.status === 'pending' && reviewer ? 'btn btn-primary btn-small' : 'btn btn-secondary btn-small'}
                  onClick={() => setOpen(r)}
                  aria-label={t(r.status === 'pending' && reviewer ? 'requests.reviewNamed' : 'requests.viewNamed', { code: r.system?.code ?? '' })}
                >
                  {r.status === 'pending' && reviewer ? t('requests.review') : t('requests.view')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {requests.data && <Pager total={requests.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} label={t('requests.pager')} />}

      <Dialog open={open !== null} wide title={open ? t('requests.panelTitle', { type: t(`requestType.${open.type}`), code: open.system?.code ?? '' }) : ''} onClose={() => setOpen(null)}>
        {open && (
          <ReviewPanel
            request={open}
            canDecide={reviewer && open.status === 'pending'}
            onDecided={(text) => {
              setOpen(null);
              setMessage(text);
              refocus.current = true;
              requests.reload();
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function ReviewPanel({ request, canDecide, onDecided }: { request: RegistrationRequest; canDecide: boolean; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const agencyMap = useAgencyMap();
  const system = useGet('/api/v1/registry/systems/{id}', { path: { id: request.systemId } });
  const findings = useGet('/api/v1/registry/systems/{id}/compliance', { path: { id: request.systemId } });
  const approved = system.data?.approvedVersion ?? null;
  const compareFrom = approved !== null && approved !== request.version ? approved : null;
  const diff = useApiQueryIf<{ from: number; to: number; changes: FieldChange[] }>(
    compareFrom !== null,
    `/api/v1/registry/systems/${encodeURIComponent(request.systemId)}/diff`,
    compareFrom !== null ? { from: Math.min(compareFrom, request.version), to: Math.max(compareFrom, request.version) } : {},
  );
  const s = system.data;
  const agency = s ? agencyMap.get(s.ownerAgencyId) : undefined;
  // The rules an approval must waive: those of severity error that fail (the server asks for one waiver each).
  const toWaive = (findings.data?.findings ?? []).filter((f) => f.outcome === 'fail' && f.severity === 'error');

  return (
    <div className="review-panel">
      <ErrorBox error={system.error} />
      {system.loading && <Loading />}
      {s && (
        <>
          <div className="badge-row">
            <KindTag kind={s.kind} />
            <RecordStatusBadge status={s.status} />
            <LifecycleBadge lifecycle={s.lifecycle} />
            <ComplianceBadge compliance={s.compliance} />
          </div>
          <dl className="facts">
            <div>
              <dt>{t('fields.name')}</dt>
              <dd>
                <Link to={systemPath(s.code)}>{s.name.vi}</Link>
              </dd>
            </div>
            <div>
              <dt>{t('fields.ownerAgencyId')}</dt>
              <dd>{agency ? pick(agency.name) : s.ownerAgencyId}</dd>
            </div>
            <div>
              <dt>{t('fields.layer')}</dt>
              <dd>{s.layer}</dd>
            </div>
            <div className="fact-wide">
              <dt>{t('requests.submitted')}</dt>
              <dd>
                {request.submittedByLabel}, {formatDateTime(request.submittedAt, lang)}
              </dd>
            </div>
          </dl>
          {s.purpose && <p className="prose">{s.purpose}</p>}
          {request.note && (
            <div className="notice notice-info">
              <p>
                <strong>{t('requests.noteFromOfficer')}:</strong> {request.note}
              </p>
            </div>
          )}
          {request.status !== 'pending' && (
            <div className="notice notice-info">
              <p>
                <strong>{t(`recordStatus.${request.status}`)}</strong> — {request.decidedByLabel}, {formatDateTime(request.decidedAt, lang)}
              </p>
              {request.decisionComment && <p>{request.decisionComment}</p>}
            </div>
          )}

          <h3>{t('requests.changesTitle')}</h3>
          {compareFrom === null ? (
            <p className="muted">{approved === null ? t('requests.firstRegistration') : t('requests.sameAsApproved', { version: approved })}</p>
          ) : (
            <>
              <ErrorBox error={diff.error} />
              {diff.data && diff.data.changes.length === 0 && <p className="muted">{t('system.noDifferences', { from: diff.data.from, to: diff.data.to })}</p>}
              {diff.data && diff.data.changes.length > 0 && (
                <DiffTable
                  diff={diff.data}
                  caption={t('requests.diffCaption', { from: diff.data.from, to: diff.data.to })}
                  value={(field, v) => formatFieldValue(field, v, t, (id) => agencyLabel(agencyMap.get(id), id, lang), (id) => id)}
                />
              )}
            </>
          )}

          <h3>{t('requests.findingsTitle')}</h3>
          <ErrorBox error={findings.error} />
          {findings.data && (
            <>
              <p className={findings.data.result === 'passing' ? 'notice notice-success' : 'notice notice-warning'}>
                {complianceLine(findings.data, t)}
                {findings.data.waived > 0 && ` ${t('system.complianceWaivedCount', { count: findings.data.waived })}`}
              </p>
              <FindingList findings={findings.data.findings} headingLevel={4} idPrefix="review-findings" />
            </>
          )}
          {canDecide && findings.data && <DecisionForm request={request} code={s.code} toWaive={toWaive} onDecided={onDecided} />}
        </>
      )}
    </div>
  );
}

interface WaiverDraft {
  reason: string;
  expiresOn: string;
}

function DecisionForm({ request, code, toWaive, onDecided }: { request: RegistrationRequest; code: string; toWaive: Finding[]; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const [comment, setComment] = useState('');
  const [waivers, setWaivers] = useState<Record<string, WaiverDraft>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  // The waiver fields the browser found wrong before sending (by index: waivers.N.reason, waivers.N.expiresOn).
  const [localErrors, setLocalErrors] = useState<Map<string, string>>(new Map());
  const serverErrors = fieldErrors(error, lang, t);
  const errorOf = (path: string) => localErrors.get(path) ?? serverErrors.get(path);
  const draftOf = (ruleId: string): WaiverDraft => waivers[ruleId] ?? { reason: '', expiresOn: '' };
  const setDraft = (ruleId: string, change: Partial<WaiverDraft>) => setWaivers((all) => ({ ...all, [ruleId]: { ...draftOf(ruleId), ...change } }));
  const minDate = (() => {
    const d = new Date(`${today()}T12:00:00`);
    d.setDate(d.getDate() + 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  })();

  const decide = async (event: FormEvent, decision: 'approve' | 'return' | 'reject') => {
    event.preventDefault();
    setError(null);
    setLocalErrors(new Map());
    if (decision !== 'approve' && !comment.trim()) {
      setMissing(true);
      setError(new ApiError(400, 'CLIENT', { vi: t('requests.commentRequired', { lng: 'vi' }), en: t('requests.commentRequired', { lng: 'en' }) }));
      document.getElementById('decision-comment-input')?.focus();
      return;
    }
    setMissing(false);
    if (decision === 'approve' && toWaive.length > 0) {
      const problems = new Map<string, string>();
      toWaive.forEach((f, i) => {
        const draft = draftOf(f.ruleId);
        if (!draft.reason.trim()) problems.set(`waivers.${i}.reason`, t('requests.waiverReasonRequired'));
        if (!draft.expiresOn || draft.expiresOn < minDate) problems.set(`waivers.${i}.expiresOn`, t('requests.waiverExpiresRequired'));
      });
      if (problems.size > 0) {
        setLocalErrors(problems);
        setError(new ApiError(400, 'CLIENT', { vi: t('requests.waiversMissing', { lng: 'vi' }), en: t('requests.waiversMissing', { lng: 'en' }) }));
        const [first] = problems.keys();
        if (first) document.getElementById(waiverFieldId(first))?.focus();
        return;
      }
    }
    setBusy(true);
    try {
      await api(`/api/v1/registry/requests/${encodeURIComponent(request.id)}/decision`, {
        method: 'POST',
        body: {
          decision,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
          ...(decision === 'approve' && toWaive.length > 0
            ? { waivers: toWaive.map((f) => ({ ruleId: f.ruleId, reason: draftOf(f.ruleId).reason.trim(), expiresOn: draftOf(f.ruleId).expiresOn })) }
            : {}),
        },
      });
      onDecided(t(`requests.decided.${decision}`, { code }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="decision-form" onSubmit={(event) => void decide(event, 'approve')} noValidate aria-labelledby="decision-title">
      <h3 id="decision-title">{t('requests.decisionTitle')}</h3>
      <div className="field">
        <label htmlFor="decision-comment-input">{t('requests.comment')}</label>
        <textarea
          id="decision-comment-input"
          rows={3}
          maxLength={4000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-describedby="decision-comment-hint"
          aria-invalid={missing || undefined}
        />
        <p className="hint" id="decision-comment-hint">
          {t('requests.commentHint')}
        </p>
      </div>
      {toWaive.length > 0 && (
        <section aria-labelledby="waivers-title" className="waivers">
          <h4 id="waivers-title">{t('requests.waiversTitle')}</h4>
          <p className="hint">{t('requests.waiversIntro')}</p>
          <ul className="waiver-rows">
            {toWaive.map((f, i) => {
              const draft = draftOf(f.ruleId);
              const reasonPath = `waivers.${i}.reason`;
              const expiresPath = `waivers.${i}.expiresOn`;
              const reasonError = errorOf(reasonPath);
              const expiresError = errorOf(expiresPath);
              return (
                <li key={f.ruleId}>
                  <fieldset className="waiver-row" data-rule={f.ruleId}>
                    <legend>
                      {pick(f.title)} <span className="muted">— {t('compliance.clause', { clause: clauseText(f.clause, lang) })}</span>
                    </legend>
                    <div className="field">
                      <label htmlFor={waiverFieldId(reasonPath)}>
                        {t('requests.waiverReason')} <span aria-hidden="true">*</span>
                      </label>
                      <textarea
                        id={waiverFieldId(reasonPath)}
                        rows={2}
                        maxLength={2000}
                        required
                        value={draft.reason}
                        onChange={(e) => setDraft(f.ruleId, { reason: e.target.value })}
                        aria-invalid={reasonError ? true : undefined}
                        aria-describedby={reasonError ? `${waiverFieldId(reasonPath)}-error` : undefined}
                      />
                      {reasonError && (
                        <p className="field-error" id={`${waiverFieldId(reasonPath)}-error`}>
                          {reasonError}
                        </p>
                      )}
                    </div>
                    <div className="field">
                      <label htmlFor={waiverFieldId(expiresPath)}>
                        {t('requests.waiverExpires')} <span aria-hidden="true">*</span>
                      </label>
                      <input
                        id={waiverFieldId(expiresPath)}
                        type="date"
                        required
                        min={minDate}
                        value={draft.expiresOn}
                        onChange={(e) => setDraft(f.ruleId, { expiresOn: e.target.value })}
                        aria-invalid={expiresError ? true : undefined}
                        aria-describedby={[`${waiverFieldId(expiresPath)}-hint`, expiresError ? `${waiverFieldId(expiresPath)}-error` : ''].filter(Boolean).join(' ')}
                      />
                      <p className="hint" id={`${waiverFieldId(expiresPath)}-hint`}>
                        {t('requests.waiverExpiresHint')}
                      </p>
                      {expiresError && (
                        <p className="field-error" id={`${waiverFieldId(expiresPath)}-error`}>
                          {expiresError}
                        </p>
                      )}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <ErrorBox error={error} />
      <div className="form-actions decision-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('requests.approve')}
        </button>
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={(event) => void decide(event, 'return')}>
          {t('requests.return')}
        </button>
        <button type="button" className="btn btn-danger" disabled={busy} onClick={(event) => void decide(event, 'reject')}>
          {t('requests.reject')}
        </button>
      </div>
    </form>
  );
}

/** The id of a waiver row's field: waivers.0.reason → decision-waivers-0-reason. */
function waiverFieldId(path: string): string {
  return `decision-${path.replace(/\./g, '-')}`;
}
