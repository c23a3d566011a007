import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, type Agency, type ComplianceSummary, type FieldChange, type Finding, type Lifecycle, type Outcome, type RecordStatus, type RequestStatus, type SystemKind } from '../api';
import { loadAgencies } from '../lib/data';
import { complianceState, fieldLabel } from '../lib/registry';
import { useLang } from '../lib/text';
import { TableWrap, useLoad } from './common';

/** The agencies by id, loaded once for the app. */
export function useAgencyMap(): Map<string, Agency> {
  const agencies = useLoad((signal) => loadAgencies(signal), []);
  return useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a] as [string, Agency])), [agencies.data]);
}

export function LifecycleBadge({ lifecycle }: { lifecycle: Lifecycle }) {
  const { t } = useTranslation();
  return <span className={`badge lifecycle-${lifecycle}`}>{t(`lifecycle.${lifecycle}`)}</span>;
}

export function RecordStatusBadge({ status }: { status: RecordStatus | RequestStatus }) {
  const { t } = useTranslation();
  return <span className={`badge record-${status}`}>{t(`recordStatus.${status}`)}</span>;
}

export function KindTag({ kind }: { kind: SystemKind | string }) {
  const { t } = useTranslation();
  return <span className="kind-tag">{t(`kind.${kind}`, { defaultValue: kind })}</span>;
}

/** Errors and warnings of the last evaluation: "2 lỗi, 1 cảnh báo", "Đạt" or "Chưa đánh giá". */
export function ComplianceBadge({ compliance }: { compliance: Pick<ComplianceSummary, 'errors' | 'warnings'> | null | undefined }) {
  const { t } = useTranslation();
  const state = complianceState(compliance);
  let text: string;
  if (!compliance) text = t('compliance.state.unknown');
  else if (state === 'passing') text = t('compliance.state.passing');
  else {
    const parts: string[] = [];
    if (compliance.errors > 0) parts.push(t('compliance.errors', { count: compliance.errors }));
    if (compliance.warnings > 0) parts.push(t('compliance.warnings', { count: compliance.warnings }));
    text = parts.join(', ');
  }
  return <span className={`badge compliance-${state}`}>{text}</span>;
}

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
  const { pick } = useLang();
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
              const actionable = f.outcome === 'fail' || f.outcome === 'not_checkable';
              return (
                <li key={f.ruleId} className={`finding finding-${f.outcome}${f.outcome === 'fail' ? ` finding-${f.severity}` : ''}`}>
                  <div className="finding-head">
                    <OutcomeTag outcome={f.outcome} />
                    {f.outcome === 'fail' && <span className={`severity severity-${f.severity}`}>{t(`severity.${f.severity}`)}</span>}
                    <span className="clause">{t('compliance.clause', { clause: f.clause })}</span>
                  </div>
                  <p className="finding-title">{pick(f.title)}</p>
                  {f.message && <p className="finding-message">{pick(f.message)}</p>}
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

/** Totals as four figures: systems, with errors, with warnings only, passing. */
export function ComplianceTotals({ totals, label }: { totals: { systems: number; failing: number; warning: number; passing: number }; label: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const items: { key: string; value: number; className: string }[] = [
    { key: 'systems', value: totals.systems, className: 'total-systems' },
    { key: 'failing', value: totals.failing, className: 'total-failing' },
    { key: 'warning', value: totals.warning, className: 'total-warning' },
    { key: 'passing', value: totals.passing, className: 'total-passing' },
  ];
  return (
    <ul className="totals" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={item.className}>
          <strong>{item.value.toLocaleString(lang)}</strong>
          <span>{t(`compliance.totals.${item.key}`)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Field, before, after: what changed between two versions of a record. */
export function DiffTable({ diff, value, caption, id }: { diff: { from: number; to: number; changes: FieldChange[] }; value: (field: string, v: unknown) => string; caption: string; id?: string }) {
  const { t } = useTranslation();
  return (
    <TableWrap label={caption}>
      <table className="table table-compact diff-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('system.diffField')}</th>
            <th scope="col">{t('system.diffBefore', { version: diff.from })}</th>
            <th scope="col">{t('system.diffAfter', { version: diff.to })}</th>
          </tr>
        </thead>
        <tbody>
          {diff.changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{fieldLabel(c.field, t)}</th>
              <td className="diff-before">{value(c.field, c.before)}</td>
              <td className="diff-after">{value(c.field, c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}


/** Links to the sections of a long page; following one moves the focus to that section's heading. */
export function SectionLinks({ label, items }: { label: string; items: { id: string; label: string }[] }) {
  return (
    <nav className="page-sections" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                const target = document.getElementById(item.id);
                if (!target) return;
                event.preventDefault();
                target.setAttribute('tabindex', '-1');
                target.scrollIntoView({ block: 'start' });
                target.focus({ preventScroll: true });
              }}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
