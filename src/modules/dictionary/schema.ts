import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { GovernanceStatus, Problem, ValidationSummary } from './model.js';

export const objectKinds = ['element', 'entity', 'code_list'] as const;
export type ObjectKind = (typeof objectKinds)[number];

/**
 * Elements, entities and code lists share one governance (status, major.minor version, change log),
 * so they share one table; `spec` holds the working copy, `approved_spec` what validation uses.
 */
export const dictionaryObjects = pgTable(
  'dictionary_objects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ObjectKind>().notNull(),
    code: text('code').notNull(),
    status: text('status').$type<GovernanceStatus>().notNull().default('draft'),
    version: text('version').notNull(),
    approvedVersion: text('approved_version'),
    /** Counts every save and governance step: the ETag a change must name (If-Match) so it cannot overwrite a newer one. */
    revision: integer('revision').notNull().default(1),
    replacedBy: text('replaced_by'),
    spec: jsonb('spec').$type<Record<string, unknown>>().notNull(),
    approvedSpec: jsonb('approved_spec').$type<Record<string, unknown>>(),
    ownerAgencyId: text('owner_agency_id').notNull(),
    nameVi: text('name_vi').notNull(),
    searchText: text('search_text').notNull(),
    /** What the public searches: the approved version's text, not a draft's. */
    approvedSearchText: text('approved_search_text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('dictionary_objects_kind_code').on(t.kind, t.code), index('dictionary_objects_status_idx').on(t.kind, t.status)],
);

/** Items of a code list: reference data with validity dates, and a parent for hierarchies. */
export const codeItems = pgTable(
  'dictionary_code_items',
  {
    listId: uuid('list_id')
      .notNull()
      .references(() => dictionaryObjects.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    parent: text('parent'),
    level: integer('level').notNull().default(1),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    searchText: text('search_text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.code] }), index('dictionary_code_items_parent_idx').on(t.listId, t.parent)],
);

/** Field-level change log: one row per changed field per save, plus one per governance step. */
export const dictionaryChanges = pgTable(
  'dictionary_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    objectId: uuid('object_id').notNull(),
    kind: text('kind').$type<ObjectKind>().notNull(),
    code: text('code').notNull(),
    action: text('action').notNull(),
    version: text('version').notNull(),
    field: text('field'),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    comment: text('comment'),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dictionary_changes_object_idx').on(t.objectId, t.id)],
);

/** Every approved version, kept for schema exports of older versions and comparison. */
export const dictionaryVersions = pgTable(
  'dictionary_versions',
  {
    objectId: uuid('object_id')
      .notNull()
      .references(() => dictionaryObjects.id, { onDelete: 'cascade' }),
    version: text('version').notNull(),
    spec: jsonb('spec').$type<Record<string, unknown>>().notNull(),
    approvedBy: text('approved_by').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.objectId, t.version] })],
);

/** One validation of a file or records against an entity, with its findings kept for download. */
export const validationRuns = pgTable(
  'dictionary_validation_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityCode: text('entity_code').notNull(),
    entityVersion: text('entity_version').notNull(),
    source: text('source').$type<'json' | 'csv' | 'xlsx'>().notNull(),
    fileName: text('file_name'),
    bytes: bigint('bytes', { mode: 'number' }),
    agencyId: text('agency_id'),
    createdBy: uuid('created_by'),
    createdByLabel: text('created_by_label').notNull(),
    rows: integer('rows').notNull(),
    validRows: integer('valid_rows').notNull(),
    invalidRows: integer('invalid_rows').notNull(),
    findingCount: integer('finding_count').notNull(),
    truncated: boolean('truncated').notNull(),
    summary: jsonb('summary').$type<ValidationSummary>().notNull(),
    durationMs: integer('duration_ms').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dictionary_validation_runs_created_idx').on(t.createdAt)],
);

export const validationFindings = pgTable(
  'dictionary_validation_findings',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => validationRuns.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    row: integer('row').notNull(),
    field: text('field').notNull(),
    problem: text('problem').$type<Problem>().notNull(),
    value: text('value'),
    messageVi: text('message_vi').notNull(),
    messageEn: text('message_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] })],
);
