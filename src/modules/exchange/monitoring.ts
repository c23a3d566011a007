// Per-service health from the operational-monitoring records, with PR-OPMON §3's names: last successful and
// unsuccessful call, counts and durations over recent periods, for the service and for each of its endpoints.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db.js';
import type { Principal } from '../../core/auth/principal.js';
import { getService } from './services.js';
import type { ServiceStatus } from './schema.js';

export const healthPeriods = { lastHour: 3_600, lastDay: 86_400, lastWeek: 604_800 } as const;

interface Row {
  /** 1 on the whole service's rows, 0 on an endpoint's (whose endpoint is null for calls that matched none). */
  whole: number;
  endpoint: string | null;
  period: string;
  successful: number;
  unsuccessful: number;
  min_ms: number | null;
  avg_ms: number | null;
  max_ms: number | null;
  last_success: Date | string | null;
  last_failure: Date | string | null;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

function stats(r: Row | undefined) {
  return {
    successfulRequestCount: r?.successful ?? 0,
    unsuccessfulRequestCount: r?.unsuccessful ?? 0,
    requestMinDuration: r?.min_ms ?? null,
    requestAverageDuration: r?.avg_ms === null || r?.avg_ms === undefined ? null : Math.round(Number(r.avg_ms) * 10) / 10,
    requestMaxDuration: r?.max_ms ?? null,
  };
}

/** Health of one service; visible to whoever may see the service. */
export async function serviceHealth(db: Db, principal: Principal | null, serviceId: string) {
  const service = await getService(db, principal, serviceId);
  const since = new Date(Date.now() - healthPeriods.lastWeek * 1000);
  // One pass over the week's records (indexed by service and time), grouped by period and endpoint.
  const rows = await queryRows<Row>(
    db,
    sql`with recent as (
          select endpoint, succeeded, duration_ms, request_in_at,
                 case when request_in_at >= now() - interval '1 hour' then array['lastHour', 'lastDay', 'lastWeek']
                      when request_in_at >= now() - interval '1 day' then array['lastDay', 'lastWeek']
                      else array['lastWeek'] end as periods
          from exchange_monitoring where service_id = ${service.id} and request_in_at >= ${since})
        select grouping(endpoint)::int as whole, endpoint, period,
               count(*) filter (where succeeded)::int as successful,
               count(*) filter (where not succeeded)::int as unsuccessful,
               min(duration_ms)::int as min_ms, avg(duration_ms)::float8 as avg_ms, max(duration_ms)::int as max_ms,
               max(request_in_at) filter (where succeeded) as last_success,
               max(request_in_at) filter (where not succeeded) as last_failure
        from recent, unnest(periods) as period
        group by grouping sets ((period), (endpoint, period))`,
  );
  const whole = rows.filter((r) => r.whole === 1);
  const byPeriod = (list: Row[]) => ({
    lastHour: stats(list.find((r) => r.period === 'lastHour')),
    lastDay: stats(list.find((r) => r.period === 'lastDay')),
    lastWeek: stats(list.find((r) => r.period === 'lastWeek')),
  });
  const week = whole.find((r) => r.period === 'lastWeek');
  const endpoints = service.endpoints
    .filter((e) => e.removedInVersion === null)
    .map((e) => {
      const key = `${e.method} ${e.path}`;
      const list = rows.filter((r) => r.whole === 0 && r.endpoint === key);
      const w = list.find((r) => r.period === 'lastWeek');
      return { method: e.method, path: e.path, lastSuccessfulRequestTimestamp: iso(w?.last_success ?? null), lastUnsuccessfulRequestTimestamp: iso(w?.last_failure ?? null), periods: byPeriod(list) };
    });
  return {
    serviceId: service.id,
    service: service.identifier,
    lastSuccessfulRequestTimestamp: iso(week?.last_success ?? null),
    lastUnsuccessfulRequestTimestamp: iso(week?.last_failure ?? null),
    periods: byPeriod(whole),
    endpoints,
  };
}

export interface TrafficPoint {
  service: string;
  serviceId: string | null;
  calls: number;
  perSecond: number;
  errors: number;
  p95Ms: number | null;
}

/** Calls per second, errors and p95 per service over the last `windowSeconds`, across every gateway (from the records). */
export async function liveTraffic(db: Db, windowSeconds = 10): Promise<{ at: string; windowSeconds: number; services: TrafficPoint[] }> {
  const since = new Date(Date.now() - windowSeconds * 1000);
  const rows = await queryRows<{ service: string; service_id: string | null; calls: number; errors: number; p95: number | null }>(
    db,
    sql`select coalesce(record->>'serviceXRoadInstance' || '/' || (record->>'serviceMemberClass') || '/' || (record->>'serviceMemberCode') || '/' || (record->>'serviceSubsystemCode') || '/' || (record->>'serviceCode'), '') as service,
               service_id, count(*)::int as calls, count(*) filter (where not succeeded)::int as errors,
               percentile_cont(0.95) within group (order by duration_ms)::float8 as p95
        from exchange_monitoring where request_in_at >= ${since}
        group by 1, 2 order by calls desc limit 200`,
  );
  return {
    at: new Date().toISOString(),
    windowSeconds,
    services: rows.map((r) => ({ service: r.service, serviceId: r.service_id, calls: r.calls, perSecond: Math.round((r.calls / windowSeconds) * 10) / 10, errors: r.errors, p95Ms: r.p95 === null ? null : Math.round(r.p95 * 10) / 10 })),
  };
}

/**
 * What a registered system does on the exchange (the registry link): the services its subsystem provides and those
 * it calls, each with the last 30 days' traffic from the monitoring records.
 */
export async function systemExchange(db: Db, systemId: string) {
  const since = new Date(Date.now() - 30 * 86_400_000);
  const [subsystem] = await queryRows<{ id: string; identifier: string }>(
    db,
    sql`select s.id, m.instance || '/' || m.member_class || '/' || m.code || '/' || s.code as identifier
        from exchange_subsystems s join exchange_members m on m.id = s.member_id where s.system_id = ${systemId}`,
  );
  if (!subsystem) return { systemId, subsystem: null, provides: [], consumes: [] };
  const provides = await queryRows<{ id: string; code: string; title: string; status: ServiceStatus; calls: number; errors: number; clients: number; last_at: Date | string | null }>(
    db,
    sql`select sv.id, sv.code, sv.title, sv.status,
               count(mo.id)::int as calls, count(mo.id) filter (where not mo.succeeded)::int as errors,
               count(distinct mo.client)::int as clients, max(mo.request_in_at) as last_at
        from exchange_services sv
        left join exchange_monitoring mo on mo.service_id = sv.id and mo.request_in_at >= ${since}
        where sv.subsystem_id = ${subsystem.id}
        group by sv.id order by sv.code`,
  );
  const consumes = await queryRows<{ service_id: string; identifier: string; title: string; calls: number; errors: number; last_at: Date | string | null }>(
    db,
    sql`select mo.service_id, m.instance || '/' || m.member_class || '/' || m.code || '/' || s.code || '/' || sv.code as identifier, sv.title,
               count(*)::int as calls, count(*) filter (where not mo.succeeded)::int as errors, max(mo.request_in_at) as last_at
        from exchange_monitoring mo
        join exchange_services sv on sv.id = mo.service_id
        join exchange_subsystems s on s.id = sv.subsystem_id
        join exchange_members m on m.id = s.member_id
        where mo.client = ${subsystem.identifier} and mo.request_in_at >= ${since}
        group by mo.service_id, 2, sv.title order by calls desc`,
  );
  const iso30 = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
  return {
    systemId,
    subsystem: subsystem.identifier,
    provides: provides.map((p) => ({ serviceId: p.id, code: p.code, title: p.title, status: p.status, calls: p.calls, errors: p.errors, clients: p.clients, lastCallAt: iso30(p.last_at) })),
    consumes: consumes.map((c) => ({ serviceId: c.service_id, service: c.identifier, title: c.title, calls: c.calls, errors: c.errors, lastCallAt: iso30(c.last_at) })),
  };
}
