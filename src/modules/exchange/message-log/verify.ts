// `kientruc verify-log` (docs/exchange-protocol.md §6.7): recomputes every record's hash and link, each batch's
// Merkle root, each seal's signature and link, and compares the seals kept outside the database; or proves one
// record by its inclusion proof and its seal alone.
import fs from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { asc, eq, gt, or } from 'drizzle-orm';
import type { Db } from '../../../core/db.js';
import { verifyText } from '../../../core/signing.js';
import { isUuid } from '../../../core/auth/service.js';
import { logBatches, logHead, messageLog } from '../schema.js';
import { sealDigest, type Seal } from './committer.js';
import { inclusionProof, leafHash, merkleRoot, verifyInclusion } from './merkle.js';
import { LOG_GENESIS_HASH, recordHash } from './record.js';

export type LogProblem =
  | { kind: 'record_changed'; seq: number }
  | { kind: 'link_broken'; seq: number }
  | { kind: 'gap'; after: number; next: number }
  | { kind: 'batch_root'; batch: number }
  | { kind: 'batch_records'; batch: number }
  | { kind: 'seal_signature'; batch: number }
  | { kind: 'seal_unknown_key'; batch: number; keyId: string }
  | { kind: 'seal_link'; batch: number }
  | { kind: 'seal_missing'; batch: number }
  | { kind: 'head_mismatch' }
  | { kind: 'seal_file_mismatch'; batch: number }
  | { kind: 'seal_file_unreadable' };

export interface LogVerification {
  ok: boolean;
  records: number;
  batches: number;
  problems: LogProblem[];
  /** Not failures: e.g. the newest seals not yet in the file after a crash. */
  warnings: string[];
}

export interface VerifyOptions {
  /** Trusted public keys by key id (from --public-key files, or the configured key). */
  keys: ReadonlyMap<string, KeyObject>;
  sealFile?: string | undefined;
}

const PAGE = 2000;

function checkSeal(seal: { seal: string; signature: string; keyId: string; batch: number }, keys: ReadonlyMap<string, KeyObject>, problems: LogProblem[]): Seal | null {
  const key = keys.get(seal.keyId);
  if (!key) {
    problems.push({ kind: 'seal_unknown_key', batch: seal.batch, keyId: seal.keyId });
    return null;
  }
  if (!verifyText(key, seal.seal, seal.signature)) {
    problems.push({ kind: 'seal_signature', batch: seal.batch });
    return null;
  }
  return JSON.parse(seal.seal) as Seal;
}

