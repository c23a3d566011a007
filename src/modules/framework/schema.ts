import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const layers = pgTable('framework_layers', {
  code: text('code').primaryKey(),
  position: integer('position').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  nationalTitleVi: text('national_title_vi').notNull(),
  nationalTitleEn: text('national_title_en').notNull(),
  provincialTitleVi: text('provincial_title_vi').notNull(),
  provincialTitleEn: text('provincial_title_en').notNull(),
});

export const componentScopes = ['national', 'provincial'] as const;
export type ComponentScope = (typeof componentScopes)[number];

export const components = pgTable(
  'framework_components',
  {
    code: text('code').primaryKey(),
    layerCode: text('layer_code')
      .notNull()
      .references(() => layers.code),
    scope: text('scope').$type<ComponentScope>().notNull(),
    position: integer('position').notNull(),
    groupVi: text('group_vi'),
    groupEn: text('group_en'),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    shortName: text('short_name'),
    descriptionVi: text('description_vi').notNull(),
    descriptionEn: text('description_en').notNull(),
    clause: text('clause').notNull(),
    legalBasis: jsonb('legal_basis').$type<string[]>().notNull(),
    searchText: text('search_text').notNull(),
  },
  (t) => [index('components_layer_idx').on(t.layerCode, t.scope, t.position)],
);

export const principles = pgTable('framework_principles', {
  code: text('code').primaryKey(),
  position: integer('position').notNull(),
  clause: text('clause').notNull(),
  textVi: text('text_vi').notNull(),
  textEn: text('text_en').notNull(),
});

export const agencyKinds = [
  'province',
  'people-committee-office',
  'department',
  'police',
  'inspectorate',
  'steering-committee',
  'commune',
  'ministry',
  'central-agency',
] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export const agencies = pgTable(
  'agencies',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<AgencyKind>().notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    shortName: text('short_name'),
    parentId: text('parent_id'),
    /** For commune-level People's Committees: the official code of their administrative unit. */
    adminUnitCode: text('admin_unit_code'),
    namedInDecision: boolean('named_in_decision').notNull().default(false),
    clauses: jsonb('clauses').$type<string[]>().notNull(),
    position: integer('position').notNull(),
    searchText: text('search_text').notNull(),
  },
  (t) => [index('agencies_kind_idx').on(t.kind)],
);

export const adminUnits = pgTable(
  'admin_units',
  {
    code: text('code').primaryKey(),
    level: text('level').$type<'province' | 'commune'>().notNull(),
    /** Tỉnh, Thành phố, Xã, Phường, Đặc khu. */
    type: text('type').notNull(),
    typeEn: text('type_en').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    fullName: text('full_name').notNull(),
    fullNameEn: text('full_name_en').notNull(),
    provinceCode: text('province_code'),
    searchText: text('search_text').notNull(),
  },
  (t) => [index('admin_units_province_idx').on(t.provinceCode)],
);

export const roadmapGroups = pgTable('roadmap_groups', {
  code: text('code').primaryKey(),
  position: integer('position').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
});

export const taskStatuses = ['not_started', 'in_progress', 'done', 'delayed', 'suspended'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskPriorities = ['priority', 'annual_plan', 'plan'] as const;
export type TaskPriority = (typeof taskPriorities)[number];

export interface UnitRef {
  text: string;
  agencies: string[];
  groups: string[];
}

export const roadmapTasks = pgTable(
  'roadmap_tasks',
  {
    code: text('code').primaryKey(),
    groupCode: text('group_code')
      .notNull()
      .references(() => roadmapGroups.code),
    position: integer('position').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    lead: jsonb('lead').$type<UnitRef>().notNull(),
    coordinating: jsonb('coordinating').$type<UnitRef>().notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    priority: text('priority').$type<TaskPriority>().notNull(),
    priorityText: text('priority_text').notNull(),
    status: text('status').$type<TaskStatus>().notNull().default('not_started'),
    statusUpdatedAt: timestamp('status_updated_at', { withTimezone: true }),
    searchText: text('search_text').notNull(),
  },
  (t) => [index('roadmap_tasks_group_idx').on(t.groupCode, t.position)],
);

export const roadmapProgress = pgTable(
  'roadmap_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskCode: text('task_code')
      .notNull()
      .references(() => roadmapTasks.code),
    status: text('status').$type<TaskStatus>().notNull(),
    note: text('note').notNull(),
    /** The date the progress refers to, as the reporting officer gives it. */
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    authorId: uuid('author_id'),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roadmap_progress_task_idx').on(t.taskCode, t.createdAt)],
);
