import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { MemberClass } from './identifiers.js';
import type { LogFields, MonitoringRecord } from './message-log/record.js';

/** A member (thành viên) of the exchange: an agency, under its identifier INSTANCE/CLASS/MEMBER. */
export const members = pgTable(
  'exchange_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instance: text('instance').notNull(),
    memberClass: text('member_class').$type<MemberClass>().notNull(),
    code: text('code').notNull(),
    /** The agency of the framework it is; one member per agency. */
    agencyId: text('agency_id').notNull().unique('exchange_members_agency_unique'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Codes compare exactly, and are unique whatever their case (docs/exchange-protocol.md §2.2).
  (t) => [uniqueIndex('exchange_members_identifier_unique').on(t.instance, t.memberClass, sql`lower(${t.code})`)],
);

/** A subsystem (hệ thống con) of a member: one registered system of the registry, which calls or provides services. */
export const subsystems = pgTable(
  'exchange_subsystems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    code: text('code').notNull(),
    /** The registered system it is (the registry's id); one subsystem per system. */
    systemId: uuid('system_id').notNull().unique('exchange_subsystems_system_unique'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('exchange_subsystems_code_unique').on(t.memberId, sql`lower(${t.code})`), index('exchange_subsystems_member_idx').on(t.memberId)],
);

export const serviceStatuses = ['draft', 'published', 'deprecated', 'retired'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

/** A REST service (dịch vụ) a provider subsystem publishes through the gateway, described by its OpenAPI document. */
export const services = pgTable(
  'exchange_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subsystemId: uuid('subsystem_id')
      .notNull()
      .references(() => subsystems.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    status: text('status').$type<ServiceStatus>().notNull().default('draft'),
    /** A deprecated service answers until then, with Deprecation and Sunset headers; retired after. */
    sunsetAt: timestamp('sunset_at', { withTimezone: true }),
    backendUrl: text('backend_url').notNull(),
    timeoutMs: integer('timeout_ms').notNull(),
    maxRequestBytes: integer('max_request_bytes').notNull(),
    maxResponseBytes: integer('max_response_bytes').notNull(),
    /** Bodies are kept in the message log up to logBodyLimitBytes; beyond, their hash alone. Headers always. */
    logBodies: boolean('log_bodies').notNull(),
    logBodyLimitBytes: integer('log_body_limit_bytes').notNull(),
    retentionDays: integer('retention_days').notNull(),
    /** The description version in force (exchange_service_descriptions.version). */
    currentVersion: integer('current_version').notNull().default(1),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    /** Title and code folded (core/text.ts foldForSearch): the catalogue's search ignores diacritics and case. */
    searchText: text('search_text').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('exchange_services_code_unique').on(t.subsystemId, sql`lower(${t.code})`), index('exchange_services_status_idx').on(t.status)],
);

/** Each upload of a service's OpenAPI description: kept as sent, with the endpoints taken from it. */
export const serviceDescriptions = pgTable(
  'exchange_service_descriptions',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    version: integer('version').notNull(),
    /** info.version of the document (serviceVersion of X-Road's metadata and monitoring). */
    serviceVersion: text('service_version').notNull(),
    openapi: text('openapi').notNull(),
    format: text('format').$type<'json' | 'yaml'>().notNull(),
    source: text('source').notNull(),
    sha256: text('sha256').notNull(),
    endpoints: jsonb('endpoints').$type<{ method: string; path: string; operationId: string | null; summary: string | null }[]>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'exchange_service_descriptions_pk', columns: [t.serviceId, t.version] })],
);

/** The endpoints (method + path template) of a service's current description; a right may name one. */
export const endpoints = pgTable(
  'exchange_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    method: text('method').notNull(),
    path: text('path').notNull(),
    summary: text('summary'),
    /** Set when a newer description no longer has it: its rights stay recorded but match nothing. */
    removedInVersion: integer('removed_in_version'),
  },
  (t) => [uniqueIndex('exchange_endpoints_unique').on(t.serviceId, t.method, t.path)],
);

/** An access-right group (nhóm quyền truy cập): local to the province, or global, received from a federated peer. */
export const groups = pgTable(
  'exchange_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instance: text('instance').notNull(),
    code: text('code').notNull(),
    description: text('description').notNull(),
    global: boolean('global').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('exchange_groups_code_unique').on(t.instance, sql`lower(${t.code})`)],
);

/** Members of a group: a local subsystem, or a remote client identifier for a global group. */
export const groupMembers = pgTable(
  'exchange_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** INSTANCE/CLASS/MEMBER/SUBSYSTEM */
    client: text('client').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'exchange_group_members_pk', columns: [t.groupId, t.client] }), index('exchange_group_members_client_idx').on(t.client)],
);

export const subscriptionStatuses = ['requested', 'approved', 'rejected', 'revoked'] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

