import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { DictionaryChange, DictionaryKind, DictionaryRecord, Page, Transition } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { canDeleteObject, canEditObject, isDictionaryReviewer, stepAllowed } from '../access';
import { dictionaryApi, dictionaryPath, dictionaryTabPath } from '../paths';
import { formatDateTime, useLang } from '../../../kit/text';
import { Dialog } from '../../../kit/Dialog';
import { ErrorBox } from '../../../kit/feedback';
import { GovStatusBadge } from './badges';
import { useApiQuery, useApiQueryIf } from '../../../kit/query';

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
  const history = useApiQueryIf<Page<DictionaryChange>>(Boolean(user) && record.status === 'draft', `${dictionaryApi(kind, record.code)}/changes`, { limit: 30 }, { version: record.updatedAt });
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
  const candidates = useApiQuery<Page<DictionaryRecord>>(dictionaryApi(kind), { limit: 500 });
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
