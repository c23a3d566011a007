// Who may call what (docs/exchange-protocol.md §3.3 step 7): access-right groups, rights granted by the provider
// to a subsystem or a group, and subscriptions a consumer requests and the provider approves, rejects or revokes.
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { mapUniqueViolation, type Db } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { isUuid } from '../../core/auth/service.js';
import { exchangePolicy } from './access.js';
import { INSTANCE, isIdentifierPart, parseSubsystemId, type MemberClass } from './identifiers.js';
import { accessRights, endpoints, groupMembers, groups, members, services, subscriptions, subsystems, type SubscriptionStatus } from './schema.js';
import { subsystemRecord } from './service.js';
import { liveEndpoints, serviceRow } from './services.js';
import type { DecisionInput, RightInput, SubscriptionInput } from './api-schemas.js';

const groupWhat = { vi: 'nhóm quyền truy cập', en: 'access-right group' };
const rightWhat = { vi: 'quyền truy cập', en: 'access right' };
const subscriptionWhat = { vi: 'đăng ký sử dụng', en: 'subscription' };

export const subscriptionDefaults = { quotaPerMinute: 60, quotaPerDay: 10_000 } as const;

/** A well-formed client identifier of a subsystem, or a 400 naming the field. */
function clientIdentifier(field: string, value: string): string {
  const parsed = parseSubsystemId(value);
  if (!parsed) throw errors.field(field, `"${value}" không phải định danh INSTANCE/CLASS/MEMBER/SUBSYSTEM.`, `"${value}" is not an INSTANCE/CLASS/MEMBER/SUBSYSTEM identifier.`, value);
  return value;
}

/** The local subsystem a client identifier names, or a 400; clients of other instances are taken as they are. */
async function existingClient(db: Db, field: string, value: string): Promise<string> {
  const parsed = parseSubsystemId(clientIdentifier(field, value));
  if (parsed && parsed.instance !== INSTANCE) return value;
  const [row] = await db
    .select({ id: subsystems.id })
    .from(subsystems)
    .innerJoin(members, eq(members.id, subsystems.memberId))
    .where(and(eq(members.instance, parsed!.instance), eq(members.memberClass, parsed!.memberClass as MemberClass), eq(members.code, parsed!.memberCode), eq(subsystems.code, parsed!.subsystemCode)));
  if (!row) throw new AppError(400, 'UNKNOWN_CLIENT', `Không có hệ thống con "${value}".`, `There is no subsystem "${value}".`, [{ field, value }]);
  return value;
}

// ── Groups ──────────────────────────────────────────────────────────────────────────────────────────────────────

async function presentGroups(db: Db, rows: (typeof groups.$inferSelect)[]) {
  const memberRows = rows.length > 0 ? await db.select().from(groupMembers).where(inArray(groupMembers.groupId, rows.map((r) => r.id))).orderBy(asc(groupMembers.client)) : [];
  return rows.map((g) => ({
    id: g.id,
    identifier: `${g.instance}/${g.code}`,
    instance: g.instance,
    code: g.code,
    description: g.description,
    global: g.global,
    members: memberRows.filter((m) => m.groupId === g.id).map((m) => m.client),
    createdAt: g.createdAt.toISOString(),
  }));
}

export async function listGroups(db: Db) {
  return presentGroups(db, await db.select().from(groups).orderBy(asc(groups.instance), asc(groups.code)));
}

async function groupRow(db: Db, id: string) {
  const [row] = isUuid(id) ? await db.select().from(groups).where(eq(groups.id, id)) : [];
  if (!row) throw errors.notFound(groupWhat, id);
  return row;
}

export async function createGroup(db: Db, principal: Principal, actor: Actor, input: { code: string; description: string }) {
  exchangePolicy.require(principal, 'exchange.group.manage');
  if (!isIdentifierPart(input.code)) throw errors.field('code', 'Mã nhóm chỉ gồm chữ cái, chữ số và \' ( ) + , - . = ?', "A group code holds only letters, digits and ' ( ) + , - . = ?", input.code);
  const row = await mapUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const [created] = await tx.insert(groups).values({ instance: INSTANCE, code: input.code, description: input.description }).returning();
        if (!created) throw new Error('insert returned no row');
        await recordAudit(tx, actor, { action: 'create', entity: 'exchange_group', entityId: created.id, after: created });
        return created;
      }),
    (c) => (c === 'exchange_groups_code_unique' ? errors.conflict(`Đã có nhóm "${input.code}".`, `There is a group "${input.code}" already.`, { field: 'code' }) : undefined),
  );
  return (await presentGroups(db, [row]))[0]!;
}

