// Services (dịch vụ) a provider subsystem publishes through the gateway: registered from an OpenAPI description,
// versioned with each new description, moved through draft → published → deprecated → retired.
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { mapUniqueViolation, type Db, type Executor } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { isUuid } from '../../core/auth/service.js';
import { exchangePolicy } from './access.js';
import { isIdentifierPart } from './identifiers.js';
import { foldForSearch, likePattern } from '../../core/text.js';
import { describeForGateway, parseDescription, type ParsedDescription } from './openapi-description.js';
import { endpoints, members, serviceDescriptions, services, subsystems, type ServiceStatus } from './schema.js';
import { subsystemRecord } from './service.js';
import type { ServiceChange, ServiceInput } from './api-schemas.js';

type ServiceRow = typeof services.$inferSelect;

const serviceWhat = { vi: 'dịch vụ', en: 'service' };

/** Codes the metadata services take (docs/exchange-protocol.md §2.2). */
const reservedCodes = new Set(['listmethods', 'allowedmethods', 'getopenapi']);

export const serviceDefaults = {
  timeoutMs: 30_000,
  maxRequestBytes: 10 * 1024 * 1024,
  maxResponseBytes: 50 * 1024 * 1024,
  logBodies: true,
  logBodyLimitBytes: 64 * 1024,
  retentionDays: 365,
} as const;

/** The lifecycle's allowed moves; retired is final. */
const transitions: Record<ServiceStatus, readonly ServiceStatus[]> = {
  draft: ['published', 'retired'],
  published: ['deprecated', 'retired'],
  deprecated: ['published', 'retired'],
  retired: [],
};

function checkBackendUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw errors.field('backendUrl', 'Địa chỉ máy chủ dịch vụ không phải một URL.', 'The backend address is not a URL.', value);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw errors.field('backendUrl', 'Địa chỉ máy chủ dịch vụ phải là http hoặc https.', 'The backend address must be http or https.', value);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw errors.field('backendUrl', 'Địa chỉ máy chủ dịch vụ không được chứa tài khoản, truy vấn hay phân đoạn (#).', 'The backend address may not hold credentials, a query or a fragment.', value);
  }
  return url.href.replace(/\/$/, '');
}

/** The description's text: sent in the body, or fetched from the backend's own origin (never elsewhere: no SSRF). */
async function descriptionBytes(input: { description?: string | undefined; descriptionUrl?: string | undefined }, backendUrl: string): Promise<Buffer> {
  if (input.description !== undefined) return Buffer.from(input.description, 'utf8');
  if (input.descriptionUrl === undefined) {
    throw errors.field('description', 'Cần mô tả OpenAPI của dịch vụ (tệp hoặc URL).', 'The service\u2019s OpenAPI description is required (a file or a URL).');
  }
  let url: URL;
  try {
    url = new URL(input.descriptionUrl);
  } catch {
    throw errors.field('descriptionUrl', 'URL của mô tả không hợp lệ.', 'The description URL is not valid.', input.descriptionUrl);
  }
  if (url.origin !== new URL(backendUrl).origin) {
    throw errors.field('descriptionUrl', 'Mô tả chỉ được tải từ chính máy chủ của dịch vụ.', 'A description is fetched only from the service\u2019s own backend origin.', input.descriptionUrl);
  }
  const limit = 5 * 1024 * 1024;
  try {
    const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(10_000) });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Uint8Array).byteLength;
      if (size > limit) throw new Error('over 5 MB');
      chunks.push(Buffer.from(chunk as Uint8Array));
    }
    return Buffer.concat(chunks);
  } catch (err) {
    throw new AppError(400, 'DESCRIPTION_UNREACHABLE', `Không tải được mô tả từ ${url.href}: ${(err as Error).message}.`, `The description could not be fetched from ${url.href}: ${(err as Error).message}.`, [
      { field: 'descriptionUrl', value: url.href },
    ]);
  }
}

async function serviceRow(db: Executor, id: string): Promise<ServiceRow> {
  const [row] = isUuid(id) ? await db.select().from(services).where(eq(services.id, id)) : [];
  if (!row) throw errors.notFound(serviceWhat, id);
  return row;
}

