import fs from 'node:fs';
import path from 'node:path';
import { asc, desc, inArray, sql } from 'drizzle-orm';
import type { KeyObject } from 'node:crypto';
import type { Db, Executor } from './db.js';
import { auditCheckpoints, auditHead, auditLog } from './schema.js';
import { AUDIT_LOCK_KEY, canonicalJson, verifyAuditChain } from './audit.js';
import { signText, verifyText, type SigningKey } from './signing.js';

/**
 * Signed checkpoints of the audit chain (a signed tree head, as in certificate transparency): every few seconds the
 * head — its seq and hash — is signed with the platform's key with a counter, stored in the database and appended
 * to a file outside it. The hash chain alone detects an edited row; the checkpoints detect what a forger with
 * database access can also do: re-hash the rest of the chain, delete the newest rows and move the head back, or empty
 * the table. Entries newer than the last checkpoint are protected by the chain alone until the next one.
 */
export interface Checkpoint {
  counter: number;
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  signature: string;
}

function signedText(c: Omit<Checkpoint, 'signature'>): string {
  return canonicalJson({ counter: c.counter, seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId });
}

function present(row: typeof auditCheckpoints.$inferSelect): Checkpoint {
  return { counter: row.counter, seq: row.seq, hash: row.hash, at: row.at.toISOString(), keyId: row.keyId, signature: row.signature };
}

/** Signs the chain's head when it moved since the last checkpoint; returns the new checkpoint, or null. */
export async function sealAuditChain(db: Db, key: SigningKey, checkpointFile?: string): Promise<Checkpoint | null> {
  const checkpoint = await db.transaction(async (tx) => {
    // The writers' lock: the head cannot move while it is read and signed, and two sealers take turns.
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    const [head] = await tx.select().from(auditHead).limit(1);
    if (!head) return null;
    const [last] = await tx.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.counter)).limit(1);
    if (last && last.seq === head.seq && last.hash === head.hash) return null;
    const unsigned = { counter: (last?.counter ?? 0) + 1, seq: head.seq, hash: head.hash, at: new Date().toISOString(), keyId: key.keyId };
    const signed: Checkpoint = { ...unsigned, signature: signText(key, signedText(unsigned)) };
    await tx.insert(auditCheckpoints).values({ ...signed, at: new Date(signed.at) });
    return signed;
  });
  if (checkpoint && checkpointFile) {
    await fs.promises.mkdir(path.dirname(checkpointFile), { recursive: true });
    await fs.promises.appendFile(checkpointFile, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  }
  return checkpoint;
}

export type CheckpointProblem =
  | 'checkpoint_signature'
  | 'checkpoint_missing'
  | 'checkpoint_mismatch'
  | 'checkpoint_not_in_database'
  | 'checkpoint_file_unreadable';

export interface CheckpointVerification {
  checkpoints: number;
  /** The newest entry a valid checkpoint vouches for (0: none). */
  sealedSeq: number;
  problems: { seq: number; problem: CheckpointProblem; counter?: number }[];
}

export interface SealOptions {
  /** The public key that signed the checkpoints; without it only the chain is checked. */
  publicKey: KeyObject;
  keyId: string;
  /** The file the checkpoints were also appended to, the copy a database forger cannot reach. */
  checkpointFile?: string | undefined;
}

function readCheckpointFile(file: string): Checkpoint[] | null {
  if (!fs.existsSync(file)) return [];
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Checkpoint);
  } catch {
    return null;
  }
}

/** Checks every checkpoint: signed by this key, counted without gaps, and vouching for an entry the chain still holds. */
export async function verifyCheckpoints(db: Executor, options: SealOptions): Promise<CheckpointVerification> {
  const problems: CheckpointVerification['problems'] = [];
  const stored = (await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.counter))).map(present);
  const fromFile = options.checkpointFile ? readCheckpointFile(options.checkpointFile) : [];
  if (fromFile === null) problems.push({ seq: 0, problem: 'checkpoint_file_unreadable' });

  const valid = (c: Checkpoint) => c.keyId === options.keyId && verifyText(options.publicKey, signedText(c), c.signature);
  // The file is the reference where it has more: the database's copy may have been cut short or emptied.
  const byCounter = new Map<number, Checkpoint>();
  for (const c of stored) byCounter.set(c.counter, c);
  for (const c of fromFile ?? []) {
    const inDb = byCounter.get(c.counter);
    if (!inDb || inDb.signature !== c.signature || inDb.seq !== c.seq || inDb.hash !== c.hash) {
      if (valid(c)) problems.push({ seq: c.seq, counter: c.counter, problem: 'checkpoint_not_in_database' });
      if (!inDb) byCounter.set(c.counter, c);
    }
  }
  const all = [...byCounter.values()].sort((a, b) => a.counter - b.counter);
  const hashes = new Map<number, string>();
  const seqs = all.map((c) => c.seq);
  if (seqs.length) {
    for (const row of await db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).where(inArray(auditLog.seq, [...new Set(seqs)]))) hashes.set(row.seq, row.hash);
  }
  let sealedSeq = 0;
  let expected = 1;
  for (const c of all) {
    if (c.counter !== expected) problems.push({ seq: c.seq, counter: expected, problem: 'checkpoint_missing' });
    expected = c.counter + 1;
    if (!valid(c)) {
      problems.push({ seq: c.seq, counter: c.counter, problem: 'checkpoint_signature' });
      continue;
    }
    // The entry the checkpoint vouches for must still be there with the hash that was signed.
    if (hashes.get(c.seq) !== c.hash) {
      problems.push({ seq: c.seq, counter: c.counter, problem: 'checkpoint_mismatch' });
      continue;
    }
    sealedSeq = Math.max(sealedSeq, c.seq);
  }
  return { checkpoints: all.length, sealedSeq, problems };
}

/** Seals the chain now and then while the app runs; the timer never keeps the process alive. */
export function startAuditSealer(db: Db, key: SigningKey, options: { intervalSeconds: number; checkpointFile?: string | undefined; onError: (err: unknown) => void }) {
  let running: Promise<unknown> = Promise.resolve();
  const seal = () => {
    running = running.then(() => sealAuditChain(db, key, options.checkpointFile)).catch(options.onError);
    return running;
  };
  const timer = options.intervalSeconds > 0 ? setInterval(() => void seal(), options.intervalSeconds * 1000) : undefined;
  timer?.unref();
  return {
    seal,
    async stop() {
      if (timer) clearInterval(timer);
      await seal();
    },
  };
}


export interface AuditTrailVerification {
  ok: boolean;
  checked: number;
  checkpoints: number;
  sealedSeq: number;
  /** Entries newer than the last valid checkpoint: protected by the chain alone until the next seal. */
  unsealed: number;
  problems: { seq: number; problem: string; counter?: number }[];
}

/** The whole check: the hash chain, then the signed checkpoints (in the database and in the file). */
export async function verifyAuditTrail(db: Executor, options: SealOptions): Promise<AuditTrailVerification> {
  const chain = await verifyAuditChain(db);
  const sealed = await verifyCheckpoints(db, options);
  const [head] = await db.select({ seq: auditHead.seq }).from(auditHead).limit(1);
  const problems = [...chain.problems, ...sealed.problems];
  return {
    ok: problems.length === 0,
    checked: chain.checked,
    checkpoints: sealed.checkpoints,
    sealedSeq: sealed.sealedSeq,
    unsealed: Math.max(0, (head?.seq ?? 0) - sealed.sealedSeq),
    problems: problems.slice(0, 100),
  };
}
