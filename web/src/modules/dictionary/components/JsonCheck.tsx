import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/generated/schema';
import type { DataEntity, Page } from '../../../api/types';
import { ErrorBox, LiveMessage } from '../../../kit/feedback';
import { useApiQuery } from '../../../kit/query';
import { DataTable } from '../../../kit/table';
import { formatNumber, useLang } from '../../../kit/text';
import { dictionaryApi } from '../paths';

type Finding = components['schemas']['ValidationFinding'];
type Result = { entity: string; version: string; summary: components['schemas']['ValidationSummary']; findings: Finding[] };

const SHOWN = 200;

/**
 * What a visitor may do without logging in: check JSON records (one object or an array) against an approved entity
 * (POST /api/v1/dictionary/entities/:code/validate, public). Uploading files and keeping the results need a login.
 */
export function JsonCheck() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Result | null>(null);
  const entities = useApiQuery<Page<DataEntity>>(dictionaryApi('entity'), { limit: 500 });
  const options = (entities.data?.items ?? []).filter((e) => e.approvedVersion !== null && e.status !== 'deprecated');

  const clientError = (key: string) => new ApiError(400, 'CLIENT', { vi: t(key, { lng: 'vi' }), en: t(key, { lng: 'en' }) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (!entity) return setError(clientError('dictionary.validate.entityMissing'));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return setError(clientError('dictionary.validate.jsonInvalid'));
    }
    if (typeof body !== 'object' || body === null) return setError(clientError('dictionary.validate.jsonInvalid'));
    setBusy(true);
    setError(null);
    try {
      setResult(await api<Result>(`${dictionaryApi('entity', entity)}/validate`, { method: 'POST', body }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="notice notice-info">
        <p>{t('dictionary.validate.visitorIntro')}</p>
        <p>
          <Link to="/login" state={{ from: location.pathname + location.search }}>
            {t('dictionary.validate.visitorLogin')}
          </Link>
        </p>
      </div>
      <section className="section" aria-labelledby="json-check-title">
        <h2 id="json-check-title">{t('dictionary.validate.jsonTitle')}</h2>
        <form className="form-card" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
          <div className="field field-medium">
            <label htmlFor="j-entity">{t('dictionary.validate.entity')}</label>
            <select
              id="j-entity"
              value={entity}
              disabled={busy}
              onChange={(event) => {
                const next = new URLSearchParams(params);
                if (event.target.value) next.set('entity', event.target.value);
                else next.delete('entity');
                setParams(next, { replace: true });
              }}
            >
              <option value="">{entities.loading ? t('common.loading') : t('dictionary.validate.chooseEntity')}</option>
              {options.map((e) => (
                <option key={e.code} value={e.code}>
                  {pick(e.name)} ({e.code}, {t('dictionary.versionN', { version: e.approvedVersion })})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="j-records">{t('dictionary.validate.jsonRecords')}</label>
            <textarea id="j-records" rows={8} value={text} spellCheck={false} aria-describedby="j-records-hint" onChange={(event) => setText(event.target.value)} />
            <p className="hint" id="j-records-hint">
              {t('dictionary.validate.jsonHint')}
            </p>
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? t('dictionary.validate.checking') : t('dictionary.validate.jsonSubmit')}
            </button>
          </div>
        </form>
        <ErrorBox error={error} />
        <LiveMessage message={result ? t('dictionary.validate.done', { rows: formatNumber(result.summary.rows, lang), findings: formatNumber(result.summary.findings, lang) }) : null} />
        {result && result.findings.length > 0 && (
          <DataTable label={t('dictionary.validate.jsonFindings')} id="json-findings" caption={t('dictionary.validate.jsonFindings')} columns={[t('dictionary.validate.colRecord'), t('dictionary.validate.colField'), t('dictionary.validate.colProblem')]}>
            {result.findings.slice(0, SHOWN).map((f, i) => (
              <tr key={i}>
                <td className="num">{f.row}</td>
                <td>
                  <code>{f.field}</code>
                </td>
                <td>{pick(f.message)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
