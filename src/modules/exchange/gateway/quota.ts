// Quotas of subscriptions (docs/exchange-protocol.md §3.3 step 8): requests per minute and per local day
// (Asia/Ho_Chi_Minh, UTC+7 all year), counted at admission in fixed windows. In process here; a counter shared by
// several gateways (Redis) implements the same interface.

export type Admission = { ok: true } | { ok: false; window: 'minute' | 'day'; limit: number; retryAfterSeconds: number };

export interface QuotaCounter {
  admit(key: string, perMinute: number, perDay: number, now?: number): Promise<Admission>;
  close(): Promise<void>;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const VIETNAM_OFFSET = 7 * 3_600_000;

export function windowsAt(now: number) {
  const minute = Math.floor(now / MINUTE);
  const day = Math.floor((now + VIETNAM_OFFSET) / DAY);
  return {
    minute,
    day,
    minuteResetsIn: Math.max(1, Math.ceil(((minute + 1) * MINUTE - now) / 1000)),
    dayResetsIn: Math.max(1, Math.ceil(((day + 1) * DAY - VIETNAM_OFFSET - now) / 1000)),
  };
}

/** The refusal when a window is full; with both full, the later reset (a retry before it would fail again). */
export function refusal(minuteCount: number, dayCount: number, perMinute: number, perDay: number, now: number): Admission {
  const w = windowsAt(now);
  if (dayCount >= perDay) return { ok: false, window: 'day', limit: perDay, retryAfterSeconds: w.dayResetsIn };
  if (minuteCount >= perMinute) return { ok: false, window: 'minute', limit: perMinute, retryAfterSeconds: w.minuteResetsIn };
  return { ok: true };
}

export class InProcessQuota implements QuotaCounter {
  private readonly minutes = new Map<string, { window: number; count: number }>();
  private readonly days = new Map<string, { window: number; count: number }>();

  async admit(key: string, perMinute: number, perDay: number, now = Date.now()): Promise<Admission> {
    const w = windowsAt(now);
    const minute = this.counter(this.minutes, key, w.minute);
    const day = this.counter(this.days, key, w.day);
    const verdict = refusal(minute.count, day.count, perMinute, perDay, now);
    if (verdict.ok) {
      minute.count++;
      day.count++;
    }
    return verdict;
  }

  private counter(map: Map<string, { window: number; count: number }>, key: string, window: number) {
    let entry = map.get(key);
    if (!entry || entry.window !== window) {
      entry = { window, count: 0 };
      map.set(key, entry);
    }
    return entry;
  }

  async close(): Promise<void> {}
}

/**
 * Both windows checked and counted in one Lua script, so gateways sharing a Redis never admit more than the
 * quota between them. KEYS: minute counter, day counter; ARGV: perMinute, perDay, minute TTL, day TTL (ms).
 */
const admitScript = `
local m = tonumber(redis.call('GET', KEYS[1]) or '0')
local d = tonumber(redis.call('GET', KEYS[2]) or '0')
if d >= tonumber(ARGV[2]) or m >= tonumber(ARGV[1]) then return {0, m, d} end
redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return {1, m + 1, d + 1}
`;

interface AdmitClient {
  lgspAdmit(minuteKey: string, dayKey: string, perMinute: number, perDay: number, minuteTtl: number, dayTtl: number): Promise<[number, number, number]>;
  quit(): Promise<unknown>;
}

/** Quotas counted in Redis (REDIS_URL), shared by every gateway; counted in process while Redis cannot be reached. */
export class RedisQuota implements QuotaCounter {
  private readonly fallback = new InProcessQuota();
  private readonly client: Promise<AdmitClient>;

  constructor(
    url: string,
    private readonly onError: (err: unknown) => void,
  ) {
    this.client = import('ioredis').then(({ Redis }) => {
      // A call must not wait for a Redis that is away: no offline queue, one quick retry.
      const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: false });
      redis.on('error', (err: unknown) => this.onError(err));
      redis.defineCommand('lgspAdmit', { numberOfKeys: 2, lua: admitScript });
      return redis as unknown as AdmitClient;
    });
  }

  async admit(key: string, perMinute: number, perDay: number, now = Date.now()): Promise<Admission> {
    const w = windowsAt(now);
    try {
      const client = await this.client;
      const [admitted, minuteCount, dayCount] = await client.lgspAdmit(`lgsp:quota:${key}:m:${w.minute}`, `lgsp:quota:${key}:d:${w.day}`, perMinute, perDay, 61_000, 86_401_000);
      return admitted === 1 ? { ok: true } : refusal(minuteCount, dayCount, perMinute, perDay, now);
    } catch (err) {
      this.onError(err);
      return this.fallback.admit(key, perMinute, perDay, now);
    }
  }

  async close(): Promise<void> {
    const client = await this.client.catch(() => null);
    await client?.quit().catch(() => {});
  }
}
