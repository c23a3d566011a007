// Where committed monitoring records go besides the database (docs/exchange-protocol.md §7): Prometheus metrics
// per service, and NATS JetStream when NATS_URL is set (stream LGSP_OPMON, for the warehouse and KPI modules).
import client from 'prom-client';
import type { FastifyBaseLogger } from 'fastify';
import type { MonitoringRecord } from '../message-log/record.js';

export function monitoringMetrics(registry: client.Registry) {
  const calls = new client.Counter({
    name: 'lgsp_requests_total',
    help: 'Calls through the LGSP gateway by service, status and X-Road fault',
    labelNames: ['service', 'status', 'fault'] as const,
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'lgsp_request_duration_seconds',
    help: 'Duration of calls through the LGSP gateway, request in to response out, by service',
    labelNames: ['service'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const bytes = new client.Counter({
    name: 'lgsp_body_bytes_total',
    help: 'Body bytes through the LGSP gateway by service and direction',
    labelNames: ['service', 'direction'] as const,
    registers: [registry],
  });
  return (records: readonly MonitoringRecord[]) => {
    for (const r of records) {
      const service = r.serviceCode ? `${r.serviceXRoadInstance}/${r.serviceMemberClass}/${r.serviceMemberCode}/${r.serviceSubsystemCode}/${r.serviceCode}` : 'none';
      calls.inc({ service, status: String(r.statusCode), fault: r.faultCode ?? '' });
      duration.observe({ service }, Math.max(0, r.responseOutTs - r.requestInTs) / 1000);
      if (r.requestSize) bytes.inc({ service, direction: 'request' }, r.requestSize);
      if (r.responseSize) bytes.inc({ service, direction: 'response' }, r.responseSize);
    }
  };
}

export const OPMON_STREAM = 'LGSP_OPMON';

/** One subject token: any character outside A–Z a–z 0–9 - becomes _ and two hex digits, so it reverses (§7). */
export function subjectToken(part: string | null): string {
  let out = '';
  for (const c of part ?? '') {
    if (/[A-Za-z0-9-]/.test(c)) out += c;
    else for (const b of Buffer.from(c, 'utf8')) out += `_${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out || '_';
}

export function opmonSubject(r: MonitoringRecord): string {
  const parts = [r.serviceXRoadInstance, r.serviceMemberClass, r.serviceMemberCode, r.serviceSubsystemCode, r.serviceCode].map(subjectToken);
  return `lgsp.opmon.v1.${parts.join('.')}`;
}

const MAX_PENDING = 100_000;

/**
 * Publishes each committed record to JetStream, never delaying or failing a call: records wait in a bounded queue
 * while NATS is away and are sent when it is back; JetStream drops a repeat by its Nats-Msg-Id (the xRequestId).
 */
export class NatsPublisher {
  private readonly pending: MonitoringRecord[] = [];
  private running: Promise<void> | null = null;
  private closed = false;
  private readonly ready: Promise<{ publish(subject: string, data: string, msgID: string): Promise<unknown>; close(): Promise<void> }>;
  dropped = 0;

  constructor(
    url: string,
    private readonly log: FastifyBaseLogger,
  ) {
    this.ready = (async () => {
      const [{ connect }, { jetstream, jetstreamManager, RetentionPolicy, StorageType }] = await Promise.all([import('@nats-io/transport-node'), import('@nats-io/jetstream')]);
      const nc = await connect({ servers: url, reconnect: true, maxReconnectAttempts: -1, name: 'kientruc-lgsp' });
      const jsm = await jetstreamManager(nc);
      const config = { name: OPMON_STREAM, subjects: ['lgsp.opmon.v1.>'], storage: StorageType.File, retention: RetentionPolicy.Limits, max_age: 7 * 86_400 * 1e9, duplicate_window: 120 * 1e9 };
      try {
        await jsm.streams.info(OPMON_STREAM);
      } catch {
        await jsm.streams.add(config);
      }
      const js = jetstream(nc);
      return {
        publish: (subject: string, data: string, msgID: string) => js.publish(subject, data, { msgID }),
        close: () => nc.drain(),
      };
    })();
    this.ready.catch((err: unknown) => log.error({ err }, 'NATS unavailable: monitoring records are kept in the database only'));
  }

  push(records: readonly MonitoringRecord[]): void {
    if (this.closed) return;
    for (const r of records) {
      if (this.pending.length >= MAX_PENDING) {
        this.pending.shift();
        this.dropped++;
      }
      this.pending.push(r);
    }
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  private async drain(): Promise<void> {
    let connection;
    try {
      connection = await this.ready;
    } catch {
      return;
    }
    while (this.pending.length > 0) {
      const record = this.pending[0]!;
      try {
        await connection.publish(opmonSubject(record), JSON.stringify(record), record.xRequestId);
        this.pending.shift();
      } catch (err) {
        this.log.warn({ err }, 'NATS publish failed; retrying');
        if (this.closed) return;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  /** Sends what is queued (for a few seconds at most), then closes the connection. */
  async close(): Promise<void> {
    const deadline = Date.now() + 5000;
    while (this.running && Date.now() < deadline) await Promise.race([this.running, new Promise((r) => setTimeout(r, 100))]);
    this.closed = true;
    const connection = await this.ready.catch(() => null);
    await connection?.close().catch(() => {});
  }
}
