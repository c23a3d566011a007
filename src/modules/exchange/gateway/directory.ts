// The gateway's view of the exchange's configuration — clients, credentials, services, endpoints, rights, groups,
// quotas — read from the database as one snapshot and kept in memory. A gateway keeps no state of its own: it
// re-reads the snapshot when the configuration stamp moved (checked at most every `maxStalenessMs`), and at once
// after a change made in its own process.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../core/db.js';
import { formatSubsystemId } from '../identifiers.js';
import { compileEndpointMatcher } from '../openapi-description.js';
import { accessRights, configStamp, credentials, signingKeys, endpoints, groupMembers, members, serviceDescriptions, services, subscriptions, subsystems, type CredentialType, type ServiceStatus } from '../schema.js';

export interface DirectoryClient {
  subsystemId: string;
  /** The registered system it is. */
  systemId: string;
  identifier: string;
  agencyId: string;
  name: string;
}

export interface DirectoryCredential {
  id: string;
  type: CredentialType;
  client: string;
  secretSha256: string;
  expiresAt: number | null;
  revoked: boolean;
}

export interface DirectoryRight {
  /** null: the whole service. */
  endpoint: { method: string; path: string } | null;
  quota: { subscriptionId: string; perMinute: number; perDay: number; maxRequestBytes: number } | null;
}

export interface DirectoryService {
  id: string;
  identifier: string;
  code: string;
  title: string;
  provider: DirectoryClient;
  status: ServiceStatus;
  sunsetAt: number | null;
  serviceVersion: string | null;
  backendUrl: string;
  timeoutMs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  logBodies: boolean;
  logBodyLimitBytes: number;
  endpoints: { method: string; path: string }[];
  match: (method: string, segments: readonly string[]) => { method: string; path: string } | null;
  /** Rights by holder: a client identifier, or `group:{id}`. */
  rights: Map<string, DirectoryRight[]>;
}

export interface DirectorySnapshot {
  stamp: string;
  clients: Map<string, DirectoryClient>;
  credentialsByKeyId: Map<string, DirectoryCredential>;
  services: Map<string, DirectoryService>;
  /** The groups each client is in, as `group:{id}` keys. */
  groupsOf: Map<string, string[]>;
  /** Public keys of the platform, earlier rotations included: tokens they signed verify until they expire. */
  publicKeys: Map<string, KeyObject>;
}

export async function readStamp(db: Db): Promise<string> {
  const [row] = await db.select({ stamp: configStamp.stamp }).from(configStamp).limit(1);
  return row?.stamp ?? 'none';
}

