import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../api/types';
import { useAgencyMap, agencyPath } from '../../framework/agencies';
import { formatDate, formatDateTime, useLang } from '../../../kit/text';
import { useFramework } from '../../framework/data';

/** The facts of a system: owner, layer, security level, hosting, channels, supplier, version; then its purpose. */
export function Overview({ system }: { system: SystemRecord }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const agencyMap = useAgencyMap();
  const framework = useFramework();
  const layer = framework.data?.layers.find((l) => l.code === system.layer);
  const agency = agencyMap.get(system.ownerAgencyId);
  const sl = system.securityLevel;
  return (
    <>
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
    </>
  );
}