export async function addGroupMember(db: Db, principal: Principal, actor: Actor, groupId: string, client: string) {
  exchangePolicy.require(principal, 'exchange.group.manage');
  const group = await groupRow(db, groupId);
  const identifier = await existingClient(db, 'client', client);
  await mapUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        await tx.insert(groupMembers).values({ groupId: group.id, client: identifier });
        await recordAudit(tx, actor, { action: 'add_member', entity: 'exchange_group', entityId: group.id, after: { client: identifier } });
      }),
    (c) => (c === 'exchange_group_members_pk' ? errors.conflict(`"${identifier}" đã ở trong nhóm.`, `"${identifier}" is in the group already.`, { field: 'client' }) : undefined),
  );
  return (await presentGroups(db, [group]))[0]!;
}

export async function removeGroupMember(db: Db, principal: Principal, actor: Actor, groupId: string, client: string) {
  exchangePolicy.require(principal, 'exchange.group.manage');
  const group = await groupRow(db, groupId);
  await db.transaction(async (tx) => {
    const removed = await tx.delete(groupMembers).where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.client, client))).returning();
    if (removed.length === 0) throw errors.notFound({ vi: 'thành viên nhóm', en: 'group member' }, client);
    await recordAudit(tx, actor, { action: 'remove_member', entity: 'exchange_group', entityId: group.id, before: { client } });
  });
  return (await presentGroups(db, [group]))[0]!;
}

// ── Rights ──────────────────────────────────────────────────────────────────────────────────────────────────────

async function presentRights(db: Db, where: SQL) {
  const rows = await db
    .select({ right: accessRights, endpoint: { id: endpoints.id, method: endpoints.method, path: endpoints.path } })
    .from(accessRights)
    .leftJoin(endpoints, eq(endpoints.id, accessRights.endpointId))
    .where(where)
    .orderBy(asc(accessRights.grantedAt), asc(accessRights.id));
  return rows.map(({ right, endpoint }) => ({
    id: right.id,
    serviceId: right.serviceId,
    endpoint: endpoint?.id ? endpoint : null,
    client: right.client,
    groupId: right.groupId,
    subscriptionId: right.subscriptionId,
    grantedBy: right.grantedBy,
    grantedAt: right.grantedAt.toISOString(),
  }));
}

async function providerOf(db: Db, serviceId: string) {
  const service = await serviceRow(db, serviceId);
  const provider = await subsystemRecord(db, service.subsystemId);
  return { service, provider };
}

export async function listRights(db: Db, principal: Principal, serviceId: string) {
  const { service, provider } = await providerOf(db, serviceId);
  exchangePolicy.require(principal, 'exchange.service.manage', provider.member.agencyId);
  return presentRights(db, eq(accessRights.serviceId, service.id));
}

/** Grants rights on a service (the whole of it, or the endpoints named) to a client or a group; already held ones are kept. */
export async function grantRights(db: Db, principal: Principal, actor: Actor, serviceId: string, input: RightInput) {
  const { service, provider } = await providerOf(db, serviceId);
  exchangePolicy.require(principal, 'exchange.service.manage', provider.member.agencyId);
  if ((input.client === undefined) === (input.groupId === undefined)) {
    throw errors.field('client', 'Cần đúng một trong hai: hệ thống con (client) hoặc nhóm (groupId).', 'Give exactly one of client and groupId.');
  }
  const client = input.client !== undefined ? await existingClient(db, 'client', input.client) : null;
  const group = input.groupId !== undefined ? await groupRow(db, input.groupId) : null;
  const endpointRows = await liveEndpoints(db, service.id, input.endpointIds ?? []);
  const ids = await db.transaction(async (tx) => {
    const values = (endpointRows.length > 0 ? endpointRows.map((e) => e.id) : [null]).map((endpointId) => ({ serviceId: service.id, endpointId, client, groupId: group?.id ?? null, grantedBy: actor.label }));
    const inserted = await tx.insert(accessRights).values(values).onConflictDoNothing().returning({ id: accessRights.id });
    if (inserted.length > 0) await recordAudit(tx, actor, { action: 'grant', entity: 'exchange_service', entityId: service.id, after: { client, groupId: group?.id ?? null, endpoints: endpointRows.map((e) => `${e.method} ${e.path}`), rights: inserted.map((r) => r.id) } });
    return inserted.map((r) => r.id);
  });
  return { granted: ids.length, rights: await presentRights(db, eq(accessRights.serviceId, service.id)) };
}