/** A consumer's request for access (đăng ký sử dụng) and, once approved, the quota its calls are counted against. */
export const subscriptions = pgTable(
  'exchange_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** INSTANCE/CLASS/MEMBER/SUBSYSTEM of the consumer. */
    client: text('client').notNull(),
    clientSubsystemId: uuid('client_subsystem_id').references(() => subsystems.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    /** The endpoints asked for; empty: the whole service. */
    endpointIds: uuid('endpoint_ids').array().notNull().default(sql`'{}'::uuid[]`),
    purpose: text('purpose').notNull(),
    /** Decree 13/2023/NĐ-CP asks the legal basis of a processing of personal data. */
    legalBasis: text('legal_basis').notNull(),
    personalData: boolean('personal_data').notNull().default(false),
    status: text('status').$type<SubscriptionStatus>().notNull().default('requested'),
    quotaPerMinute: integer('quota_per_minute').notNull(),
    quotaPerDay: integer('quota_per_day').notNull(),
    maxRequestBytes: integer('max_request_bytes').notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [index('exchange_subscriptions_service_idx').on(t.serviceId, t.status), index('exchange_subscriptions_client_idx').on(t.client)],
);

/**
 * A right to call a service (quyền truy cập), for the whole of it (endpointId null) or one endpoint, held by a client
 * subsystem or by a group. Rights granted by approving a subscription name it, and its quota applies.
 */
export const accessRights = pgTable(
  'exchange_access_rights',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    endpointId: uuid('endpoint_id').references(() => endpoints.id),
    /** INSTANCE/CLASS/MEMBER/SUBSYSTEM, or null for a group's right. */
    client: text('client'),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    subscriptionId: uuid('subscription_id').references(() => subscriptions.id),
    grantedBy: text('granted_by').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('exchange_access_rights_one_holder', sql`(${t.client} is null) <> (${t.groupId} is null)`),
    uniqueIndex('exchange_access_rights_unique').on(
      t.serviceId,
      sql`coalesce(${t.endpointId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`coalesce(${t.client}, '')`,
      sql`coalesce(${t.groupId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
  ],
);

export const credentialTypes = ['api_key', 'oauth_client'] as const;
export type CredentialType = (typeof credentialTypes)[number];

/**
 * A client credential of a subsystem: an API key, or an OAuth 2.0 client (its secret exchanged for short-lived
 * tokens). Only the SHA-256 of the secret is kept: 256 random bits need no slow password hash.
 */
export const credentials = pgTable(
  'exchange_credentials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subsystemId: uuid('subsystem_id')
      .notNull()
      .references(() => subsystems.id),
    type: text('type').$type<CredentialType>().notNull(),
    /** Public part of the key, finds it without a scan. */
    keyId: text('key_id').notNull().unique('exchange_credentials_key_id_unique'),
    secretSha256: text('secret_sha256').notNull(),
    label: text('label').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('exchange_credentials_subsystem_idx').on(t.subsystemId)],
);

/**
 * One row whose stamp changes at commit of any transaction that writes the exchange's configuration (deferred
 * triggers, migration 0011): gateways reload their directory of rights and services when it moved.
 */
export const configStamp = pgTable('exchange_config_stamp', {
  id: boolean('id').primaryKey().default(true),
  stamp: uuid('stamp').notNull().defaultRandom(),
});

/**
 * The message log (nhật ký thông điệp), append-only: one record per authenticated call, hash-chained and sealed in
 * batches whose Merkle root is signed (docs/exchange-protocol.md §6).
 */
export const messageLog = pgTable(
  'exchange_message_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    xRequestId: uuid('x_request_id').notNull().unique('exchange_message_log_request_unique'),
    xRoadId: text('x_road_id').notNull(),
    client: text('client').notNull(),
    service: text('service').notNull(),
    serviceId: uuid('service_id'),
    loggedAt: timestamp('logged_at', { withTimezone: true }).notNull(),
    batch: bigint('batch', { mode: 'number' }).notNull(),
    /** The hashed fields; null once pruned by retention (after export to a signed archive). */
    fields: jsonb('fields').$type<LogFields>(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('exchange_message_log_x_road_id_idx').on(t.xRoadId),
    index('exchange_message_log_service_idx').on(t.serviceId, t.loggedAt),
    index('exchange_message_log_client_idx').on(t.client, t.loggedAt),
    index('exchange_message_log_batch_idx').on(t.batch),
  ],
);

/** A sealed batch of the message log: its Merkle root and the signed seal. */
export const logBatches = pgTable('exchange_log_batches', {
  batch: bigint('batch', { mode: 'number' }).primaryKey(),
  firstSeq: bigint('first_seq', { mode: 'number' }).notNull(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  root: text('root').notNull(),
  /** The canonical JSON text that was signed. */
  seal: text('seal').notNull(),
  signature: text('signature').notNull(),
  keyId: text('key_id').notNull(),
});

/** The head of the log: the last seq, hash, batch and seal digest; locked by each flush. */
export const logHead = pgTable('exchange_log_head', {
  id: boolean('id').primaryKey().default(true),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  batch: bigint('batch', { mode: 'number' }).notNull(),
  sealDigest: text('seal_digest').notNull(),
});

/** Public keys that signed seals or tokens, kept after rotation so old seals verify. */
export const signingKeys = pgTable('exchange_signing_keys', {
  keyId: text('key_id').primaryKey(),
  publicKeyPem: text('public_key_pem').notNull(),
  activeFrom: timestamp('active_from', { withTimezone: true }).notNull().defaultNow(),
  activeTo: timestamp('active_to', { withTimezone: true }),
});

/** Operational monitoring (giám sát vận hành): one record per call, failures too, with PR-OPMON's fields. */
export const monitoring = pgTable(
  'exchange_monitoring',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    xRequestId: uuid('x_request_id').notNull(),
    serviceId: uuid('service_id'),
    endpoint: text('endpoint'),
    client: text('client'),
    requestInAt: timestamp('request_in_at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    statusCode: integer('status_code').notNull(),
    succeeded: boolean('succeeded').notNull(),
    faultCode: text('fault_code'),
    record: jsonb('record').$type<MonitoringRecord>().notNull(),
  },
  (t) => [index('exchange_monitoring_service_idx').on(t.serviceId, t.requestInAt), index('exchange_monitoring_at_idx').on(t.requestInAt), index('exchange_monitoring_client_idx').on(t.client, t.requestInAt)],
);