/** Writes the endpoints of a new description: new ones added, dropped ones marked removed, kept ones revived. */
async function syncEndpoints(tx: Executor, serviceId: string, version: number, parsed: ParsedDescription): Promise<void> {
  const current = await tx.select().from(endpoints).where(eq(endpoints.serviceId, serviceId));
  const wanted = new Map(parsed.endpoints.map((e) => [`${e.method} ${e.path}`, e]));
  for (const row of current) {
    const key = `${row.method} ${row.path}`;
    const next = wanted.get(key);
    if (next) {
      await tx.update(endpoints).set({ removedInVersion: null, summary: next.summary }).where(eq(endpoints.id, row.id));
      wanted.delete(key);
    } else if (row.removedInVersion === null) {
      await tx.update(endpoints).set({ removedInVersion: version }).where(eq(endpoints.id, row.id));
    }
  }
  if (wanted.size > 0) await tx.insert(endpoints).values([...wanted.values()].map((e) => ({ serviceId, method: e.method, path: e.path, summary: e.summary })));
}

export async function createService(db: Db, principal: Principal, actor: Actor, subsystemId: string, input: ServiceInput) {
  const provider = await subsystemRecord(db, subsystemId);
  exchangePolicy.require(principal, 'exchange.service.manage', provider.member.agencyId);
  if (!isIdentifierPart(input.code) || reservedCodes.has(input.code.toLowerCase())) {
    throw errors.field('code', 'Mã dịch vụ chỉ gồm chữ cái, chữ số và \' ( ) + , - . = ?, và không được là listMethods, allowedMethods, getOpenAPI.', "A service code holds only letters, digits and ' ( ) + , - . = ?, and is not listMethods, allowedMethods or getOpenAPI.", input.code);
  }
  const backendUrl = checkBackendUrl(input.backendUrl);
  const bytes = await descriptionBytes(input, backendUrl);
  const parsed = await parseDescription(bytes);
  const settings = { ...serviceDefaults, ...pickSettings(input) };
  const id = await mapUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const [created] = await tx
          .insert(services)
          .values({ subsystemId: provider.subsystem.id, code: input.code, title: input.title ?? parsed.title, searchText: foldForSearch(`${input.title ?? parsed.title} ${input.code}`), backendUrl, themes: input.themes ?? [], ...settings })
          .returning();
        if (!created) throw new Error('insert returned no row');
        await insertDescription(tx, created.id, 1, parsed, bytes, actor);
        await syncEndpoints(tx, created.id, 1, parsed);
        await recordAudit(tx, actor, { action: 'create', entity: 'exchange_service', entityId: created.id, after: { ...created, provider: provider.identifier, endpoints: parsed.endpoints.length } });
        return created.id;
      }),
    (constraint) => (constraint === 'exchange_services_code_unique' ? errors.conflict(`Hệ thống con đã có dịch vụ "${input.code}".`, `The subsystem has a service "${input.code}" already.`, { field: 'code' }) : undefined),
  );
  return getService(db, principal, id);
}

function pickSettings(input: Partial<ServiceChange>) {
  const out: Partial<Record<keyof typeof serviceDefaults, number | boolean>> = {};
  for (const key of Object.keys(serviceDefaults) as (keyof typeof serviceDefaults)[]) if (input[key] !== undefined) out[key] = input[key];
  return out as Partial<typeof serviceDefaults>;
}

