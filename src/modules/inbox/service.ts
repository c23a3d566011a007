import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import type { Principal } from '../../core/auth/principal.js';
import { listUsers } from '../../core/auth/service.js';
import * as registry from '../registry/api.js';
import * as dictionary from '../dictionary/api.js';
import { notifications } from './schema.js';
import { dueDate } from './due.js';
import type { Mailer } from './mailer.js';

type Text = { vi: string; en: string };

export const workKinds = ['registry_request_to_decide', 'registry_system_returned', 'registry_waiver_expiring', 'dictionary_object_to_review'] as const;
export type WorkKind = (typeof workKinds)[number];

export interface WorkItem {
  kind: WorkKind;
  title: Text;
  /** The page of the web app where it is done. */
  link: string;
  agencyId: string | null;
  since: string;
  /** When a decision is due (requests to decide); null when no deadline applies. */
  dueAt: string | null;
  overdue: boolean;
}

// An inbox lists at most this many items of each kind; the count says how many there are.
const PER_KIND = 200;

const requestTypeNames: Record<string, Text> = {
  establish: { vi: 'thành lập', en: 'establishment' },
  put_into_use: { vi: 'đưa vào sử dụng', en: 'putting into use' },
  modify: { vi: 'điều chỉnh', en: 'modification' },
  retire: { vi: 'dừng hoạt động', en: 'retirement' },
};
const dictionaryPaths: Record<string, string> = { element: 'elements', entity: 'entities', code_list: 'code-lists' };
const dictionaryKinds = ['element', 'entity', 'code_list'] as const;

/**
 * The caller's work, gathered live from the modules (so it is never stale): requests to decide for reviewers,
 * returned registrations for officers, dictionary objects awaiting review. What the caller may not act on is not listed.
 */
export async function workItems(db: Db, principal: Principal, options: { dueWorkingDays: number; waiverNoticeDays: number; now?: Date }) {
  const now = options.now ?? new Date();
  const items: WorkItem[] = [];
  const totals: Partial<Record<WorkKind, number>> = {};

  if (registry.canDecideRequests(principal)) {
    const pending = await registry.listRequests(db, principal, { status: 'pending', limit: PER_KIND, offset: 0 });
    totals.registry_request_to_decide = pending.total;
    for (const r of pending.items) {
      const due = dueDate(new Date(r.submittedAt), options.dueWorkingDays);
      const type = requestTypeNames[r.type] ?? { vi: r.type, en: r.type };
      const name = r.system?.nameVi ?? r.systemId;
      items.push({
        kind: 'registry_request_to_decide',
        title: { vi: `Thẩm định yêu cầu ${type.vi}: ${name}`, en: `Review the ${type.en} request: ${name}` },
        link: `/registry/${encodeURIComponent(r.system?.code ?? r.systemId)}`,
        agencyId: r.system?.ownerAgencyId ?? null,
        since: r.submittedAt,
        dueAt: due.toISOString(),
        overdue: due < now,
      });
    }
  }

  if (principal.role === 'officer' && principal.agencyId) {
    const returned = await registry.listSystems(db, { status: 'returned', agency: principal.agencyId, limit: PER_KIND, offset: 0 });
    totals.registry_system_returned = returned.total;
    for (const s of returned.items) {
      items.push({
        kind: 'registry_system_returned',
        title: { vi: `Hồ sơ bị trả lại, cần sửa và gửi lại: ${s.name.vi}`, en: `Returned for changes, to fix and resubmit: ${s.name.en ?? s.name.vi}` },
        link: `/registry/${encodeURIComponent(s.code)}`,
        agencyId: s.ownerAgencyId,
        since: s.updatedAt,
        dueAt: null,
        overdue: false,
      });
    }
  }

  // Exceptions to compliance rules that end soon: the owner's officers must fix the system (or ask again) before the
  // finding counts as a failure; reviewers see every agency's.
  const seesAllWaivers = registry.canDecideRequests(principal);
  if (seesAllWaivers || (principal.role === 'officer' && principal.agencyId)) {
    const horizon = new Date(now.getTime() + options.waiverNoticeDays * 86_400_000).toISOString().slice(0, 10);
    const expiring = await registry.listWaivers(db, { state: 'active', expiresBefore: horizon, agency: seesAllWaivers ? undefined : (principal.agencyId ?? undefined), limit: PER_KIND, offset: 0 });
    totals.registry_waiver_expiring = expiring.total;
    for (const w of expiring.items) {
      const lastDay = w.expiresOn.split('-').reverse().join('/');
      items.push({
        kind: 'registry_waiver_expiring',
        title: {
          vi: `Ngoại lệ quy tắc ${w.ruleId} của ${w.system.nameVi} hết hạn ngày ${lastDay}`,
          en: `The exception to rule ${w.ruleId} for ${w.system.nameVi} ends on ${lastDay}`,
        },
        link: `/registry/${encodeURIComponent(w.system.code)}`,
        agencyId: w.system.ownerAgencyId,
        since: w.createdAt,
        // Its last day: after it, the finding counts as a failure again.
        dueAt: `${w.expiresOn}T23:59:59.999Z`,
        overdue: false,
      });
    }
  }

  if (dictionary.canReview(principal)) {
    let total = 0;
    for (const kind of dictionaryKinds) {
      const inReview = await dictionary.listObjects(db, kind, { status: 'in_review', limit: PER_KIND, offset: 0 }, false);
      total += inReview.total;
      for (const o of inReview.items) {
        const due = dueDate(new Date(o.updatedAt), options.dueWorkingDays);
        items.push({
          kind: 'dictionary_object_to_review',
          title: { vi: `Thẩm định ${dictionary.kindNames[kind].vi} ${o.code}: ${o.name.vi}`, en: `Review the ${dictionary.kindNames[kind].en} ${o.code}: ${o.name.en ?? o.name.vi}` },
          link: `/dictionary/${dictionaryPaths[kind]}/${encodeURIComponent(o.code)}`,
          agencyId: o.ownerAgencyId,
          since: o.updatedAt,
          dueAt: due.toISOString(),
          overdue: due < now,
        });
      }
    }
    totals.dictionary_object_to_review = total;
  }

  // Overdue first, then the oldest: what has waited longest is done first.
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.since.localeCompare(b.since));
  const total = Object.values(totals).reduce((sum, n) => sum + (n ?? 0), 0);
  return { items, total, overdue: items.filter((i) => i.overdue).length, byKind: totals };
}

