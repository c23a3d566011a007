import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { useApiQuery } from '../../../kit/query';
import { useLang } from '../../../kit/text';
import { useTitle } from '../../../kit/useTitle';
import { KindTag, LifecycleBadge } from '../../registry/components/badges';
import { communePath, type PublicSystem } from '../paths';
import '../catalogue.css';

/** One approved system's public card: what the province publishes of it, as approved. */
export function CatalogueSystemPage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { code = '' } = useParams();
  const system = useApiQuery<PublicSystem>(`/api/v1/catalogue/systems/${encodeURIComponent(code)}`);
  const s = system.data;
  useTitle(s ? pick(s.name) : t('catalogue.title'));
  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/catalogue', label: t('catalogue.title') }]} current={s ? pick(s.name) : code} />
      {system.loading && !s && <Loading />}
      <ErrorBox error={system.error} />
      {s && (
        <>
          <h1>{pick(s.name)}</h1>
          <p className="catalogue-card-meta">
            <code className="system-code">{s.code}</code> <KindTag kind={s.kind} /> <LifecycleBadge lifecycle={s.lifecycle} />
          </p>
          <p className="hint">{t('catalogue.approvedVersion', { version: s.version })}</p>
          <dl className="catalogue-facts">
            <dt>{t('catalogue.owner')}</dt>
            <dd>
              {s.commune ? <Link to={communePath(s.commune.code)}>{pick(s.owner.name)}</Link> : pick(s.owner.name)}
            </dd>
            <dt>{t('catalogue.purpose')}</dt>
            <dd>{s.purpose || '—'}</dd>
            <dt>{t('catalogue.layer')}</dt>
            <dd>{s.layer}</dd>
            <dt>{t('catalogue.components')}</dt>
            <dd>
              {s.components.length === 0 ? (
                '—'
              ) : (
                <ul>
                  {s.components.map((c) => (
                    <li key={`${c.code}-${c.link}`}>
                      <code>{c.code}</code> {pick(c.name)} <span className="muted">({t(`componentLink.${c.link}`)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('catalogue.audiences')}</dt>
            <dd>{s.audiences.length ? s.audiences.map((a) => t(`audience.${a}`)).join(', ') : '—'}</dd>
            <dt>{t('catalogue.url')}</dt>
            <dd>
              {s.url ? (
                <a href={s.url} rel="noopener noreferrer external">
                  {s.url}
                </a>
              ) : (
                '—'
              )}
            </dd>
            <dt>{t('catalogue.dataElements')}</dt>
            <dd>
              {s.dataElements.length === 0 ? (
                '—'
              ) : (
                <ul>
                  {s.dataElements.map((e) => (
                    <li key={e.code}>
                      <Link to={`/dictionary/elements/${encodeURIComponent(e.code)}`}>{pick(e.name)}</Link> <code>{e.code}</code>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('catalogue.communes')}</dt>
            <dd>{s.commune ? <Link to={communePath(s.commune.code)}>{pick(s.commune.name)}</Link> : s.servesEveryCommune ? t('catalogue.everyCommune') : '—'}</dd>
          </dl>
          <p className="hint">{t('catalogue.publicOnly')}</p>
        </>
      )}
    </div>
  );
}
