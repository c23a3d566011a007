import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { RELATION_TYPES, type Page, type RelationType, type SystemRecord, type SystemRelation, type SystemSummary } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { systemPath } from '../paths';
import { useApiQueryIf, useGet } from '../../../kit/query';
import { RelationGraph } from './RelationGraph';

/** "uses" seen from the other side reads "is used by". */
function relationText(r: SystemRelation, selfId: string, t: (key: string) => string): { label: string; other: SystemRelation['to'] } {
  return r.fromId === selfId ? { label: t(`relation.out.${r.type}`), other: r.to } : { label: t(`relation.in.${r.type}`), other: r.from };
}

export function RelationsSection({ system, editable, onChanged }: { system: SystemRecord; editable: boolean; onChanged: (message: string | null) => void }) {
  const { t } = useTranslation();
  const relations = useGet('/api/v1/registry/systems/{id}/relations', { path: { id: system.id } });
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

      <RelationGraph system={system} />
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
  const results = useApiQueryIf<Page<SystemSummary>>(Boolean(q), '/api/v1/registry/systems', { q, view: 'summary', limit: 20 });
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
