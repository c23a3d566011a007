import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

import { TASK_STATUSES, type Agency, type Page, type Task, type TaskStatus } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { StatusBadge } from '../components/StatusBadge';
import { useTitle } from '../../../kit/useTitle';
import { useSearchText, FilterSelect, ClearFilters, useUrlFilters } from '../../../kit/filters';
import { LEAD_GROUPS, PROVINCIAL_KINDS, taskPath, unitText } from '../data';
import { useLang } from '../../../kit/text';
import { useAgencies } from '../data';
import { useRoadmapGroups } from '../data';
import { useApiQuery } from '../../../kit/query';

// ECharts is large: it loads only when the roadmap is shown.
const StatusChart = lazy(() => import('../components/StatusChart').then((m) => ({ default: m.StatusChart })));

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

export function RoadmapPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  useTitle(t('roadmap.title'));
  const { value, update, clear } = useUrlFilters();
  const group = value('group');
  const lead = value('lead');
  const status = value('status');
  const year = value('year');
  const q = value('q');
  const [text, setText] = useSearchText(q, (value) => update({ q: value }), 350);

  const groups = useRoadmapGroups();
  const agencies = useAgencies();
  const agencyMap = useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a] as [string, Agency])), [agencies.data]);
  const leadOptions = useMemo(() => (agencies.data ?? []).filter((a) => PROVINCIAL_KINDS.has(a.kind)), [agencies.data]);

  const [leadKind, leadValue] = lead.split(':');
  const tasks = useApiQuery<Page<Task>>('/api/v1/roadmap/tasks', {
    group,
    status,
    year,
    q,
    lead: leadKind === 'agency' ? leadValue : undefined,
    leadGroup: leadKind === 'group' ? leadValue : undefined,
    limit: 500,
  });

  const items = tasks.data?.items ?? [];
  const counts = useMemo(() => {
    const result = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
    for (const task of items) result[task.status]++;
    return result;
  }, [items]);
  const grouped = useMemo(() => {
    const order = (groups.data ?? []).map((g) => g.code);
    const byGroup = new Map<string, Task[]>();
    for (const task of items) byGroup.set(task.group, [...(byGroup.get(task.group) ?? []), task]);
    const codes = [...byGroup.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return codes.map((code) => ({ code, group: groups.data?.find((g) => g.code === code), tasks: byGroup.get(code) ?? [] }));
  }, [items, groups.data]);
  const filtered = Boolean(group || lead || status || year || q);
  const groupLabel = (g: string) => t(`leadGroups.${g}`, { defaultValue: g });

  return (
    <div className="page">
      <h1>{t('roadmap.title')}</h1>
      <p className="lead-text">{t('roadmap.intro')}</p>

      <form className="filters" role="search" aria-label={t('roadmap.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="f-group">{t('roadmap.group')}</label>
          <select id="f-group" value={group} onChange={(event) => update({ group: event.target.value })}>
            <option value="">{t('common.all')}</option>
            {(groups.data ?? []).map((g) => (
              <option key={g.code} value={g.code}>
                {g.code}. {pick(g.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-lead">{t('roadmap.lead')}</label>
          <select id="f-lead" value={lead} onChange={(event) => update({ lead: event.target.value })}>
            <option value="">{t('common.all')}</option>
            <optgroup label={t('roadmap.leadGroupsLabel')}>
              {LEAD_GROUPS.map((g) => (
                <option key={g} value={`group:${g}`}>
                  {groupLabel(g)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('roadmap.leadAgenciesLabel')}>
              {leadOptions.map((a) => (
                <option key={a.id} value={`agency:${a.id}`}>
                  {pick(a.name)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <FilterSelect id="f-status" label={t('roadmap.status')} value={status} onChange={(v) => update({ status: v })} values={TASK_STATUSES} optionLabel={(s) => t(`status.${s}`)} />
        <div className="field">
          <label htmlFor="f-year">{t('roadmap.year')}</label>
          <select id="f-year" value={year} onChange={(event) => update({ year: event.target.value })}>
            <option value="">{t('common.all')}</option>
            {YEARS.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor="f-q">{t('roadmap.search')}</label>
          <input id="f-q" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('roadmap.searchPlaceholder')} autoComplete="off" />
        </div>
        <ClearFilters disabled={!filtered} onClear={() => { setText(''); clear(); }} />
      </form>

      <p className="result-count" role="status" aria-live="polite">
        {tasks.loading ? t('common.loading') : tasks.data ? t('roadmap.resultCount', { count: tasks.data.total }) : ''}
      </p>
      <ErrorBox error={tasks.error ?? groups.error} />

      <div className="roadmap-layout">
        <aside className="roadmap-aside" aria-labelledby="chart-title">
          <h2 id="chart-title">{t('roadmap.chartTitle')}</h2>
          {filtered && <p className="hint">{t('roadmap.chartFiltered')}</p>}
          {tasks.data && (
            <Suspense fallback={<Loading />}>
              <StatusChart counts={counts} total={items.length} />
            </Suspense>
          )}
        </aside>
        <div className="roadmap-list">
          {tasks.loading && !tasks.data && <Loading />}
          {tasks.data && items.length === 0 && <p className="notice notice-info">{t('roadmap.none')}</p>}
          {grouped.map(({ code, group: g, tasks: list }) => (
            <section key={code} className="task-group" aria-labelledby={`group-${code}`}>
              <h2 id={`group-${code}`}>
                <span className="group-code">{code}.</span> {g ? pick(g.name) : code}
                <span className="group-count"> ({list.length})</span>
              </h2>
              <ul className="task-list">
                {list.map((task) => (
                  <li key={task.code} className="task-card">
                    <div className="task-card-head">
                      <span className="task-code">{task.code}</span>
                      <StatusBadge status={task.status} />
                    </div>
                    <h3 className="task-title">
                      <Link to={taskPath(task.code)}>{pick(task.title)}</Link>
                    </h3>
                    <dl className="task-meta">
                      <div>
                        <dt>{t('roadmap.lead')}</dt>
                        <dd>{unitText(task.lead, lang, agencyMap, groupLabel)}</dd>
                      </div>
                      <div>
                        <dt>{t('roadmap.coordinating')}</dt>
                        <dd>{unitText(task.coordinating, lang, agencyMap, groupLabel)}</dd>
                      </div>
                      <div>
                        <dt>{t('roadmap.period')}</dt>
                        <dd>{task.period.from === task.period.to ? task.period.from : `${task.period.from}–${task.period.to}`}</dd>
                      </div>
                      <div>
                        <dt>{t('roadmap.priority')}</dt>
                        <dd>
                          <span className={`priority priority-${task.priority}`}>{t(`priority.${task.priority}`)}</span>
                        </dd>
                      </div>
                    </dl>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
