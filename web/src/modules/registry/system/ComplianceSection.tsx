import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { FindingList } from '../components/FindingList';
import { complianceLine } from '../compliance';
import { clauseText, formatDate, formatDateTime, useLang } from '../../../kit/text';
import { DataTable } from '../../../kit/table';
import { useGet } from '../../../kit/query';

export function ComplianceSection({ system }: { system: SystemRecord }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const findings = useGet('/api/v1/registry/systems/{id}/compliance', { path: { id: system.id } });
  const items = findings.data?.findings ?? [];
  const waivers = system.waivers ?? findings.data?.waivers ?? [];
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
          <p className={findings.data.result === 'passing' ? 'notice notice-success' : 'notice notice-warning'} id="compliance-result">
            {complianceLine(findings.data, t)}
            {findings.data.waived > 0 && ` ${t('system.complianceWaivedCount', { count: findings.data.waived })}`}
          </p>
          <FindingList findings={items} idPrefix="findings" />
        </>
      )}
      {waivers.length > 0 && (
        <>
          <h3 id="waivers-title">{t('system.waiversTitle')}</h3>
          <DataTable label={t('system.waiversTitle')} id="waivers-table" compact caption={t('system.waiversCaption')} columns={[t('system.waiverRule'), t('system.waiverReason'), t('system.waiverOwner'), t('system.waiverExpires'), t('system.waiverState')]}>
            {waivers.map((w) => {
              const rule = items.find((f) => f.ruleId === w.ruleId);
              return (
                <tr key={w.id}>
                  <th scope="row">
                    {rule ? pick(rule.title) : w.ruleId}
                    <span className="cell-sub muted">{rule ? t('compliance.clause', { clause: clauseText(rule.clause, lang) }) : ''}</span>
                  </th>
                  <td>{w.reason}</td>
                  <td>{w.ownerLabel}</td>
                  <td className="nowrap">{formatDate(w.expiresOn, lang)}</td>
                  <td>
                    <span className={w.active ? 'badge record-approved' : 'badge record-draft'}>{w.active ? t('system.waiverActive') : t('system.waiverExpired')}</span>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
    </section>
  );
}