export async function loadSnapshot(db: Db): Promise<DirectorySnapshot> {
  // The stamp is read first: a change committed while the rest is read moves it again, and the next check reloads.
  const stamp = await readStamp(db);
  const [subsystemRows, credentialRows, serviceRows, endpointRows, rightRows, groupRows, keyRows] = await Promise.all([
    db.select({ subsystem: subsystems, member: members }).from(subsystems).innerJoin(members, eq(members.id, subsystems.memberId)),
    db.select().from(credentials).where(isNull(credentials.revokedAt)),
    db
      .select({ service: services, serviceVersion: serviceDescriptions.serviceVersion })
      .from(services)
      .leftJoin(serviceDescriptions, and(eq(serviceDescriptions.serviceId, services.id), eq(serviceDescriptions.version, services.currentVersion))),
    db.select().from(endpoints).where(isNull(endpoints.removedInVersion)),
    db.select({ right: accessRights, subscription: subscriptions }).from(accessRights).leftJoin(subscriptions, eq(subscriptions.id, accessRights.subscriptionId)),
    db.select().from(groupMembers),
    db.select().from(signingKeys),
  ]);

  const clients = new Map<string, DirectoryClient>();
  const clientBySubsystem = new Map<string, DirectoryClient>();
  for (const { subsystem, member } of subsystemRows) {
    const identifier = formatSubsystemId({ instance: member.instance, memberClass: member.memberClass, memberCode: member.code, subsystemCode: subsystem.code });
    const client = { subsystemId: subsystem.id, systemId: subsystem.systemId, identifier, agencyId: member.agencyId, name: subsystem.code };
    clients.set(identifier, client);
    clientBySubsystem.set(subsystem.id, client);
  }

  const credentialsByKeyId = new Map<string, DirectoryCredential>();
  for (const c of credentialRows) {
    const client = clientBySubsystem.get(c.subsystemId);
    if (!client) continue;
    credentialsByKeyId.set(c.keyId, { id: c.id, type: c.type, client: client.identifier, secretSha256: c.secretSha256, expiresAt: c.expiresAt?.getTime() ?? null, revoked: false });
  }

  const endpointsByService = new Map<string, { id: string; method: string; path: string }[]>();
  const endpointById = new Map<string, { method: string; path: string }>();
  for (const e of endpointRows) {
    const list = endpointsByService.get(e.serviceId) ?? [];
    list.push({ id: e.id, method: e.method, path: e.path });
    endpointsByService.set(e.serviceId, list);
    endpointById.set(e.id, { method: e.method, path: e.path });
  }

  const servicesByIdentifier = new Map<string, DirectoryService>();
  const servicesById = new Map<string, DirectoryService>();
  for (const { service, serviceVersion } of serviceRows) {
    const provider = clientBySubsystem.get(service.subsystemId);
    if (!provider) continue;
    const list = (endpointsByService.get(service.id) ?? []).map(({ method, path }) => ({ method, path }));
    const entry: DirectoryService = {
      id: service.id,
      identifier: `${provider.identifier}/${service.code}`,
      code: service.code,
      title: service.title,
      provider,
      status: service.status,
      sunsetAt: service.sunsetAt?.getTime() ?? null,
      serviceVersion,
      backendUrl: service.backendUrl,
      timeoutMs: service.timeoutMs,
      maxRequestBytes: service.maxRequestBytes,
      maxResponseBytes: service.maxResponseBytes,
      logBodies: service.logBodies,
      logBodyLimitBytes: service.logBodyLimitBytes,
      endpoints: list,
      match: compileEndpointMatcher(list),
      rights: new Map(),
    };
    servicesByIdentifier.set(entry.identifier, entry);
    servicesById.set(entry.id, entry);
  }

  for (const { right, subscription } of rightRows) {
    const service = servicesById.get(right.serviceId);
    if (!service) continue;
    let endpoint: DirectoryRight['endpoint'] = null;
    if (right.endpointId) {
      const found = endpointById.get(right.endpointId);
      // A right on an endpoint the current description dropped matches nothing.
      if (!found) continue;
      endpoint = found;
    }
    if (subscription && subscription.status !== 'approved') continue;
    const holder = right.client ?? `group:${right.groupId}`;
    const list = service.rights.get(holder) ?? [];
    list.push({
      endpoint,
      quota: subscription ? { subscriptionId: subscription.id, perMinute: subscription.quotaPerMinute, perDay: subscription.quotaPerDay, maxRequestBytes: subscription.maxRequestBytes } : null,
    });
    service.rights.set(holder, list);
  }

  const groupsOf = new Map<string, string[]>();
  for (const g of groupRows) {
    const list = groupsOf.get(g.client) ?? [];
    list.push(`group:${g.groupId}`);
    groupsOf.set(g.client, list);
  }

  const publicKeys = new Map(keyRows.map((k) => [k.keyId, createPublicKey(k.publicKeyPem)]));
  return { stamp, clients, credentialsByKeyId, services: servicesByIdentifier, groupsOf, publicKeys };
}

/** The right that lets `client` call `method` on `endpoint` (the matched template, or null when none matched). */
export function findRight(snapshot: DirectorySnapshot, service: DirectoryService, client: string, endpoint: { method: string; path: string } | null): DirectoryRight | null {
  const holders = [client, ...(snapshot.groupsOf.get(client) ?? [])];
  let best: DirectoryRight | null = null;
  for (const holder of holders) {
    for (const right of service.rights.get(holder) ?? []) {
      const covers = right.endpoint === null || (endpoint !== null && right.endpoint.method === endpoint.method && right.endpoint.path === endpoint.path);
      if (!covers) continue;
      // A right with a subscription's quota is preferred, so an approved subscription's limits apply.
      if (right.quota) return right;
      best ??= right;
    }
  }
  return best;
}

/** Keeps the snapshot fresh: a stamp check at most every maxStalenessMs; concurrent callers share one reload. */
export class Directory {
  private snapshot: DirectorySnapshot | null = null;
  private checkedAt = 0;
  private pending: Promise<DirectorySnapshot> | null = null;

  constructor(
    private readonly db: Db,
    private readonly maxStalenessMs: number,
  ) {}

  /** Drops the snapshot: the next call reads the configuration again (after a change made in this process). */
  invalidate(): void {
    this.checkedAt = 0;
    if (this.snapshot) this.snapshot = { ...this.snapshot, stamp: 'invalidated' };
  }

  /** The snapshot in hand, however old, without reading anything (null before the first read). */
  peek(): DirectorySnapshot | null {
    return this.snapshot;
  }

  async current(): Promise<DirectorySnapshot> {
    if (this.snapshot && Date.now() - this.checkedAt < this.maxStalenessMs) return this.snapshot;
    this.pending ??= this.refresh().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async refresh(): Promise<DirectorySnapshot> {
    const stamp = await readStamp(this.db);
    if (!this.snapshot || this.snapshot.stamp !== stamp) this.snapshot = await loadSnapshot(this.db);
    this.checkedAt = Date.now();
    return this.snapshot;
  }
}
