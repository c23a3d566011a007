import { and, count, desc, eq, gte, lt, lte, like, type SQL } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from './db.js';
import { accessLog } from './schema.js';

export type AccessLogEntry = typeof accessLog.$inferInsert;

/**
 * Writes the access log in batches: one insert per request would cost more than most requests.
 * Entries reach the database within `flushMs`, and before any read of the log.
 */
export class AccessLogWriter {
  private buffer: AccessLogEntry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  private lastPurge = 0;

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
    private readonly retentionDays: number,
    private readonly flushMs = 1000,
    private readonly maxBatch = 500,
  ) {}

  add(entry: AccessLogEntry): void {
    this.buffer.push(entry);
    if (this.buffer.length >= this.maxBatch) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.flushMs);
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.buffer;
    this.buffer = [];
    this.flushing = this.flushing.then(async () => {
      if (batch.length === 0) return;
      try {
        await this.db.insert(accessLog).values(batch);
      } catch (err) {
        this.log.error({ err, lost: batch.length }, 'could not write the access log');
      }
      if (this.retentionDays > 0 && Date.now() - this.lastPurge > 3600_000) await this.purge();
    });
    return this.flushing;
  }

  /** Deletes entries past the retention period; runs at most hourly, after a flush. */
  async purge(): Promise<number> {
    this.lastPurge = Date.now();
    if (this.retentionDays <= 0) return 0;
    try {
      const removed = await this.db
        .delete(accessLog)
        .where(lt(accessLog.at, new Date(Date.now() - this.retentionDays * 86_400_000)))
        .returning({ id: accessLog.id });
      return removed.length;
    } catch (err) {
      this.log.error({ err }, 'could not purge the access log');
      return 0;
    }
  }
}

export interface AccessLogFilter {
  userId?: string | undefined;
  method?: string | undefined;
  pathPrefix?: string | undefined;
  status?: number | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  offset: number;
}

export async function queryAccessLog(db: Db, filter: AccessLogFilter) {
  const conditions: SQL[] = [];
  if (filter.userId) conditions.push(eq(accessLog.userId, filter.userId));
  if (filter.method) conditions.push(eq(accessLog.method, filter.method.toUpperCase()));
  if (filter.pathPrefix) conditions.push(like(accessLog.path, `${filter.pathPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filter.status) conditions.push(eq(accessLog.status, filter.status));
  if (filter.from) conditions.push(gte(accessLog.at, filter.from));
  if (filter.to) conditions.push(lte(accessLog.at, filter.to));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db.select().from(accessLog).where(where).orderBy(desc(accessLog.id)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(accessLog).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
