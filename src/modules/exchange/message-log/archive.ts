// Retention of the message log (docs/exchange-protocol.md §6.8): records older than their service's retention are
// written to a signed archive — each with its inclusion proof and the seals it needs — that verifies offline, and
// only then pruned to their hash, so the chain and the batch roots still verify.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../../core/db.js';
import { canonicalJson } from '../../../core/audit.js';
import { signText, verifyText, type SigningKey } from '../../../core/signing.js';
import { INSTANCE } from '../identifiers.js';
import { logBatches, messageLog, services, signingKeys } from '../schema.js';
import { inclusionProof } from './merkle.js';
import { recordHash, type LogFields } from './record.js';
import { batchLeaves, checkProof, type RecordProof } from './verify.js';

const DEFAULT_RETENTION_DAYS = 365;
const CHUNK = 1000;

interface ArchivedRecord {
  seq: number;
  xRequestId: string;
  xRoadId: string;
  client: string;
  service: string;
  loggedAt: string;
  batch: number;
  fields: LogFields;
  prevHash: string;
  hash: string;
}

/** The records whose service's retention has passed (a record of no known service keeps 365 days). */
async function expiredSeqs(db: Db, now: Date): Promise<number[]> {
  const rows = await db
    .select({ seq: messageLog.seq })
    .from(messageLog)
    .leftJoin(services, eq(services.id, messageLog.serviceId))
    .where(
      and(
        isNotNull(messageLog.fields),
        or(
          and(isNotNull(services.id), lt(messageLog.loggedAt, sql`${now}::timestamptz - make_interval(days => ${services.retentionDays})`)),
          and(isNull(services.id), lt(messageLog.loggedAt, new Date(now.getTime() - DEFAULT_RETENTION_DAYS * 86_400_000))),
        ),
      ),
    )
    .orderBy(asc(messageLog.seq));
  return rows.map((r) => r.seq);
}

export interface ArchiveResult {
  file: string | null;
  records: number;
}

/** Writes the expired records to `dir/lgsp-log-VN-HY-{first}-{last}.jsonl.gz`, then prunes them; nothing to do: null. */
export async function archiveExpired(db: Db, key: SigningKey, dir: string, now = new Date()): Promise<ArchiveResult> {
  const seqs = await expiredSeqs(db, now);
  if (seqs.length === 0) return { file: null, records: 0 };
  const file = path.join(dir, `lgsp-log-${INSTANCE}-${seqs[0]}-${seqs[seqs.length - 1]}.jsonl.gz`);
  await fs.promises.mkdir(dir, { recursive: true });
  const partial = `${file}.partial`;
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(partial, { mode: 0o600 });
  gzip.pipe(out);
  const digest = createHash('sha256');
  const write = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    digest.update(line);
    if (!gzip.write(line)) await new Promise((resolve) => gzip.once('drain', resolve));
  };
  const keys = await db.select().from(signingKeys);
  await write({ format: 'lgsp-log-archive', v: 1, instance: INSTANCE, createdAt: now.toISOString(), keys: keys.map((k) => ({ keyId: k.keyId, publicKeyPem: k.publicKeyPem, activeFrom: k.activeFrom.toISOString(), activeTo: k.activeTo?.toISOString() ?? null })) });
  const batchesNeeded = new Set<number>();
  const leavesOfBatch = new Map<number, { seqs: number[]; leaves: Buffer[] }>();
  for (let i = 0; i < seqs.length; i += CHUNK) {
    const rows = await db.select().from(messageLog).where(inArray(messageLog.seq, seqs.slice(i, i + CHUNK))).orderBy(asc(messageLog.seq));
    for (const row of rows) {
      if (!row.fields) continue;
      let batch = leavesOfBatch.get(row.batch);
      if (!batch) {
        batch = await batchLeaves(db, row.batch);
        leavesOfBatch.set(row.batch, batch);
      }
      const leafIndex = batch.seqs.indexOf(row.seq);
      const record: ArchivedRecord = { seq: row.seq, xRequestId: row.xRequestId, xRoadId: row.xRoadId, client: row.client, service: row.service, loggedAt: row.loggedAt.toISOString(), batch: row.batch, fields: row.fields, prevHash: row.prevHash, hash: row.hash };
      await write({ record, proof: { batch: row.batch, leafIndex, treeSize: batch.leaves.length, auditPath: inclusionProof(batch.leaves, leafIndex).map((b) => b.toString('hex')) } });
      batchesNeeded.add(row.batch);
    }
    // Batches of earlier chunks are no longer needed in memory once written: keep only the last one.
    for (const b of [...leavesOfBatch.keys()]) if (b < (rows[rows.length - 1]?.batch ?? 0)) leavesOfBatch.delete(b);
  }
  const sealRows = await db.select().from(logBatches).where(inArray(logBatches.batch, [...batchesNeeded]));
  for (const s of sealRows) await write({ seal: { batch: s.batch, text: s.seal, signature: s.signature, keyId: s.keyId } });
  const trailer = { count: seqs.length, sha256: digest.digest('hex'), keyId: key.keyId };
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  gzip.end(`${JSON.stringify({ trailer: { ...trailer, signature: signText(key, canonicalJson(trailer)) } })}\n`);
  await closed;
  // The archive is complete on disk before a single record loses its content.
  const handle = await fs.promises.open(partial, 'r');
  await handle.sync();
  await handle.close();
  await fs.promises.rename(partial, file);
  for (let i = 0; i < seqs.length; i += CHUNK) {
    await db.update(messageLog).set({ fields: null }).where(inArray(messageLog.seq, seqs.slice(i, i + CHUNK)));
  }
  return { file, records: seqs.length };
}

