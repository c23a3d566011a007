import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../api/types';
import { DataTable } from '../../../kit/table';
import { formatDate, useLang } from '../../../kit/text';

/** The parts of the record that are lists: contacts, data, interfaces, documents. */
export function DetailsSection({ system, agencyName }: { system: SystemRecord; agencyName: (id: string) => string }) {
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
        <DataTable label={t('fields.interfaces')} compact caption={t('fields.interfaces')} columns={[t('subfields.interfaces.name'), t('subfields.interfaces.direction'), t('subfields.interfaces.channel'), t('system.counterpart'), t('subfields.interfaces.published')]}>
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
        </DataTable>
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
