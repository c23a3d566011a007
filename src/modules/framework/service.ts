import { and, asc, count, desc, eq, gte, like, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { likePattern } from '../../core/text.js';
import {
  adminUnits,
  agencies,
  components,
  layers,
  principles,
  roadmapGroups,
  roadmapProgress,
  roadmapTasks,
  type AgencyKind,
  type TaskPriority,
  type TaskStatus,
} from './schema.js';
import { frameworkSource } from './seed.js';
import { frameworkPolicy } from './access.js';

export type LayerRow = typeof layers.$inferSelect;
export type ComponentRow = typeof components.$inferSelect;
export type AgencyRow = typeof agencies.$inferSelect;
export type AdminUnitRow = typeof adminUnits.$inferSelect;
export type TaskRow = typeof roadmapTasks.$inferSelect;
export type ProgressRow = typeof roadmapProgress.$inferSelect;

export function presentComponent(c: ComponentRow) {
  return {
    code: c.code,
    layer: c.layerCode,
    scope: c.scope,
    position: c.position,
    group: c.groupVi ? { vi: c.groupVi, en: c.groupEn ?? c.groupVi } : null,
    name: { vi: c.nameVi, en: c.nameEn },
    shortName: c.shortName,
    description: { vi: c.descriptionVi, en: c.descriptionEn },
    clause: c.clause,
    legalBasis: c.legalBasis,
  };
}

/** The four layers, each with its national and provincial components, in the decision's order. */
export async function getFramework(db: Db) {
  const [layerRows, componentRows, principleRows] = await Promise.all([
    db.select().from(layers).orderBy(asc(layers.position)),
    db.select().from(components).orderBy(asc(components.layerCode), asc(components.scope), asc(components.position)),
    db.select().from(principles).orderBy(asc(principles.position)),
  ]);
  return {
    source: frameworkSource,
    layers: layerRows.map((layer) => ({
      code: layer.code,
      position: layer.position,
      name: { vi: layer.nameVi, en: layer.nameEn },
      description: { vi: layer.descriptionVi, en: layer.descriptionEn },
      scopes: (['national', 'provincial'] as const).map((scope) => ({
        scope,
        title:
          scope === 'national'
            ? { vi: layer.nationalTitleVi, en: layer.nationalTitleEn }
            : { vi: layer.provincialTitleVi, en: layer.provincialTitleEn },
        components: componentRows.filter((c) => c.layerCode === layer.code && c.scope === scope).map(presentComponent),
      })),
    })),
    principles: principleRows.map((p) => ({ code: p.code, clause: p.clause, text: { vi: p.textVi, en: p.textEn } })),
  };
}

export async function getComponent(db: Db, code: string) {
  const [row] = await db.select().from(components).where(eq(components.code, code));
  if (!row) throw errors.notFound({ vi: 'thành phần kiến trúc', en: 'framework component' }, code);
  return presentComponent(row);
}

export async function listComponents(db: Db, filter: { layer?: string | undefined; scope?: string | undefined; q?: string | undefined }) {
  const conditions: SQL[] = [];
  if (filter.layer) conditions.push(eq(components.layerCode, filter.layer));
  if (filter.scope) conditions.push(eq(components.scope, filter.scope as ComponentRow['scope']));
  if (filter.q) conditions.push(like(components.searchText, likePattern(filter.q)));
  const rows = await db
    .select()
    .from(components)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(components.layerCode), asc(components.scope), asc(components.position));
  return rows.map(presentComponent);
}

export function presentAgency(a: AgencyRow) {
  return {
    id: a.id,
    kind: a.kind,
    name: { vi: a.nameVi, en: a.nameEn },
    shortName: a.shortName,
    parentId: a.parentId,
    adminUnitCode: a.adminUnitCode,
    namedInDecision: a.namedInDecision,
    clauses: a.clauses,
  };
}