// ---- notifications ----

export interface Notice {
  kind: string;
  title: Text;
  link: string;
}

/** Who hears of what happens to an agency's records: its officers. */
export async function officersOf(db: Db, agencyId: string): Promise<{ id: string; email: string; active: boolean }[]> {
  return (await listUsers(db, { role: 'officer', agencyId, limit: 500, offset: 0 })).items;
}

export async function reviewers(db: Db): Promise<{ id: string; email: string; active: boolean }[]> {
  return (await listUsers(db, { role: 'reviewer', limit: 500, offset: 0 })).items;
}

/** Stores the notice for each recipient and, with SMTP configured, e-mails it; a failed e-mail is recorded, not thrown. */
export async function notify(db: Db, mailer: Mailer | null, publicUrl: string, recipients: { id: string; email: string; active: boolean }[], notice: Notice): Promise<void> {
  const active = recipients.filter((r) => r.active);
  if (active.length === 0) return;
  const rows = await db
    .insert(notifications)
    .values(active.map((r) => ({ userId: r.id, kind: notice.kind, titleVi: notice.title.vi, titleEn: notice.title.en, link: notice.link })))
    .returning({ id: notifications.id, userId: notifications.userId });
  if (!mailer) return;
  for (const row of rows) {
    const recipient = active.find((r) => r.id === row.userId);
    if (!recipient) continue;
    try {
      await mailer({
        to: recipient.email,
        subject: `[Kiến trúc] ${notice.title.vi}`,
        text: `${notice.title.vi}\n${notice.title.en}\n\n${publicUrl}${notice.link}\n\n— Kiến trúc, nền tảng kiến trúc số tỉnh Hưng Yên`,
      });
      await db.update(notifications).set({ emailedAt: new Date() }).where(eq(notifications.id, row.id));
    } catch (err) {
      await db.update(notifications).set({ emailError: String((err as Error).message ?? err).slice(0, 500) }).where(eq(notifications.id, row.id));
    }
  }
}

export async function listNotifications(db: Db, userId: string, filter: { unread?: boolean | undefined; limit: number; offset: number }) {
  const where = and(eq(notifications.userId, userId), filter.unread ? isNull(notifications.readAt) : undefined);
  const [rows, [total], [unread]] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt)).limit(filter.limit).offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where),
    db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: { vi: r.titleVi, en: r.titleEn },
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
      emailed: r.emailedAt !== null,
    })),
    total: total?.n ?? 0,
    unread: unread?.n ?? 0,
  };
}

/** Marks the caller's own notices read (others' ids are ignored, not an error: nothing of theirs is revealed). */
export async function markRead(db: Db, userId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const updated = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return updated.length;
}
