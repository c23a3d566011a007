import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Classification, DictionaryRecord, GovernanceStatus } from '../../../api/types';
import { agencyLabel, agencyPath, useAgencyMap } from '../../framework/agencies';
import { useLang } from '../../../kit/text';

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

/** The name in the other language, under the heading, when it says something the heading does not. */
export function OtherName({ name }: { name: DictionaryRecord['name'] }) {
  const { lang, pick } = useLang();
  const other = lang === 'vi' ? name.en : name.vi;
  if (!other || other === pick(name)) return null;
  return (
    <p className="lead-text" lang={lang === 'vi' ? 'en' : 'vi'}>
      {other}
    </p>
  );
}

/** The owner agency as a fact of a governed object, linked to the agency's page. */
export function OwnerFact({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{t('dictionary.field.ownerAgencyId')}</dt>
      <dd>
        <Link to={agencyPath(id)}>
          <AgencyName id={id} />
        </Link>
      </dd>
    </div>
  );
}
