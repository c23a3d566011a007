// Group commit of the message log and the monitoring records (docs/exchange-protocol.md §6.6): records queued while
// a flush runs go together in the next one; each flush is one statement that moves the head from where the batch
// was chained, inserting the records, their batch's seal (Merkle root signed with the platform key) and the
// monitoring records. A call's answer is finished only after its
// flush committed, so no answer a client saw is missing from the log, whatever kills the process.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Executor } from '../../../core/db.js';
import { canonicalJson } from '../../../core/audit.js';
import { signText, type SigningKey } from '../../../core/signing.js';
import { INSTANCE } from '../identifiers.js';
import { logHead, signingKeys } from '../schema.js';
import { leafHash, merkleRoot } from './merkle.js';
import { recordHash, type LogFields, type MonitoringRecord } from './record.js';

export type UnsequencedFields = Omit<LogFields, 'seq'>;

export interface MonitoringEntry {
  serviceId: string | null;
  record: MonitoringRecord;
}

export interface LogEntry {
  fields: UnsequencedFields;
  serviceId: string | null;
}

export interface Seal {
  v: 1;
  instance: string;
  batch: number;
  firstSeq: number;
  lastSeq: number;
  count: number;
  root: string;
  lastHash: string;
  prevSeal: string;
  sealedAt: string;
  keyId: string;
}

interface Chained {
  rows: Record<string, unknown>[];
  seqs: (number | null)[];
  seal: Seal;
  text: string;
  signature: string;
  digest: string;
  monitoringRows: string;
}

interface Pending {
  log: LogEntry | null;
  monitoring: MonitoringEntry;
  resolve: (seq: number | null) => void;
  reject: (err: unknown) => void;
}

const MAX_BATCH = 500;
/**
 * One flush at a time per process. A second one chained to the first's end would not wait for it: an UPDATE checks
 * its WHERE against its snapshot, where the head has not moved yet, so it would find nothing and retry.
 */
const MAX_IN_FLIGHT = 1;

const monitoringColumns = sql.raw('x_request_id, service_id, endpoint, client, request_in_at, duration_ms, status_code, succeeded, fault_code, record');
const monitoringSelect = sql.raw('m.x_request_id, m.service_id, m.endpoint, m.client, m.request_in_at, m.duration_ms, m.status_code, m.succeeded, m.fault_code, m.record');
const monitoringTypes = sql.raw('x_request_id uuid, service_id uuid, endpoint text, client text, request_in_at timestamptz, duration_ms integer, status_code integer, succeeded boolean, fault_code text, record jsonb');

function monitoringRow(m: MonitoringEntry) {
  const r = m.record;
  return {
    x_request_id: r.xRequestId,
    service_id: m.serviceId,
    endpoint: r.lgspEndpoint,
    client: r.clientXRoadInstance ? `${r.clientXRoadInstance}/${r.clientMemberClass}/${r.clientMemberCode}/${r.clientSubsystemCode}` : null,
    request_in_at: new Date(r.requestInTs).toISOString(),
    duration_ms: Math.max(0, r.responseOutTs - r.requestInTs),
    status_code: r.statusCode,
    succeeded: r.succeeded,
    fault_code: r.faultCode,
    record: r,
  };
}

function monitoringRowsOf(batch: readonly Pending[]): string {
  return JSON.stringify(batch.map(({ monitoring: m }) => monitoringRow(m)));
}

export function sealDigest(sealText: string): string {
  return createHash('sha256').update(sealText).digest('hex');
}

export class LogCommitter {
  private queue: Pending[] = [];
  private sealFileWrites: Promise<void> = Promise.resolve();
  private keyRecorded = false;
  /** Called with each committed batch's monitoring records (NATS publishing, metrics). */
  onCommitted: ((records: MonitoringRecord[]) => void) | null = null;