export async function revokeRight(db: Db, principal: Principal, actor: Actor, rightId: string) {
  const [right] = isUuid(rightId) ? await db.select().from(accessRights).where(eq(accessRights.id, rightId)) : [];
  if (!right) throw errors.notFound(rightWhat, rightId);
  const { provider } = await providerOf(db, right.serviceId);
  exchangePolicy.require(principal, 'exchange.service.manage', provider.member.agencyId);
  await db.transaction(async (tx) => {
    const removed = await tx.delete(accessRights).where(eq(accessRights.id, right.id)).returning();
    if (removed.length === 0) throw errors.notFound(rightWhat, rightId);
    await recordAudit(tx, actor, { action: 'revoke', entity: 'exchange_service', entityId: right.serviceId, before: right });
  });
}

// ── Subscriptions ───────────────────────────────────────────────────────────────────────────────────────────────

type SubscriptionRow = typeof subscriptions.$inferSelect;

function presentSubscription(row: SubscriptionRow, service: { identifier: string; title: string }, endpointOf: ReadonlyMap<string, { method: string; path: string }> = new Map()) {
  return {
    id: row.id,
    client: row.client,
    clientSubsystemId: row.clientSubsystemId,
    serviceId: row.serviceId,
    service: service.identifier,
    serviceTitle: service.title,
    endpointIds: row.endpointIds,
    endpoints: row.endpointIds.map((id) => ({ id, ...(endpointOf.get(id) ?? { method: '?', path: '?' }) })),
    purpose: row.purpose,
    legalBasis: row.legalBasis,
    personalData: row.personalData,
    status: row.status,
    quotaPerMinute: row.quotaPerMinute,
    quotaPerDay: row.quotaPerDay,
    maxRequestBytes: row.maxRequestBytes,
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
  };
}

/** A consumer asks for access: its agency's officer, for one of its subsystems; the provider then decides. */
export async function requestSubscription(db: Db, principal: Principal, actor: Actor, input: SubscriptionInput) {
  const consumer = await subsystemRecord(db, input.clientSubsystemId).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) throw errors.field('clientSubsystemId', `Không có hệ thống con "${input.clientSubsystemId}".`, `There is no subsystem "${input.clientSubsystemId}".`, input.clientSubsystemId);
    throw err;
  });
  exchangePolicy.require(principal, 'exchange.client.manage', consumer.member.agencyId);
  const { service, provider } = await providerOf(db, input.serviceId).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) throw errors.field('serviceId', `Không có dịch vụ "${input.serviceId}".`, `There is no service "${input.serviceId}".`, input.serviceId);
    throw err;
  });
  if (service.status !== 'published' && service.status !== 'deprecated') {
    throw new AppError(409, 'SERVICE_NOT_PUBLISHED', 'Chỉ đăng ký được dịch vụ đã công bố.', 'Only a published service can be subscribed to.', { field: 'serviceId' });
  }
  const endpointRows = await liveEndpoints(db, service.id, input.endpointIds ?? []);
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(subscriptions)
      .values({
        client: consumer.identifier,
        clientSubsystemId: consumer.subsystem.id,
        serviceId: service.id,
        endpointIds: endpointRows.map((e) => e.id),
        purpose: input.purpose,
        legalBasis: input.legalBasis,
        personalData: input.personalData ?? false,
        quotaPerMinute: subscriptionDefaults.quotaPerMinute,
        quotaPerDay: subscriptionDefaults.quotaPerDay,
        maxRequestBytes: service.maxRequestBytes,
        requestedBy: actor.label,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'request', entity: 'exchange_subscription', entityId: created.id, after: created });
    return created;
  });
  return presentSubscription(row, { identifier: `${provider.identifier}/${service.code}`, title: service.title }, new Map(endpointRows.map((e) => [e.id, e])));
}

export interface SubscriptionFilter {
  /** provider: requests to the caller's agency's services; consumer: the caller's agency's own requests. */
  as?: 'provider' | 'consumer' | undefined;
  status?: SubscriptionStatus | undefined;
  serviceId?: string | undefined;
}

