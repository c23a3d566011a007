import { useTranslation } from 'react-i18next';
import { OUTCOMES, type Finding, type Outcome } from '../../../api/types';
import { clauseText, formatDate, useLang } from '../../../kit/text';

function OutcomeTag({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return <span className={`outcome outcome-${outcome}`}>{t(`outcome.${outcome}`)}</span>;
}

/**
 * Findings grouped as a reviewer reads them: failed rules first, then those that cannot be checked yet,
 * then passed and not applicable. Each says its rule, its clause of the decision, why, and what to do.
 */
export function FindingList({ findings, headingLevel = 3, idPrefix }: { findings: Finding[]; headingLevel?: 3 | 4; idPrefix: string }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const groups = OUTCOMES.map((outcome) => ({
    outcome,
    items: findings.filter((f) => f.outcome === outcome).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)),
  })).filter((g) => g.items.length > 0);
  return (
    <div className="findings">
      {groups.map((group) => (
        <section key={group.outcome} className={`finding-group finding-group-${group.outcome}`} aria-labelledby={`${idPrefix}-${group.outcome}`}>
          <Heading id={`${idPrefix}-${group.outcome}`} className="finding-group-title">
            {t(`outcomeGroup.${group.outcome}`)} <span className="group-count">({group.items.length})</span>
          </Heading>
          <ul className="finding-list">
            {group.items.map((f) => {
              const actionable = f.outcome === 'fail' || f.outcome === 'waived' || f.outcome === 'not_checkable';
              return (
                <li key={f.ruleId} className={`finding finding-${f.outcome}${f.outcome === 'fail' ? ` finding-${f.severity}` : ''}`}>
                  <div className="finding-head">
                    <OutcomeTag outcome={f.outcome} />
                    {(f.outcome === 'fail' || f.outcome === 'waived') && <span className={`severity severity-${f.severity}`}>{t(`severity.${f.severity}`)}</span>}
                    <span className="clause">{t('compliance.clause', { clause: clauseText(f.clause, lang) })}</span>
                  </div>
                  <p className="finding-title">{pick(f.title)}</p>
                  {f.message && <p className="finding-message">{pick(f.message)}</p>}
                  {f.outcome === 'waived' && f.waiver && (
                    <p className="finding-waiver">
                      <strong>{t('compliance.waivedUntil', { date: formatDate(f.waiver.expiresOn, lang) })}</strong> — {t('compliance.waiverReason')}: {f.waiver.reason} ({f.waiver.ownerLabel})
                    </p>
                  )}
                  {actionable ? (
                    <p className="finding-remedy">
                      <strong>{t('compliance.remedy')}:</strong> {pick(f.remedy)}
                    </p>
                  ) : (
                    <details className="finding-more">
                      <summary>{t('compliance.requirement')}</summary>
                      <p>{pick(f.remedy)}</p>
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