export async function verifyMessageLog(db: Db, options: VerifyOptions): Promise<LogVerification> {
  const problems: LogProblem[] = [];
  const warnings: string[] = [];
  const batches = await db.select().from(logBatches).orderBy(asc(logBatches.batch));
  const sealByBatch = new Map<number, Seal>();
  let prevSeal = LOG_GENESIS_HASH;
  for (const b of batches) {
    const seal = checkSeal(b, options.keys, problems);
    if (!seal) {
      prevSeal = sealDigest(b.seal);
      continue;
    }
    if (seal.batch !== b.batch || seal.firstSeq !== b.firstSeq || seal.lastSeq !== b.lastSeq || seal.root !== b.root) problems.push({ kind: 'batch_records', batch: b.batch });
    if (seal.prevSeal !== prevSeal) problems.push({ kind: 'seal_link', batch: b.batch });
    prevSeal = sealDigest(b.seal);
    sealByBatch.set(b.batch, seal);
  }

  let prev = LOG_GENESIS_HASH;
  let expectedSeq = 1;
  let records = 0;
  let currentBatch: { batch: number; leaves: Buffer[]; firstSeq: number; lastSeq: number } | null = null;
  const closeBatch = () => {
    if (!currentBatch) return;
    const seal = sealByBatch.get(currentBatch.batch);
    const known = batches.some((b) => b.batch === currentBatch!.batch);
    if (!known) problems.push({ kind: 'seal_missing', batch: currentBatch.batch });
    else if (seal) {
      if (seal.count !== currentBatch.leaves.length || seal.firstSeq !== currentBatch.firstSeq || seal.lastSeq !== currentBatch.lastSeq) problems.push({ kind: 'batch_records', batch: currentBatch.batch });
      if (merkleRoot(currentBatch.leaves).toString('hex') !== seal.root) problems.push({ kind: 'batch_root', batch: currentBatch.batch });
    }
  };
  const batchesSeen = new Set<number>();
  let lastSeq = 0;
  for (;;) {
    const rows = await db.select().from(messageLog).where(gt(messageLog.seq, lastSeq)).orderBy(asc(messageLog.seq)).limit(PAGE);
    if (rows.length === 0) break;
    for (const row of rows) {
      records++;
      if (row.seq !== expectedSeq) problems.push({ kind: 'gap', after: expectedSeq - 1, next: row.seq });
      if (row.prevHash !== prev) problems.push({ kind: 'link_broken', seq: row.seq });
      if (row.fields !== null && (row.fields.seq !== row.seq || recordHash(row.prevHash, row.fields) !== row.hash)) problems.push({ kind: 'record_changed', seq: row.seq });
      if (!currentBatch || currentBatch.batch !== row.batch) {
        closeBatch();
        currentBatch = { batch: row.batch, leaves: [], firstSeq: row.seq, lastSeq: row.seq };
        batchesSeen.add(row.batch);
      }
      currentBatch.leaves.push(leafHash(row.hash));
      currentBatch.lastSeq = row.seq;
      prev = row.hash;
      expectedSeq = row.seq + 1;
      lastSeq = row.seq;
    }
    // Yield between pages: verifying a large log never holds the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  }
  closeBatch();
  for (const b of batches) if (!batchesSeen.has(b.batch)) problems.push({ kind: 'batch_records', batch: b.batch });

  const [head] = await db.select().from(logHead).limit(1);
  const lastBatch = batches[batches.length - 1];
  if (head && (head.seq !== lastSeq || head.hash !== prev || head.batch !== (lastBatch?.batch ?? 0) || head.sealDigest !== prevSeal)) problems.push({ kind: 'head_mismatch' });

  if (options.sealFile) compareSealFile(options.sealFile, batches, problems, warnings);
  return { ok: problems.length === 0, records, batches: batches.length, problems, warnings };
}

function compareSealFile(file: string, batches: { batch: number; seal: string; signature: string }[], problems: LogProblem[], warnings: string[]): void {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && batches.length === 0) return;
    problems.push({ kind: 'seal_file_unreadable' });
    return;
  }
  const inDatabase = new Map(batches.map((b) => [b.batch, b]));
  const inFile = new Set<number>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let entry: { seal: Seal; signature: string };
    try {
      entry = JSON.parse(line) as { seal: Seal; signature: string };
    } catch {
      // A line cut by a crash while appending: the seals before it still count.
      warnings.push('the seal file ends with a partial line');
      continue;
    }
    inFile.add(entry.seal.batch);
    const row = inDatabase.get(entry.seal.batch);
    // A seal the file holds and the database lost or changed: the database was cut back or rewritten.
    if (!row || row.signature !== entry.signature) problems.push({ kind: 'seal_file_mismatch', batch: entry.seal.batch });
  }
  // The file is appended after each commit: a crash can leave the newest seals out of it, never older ones.
  const lastInFile = Math.max(0, ...inFile);
  let lagging = 0;
  for (const b of batches) {
    if (inFile.has(b.batch)) continue;
    if (b.batch > lastInFile) lagging++;
    else problems.push({ kind: 'seal_file_mismatch', batch: b.batch });
  }
  if (lagging > 0) warnings.push(`the ${lagging} newest seal(s) are not in the seal file yet (appended after each commit; a crash can leave them out)`);
}