export async function listSubscriptions(db: Db, principal: Principal, filter: SubscriptionFilter) {
  const conditions: SQL[] = [];
  const consumerMember = sql`exists (select 1 from exchange_subsystems cs join exchange_members cm on cm.id = cs.member_id where cs.id = ${subscriptions.clientSubsystemId} and cm.agency_id = ${principal.agencyId})`;
  if (principal.role !== 'admin') {
    if (!principal.agencyId) return [];
    const asProvider = eq(members.agencyId, principal.agencyId);
    const own = filter.as === 'provider' ? asProvider : filter.as === 'consumer' ? consumerMember : or(asProvider, consumerMember);
    if (own) conditions.push(own);
  } else if (filter.as === 'consumer' && principal.agencyId) {
    conditions.push(consumerMember);
  }
  if (filter.status) conditions.push(eq(subscriptions.status, filter.status));
  if (filter.serviceId && isUuid(filter.serviceId)) conditions.push(eq(subscriptions.serviceId, filter.serviceId));
  const rows = await db
    .select({ subscription: subscriptions, service: services, member: members, subsystemCode: subsystems.code })
    .from(subscriptions)
    .innerJoin(services, eq(services.id, subscriptions.serviceId))
    .innerJoin(subsystems, eq(subsystems.id, services.subsystemId))
    .innerJoin(members, eq(members.id, subsystems.memberId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(subscriptions.requestedAt))
    .limit(500);
  const endpointIds = [...new Set(rows.flatMap((r) => r.subscription.endpointIds))];
  const endpointRows = endpointIds.length > 0 ? await db.select({ id: endpoints.id, method: endpoints.method, path: endpoints.path }).from(endpoints).where(inArray(endpoints.id, endpointIds)) : [];
  const endpointOf = new Map(endpointRows.map((e) => [e.id, e]));
  return rows.map((r) => presentSubscription(r.subscription, { identifier: `${r.member.instance}/${r.member.memberClass}/${r.member.code}/${r.subsystemCode}/${r.service.code}`, title: r.service.title }, endpointOf));
}

/**
 * The provider decides: approve (its rights are granted, with the quota), reject, or revoke an approved one (its
 * rights are withdrawn). Each decision holds only from the state it was taken in, so two officers deciding at once
 * give one decision and one 409.
 */
export async function decideSubscription(db: Db, principal: Principal, actor: Actor, id: string, input: DecisionInput) {
  const [row] = isUuid(id) ? await db.select().from(subscriptions).where(eq(subscriptions.id, id)) : [];
  if (!row) throw errors.notFound(subscriptionWhat, id);
  const { service, provider } = await providerOf(db, row.serviceId);
  exchangePolicy.require(principal, 'exchange.service.manage', provider.member.agencyId);
  const from: SubscriptionStatus = input.decision === 'revoke' ? 'approved' : 'requested';
  const to: SubscriptionStatus = input.decision === 'approve' ? 'approved' : input.decision === 'reject' ? 'rejected' : 'revoked';
  const decided = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(subscriptions)
      .set({
        status: to,
        decidedBy: actor.label,
        decidedAt: new Date(),
        decisionNote: input.note ?? null,
        ...(input.decision === 'approve'
          ? { quotaPerMinute: input.quotaPerMinute ?? row.quotaPerMinute, quotaPerDay: input.quotaPerDay ?? row.quotaPerDay, maxRequestBytes: Math.min(input.maxRequestBytes ?? service.maxRequestBytes, service.maxRequestBytes) }
          : {}),
      })
      .where(and(eq(subscriptions.id, row.id), eq(subscriptions.status, from)))
      .returning();
    if (!updated) {
      throw new AppError(409, 'INVALID_TRANSITION', `Đăng ký đang ở trạng thái "${row.status}"; không thể ${input.decision}.`, `The subscription is ${row.status}; it cannot be ${input.decision}d.`, { field: 'decision', status: row.status });
    }
    if (to === 'approved') {
      const endpointIds: (string | null)[] = updated.endpointIds.length > 0 ? updated.endpointIds : [null];
      await tx
        .insert(accessRights)
        .values(endpointIds.map((endpointId) => ({ serviceId: service.id, endpointId, client: updated.client, subscriptionId: updated.id, grantedBy: actor.label })))
        .onConflictDoNothing();
    } else if (to === 'revoked') {
      await tx.delete(accessRights).where(eq(accessRights.subscriptionId, updated.id));
    }
    await recordAudit(tx, actor, { action: input.decision, entity: 'exchange_subscription', entityId: updated.id, before: row, after: updated });
    return updated;
  });
  const endpointRows = decided.endpointIds.length > 0 ? await db.select({ id: endpoints.id, method: endpoints.method, path: endpoints.path }).from(endpoints).where(inArray(endpoints.id, decided.endpointIds)) : [];
  return presentSubscription(decided, { identifier: `${provider.identifier}/${service.code}`, title: service.title }, new Map(endpointRows.map((e) => [e.id, e])));
}
