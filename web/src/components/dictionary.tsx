import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  api,
  ApiError,
  type Classification,
  type DictionaryChange,
  type DictionaryKind,
  type DictionaryRecord,
  type DictionaryRowError,
  type DictionaryUsage,
  type DictionaryVersion,
  type GovernanceStatus,
  type Page,
  type Transition,
} from '../api';
import { useAuth } from '../auth';
import { agencyLabel } from '../lib/registry';
import { canCreateObject, canDeleteObject, canEditObject, dictionaryApi, dictionaryFieldLabel, dictionaryPath, dictionaryTabPath, formatChangeValue, isDictionaryReviewer, stepAllowed } from '../lib/dictionary';
import { formatDateTime, useLang } from '../lib/text';
import { Dialog } from './Dialog';
import { AccessDenied, Breadcrumb, ErrorBox, Loading, Pager, TableWrap, useLoad, useTitle } from './common';
import { useAgencyMap } from './registry';

export function GovStatusBadge({ status }: { status: GovernanceStatus }) {
  const { t } = useTranslation();
  return <span className={`badge gov-${status}`}>{t(`dictionary.status.${status}`)}</span>;
}

export function ClassificationBadge({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  return (
    <span className={`badge class-${classification}`} title={t(`dictionary.classificationHint.${classification}`)}>
      {t(`dictionary.classification.${classification}`)}
    </span>
  );
}

/** "1.1" or "1.1 (đã phê duyệt: 1.0)" when the working copy differs from what was approved. */
export function VersionText({ record }: { record: Pick<DictionaryRecord, 'version' | 'approvedVersion'> }) {
  const { t } = useTranslation();
  return (
    <span className="nowrap">
      {record.version}
      {record.approvedVersion === null ? (
        <span className="muted"> ({t('dictionary.notYetApproved')})</span>
      ) : record.approvedVersion !== record.version ? (
        <span className="muted"> ({t('dictionary.approvedShort', { version: record.approvedVersion })})</span>
      ) : null}
    </span>
  );
}

/** The owner agency by its short name, loaded once for the app. */
export function AgencyName({ id }: { id: string }) {
  const { lang } = useLang();
  const agencies = useAgencyMap();
  return <>{agencyLabel(agencies.get(id), id, lang)}</>;
}

/**
 * Status, versions and the governance steps the user may take: edit and submit for the owner agency's
 * officers; approve, return (with a comment) and deprecate (with a replacement) for reviewers; delete
 * while nothing uses the object. The server decides in the end; its refusals are shown as they come.
 */
export function GovernancePanel({
  kind,
  record,
  editPath,
  onChanged,
}: {
  kind: DictionaryKind;
  record: DictionaryRecord;
  editPath?: string;
  onChanged: (record: DictionaryRecord, message: string) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [deprecating, setDeprecating] = useState(false);
  const editable = canEditObject(user, record.ownerAgencyId);
  const reviewer = isDictionaryReviewer(user);
  const what = t(`dictionary.kind.${kind}`);
  // The reviewer's reason when the object came back: the latest submit/return step, if it was a return.
  const history = useLoad(
    (signal) => (user && record.status === 'draft' ? api<Page<DictionaryChange>>(`${dictionaryApi(kind, record.code)}/changes`, { signal, query: { limit: 30 } }) : Promise.resolve(null)),
    [kind, record.code, record.status, record.updatedAt, Boolean(user)],
  );
  const lastStep = history.data?.items.find((c) => c.action === 'return' || c.action === 'submit' || c.action === 'approve');
  const returned = lastStep?.action === 'return' ? lastStep : undefined;

  const step = async (name: Transition, body: { comment?: string; replacedBy?: string } = {}) => {
    setError(null);
    setBusy(name);
    try {
      const saved = await api<DictionaryRecord>(`${dictionaryApi(kind, record.code)}/${name}`, { method: 'POST', body });
      setComment('');
      setDeprecating(false);
      onChanged(saved, t(`dictionary.stepDone.${name}`, { what, code: record.code, version: saved.version }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const decide = (name: 'approve' | 'return') => {
    if (name === 'return' && !comment.trim()) {
      setError(new Error('comment'));
      document.getElementById('gov-comment')?.focus();
      return;
    }
    void step(name, comment.trim() ? { comment: comment.trim() } : {});
  };

  const remove = async () => {
    if (!window.confirm(t('dictionary.confirmDelete', { what, code: record.code }))) return;
    setError(null);
    setBusy('delete');
    try {
      await api<void>(dictionaryApi(kind, record.code), { method: 'DELETE' });
      navigate(dictionaryTabPath(kind), { state: { message: t('dictionary.deleted', { what, code: record.code }) } });
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  };

  const commentMissing = error instanceof Error && error.message === 'comment';
  const canEditNow = editable && editPath && (record.status === 'draft' || record.status === 'approved');
  const canSubmit = editable && stepAllowed('submit', record.status);
  const canDecide = reviewer && stepAllowed('approve', record.status);
  const canDeprecate = reviewer && stepAllowed('deprecate', record.status);
  const canDelete = canDeleteObject(user, record) && record.status !== 'deprecated';

  return (
    <section className="section governance" aria-labelledby="governance-title">
      <h2 id="governance-title">{t('dictionary.governanceTitle')}</h2>
      <dl className="facts gov-facts">
        <div>
          <dt>{t('dictionary.col.status')}</dt>
          <dd>
            <GovStatusBadge status={record.status} />
          </dd>
        </div>
        <div>
          <dt>{t('dictionary.col.version')}</dt>
          <dd>{record.version}</dd>
        </div>
        <div>
          <dt>{t('dictionary.approvedVersion')}</dt>
          <dd>{record.approvedVersion ?? t('dictionary.notYetApproved')}</dd>
        </div>
        {record.replacedBy && (
          <div>
            <dt>{t('dictionary.replacedBy')}</dt>
            <dd>
              <Link to={dictionaryPath(kind, record.replacedBy)}>
                <code>{record.replacedBy}</code>
              </Link>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('dictionary.updatedAt')}</dt>
          <dd>{formatDateTime(record.updatedAt, lang)}</dd>
        </div>
      </dl>
      {record.approvedVersion !== null && record.approvedVersion !== record.version && record.status !== 'deprecated' && (
        <p className="hint">{t('dictionary.workingCopyHint', { version: record.version, approved: record.approvedVersion })}</p>
      )}
      {record.status === 'in_review' && !reviewer && <p className="notice notice-info">{t('dictionary.inReviewHint')}</p>}
      {record.status === 'deprecated' && <p className="notice notice-warning">{t('dictionary.deprecatedHint', { what })}</p>}
      {returned && (
        <div className="notice notice-warning decision-box" id="return-comment">
          <p>
            <strong>{t('dictionary.returnedTitle')}</strong>
          </p>
          <blockquote className="decision-comment">{returned.comment}</blockquote>
          <p className="muted">{t('dictionary.returnedBy', { name: returned.actor, date: formatDateTime(returned.at, lang) })}</p>
        </div>
      )}

      {(canEditNow || canSubmit || canDeprecate || canDelete) && (
        <div className="toolbar gov-actions">
          {canEditNow && (
            <Link to={editPath} className="btn btn-primary">
              {t('common.edit')}
            </Link>
          )}
          {canSubmit && (
            <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void step('submit')}>
              {busy === 'submit' ? t('common.saving') : t('dictionary.action.submit')}
            </button>
          )}
          {canDeprecate && (
            <button type="button" className="btn btn-secondary" disabled={busy !== null} onClick={() => setDeprecating(true)}>
              {t('dictionary.action.deprecate')}
            </button>
          )}
          {canDelete && (
            <button type="button" className="btn btn-danger" disabled={busy !== null} onClick={() => void remove()}>
              {busy === 'delete' ? t('common.saving') : t('common.remove')}
            </button>
          )}
        </div>
      )}
      {canDecide && (
        <form
          className="form-card decision-form"
          aria-labelledby="decide-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            decide('approve');
          }}
        >
          <h3 id="decide-title">{t('dictionary.decideTitle')}</h3>
          <div className="field">
            <label htmlFor="gov-comment">{t('dictionary.reviewComment')}</label>
            <textarea
              id="gov-comment"
              rows={3}
              maxLength={2000}
              value={comment}
              onChange={(event) => {
                setComment(event.target.value);
                if (commentMissing) setError(null);
              }}
              aria-describedby={commentMissing ? 'gov-comment-hint gov-comment-error' : 'gov-comment-hint'}
              aria-invalid={commentMissing || undefined}
            />
            <p className="hint" id="gov-comment-hint">
              {t('dictionary.reviewCommentHint')}
            </p>
            {commentMissing && (
              <p className="field-error" id="gov-comment-error">
                {t('dictionary.returnNeedsComment')}
              </p>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={busy !== null}>
              {busy === 'approve' ? t('common.saving') : t('dictionary.action.approve')}
            </button>
            <button type="button" className="btn btn-secondary" disabled={busy !== null} onClick={() => decide('return')}>
              {busy === 'return' ? t('common.saving') : t('dictionary.action.return')}
            </button>
          </div>
        </form>
      )}
      {!commentMissing && <ErrorBox error={error} />}
      {canDeprecate && (
        <Dialog open={deprecating} title={t('dictionary.deprecateTitle', { what, code: record.code })} onClose={() => setDeprecating(false)}>
          <DeprecateForm kind={kind} record={record} busy={busy === 'deprecate'} error={error} onSubmit={(body) => void step('deprecate', body)} />
        </Dialog>
      )}
    </section>
  );
}

function DeprecateForm({ kind, record, busy, error, onSubmit }: { kind: DictionaryKind; record: DictionaryRecord; busy: boolean; error: unknown; onSubmit: (body: { comment?: string; replacedBy?: string }) => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [replacedBy, setReplacedBy] = useState('');
  const [comment, setComment] = useState('');
  const candidates = useLoad((signal) => api<Page<DictionaryRecord>>(dictionaryApi(kind), { signal, query: { limit: 500 } }), [kind]);
  const options = (candidates.data?.items ?? []).filter((c) => c.code !== record.code && c.status !== 'deprecated');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...(replacedBy ? { replacedBy } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>{t('dictionary.deprecateIntro')}</p>
      <div className="field">
        <label htmlFor="dep-replaced-by">{t('dictionary.replacedBy')}</label>
        <select id="dep-replaced-by" value={replacedBy} onChange={(event) => setReplacedBy(event.target.value)} aria-describedby="dep-replaced-by-hint">
          <option value="">{t('dictionary.noReplacement')}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.code} — {pick(o.name)}
            </option>
          ))}
        </select>
        <p className="hint" id="dep-replaced-by-hint">
          {t('dictionary.replacedByHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="dep-comment">{t('dictionary.reviewComment')}</label>
        <textarea id="dep-comment" rows={3} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} />
      </div>
      <ErrorBox error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-danger" disabled={busy}>
          {busy ? t('common.saving') : t('dictionary.action.deprecate')}
        </button>
      </div>
    </form>
  );
}

const CHANGES_PAGE = 20;

/** The field-level change log: when, who, what step, which version, field, old → new, comment. */
export function ChangeLog({ kind, code, tick }: { kind: DictionaryKind; code: string; tick: number }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [offset, setOffset] = useState(0);
  const agencies = useAgencyMap();
  const agencyName = (id: string) => agencyLabel(agencies.get(id), id, lang);
  const changes = useLoad((signal) => api<Page<DictionaryChange>>(`${dictionaryApi(kind, code)}/changes`, { signal, query: { limit: CHANGES_PAGE, offset } }), [kind, code, offset, tick]);
  const caption = t('dictionary.changesCaption', { code });
  return (
    <section className="section" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('dictionary.changesTitle')}</h2>
      <ErrorBox error={changes.error} />
      {changes.loading && !changes.data && <Loading />}
      {changes.data && changes.data.items.length === 0 && <p>{t('dictionary.noChanges')}</p>}
      {changes.data && changes.data.items.length > 0 && (
        <TableWrap label={caption}>
          <table className="table table-compact" id="changes-table" aria-busy={changes.loading}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dictionary.col.at')}</th>
                <th scope="col">{t('dictionary.col.action')}</th>
                <th scope="col">{t('dictionary.col.version')}</th>
                <th scope="col">{t('dictionary.col.field')}</th>
                <th scope="col">{t('dictionary.col.change')}</th>
                <th scope="col">{t('dictionary.col.actor')}</th>
                <th scope="col">{t('dictionary.col.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.data.items.map((c) => (
                <tr key={c.id}>
                  <td className="nowrap">{formatDateTime(c.at, lang)}</td>
                  <td>
                    <span className={`change-action change-${c.action}`}>{t(`dictionary.changeAction.${c.action}`, { defaultValue: c.action })}</span>
                  </td>
                  <td>{c.version}</td>
                  <td>{c.field ? dictionaryFieldLabel(c.field, t) : '—'}</td>
                  <td className="change-values">
                    {c.field ? (
                      <>
                        <span className="diff-before">{formatChangeValue(c.field, c.oldValue, t, agencyName)}</span>
                        <span aria-hidden="true"> → </span>
                        <span className="visually-hidden"> {t('dictionary.becomes')} </span>
                        <span className="diff-after">{formatChangeValue(c.field, c.newValue, t, agencyName)}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{c.actor}</td>
                  <td className="note-cell">{c.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {changes.data && <Pager total={changes.data.total} limit={CHANGES_PAGE} offset={offset} onChange={setOffset} label={t('dictionary.changesPager')} />}
    </section>
  );
}

/** Every approved version, newest first. */
export function VersionList({ kind, code, tick }: { kind: DictionaryKind; code: string; tick: number }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const versions = useLoad((signal) => api<DictionaryVersion[]>(`${dictionaryApi(kind, code)}/versions`, { signal }), [kind, code, tick]);
  const caption = t('dictionary.versionsCaption', { code });
  return (
    <section className="section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('dictionary.versionsTitle')}</h2>
      <ErrorBox error={versions.error} />
      {versions.loading && !versions.data && <Loading />}
      {versions.data && versions.data.length === 0 && <p>{t('dictionary.noVersions')}</p>}
      {versions.data && versions.data.length > 0 && (
        <TableWrap label={caption}>
          <table className="table table-compact" id="versions-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dictionary.col.version')}</th>
                <th scope="col">{t('dictionary.col.approvedAt')}</th>
                <th scope="col">{t('dictionary.col.approvedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((v) => (
                <tr key={v.version}>
                  <td>{v.version}</td>
                  <td>{formatDateTime(v.approvedAt, lang)}</td>
                  <td>{v.approvedBy ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

/** Where an object is used: entities and elements of the dictionary, systems of the registry. */
export function UsageList({ kind, code, tick }: { kind: DictionaryKind; code: string; tick: number }) {
  const { t } = useTranslation();
  const usages = useLoad((signal) => api<DictionaryUsage[]>(`${dictionaryApi(kind, code)}/usages`, { signal }), [kind, code, tick]);
  const groups = ['entity', 'element', 'registry'].map((source) => ({ source, items: (usages.data ?? []).filter((u) => u.source === source) }));
  const others = (usages.data ?? []).filter((u) => !['entity', 'element', 'registry'].includes(u.source));
  const link = (u: DictionaryUsage): ReactNode => {
    const to = u.source === 'entity' ? dictionaryPath('entity', u.code) : u.source === 'element' ? dictionaryPath('element', u.code) : u.source === 'registry' ? `/registry/${encodeURIComponent(u.code)}` : null;
    const text = (
      <>
        <code>{u.code}</code> — {u.name}
      </>
    );
    return to ? <Link to={to}>{text}</Link> : text;
  };
  return (
    <section className="section" aria-labelledby="usages-title">
      <h2 id="usages-title">{t('dictionary.usagesTitle')}</h2>
      <ErrorBox error={usages.error} />
      {usages.loading && !usages.data && <Loading />}
      {usages.data && usages.data.length === 0 && <p>{t('dictionary.noUsages')}</p>}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <div key={g.source} className="usage-group">
            <h3 id={`usages-${g.source}`}>{t(`dictionary.usageSource.${g.source}`, { count: g.items.length })}</h3>
            <ul className="plain-list usage-list" aria-labelledby={`usages-${g.source}`}>
              {g.items.map((u) => (
                <li key={`${u.source}:${u.code}`}>{link(u)}</li>
              ))}
            </ul>
          </div>
        ))}
      {others.length > 0 && (
        <ul className="plain-list usage-list">
          {others.map((u) => (
            <li key={`${u.source}:${u.code}`}>
              {u.source}: {link(u)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A message handed over by a form or a deletion, shown once: a reload or a later visit must not repeat it. */
export function useArrivalMessage(): [string | null, (message: string | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(() => (location.state as { message?: string } | null)?.message ?? null);
  useEffect(() => {
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location.state]);
  return [message, setMessage];
}

/** The rows a refused import names: row, field, value, message. */
export function ImportErrors({ errors, id }: { errors: DictionaryRowError[]; id: string }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  if (errors.length === 0) return null;
  const caption = t('dictionary.importErrorsCaption', { count: errors.length });
  return (
    <TableWrap label={caption}>
      <table className="table table-compact" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('dictionary.col.row')}
            </th>
            <th scope="col">{t('dictionary.col.field')}</th>
            <th scope="col">{t('dictionary.col.value')}</th>
            <th scope="col">{t('dictionary.col.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.row}-${e.field ?? ''}-${i}`}>
              <td className="num">{e.row}</td>
              <td>{e.field ? <code>{e.field}</code> : '—'}</td>
              <td className="cell-path">{e.value ? <code>{e.value}</code> : '—'}</td>
              <td>{pick(e.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * The frame of a create or edit form: who may use it, loading the record, and why an object cannot be edited
 * (deprecated, or in review: a reviewer is looking at exactly this version).
 */
export function DictionaryFormShell<R extends DictionaryRecord>({
  kind,
  mode,
  code,
  title,
  listPath,
  form,
}: {
  kind: DictionaryKind;
  mode: 'new' | 'edit';
  code: string;
  title: string;
  listPath: string;
  form: (record: R | null) => ReactNode;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const record = useLoad((signal) => (mode === 'edit' && user ? api<R>(dictionaryApi(kind, code), { signal }) : Promise.resolve(null)), [kind, mode, code, Boolean(user)]);

  let body: ReactNode;
  if (user === undefined) body = <Loading />;
  else if (user === null) body = <AccessDenied reason="login" />;
  else if (mode === 'new') body = canCreateObject(user) ? form(null) : <p className="notice notice-warning">{t('dictionary.form.noRightNew')}</p>;
  else if (record.loading && !record.data) body = <Loading />;
  else if (record.error) body = <ErrorBox error={record.error} />;
  else if (record.data) {
    const r = record.data;
    if (!canEditObject(user, r.ownerAgencyId)) body = <p className="notice notice-warning">{t('dictionary.form.noRightEdit')}</p>;
    else if (r.status === 'deprecated' || r.status === 'in_review')
      body = (
        <div className="notice notice-warning" role="status">
          <p>{t(`dictionary.form.locked.${r.status}`)}</p>
          <p>
            <Link to={dictionaryPath(kind, r.code)}>{t('dictionary.form.back')}</Link>
          </p>
        </div>
      );
    else body = form(r);
  }

  return (
    <div className="page">
      <Breadcrumb
        trail={[{ to: listPath, label: t('dictionary.title') }, ...(mode === 'edit' ? [{ to: dictionaryPath(kind, code), label: code }] : [])]}
        current={mode === 'new' ? t('dictionary.form.newCrumb') : t('common.edit')}
      />
      <h1>{title}</h1>
      {body}
    </div>
  );
}

const TITLE_KEYS: Record<DictionaryKind, string> = { element: 'dictionary.elementTitle', entity: 'dictionary.entityTitle', code_list: 'dictionary.codeListTitle' };

/**
 * The frame of an element, entity or code-list page: loads the object (again when the user changes, since signed-in
 * users see working copies and visitors approved versions), titles the page, and says when it does not exist.
 */
export function DictionaryObjectShell<R extends DictionaryRecord>({
  kind,
  code,
  detail,
}: {
  kind: DictionaryKind;
  code: string;
  detail: (record: R, actions: { setData: (record: R) => void; reload: () => void }) => ReactNode;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { user } = useAuth();
  const object = useLoad((signal) => (user === undefined ? new Promise<never>(() => undefined) : api<R>(dictionaryApi(kind, code), { signal })), [kind, code, user?.id ?? user]);
  const data = object.data;
  useTitle(data ? `${data.code} — ${pick(data.name)}` : t(TITLE_KEYS[kind], { code }));
  const notFound = object.error instanceof ApiError && object.error.status === 404;

  return (
    <div className="page">
      <Breadcrumb trail={[{ to: dictionaryTabPath(kind), label: t('dictionary.title') }]} current={code} />
      <h1>
        {data ? (
          <>
            <code className="task-code">{data.code}</code> {pick(data.name)}
          </>
        ) : (
          t(TITLE_KEYS[kind], { code })
        )}
      </h1>
      {object.loading && !data && <Loading />}
      {notFound ? (
        <p className="notice notice-warning" role="alert">
          {t('dictionary.notFound', { what: t(`dictionary.kind.${kind}`), code })}
        </p>
      ) : (
        <ErrorBox error={object.error} />
      )}
      {data && detail(data, { setData: object.setData, reload: object.reload })}
    </div>
  );
}

