// Group commit of the message log and the monitoring records (docs/exchange-protocol.md §6.6): records queued while
// a flush runs go together in the next one, each flush is one transaction that chains the records, seals them as a
// batch (Merkle root signed with the platform key) and moves the head. A call's answer is finished only after its
// flush committed, so no answer a client saw is missing from the log, whatever kills the process.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../core/db.js';
import { canonicalJson } from '../../../core/audit.js';
import { signText, type SigningKey } from '../../../core/signing.js';
import { INSTANCE } from '../identifiers.js';
import { logBatches, logHead, messageLog, monitoring, signingKeys } from '../schema.js';
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

interface Pending {
  log: LogEntry | null;
  monitoring: MonitoringEntry;
  resolve: (seq: number | null) => void;
  reject: (err: unknown) => void;
}

const MAX_BATCH = 500;

export function sealDigest(sealText: string): string {
  return createHash('sha256').update(sealText).digest('hex');
}

export class LogCommitter {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
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
      this.flushing ??= new Promise<void>((started) => setImmediate(started)).then(() => this.drain());
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          const seqs = await this.flush(batch);
          batch.forEach((p, i) => p.resolve(seqs[i] ?? null));
        } catch (err) {
          this.onError(err);
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.flushing = null;
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
    let sealed: { text: string; signature: string } | null = null;
    const seqs = await this.db.transaction(async (tx) => {
      const logged = batch.filter((p) => p.log !== null);
      const out: (number | null)[] = batch.map(() => null);
      if (logged.length > 0) {
        // The head row is the writers' lock: flushes of several gateway processes take turns on it.
        const [head] = await tx.select().from(logHead).where(eq(logHead.id, true)).for('update');
        if (!head) throw new Error('the message log has no head row (migration 0011)');
        let seq = head.seq;
        let prev = head.hash;
        const batchNo = head.batch + 1;
        const loggedAt = new Date();
        const rows: (typeof messageLog.$inferInsert)[] = [];
        const leaves: Buffer[] = [];
        for (const [i, p] of batch.entries()) {
          if (!p.log) continue;
          seq++;
          const fields = { ...p.log.fields, seq } as LogFields;
          const hash = recordHash(prev, fields);
          rows.push({ seq, xRequestId: fields.xRequestId, xRoadId: fields.xRoadId, client: fields.client, service: fields.service, serviceId: p.log.serviceId, loggedAt, batch: batchNo, fields, prevHash: prev, hash });
          leaves.push(leafHash(hash));
          out[i] = seq;
          prev = hash;
        }
        await tx.insert(messageLog).values(rows);
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
          sealedAt: loggedAt.toISOString(),
          keyId: this.key.keyId,
        };
        const text = canonicalJson(seal);
        const signature = signText(this.key, text);
        await tx.insert(logBatches).values({ batch: batchNo, firstSeq: seal.firstSeq, lastSeq: seal.lastSeq, root: seal.root, seal: text, signature, keyId: this.key.keyId });
        await tx.update(logHead).set({ seq, hash: prev, batch: batchNo, sealDigest: sealDigest(text) }).where(eq(logHead.id, true));
        sealed = { text, signature };
      }
      await tx.insert(monitoring).values(
        batch.map(({ monitoring: m }) => ({
          xRequestId: m.record.xRequestId,
          serviceId: m.serviceId,
          endpoint: m.record.lgspEndpoint,
          client: m.record.clientXRoadInstance ? `${m.record.clientXRoadInstance}/${m.record.clientMemberClass}/${m.record.clientMemberCode}/${m.record.clientSubsystemCode}` : null,
          requestInAt: new Date(m.record.requestInTs),
          durationMs: Math.max(0, m.record.responseOutTs - m.record.requestInTs),
          statusCode: m.record.statusCode,
          succeeded: m.record.succeeded,
          faultCode: m.record.faultCode,
          record: m.record,
        })),
      );
      return out;
    });
    if (sealed) this.appendSeal(sealed);
    this.onCommitted?.(batch.map((p) => p.monitoring.record));
    return seqs;
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
    while (this.flushing) await this.flushing;
    await this.sealFileWrites;
  }
}