async function insertDescription(tx: Executor, serviceId: string, version: number, parsed: ParsedDescription, bytes: Buffer, actor: Actor) {
  await tx.insert(serviceDescriptions).values({
    serviceId,
    version,
    serviceVersion: parsed.version,
    openapi: parsed.openapi,
    format: parsed.format,
    source: bytes.toString('utf8'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    endpoints: parsed.endpoints,
    createdBy: actor.label,
  });
}

/** A new description of a service: a new version, whose endpoints replace the list (rights on dropped ones go idle). */
export async function addDescription(db: Db, principal: Principal, actor: Actor, serviceId: string, input: { description?: string | undefined; descriptionUrl?: string | undefined }) {
  const service = await serviceRow(db, serviceId);
  const provider = await subsystemRecord(db, service.subsystemId);
  exchangePolicy.require(principal, 'exchange.service.manage', provider.member.agencyId);
  const bytes = await descriptionBytes(input, service.backendUrl);
  const parsed = await parseDescription(bytes);
  await db.transaction(async (tx) => {
    // Two uploads at once take turns; each gets its own version number.
    const [locked] = await tx.select({ currentVersion: services.currentVersion }).from(services).where(eq(services.id, service.id)).for('update');
    const version = (locked?.currentVersion ?? 0) + 1;
    await insertDescription(tx, service.id, version, parsed, bytes, actor);
    await syncEndpoints(tx, service.id, version, parsed);
    await tx.update(services).set({ currentVersion: version, updatedAt: new Date() }).where(eq(services.id, service.id));
    await recordAudit(tx, actor, { action: 'update', entity: 'exchange_service', entityId: service.id, before: { version: version - 1 }, after: { version, serviceVersion: parsed.version, endpoints: parsed.endpoints.length } });
  });
  return getService(db, principal, service.id);
}

export async function changeService(db: Db, principal: Principal, actor: Actor, serviceId: string, change: ServiceChange) {
  const before = await serviceRow(db, serviceId);
  const provider = await subsystemRecord(db, before.subsystemId);
  exchangePolicy.require(principal, 'exchange.service.manage', provider.member.agencyId);
  const patch: Partial<typeof services.$inferInsert> = { ...pickSettings(change) };
  if (change.title !== undefined) {
    patch.title = change.title;
    patch.searchText = foldForSearch(`${change.title} ${before.code}`);
  }
  if (change.themes !== undefined) patch.themes = change.themes;
  if (change.backendUrl !== undefined) patch.backendUrl = checkBackendUrl(change.backendUrl);
  if (change.status !== undefined && change.status !== before.status) {
    if (!transitions[before.status].includes(change.status)) {
      throw new AppError(409, 'INVALID_TRANSITION', `Dịch vụ đang ở trạng thái "${before.status}", không chuyển sang "${change.status}" được.`, `A ${before.status} service cannot become ${change.status}.`, { field: 'status', from: before.status, to: change.status });
    }
    if (change.status === 'deprecated' && !change.sunsetAt && !before.sunsetAt) {
      throw errors.field('sunsetAt', 'Dịch vụ ngừng khuyến nghị cần ngày ngừng hoạt động (sunset).', 'A deprecated service needs a sunset date.');
    }
    patch.status = change.status;
  }
  if (change.sunsetAt !== undefined) patch.sunsetAt = change.sunsetAt === null ? null : new Date(change.sunsetAt);
  const after = await db.transaction(async (tx) => {
    // Only from the state read: a concurrent lifecycle change makes this one a 409, not a lost update.
    const [row] = await tx
      .update(services)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(services.id, before.id), eq(services.status, before.status)))
      .returning();
    if (!row) throw errors.conflict('Dịch vụ vừa được người khác thay đổi; hãy tải lại.', 'The service was just changed by someone else; reload it.');
    await recordAudit(tx, actor, { action: 'update', entity: 'exchange_service', entityId: row.id, before, after: row });
    return row;
  });
  return getService(db, principal, after.id);
}

function canManage(principal: Principal | null, agencyId: string): boolean {
  return exchangePolicy.can(principal, 'exchange.service.manage', agencyId);
}

/** One service with its endpoints and description versions; drafts only to their providers (and administrators). */
export async function getService(db: Db, principal: Principal | null, id: string) {
  const service = await serviceRow(db, id);
  const provider = await subsystemRecord(db, service.subsystemId);
  if (service.status === 'draft' && !canManage(principal, provider.member.agencyId)) throw errors.notFound(serviceWhat, id);
  const [endpointRows, versions] = await Promise.all([
    db.select().from(endpoints).where(eq(endpoints.serviceId, service.id)).orderBy(asc(endpoints.path), asc(endpoints.method)),
    db
      .select({ version: serviceDescriptions.version, serviceVersion: serviceDescriptions.serviceVersion, openapi: serviceDescriptions.openapi, format: serviceDescriptions.format, sha256: serviceDescriptions.sha256, createdBy: serviceDescriptions.createdBy, createdAt: serviceDescriptions.createdAt })
      .from(serviceDescriptions)
      .where(eq(serviceDescriptions.serviceId, service.id))
      .orderBy(desc(serviceDescriptions.version)),
  ]);
  const current = versions.find((v) => v.version === service.currentVersion);
  return {
    ...presentService(service, provider.identifier, provider.member.agencyId, current?.serviceVersion ?? null),
    endpoints: endpointRows.map((e) => ({ id: e.id, method: e.method, path: e.path, summary: e.summary, removedInVersion: e.removedInVersion })),
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    canManage: canManage(principal, provider.member.agencyId),
  };
}

