// The gateway's evidence for the LGSP rule: calls between registered systems through the exchange, as the exchange
// module reports them. A pair seen for the first time, or again after 30 days, can change the rule's outcome.
import { and, gte, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { integrationTraffic, systems } from './schema.js';
import { GATEWAY_TRAFFIC_WINDOW_DAYS, reevaluate } from './compliance.js';

export interface TrafficReport {
  fromSystemId: string;
  toSystemId: string;
  calls: number;
  firstAt: Date;
  lastAt: Date;
}

/** Adds calls seen at the gateway; re-evaluates the systems whose LGSP evidence appeared. */
export async function recordIntegrationTraffic(db: Db, reports: readonly TrafficReport[]): Promise<void> {
  if (reports.length === 0) return;
  const ids = [...new Set(reports.flatMap((r) => [r.fromSystemId, r.toSystemId]))];
  // A report may name a system deleted meanwhile: only pairs of existing systems are kept.
  const existing = new Set((await db.select({ id: systems.id }).from(systems).where(inArray(systems.id, ids))).map((r) => r.id));
  const kept = reports.filter((r) => existing.has(r.fromSystemId) && existing.has(r.toSystemId));
  if (kept.length === 0) return;
  const since = new Date(Date.now() - GATEWAY_TRAFFIC_WINDOW_DAYS * 86_400_000);
  const fresh = await db
    .select({ from: integrationTraffic.fromSystemId, to: integrationTraffic.toSystemId })
    .from(integrationTraffic)
    .where(and(gte(integrationTraffic.lastAt, since), or(...kept.map((r) => sql`(${integrationTraffic.fromSystemId}, ${integrationTraffic.toSystemId}) = (${r.fromSystemId}::uuid, ${r.toSystemId}::uuid)`))));
  const known = new Set(fresh.map((f) => `${f.from} ${f.to}`));
  await db
    .insert(integrationTraffic)
    .values(kept.map((r) => ({ fromSystemId: r.fromSystemId, toSystemId: r.toSystemId, channel: 'lgsp' as const, calls: r.calls, firstAt: r.firstAt, lastAt: r.lastAt })))
    .onConflictDoUpdate({
      target: [integrationTraffic.fromSystemId, integrationTraffic.toSystemId, integrationTraffic.channel],
      set: { calls: sql`${integrationTraffic.calls} + excluded.calls`, lastAt: sql`greatest(${integrationTraffic.lastAt}, excluded.last_at)` },
    });
  const changed = kept.filter((r) => !known.has(`${r.fromSystemId} ${r.toSystemId}`)).flatMap((r) => [r.fromSystemId, r.toSystemId]);
  if (changed.length > 0) await reevaluate(db, [...new Set(changed)]);
}
