import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { EvaluationResult } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { ComplianceTotals } from '../components/ComplianceTotals';
import { useAgencyMap, agencyPath } from '../../framework/agencies';
import { isReviewer } from '../access';
import { clauseText, useLang } from '../../../kit/text';
import { useGet } from '../../../kit/query';

// ECharts loads only with this page.
const ComplianceChart = lazy(() => import('../components/ComplianceChart'));

export function CompliancePage() {
  const { t } = useTranslation();
  useTitle(t('compliancePage.title'));
  const { user } = useAuth();
  return (
    <div className="page">
      <h1>{t('compliancePage.title')}</h1>
      {user === undefined ? <Loading /> : user === null ? <AccessDenied reason="login" /> : <Overview />}
    </div>
  );
}

function Overview() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { user } = useAuth();
  const agencyMap = useAgencyMap();
  const summary = useGet('/api/v1/registry/compliance');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const data = summary.data;

  const evaluate = async () => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const result = await api<EvaluationResult>('/api/v1/registry/compliance/evaluate', { method: 'POST' });
      setMessage(t('compliancePage.evaluated', { systems: result.systems, rules: result.rules, errors: result.errors, warnings: result.warnings }));
      summary.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const chartSummary = data
    ? t('compliancePage.chartSummary', {
        parts: data.byRule.map((r) => `${clauseText(r.clause, lang)} ${pick(r.title)}: ${t('compliancePage.failCount', { count: r.fail })}`).join('; '),
      })
    : '';

  return (
    <>
      <p className="lead-text">{t('compliancePage.intro')}</p>
      {isReviewer(user) && (
        <div className="toolbar">
          <button type="button" className="btn btn-primary" onClick={() => void evaluate()} disabled={busy} aria-describedby="evaluate-hint">
            {busy ? t('compliancePage.evaluating') : t('compliancePage.evaluate')}
          </button>
          <p className="hint" id="evaluate-hint">
            {t('compliancePage.evaluateHint')}
          </p>
        </div>
      )}
      <ErrorBox error={error ?? summary.error} />
      <LiveMessage message={message} />
      {summary.loading && !data && <Loading />}
      {data && (
        <>
          <ComplianceTotals totals={data.totals} label={t('compliancePage.totalsLabel')} />
          {data.totals.failing + data.totals.warning > 0 && (
            <p>
              <Link to="/registry?compliance=failing">{t('compliancePage.seeFailing')}</Link>
            </p>
          )}

          <section className="section" aria-labelledby="rules-title">
            <h2 id="rules-title">{t('compliancePage.byRule')}</h2>
            <div className="chart-box">
              <Suspense fallback={<Loading />}>
                <ComplianceChart byRule={data.byRule} summary={chartSummary} />
              </Suspense>
            </div>
            <DataTable label={t('compliancePage.byRuleCaption')} id="rules-table" compact caption={t('compliancePage.byRuleCaption')} columns={[t('compliancePage.rule'), t('compliance.clauseCol'), t('compliancePage.severity'), { label: t('outcome.fail'), num: true }, { label: t('outcome.not_checkable'), num: true }, { label: t('outcome.pass'), num: true }, { label: t('outcome.not_applicable'), num: true }]}>
              {data.byRule.map((r) => (
                <tr key={r.ruleId}>
                  <th scope="row" className="cell-name">
                    {pick(r.title)}
                  </th>
                  <td className="nowrap">{clauseText(r.clause, lang)}</td>
                  <td>
                    <span className={`severity severity-${r.severity}`}>{t(`severity.${r.severity}`)}</span>
                  </td>
                  <td className="num">
                    {r.fail > 0 ? (
                      <Link to={`/registry?rule=${encodeURIComponent(r.ruleId)}`} aria-label={t('compliancePage.failingOf', { count: r.fail, rule: pick(r.title) })}>
                        {r.fail}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                  <td className="num">{r.not_checkable}</td>
                  <td className="num">{r.pass}</td>
                  <td className="num">{r.not_applicable}</td>
                </tr>
              ))}
            </DataTable>
          </section>

          <section className="section" aria-labelledby="agencies-title">
            <h2 id="agencies-title">{t('compliancePage.byAgency')}</h2>
            {data.byAgency.length === 0 ? (
              <p>{t('compliancePage.noSystems')}</p>
            ) : (
              <DataTable label={t('compliancePage.byAgencyCaption')} id="agency-table" compact caption={t('compliancePage.byAgencyCaption')} columns={[t('fields.ownerAgencyId'), { label: t('compliance.totals.systems'), num: true }, { label: t('compliance.totals.failing'), num: true }, { label: t('compliance.totals.warning'), num: true }, { label: t('compliance.totals.passing'), num: true }]}>
                {data.byAgency.map((a) => {
                  const agency = agencyMap.get(a.agencyId);
                  return (
                    <tr key={a.agencyId}>
                      <th scope="row" className="cell-name">
                        <Link to={agencyPath(a.agencyId)}>{agency ? pick(agency.name) : a.agencyId}</Link>
                      </th>
                      <td className="num">{a.systems.toLocaleString(lang)}</td>
                      <td className="num">{a.failing > 0 ? <strong className="text-failing">{a.failing}</strong> : 0}</td>
                      <td className="num">{a.warning}</td>
                      <td className="num">{a.passing}</td>
                    </tr>
                  );
                })}
              </DataTable>
            )}
          </section>
        </>
      )}
    </>
  );
}