interface ArchiveHeader {
  format?: string;
  keys?: { keyId: string; publicKeyPem: string }[];
}

interface ArchiveTrailer {
  count: number;
  sha256: string;
  keyId: string;
  signature: string;
}

export interface ArchiveVerification {
  ok: boolean;
  records: number;
  problems: string[];
  /** Keys taken from the archive itself rather than given: they prove integrity, not origin. */
  selfAssertedKeys: string[];
}

/** Verifies an archive offline: its trailer signature and digest, each record's hash, each proof against a signed seal. */
export async function verifyArchive(file: string, trusted: ReadonlyMap<string, KeyObject>): Promise<ArchiveVerification> {
  const problems: string[] = [];
  const digest = createHash('sha256');
  const records: { record: ArchivedRecord; proof: { batch: number; leafIndex: number; treeSize: number; auditPath: string[] } }[] = [];
  const seals = new Map<number, { text: string; signature: string; keyId: string }>();
  let header: ArchiveHeader | null = null;
  let trailer: ArchiveTrailer | null = null;
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line) continue;
      const value = JSON.parse(line) as Record<string, unknown>;
      if (value.trailer) {
        trailer = value.trailer as ArchiveTrailer;
        continue;
      }
      if (trailer) problems.push('content after the trailer');
      digest.update(`${line}\n`);
      if (value.format) header = value as unknown as ArchiveHeader;
      else if (value.record) records.push(value as unknown as (typeof records)[number]);
      else if (value.seal) {
        const seal = value.seal as { batch: number; text: string; signature: string; keyId: string };
        seals.set(seal.batch, seal);
      }
    }
  } catch (err) {
    return { ok: false, records: 0, problems: [`not a readable archive: ${(err as Error).message}`], selfAssertedKeys: [] };
  }
  if (header?.format !== 'lgsp-log-archive') problems.push('not an LGSP message-log archive');
  const keys = new Map(trusted);
  const selfAsserted: string[] = [];
  if (keys.size === 0) {
    for (const k of header?.keys ?? []) {
      keys.set(k.keyId, createPublicKey(k.publicKeyPem));
      selfAsserted.push(k.keyId);
    }
  }
  if (!trailer) problems.push('no trailer: the archive is cut short');
  else {
    const { signature, ...signed } = trailer;
    if (signed.sha256 !== digest.digest('hex')) problems.push('the archive\u2019s content does not match its trailer');
    const key = keys.get(signed.keyId);
    if (!key || !verifyText(key, canonicalJson(signed), signature)) problems.push('the trailer\u2019s signature does not verify');
    if (signed.count !== records.length) problems.push(`the trailer counts ${signed.count} records, the archive holds ${records.length}`);
  }
  for (const { record, proof } of records) {
    if (recordHash(record.prevHash, record.fields) !== record.hash || record.fields.seq !== record.seq) problems.push(`record ${record.seq} does not match its hash`);
    const seal = seals.get(proof.batch);
    if (!seal) {
      problems.push(`record ${record.seq}: the seal of batch ${proof.batch} is missing`);
      continue;
    }
    const full: RecordProof = { seq: record.seq, xRequestId: record.xRequestId, xRoadId: record.xRoadId, hash: record.hash, batch: proof.batch, leafIndex: proof.leafIndex, treeSize: proof.treeSize, auditPath: proof.auditPath, seal };
    for (const p of checkProof(full, keys)) problems.push(`record ${record.seq}: ${p}`);
  }
  return { ok: problems.length === 0, records: records.length, problems, selfAssertedKeys: selfAsserted };
}
