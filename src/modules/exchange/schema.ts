import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { MemberClass } from './identifiers.js';

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