  constructor(
    private readonly db: Db,
    private readonly key: SigningKey,
    private readonly sealFile: string | undefined,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** Queues a call's records; resolves with its log seq (null without a log record) once committed. */
  commit(monitoringEntry: MonitoringEntry, log: LogEntry | null): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ log, monitoring: monitoringEntry, resolve, reject });
      // After the I/O callbacks of this turn, not within them: every call that completed in the same turn joins the
      // flush (an embedded database answers without yielding, so a flush started at once would take one record).
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  private scheduled = false;
  private inFlight = 0;
  private idle: (() => void)[] = [];

  /** Starts flushes while records wait, up to MAX_IN_FLIGHT at once. */
  private pump(): void {
    while (this.queue.length > 0 && this.inFlight < MAX_IN_FLIGHT) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight++;
      this.flush(batch)
        .then(
          (seqs) => batch.forEach((p, i) => p.resolve(seqs[i] ?? null)),
          (err: unknown) => {
            this.onError(err);
            for (const p of batch) p.reject(err);
          },
        )
        .finally(() => {
          this.inFlight--;
          if (this.queue.length > 0) this.pump();
          else if (this.inFlight === 0) for (const done of this.idle.splice(0)) done();
        });
    }
  }

  private async flush(batch: Pending[]): Promise<(number | null)[]> {
    if (!this.keyRecorded) {
      await this.db
        .insert(signingKeys)
        .values({ keyId: this.key.keyId, publicKeyPem: this.key.publicKey.export({ type: 'spki', format: 'pem' }).toString() })
        .onConflictDoNothing();
      this.keyRecorded = true;
    }
    if (!batch.some((p) => p.log !== null)) {
      const monitoringRows = monitoringRowsOf(batch);
      await this.db.execute(sql`insert into exchange_monitoring (${monitoringColumns}) select ${monitoringSelect} from jsonb_to_recordset(${monitoringRows}::jsonb) as m(${monitoringTypes})`);
      this.onCommitted?.(batch.map((p) => p.monitoring.record));
      return batch.map(() => null);
    }
    // One statement, committed on its own: it moves the head only from the state this batch was chained to. The
    // head this process wrote last is usually still the head; when another process appended meanwhile, the
    // statement inserts nothing, and the batch is chained again under the head row's lock.
    if (this.head) {
      const chained = this.chain(batch, this.head);
      const [row] = await this.append(this.db, this.appendStatement(chained, this.head));
      if (row?.moved === 1) return this.committed(batch, chained);
    }
    const chained = await this.db.transaction(async (tx) => {
      const [head] = await tx.select().from(logHead).where(eq(logHead.id, true)).for('update');
      if (!head) throw new Error('the message log has no head row (migration 0011)');
      const next = this.chain(batch, head);
      const [row] = await this.append(tx, this.appendStatement(next, head));
      if (row?.moved !== 1) throw new Error('the message log head moved while locked');
      return next;
    });
    return this.committed(batch, chained);
  }

  private committed(batch: Pending[], chained: Chained): (number | null)[] {
    this.head = { seq: chained.seal.lastSeq, hash: chained.seal.lastHash, batch: chained.seal.batch, sealDigest: chained.digest };
    this.appendSeal({ text: chained.text, signature: chained.signature });
    this.onCommitted?.(batch.map((p) => p.monitoring.record));
    return chained.seqs;
  }

  /** Moves the head from `head` to the batch's end and inserts the batch, its seal and its monitoring records. */
  private appendStatement(chained: Chained, head: { seq: number; hash: string }): SQL {
    return sql`with moved as (
          update exchange_log_head set seq = ${chained.seal.lastSeq}, hash = ${chained.seal.lastHash}, batch = ${chained.seal.batch}, seal_digest = ${chained.digest}
          where id = true and seq = ${head.seq} and hash = ${head.hash}
          returning 1
        ), logged as (
          insert into exchange_message_log (seq, x_request_id, x_road_id, client, service, service_id, logged_at, batch, fields, prev_hash, hash)
          select r.seq, r.x_request_id, r.x_road_id, r.client, r.service, r.service_id, r.logged_at, r.batch, r.fields, r.prev_hash, r.hash
          from jsonb_to_recordset(${JSON.stringify(chained.rows)}::jsonb)
            as r(seq bigint, x_request_id uuid, x_road_id text, client text, service text, service_id uuid, logged_at timestamptz, batch bigint, fields jsonb, prev_hash text, hash text)
          where exists (select 1 from moved)
          returning 1
        ), sealed as (
          insert into exchange_log_batches (batch, first_seq, last_seq, root, seal, signature, key_id)
          select ${chained.seal.batch}, ${chained.seal.firstSeq}, ${chained.seal.lastSeq}, ${chained.seal.root}, ${chained.text}, ${chained.signature}, ${this.key.keyId}
          where exists (select 1 from moved)
          returning 1
        ), monitored as (
          insert into exchange_monitoring (${monitoringColumns})
          select ${monitoringSelect} from jsonb_to_recordset(${chained.monitoringRows}::jsonb) as m(${monitoringTypes})
          where exists (select 1 from moved)
          returning 1
        )
        select (select count(*) from moved)::int as moved`;
  }

  private head: { seq: number; hash: string; batch: number; sealDigest: string } | null = null;

  /** Runs an append; on any error the head this process knows is forgotten, so the next flush reads the real one. */
  private async append(executor: Executor, statement: SQL): Promise<{ moved: number }[]> {
    try {
      return await queryRows<{ moved: number }>(executor, statement);
    } catch (err) {
      this.head = null;
      throw err;
    }
  }


  /** The batch's records chained from the head, its Merkle root, and its signed seal. */
  private chain(batch: Pending[], head: { seq: number; hash: string; batch: number; sealDigest: string }): Chained {
    let seq = head.seq;
    let prev = head.hash;
    const batchNo = head.batch + 1;
    const loggedAt = new Date().toISOString();
    const rows: Record<string, unknown>[] = [];
    const leaves: Buffer[] = [];
    const seqs: (number | null)[] = batch.map(() => null);
    for (const [i, p] of batch.entries()) {
      if (!p.log) continue;
      seq++;
      const fields = { ...p.log.fields, seq } as LogFields;
      const hash = recordHash(prev, fields);
      rows.push({ seq, x_request_id: fields.xRequestId, x_road_id: fields.xRoadId, client: fields.client, service: fields.service, service_id: p.log.serviceId, logged_at: loggedAt, batch: batchNo, fields, prev_hash: prev, hash });
      leaves.push(leafHash(hash));
      seqs[i] = seq;
      prev = hash;
    }
    const seal: Seal = {
      v: 1,
      instance: INSTANCE,
      batch: batchNo,
      firstSeq: head.seq + 1,
      lastSeq: seq,
      count: rows.length,
      root: merkleRoot(leaves).toString('hex'),
      lastHash: prev,
      prevSeal: head.sealDigest,
      sealedAt: loggedAt,
      keyId: this.key.keyId,
    };
    const text = canonicalJson(seal);
    return { rows, seqs, seal, text, signature: signText(this.key, text), digest: sealDigest(text), monitoringRows: monitoringRowsOf(batch) };
  }

  /** The copy outside the database (§6.4), in commit order; a failed append is reported, the log itself is committed. */
  private appendSeal(sealed: { text: string; signature: string }): void {
    if (!this.sealFile) return;
    const file = this.sealFile;
    const line = `${JSON.stringify({ seal: JSON.parse(sealed.text) as Seal, signature: sealed.signature })}\n`;
    this.sealFileWrites = this.sealFileWrites
      .then(async () => {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.appendFile(file, line, { mode: 0o600 });
      })
      .catch(this.onError);
  }

  /** Waits for queued records and pending seal-file writes (at shutdown). */
  async close(): Promise<void> {
    if (this.scheduled || this.inFlight > 0 || this.queue.length > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    await this.sealFileWrites;
  }
}