export interface RecordProof {
  seq: number;
  xRequestId: string;
  xRoadId: string;
  hash: string;
  batch: number;
  leafIndex: number;
  treeSize: number;
  auditPath: string[];
  seal: { text: string; signature: string; keyId: string };
}

/** The inclusion proofs of the records with this X-Road-Request-Id or X-Road-Id (an X-Road-Id may repeat). */
export async function proveRecords(db: Db, id: string): Promise<RecordProof[]> {
  const rows = await db
    .select()
    .from(messageLog)
    .where(isUuid(id) ? or(eq(messageLog.xRequestId, id), eq(messageLog.xRoadId, id)) : eq(messageLog.xRoadId, id))
    .orderBy(asc(messageLog.seq))
    .limit(100);
  const proofs: RecordProof[] = [];
  for (const row of rows) {
    const [batch] = await db.select().from(logBatches).where(eq(logBatches.batch, row.batch));
    if (!batch) continue;
    const { seqs, leaves } = await batchLeaves(db, row.batch);
    const leafIndex = seqs.indexOf(row.seq);
    proofs.push({
      seq: row.seq,
      xRequestId: row.xRequestId,
      xRoadId: row.xRoadId,
      hash: row.hash,
      batch: row.batch,
      leafIndex,
      treeSize: leaves.length,
      auditPath: inclusionProof(leaves, leafIndex).map((b) => b.toString('hex')),
      seal: { text: batch.seal, signature: batch.signature, keyId: batch.keyId },
    });
  }
  return proofs;
}

/** The Merkle leaves of one batch, in seq order, with their seqs: what an inclusion proof is computed over. */
export async function batchLeaves(db: Db, batch: number): Promise<{ seqs: number[]; leaves: Buffer[] }> {
  const members = await db.select({ seq: messageLog.seq, hash: messageLog.hash }).from(messageLog).where(eq(messageLog.batch, batch)).orderBy(asc(messageLog.seq));
  return { seqs: members.map((m) => m.seq), leaves: members.map((m) => leafHash(m.hash)) };
}

export interface RecordCheck {
  seq: number;
  ok: boolean;
  problems: string[];
}

/** Checks one record without the others: its own hash, its inclusion proof against the signed seal's root. */
export async function verifyRecord(db: Db, id: string, keys: ReadonlyMap<string, KeyObject>): Promise<RecordCheck[]> {
  const proofs = await proveRecords(db, id);
  const out: RecordCheck[] = [];
  for (const proof of proofs) {
    const problems: string[] = [];
    const [row] = await db.select().from(messageLog).where(eq(messageLog.seq, proof.seq));
    if (row?.fields && recordHash(row.prevHash, row.fields) !== row.hash) problems.push('the record does not match its hash');
    problems.push(...checkProof(proof, keys));
    out.push({ seq: proof.seq, ok: problems.length === 0, problems });
  }
  return out;
}

/** The proof's part of a record check, usable offline (archives): seal signature, then inclusion in its root. */
export function checkProof(proof: RecordProof, keys: ReadonlyMap<string, KeyObject>): string[] {
  const key = keys.get(proof.seal.keyId);
  if (!key) return [`the seal was signed by key ${proof.seal.keyId}, which is not trusted`];
  if (!verifyText(key, proof.seal.text, proof.seal.signature)) return ['the seal\u2019s signature does not verify'];
  const seal = JSON.parse(proof.seal.text) as Seal;
  const included = verifyInclusion(leafHash(proof.hash), proof.leafIndex, proof.treeSize, proof.auditPath.map((h) => Buffer.from(h, 'hex')), Buffer.from(seal.root, 'hex'));
  if (!included || seal.count !== proof.treeSize || proof.seq < seal.firstSeq || proof.seq > seal.lastSeq) return ['the inclusion proof does not lead to the seal\u2019s root'];
  return [];
}
