import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ComplianceSummary } from './rules/types.js';
import type { Lifecycle, RegistrationStatus, RelationType, RequestStatus, RequestType, SystemInput, SystemKind } from './model.js';

/** Current state of each registered system; the whole record is in `data`, the columns are for filtering. */
export const systems = pgTable(
  'registry_systems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: text('kind').$type<SystemKind>().notNull(),
    nameVi: text('name_vi').notNull(),
    ownerAgencyId: text('owner_agency_id').notNull(),
    layer: text('layer').notNull(),
    lifecycle: text('lifecycle').$type<Lifecycle>().notNull(),
    status: text('status').$type<RegistrationStatus>().notNull().default('draft'),
    verified: boolean('verified').notNull().default(true),
    /** Codes of the framework components the system implements or uses, for containment filters. */
    componentCodes: jsonb('component_codes').$type<string[]>().notNull(),
    data: jsonb('data').$type<SystemInput>().notNull(),
    version: integer('version').notNull(),
    /** The version the last approval covered; null until one is approved. */
    approvedVersion: integer('approved_version'),
    compliance: jsonb('compliance').$type<ComplianceSummary>(),
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('registry_systems_owner_idx').on(t.ownerAgencyId), index('registry_systems_layer_idx').on(t.layer, t.lifecycle)],
);

/**
 * One row whose stamp changes, at commit, with every transaction that writes registry_systems (a deferred trigger,
 * migration 0009): a count read together with a stamp holds for as long as the stamp does, so list pages cache theirs.
 */
export const systemsStamp = pgTable('registry_systems_stamp', {
  id: boolean('id').primaryKey().default(true),
  stamp: uuid('stamp').notNull().defaultRandom(),
});

/** Every saved state of a system, never updated or deleted. */
export const systemVersions = pgTable(
  'registry_system_versions',
  {
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
    version: integer('version').notNull(),
    data: jsonb('data').$type<SystemInput>().notNull(),
    lifecycle: text('lifecycle').$type<Lifecycle>().notNull(),
    changeNote: text('change_note'),
    authorId: uuid('author_id'),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.systemId, t.version] })],
);

export const systemRelations = pgTable(
  'registry_relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromId: uuid('from_id')
      .notNull()
      .references(() => systems.id),
    toId: uuid('to_id')
      .notNull()
      .references(() => systems.id),
    type: text('type').$type<RelationType>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('registry_relations_unique').on(t.fromId, t.toId, t.type), index('registry_relations_to_idx').on(t.toId)],
);

export const registrationRequests = pgTable(
  'registry_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
    type: text('type').$type<RequestType>().notNull(),
    status: text('status').$type<RequestStatus>().notNull(),
    /** The system version the request asks to approve. */
    version: integer('version').notNull(),
    note: text('note'),
    submittedBy: uuid('submitted_by'),
    submittedByLabel: text('submitted_by_label').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedByLabel: text('decided_by_label'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionComment: text('decision_comment'),
  },
  (t) => [
    index('registry_requests_system_idx').on(t.systemId, t.submittedAt),
    index('registry_requests_status_idx').on(t.status),
    // At most one request awaiting review per system, whatever the timing of simultaneous submits.
    uniqueIndex('registry_requests_one_pending').on(t.systemId).where(sql`status = 'pending'`),
  ],
);

/**
 * An exception to a compliance rule accepted by a reviewer when approving a system that fails it: the rule, why,
 * who accepted it and until when. While it runs, the rule counts as waived, not failed; once expired, it fails again.
 */
export const complianceWaivers = pgTable(
  'registry_waivers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
    ruleId: text('rule_id').notNull(),
    reason: text('reason').notNull(),
    /** The reviewer who accepted the exception. */
    ownerId: uuid('owner_id'),
    ownerLabel: text('owner_label').notNull(),
    /** The last day the exception holds. */
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    /** The approval it was granted with. */
    requestId: uuid('request_id').references(() => registrationRequests.id),
    /** The system version it was granted for. */
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When its expiry was noticed: the system re-evaluated and the expiry audited. */
    expiryRaisedAt: timestamp('expiry_raised_at', { withTimezone: true }),
  },
  (t) => [index('registry_waivers_system_idx').on(t.systemId, t.ruleId), index('registry_waivers_open_expiry_idx').on(t.expiresOn).where(sql`expiry_raised_at is null`)],
);

/**
 * Calls between two registered systems seen at the LGSP gateway (the exchange module reports them): the evidence
 * the LGSP rule (II.2(1)) reads. From the calling system to the providing one.
 */
export const integrationTraffic = pgTable(
  'registry_integration_traffic',
  {
    fromSystemId: uuid('from_system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
    toSystemId: uuid('to_system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<'lgsp'>().notNull(),
    calls: integer('calls').notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'registry_integration_traffic_pk', columns: [t.fromSystemId, t.toSystemId, t.channel] }), index('registry_integration_traffic_to_idx').on(t.toSystemId)],
);
