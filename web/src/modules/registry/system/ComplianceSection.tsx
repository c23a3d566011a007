import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { FindingList } from '../components/FindingList';
import { formatDateTime, useLang } from '../../../kit/text';
import { useGet } from '../../../kit/query';

export function ComplianceSection({ system }: { system: SystemRecord }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const findings = useGet('/api/v1/registry/systems/{id}/compliance', { path: { id: system.id } });
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