export interface AgencyFilter {
  kind?: AgencyKind | undefined;
  q?: string | undefined;
  namedInDecision?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listAgencies(db: Db, filter: AgencyFilter) {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(agencies.kind, filter.kind));
  if (filter.q) conditions.push(like(agencies.searchText, likePattern(filter.q)));
  if (filter.namedInDecision !== undefined) conditions.push(eq(agencies.namedInDecision, filter.namedInDecision));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(agencies).where(where).orderBy(asc(agencies.position), asc(agencies.id)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(agencies).where(where),
  ]);
  return { items: rows.map(presentAgency), total: total?.n ?? 0 };
}

export async function getAgency(db: Db, id: string) {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  if (!row) throw errors.notFound({ vi: 'cơ quan', en: 'agency' }, id);
  return presentAgency(row);
}

export async function agencyExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, id));
  return row !== undefined;
}

export function presentAdminUnit(u: AdminUnitRow) {
  return {
    code: u.code,
    level: u.level,
    type: { vi: u.type, en: u.typeEn },
    name: { vi: u.name, en: u.nameEn },
    fullName: { vi: u.fullName, en: u.fullNameEn },
    provinceCode: u.provinceCode,
  };
}

export interface AdminUnitFilter {
  province?: string | undefined;
  level?: 'province' | 'commune' | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

export async function listAdminUnits(db: Db, filter: AdminUnitFilter) {
  const conditions: SQL[] = [];
  if (filter.province) conditions.push(eq(adminUnits.provinceCode, filter.province));
  if (filter.level) conditions.push(eq(adminUnits.level, filter.level));
  if (filter.q) conditions.push(like(adminUnits.searchText, likePattern(filter.q)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(adminUnits).where(where).orderBy(asc(adminUnits.code)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(adminUnits).where(where),
  ]);
  return { items: rows.map(presentAdminUnit), total: total?.n ?? 0 };
}

export async function getAdminUnit(db: Db, code: string) {
  const [row] = await db.select().from(adminUnits).where(eq(adminUnits.code, code));
  if (!row) throw errors.notFound({ vi: 'đơn vị hành chính', en: 'administrative unit' }, code);
  return presentAdminUnit(row);
}

export async function listRoadmapGroups(db: Db) {
  const rows = await db.select().from(roadmapGroups).orderBy(asc(roadmapGroups.position));
  return rows.map((g) => ({ code: g.code, name: { vi: g.nameVi, en: g.nameEn } }));
}

export function presentTask(t: TaskRow) {
  return {
    code: t.code,
    group: t.groupCode,
    position: t.position,
    title: { vi: t.titleVi, en: t.titleEn },
    lead: t.lead,
    coordinating: t.coordinating,
    period: { from: t.periodFrom, to: t.periodTo },
    priority: t.priority,
    priorityText: t.priorityText,
    status: t.status,
    statusUpdatedAt: t.statusUpdatedAt?.toISOString() ?? null,
  };
}

export function presentProgress(p: ProgressRow) {
  return {
    id: p.id,
    taskCode: p.taskCode,
    status: p.status,
    note: p.note,
    reportedOn: p.reportedOn,
    authorId: p.authorId,
    authorLabel: p.authorLabel,
    createdAt: p.createdAt.toISOString(),
  };
}

export interface TaskFilter {
  group?: string | undefined;
  /** An agency id among the task's lead units. */
  lead?: string | undefined;
  /** A group of units among the lead units: departments, communes, ministries. */
  leadGroup?: string | undefined;
  status?: TaskStatus | undefined;
  priority?: TaskPriority | undefined;
  /** A year the task's period covers. */
  year?: number | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

export async function listRoadmapTasks(db: Db, filter: TaskFilter) {
  const conditions: SQL[] = [];
  if (filter.group) conditions.push(eq(roadmapTasks.groupCode, filter.group));
  if (filter.lead) conditions.push(sql`${roadmapTasks.lead} -> 'agencies' @> ${JSON.stringify([filter.lead])}::jsonb`);
  if (filter.leadGroup) conditions.push(sql`${roadmapTasks.lead} -> 'groups' @> ${JSON.stringify([filter.leadGroup])}::jsonb`);
  if (filter.status) conditions.push(eq(roadmapTasks.status, filter.status));
  if (filter.priority) conditions.push(eq(roadmapTasks.priority, filter.priority));
  if (filter.year) conditions.push(lte(roadmapTasks.periodFrom, filter.year), gte(roadmapTasks.periodTo, filter.year));
  if (filter.q) conditions.push(like(roadmapTasks.searchText, likePattern(filter.q)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(roadmapTasks)
      .innerJoin(roadmapGroups, eq(roadmapGroups.code, roadmapTasks.groupCode))
      .where(where)
      .orderBy(asc(roadmapGroups.position), asc(roadmapTasks.position))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(roadmapTasks).where(where),
  ]);
  return { items: rows.map((r) => presentTask(r.roadmap_tasks)), total: total?.n ?? 0 };
}

async function findTask(db: Db, code: string): Promise<TaskRow> {
  const [row] = await db.select().from(roadmapTasks).where(eq(roadmapTasks.code, code));
  if (!row) throw errors.notFound({ vi: 'nhiệm vụ', en: 'roadmap task' }, code);
  return row;
}

export async function getRoadmapTask(db: Db, code: string) {
  const task = await findTask(db, code);
  const progress = await db
    .select()
    .from(roadmapProgress)
    .where(eq(roadmapProgress.taskCode, code))
    .orderBy(desc(roadmapProgress.createdAt));
  return { ...presentTask(task), progress: progress.map(presentProgress) };
}

/** Which unit groups an agency kind belongs to, for tasks led by "Các sở, ban, ngành" or "UBND cấp xã". */
const groupsOfKind: Partial<Record<AgencyKind, string[]>> = {
  department: ['departments'],
  'people-committee-office': ['departments'],
  police: ['departments'],
  inspectorate: ['departments'],
  commune: ['communes'],
};

/** Reviewers and administrators report on any task; an officer on the tasks their agency leads. */
export async function canReportProgress(db: Db, principal: Principal, task: TaskRow): Promise<boolean> {
  const scope = frameworkPolicy.rights['roadmap.progress.report'].scope(principal);
  if (scope === 'all') return true;
  if (scope === 'none' || !principal.agencyId) return false;
  if (task.lead.agencies.includes(principal.agencyId)) return true;
  const [agency] = await db.select({ kind: agencies.kind }).from(agencies).where(eq(agencies.id, principal.agencyId));
  const groups = agency ? (groupsOfKind[agency.kind] ?? []) : [];
  return groups.some((g) => task.lead.groups.includes(g));
}

/** Today's date where the users are (UTC+7), so a report dated today is accepted at any hour. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface ProgressInput {
  status: TaskStatus;
  note: string;
  reportedOn: string;
}

export async function reportProgress(db: Db, principal: Principal, actor: Actor, code: string, input: ProgressInput) {
  const task = await findTask(db, code);
  if (!(await canReportProgress(db, principal, task))) {
    const { denied } = frameworkPolicy.rights['roadmap.progress.report'];
    throw errors.forbidden(denied.vi, denied.en);
  }
  if (input.reportedOn > todayInVietnam()) {
    throw new AppError(400, 'DATE_IN_FUTURE', 'Ngày báo cáo không được ở tương lai.', 'The report date cannot be in the future.', {
      field: 'reportedOn',
    });
  }
  return db.transaction(async (tx) => {
    const [entry] = await tx
      .insert(roadmapProgress)
      .values({ taskCode: code, status: input.status, note: input.note.trim(), reportedOn: input.reportedOn, authorId: principal.userId, authorLabel: principal.name })
      .returning();
    if (!entry) throw new Error('insert returned no row');
    const [updated] = await tx
      .update(roadmapTasks)
      .set({ status: input.status, statusUpdatedAt: new Date() })
      .where(eq(roadmapTasks.code, code))
      .returning();
    await recordAudit(tx, actor, {
      action: 'report_progress',
      entity: 'roadmap_task',
      entityId: code,
      before: { status: task.status },
      after: { status: input.status, note: entry.note, reportedOn: entry.reportedOn },
    });
    return { task: presentTask(updated ?? task), entry: presentProgress(entry) };
  });
}