function presentService(row: ServiceRow, providerIdentifier: string, agencyId: string, serviceVersion: string | null) {
  return {
    id: row.id,
    identifier: `${providerIdentifier}/${row.code}`,
    provider: providerIdentifier,
    subsystemId: row.subsystemId,
    agencyId,
    code: row.code,
    title: row.title,
    status: row.status,
    sunsetAt: row.sunsetAt?.toISOString() ?? null,
    serviceVersion,
    backendUrl: row.backendUrl,
    timeoutMs: row.timeoutMs,
    maxRequestBytes: row.maxRequestBytes,
    maxResponseBytes: row.maxResponseBytes,
    logBodies: row.logBodies,
    logBodyLimitBytes: row.logBodyLimitBytes,
    retentionDays: row.retentionDays,
    currentVersion: row.currentVersion,
    themes: row.themes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface ServiceFilter {
  q?: string | undefined;
  agencyId?: string | undefined;
  status?: ServiceStatus | undefined;
  theme?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The catalogue of services: everyone sees the published and deprecated ones; providers also their drafts and
 * retired ones, administrators all. The backend address is shown only to those who manage the service.
 */
export async function listServices(db: Db, principal: Principal | null, filter: ServiceFilter) {
  const conditions: SQL[] = [];
  if (principal?.role !== 'admin') {
    const visible = or(inArray(services.status, ['published', 'deprecated']), principal?.agencyId && principal.role === 'officer' ? eq(members.agencyId, principal.agencyId) : sql`false`);
    if (visible) conditions.push(visible);
  }
  if (filter.status) conditions.push(eq(services.status, filter.status));
  if (filter.agencyId) conditions.push(eq(members.agencyId, filter.agencyId));
  if (filter.theme) conditions.push(sql`${filter.theme} = any(${services.themes})`);
  if (filter.q) conditions.push(like(services.searchText, likePattern(filter.q)));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = await db
    .select({ service: services, member: members, subsystemCode: subsystems.code, serviceVersion: serviceDescriptions.serviceVersion, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(services)
    .innerJoin(subsystems, eq(subsystems.id, services.subsystemId))
    .innerJoin(members, eq(members.id, subsystems.memberId))
    .leftJoin(serviceDescriptions, and(eq(serviceDescriptions.serviceId, services.id), eq(serviceDescriptions.version, services.currentVersion)))
    .where(where)
    .orderBy(asc(services.title), asc(services.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return {
    items: rows.map((r) => {
      const presented = presentService(r.service, `${r.member.instance}/${r.member.memberClass}/${r.member.code}/${r.subsystemCode}`, r.member.agencyId, r.serviceVersion);
      return canManage(principal, r.member.agencyId) ? presented : { ...presented, backendUrl: null };
    }),
    total: rows[0]?.total ?? (filter.offset === 0 ? 0 : await countServices(db, where)),
  };
}

async function countServices(db: Db, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(services)
    .innerJoin(subsystems, eq(subsystems.id, services.subsystemId))
    .innerJoin(members, eq(members.id, subsystems.memberId))
    .where(where);
  return row?.n ?? 0;
}

/** The current description as uploaded, every `servers` entry pointing at the gateway (the backend never shows). */
export async function gatewayDescription(db: Db, principal: Principal | null, serviceId: string, gatewayUrl: string) {
  const service = await getService(db, principal, serviceId);
  const found = await currentDescription(db, service.id, `${gatewayUrl}/r1/${service.identifier}`);
  if (!found) throw errors.notFound(serviceWhat, serviceId);
  return found;
}

/** The current description of a service with its servers rewritten to `gatewayServiceUrl`, or null. */
export async function currentDescription(db: Db, serviceId: string, gatewayServiceUrl: string) {
  const [row] = await db
    .select({ source: serviceDescriptions.source, format: serviceDescriptions.format })
    .from(serviceDescriptions)
    .innerJoin(services, and(eq(services.id, serviceDescriptions.serviceId), eq(services.currentVersion, serviceDescriptions.version)))
    .where(eq(serviceDescriptions.serviceId, serviceId));
  if (!row) return null;
  const parsed = await parseDescription(Buffer.from(row.source, 'utf8'));
  return { document: describeForGateway(parsed.document, gatewayServiceUrl), format: row.format };
}

/** Endpoints still in the current description, by id, of one service: for rights and subscriptions. */
export async function liveEndpoints(db: Executor, serviceId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(endpoints)
    .where(and(eq(endpoints.serviceId, serviceId), inArray(endpoints.id, ids.filter(isUuid)), isNull(endpoints.removedInVersion)));
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw errors.field('endpointIds', `Dịch vụ không có điểm cuối ${missing.join(', ')}.`, `The service has no endpoint ${missing.join(', ')}.`, missing);
  }
  return rows;
}

export { serviceRow };
