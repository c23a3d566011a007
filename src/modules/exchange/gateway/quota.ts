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
