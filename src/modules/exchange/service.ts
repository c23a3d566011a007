// Members and subsystems of the exchange: admitting an agency as a member, adding its registered systems as
// subsystems, reading them with their X-Road identifiers.
import { asc, count, eq } from 'drizzle-orm';
import { mapUniqueViolation, type Db } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { isUuid } from '../../core/auth/service.js';
import * as framework from '../framework/api.js';
import * as registry from '../registry/api.js';
import { exchangePolicy } from './access.js';
import { formatSubsystemId, INSTANCE, isIdentifierPart } from './identifiers.js';
import { members, subsystems } from './schema.js';
import type { MemberInput, SubsystemInput } from './api-schemas.js';

type MemberRow = typeof members.$inferSelect;
type SubsystemRow = typeof subsystems.$inferSelect;

const memberWhat = { vi: 'thành viên', en: 'member' };

function presentMember(row: MemberRow) {
  return {
    id: row.id,
    identifier: `${row.instance}/${row.memberClass}/${row.code}`,
    instance: row.instance,
    memberClass: row.memberClass,
    code: row.code,
    agencyId: row.agencyId,
    createdAt: row.createdAt.toISOString(),
  };
}

function presentSubsystem(member: MemberRow, row: SubsystemRow) {
  return {
    id: row.id,
    identifier: formatSubsystemId({ instance: member.instance, memberClass: member.memberClass, memberCode: member.code, subsystemCode: row.code }),
    code: row.code,
    memberId: row.memberId,
    systemId: row.systemId,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listMembers(db: Db, page: { limit: number; offset: number; agencyId?: string | undefined }) {
  const where = page.agencyId !== undefined ? eq(members.agencyId, page.agencyId) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(members).where(where).orderBy(asc(members.memberClass), asc(members.code)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(members).where(where),
  ]);
  return { items: rows.map(presentMember), total: total?.n ?? 0 };
}

async function memberRow(db: Db, id: string): Promise<MemberRow> {
  const [row] = isUuid(id) ? await db.select().from(members).where(eq(members.id, id)) : [];
  if (!row) throw errors.notFound(memberWhat, id);
  return row;
}

export async function getMember(db: Db, id: string) {
  const row = await memberRow(db, id);
  const rows = await db.select().from(subsystems).where(eq(subsystems.memberId, row.id)).orderBy(asc(subsystems.code));
  return { ...presentMember(row), subsystems: rows.map((s) => presentSubsystem(row, s)) };
}

export async function createMember(db: Db, principal: Principal, actor: Actor, input: MemberInput) {
  exchangePolicy.require(principal, 'exchange.member.manage');
  if (!(await framework.agencyExists(db, input.agencyId))) {
    throw new AppError(400, 'UNKNOWN_AGENCY', `Không có cơ quan "${input.agencyId}".`, `There is no agency "${input.agencyId}".`, [{ field: 'agencyId', value: input.agencyId }]);
  }
  const code = input.code ?? input.agencyId;
  if (!isIdentifierPart(code)) {
    throw errors.field('code', 'Mã thành viên chỉ gồm chữ cái, chữ số và các ký tự \' ( ) + , - . = ?', "A member code holds only letters, digits and ' ( ) + , - . = ?", code);
  }
  const row = await mapUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const [created] = await tx.insert(members).values({ instance: INSTANCE, memberClass: input.memberClass, code, agencyId: input.agencyId }).returning();
        if (!created) throw new Error('insert returned no row');
        await recordAudit(tx, actor, { action: 'create', entity: 'exchange_member', entityId: created.id, after: presentMember(created) });
        return created;
      }),
    (constraint) =>
      constraint === 'exchange_members_agency_unique'
        ? errors.conflict(`Cơ quan "${input.agencyId}" đã là thành viên.`, `Agency "${input.agencyId}" is a member already.`, { field: 'agencyId' })
        : constraint === 'exchange_members_identifier_unique'
          ? errors.conflict(`Mã thành viên "${input.memberClass}/${code}" đã được dùng.`, `Member code "${input.memberClass}/${code}" is taken.`, { field: 'code' })
          : undefined,
  );
  return { ...presentMember(row), subsystems: [] };
}

export async function createSubsystem(db: Db, principal: Principal, actor: Actor, memberId: string, input: SubsystemInput) {
  const member = await memberRow(db, memberId);
  exchangePolicy.require(principal, 'exchange.subsystem.manage', member.agencyId);
  const system = await registry.getSystem(db, input.systemId).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) {
      throw new AppError(400, 'UNKNOWN_SYSTEM', `Không có hệ thống "${input.systemId}".`, `There is no system "${input.systemId}".`, [{ field: 'systemId', value: input.systemId }]);
    }
    throw err;
  });
  if (system.ownerAgencyId !== member.agencyId) {
    throw errors.field('systemId', `Hệ thống ${system.code} thuộc cơ quan khác, không phải của thành viên này.`, `System ${system.code} belongs to another agency than this member.`, input.systemId);
  }
  const row = await mapUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const [created] = await tx.insert(subsystems).values({ memberId: member.id, code: input.code, systemId: system.id }).returning();
        if (!created) throw new Error('insert returned no row');
        await recordAudit(tx, actor, { action: 'create', entity: 'exchange_subsystem', entityId: created.id, after: { ...presentSubsystem(member, created), systemCode: system.code } });
        return created;
      }),
    (constraint) =>
      constraint === 'exchange_subsystems_code_unique'
        ? errors.conflict(`Thành viên đã có hệ thống con "${input.code}".`, `The member has a subsystem "${input.code}" already.`, { field: 'code' })
        : constraint === 'exchange_subsystems_system_unique'
          ? errors.conflict(`Hệ thống ${system.code} đã là một hệ thống con.`, `System ${system.code} is a subsystem already.`, { field: 'systemId' })
          : undefined,
  );
  return presentSubsystem(member, row);
}

const subsystemWhat = { vi: 'hệ thống con', en: 'subsystem' };

export interface SubsystemRecord {
  subsystem: SubsystemRow;
  member: MemberRow;
  /** INSTANCE/CLASS/MEMBER/SUBSYSTEM */
  identifier: string;
}

/** A subsystem with its member and identifier, or 404. */
export async function subsystemRecord(db: Db, id: string): Promise<SubsystemRecord> {
  const [row] = isUuid(id) ? await db.select({ subsystem: subsystems, member: members }).from(subsystems).innerJoin(members, eq(members.id, subsystems.memberId)).where(eq(subsystems.id, id)) : [];
  if (!row) throw errors.notFound(subsystemWhat, id);
  return { ...row, identifier: formatSubsystemId({ instance: row.member.instance, memberClass: row.member.memberClass, memberCode: row.member.code, subsystemCode: row.subsystem.code }) };
}
