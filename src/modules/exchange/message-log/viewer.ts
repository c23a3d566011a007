// Reading the message log (docs/exchange-protocol.md §6): administrators read all of it, an agency's officers the
// messages its subsystems sent or received. Every read goes through the API, so the access log records it.
import { and, desc, eq, gte, like, lt, lte, or, type SQL } from 'drizzle-orm';
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../../core/db.js';
import { errors } from '../../../core/errors.js';
import type { Principal } from '../../../core/auth/principal.js';
import { isUuid } from '../../../core/auth/service.js';
import { exchangePolicy } from '../access.js';
import { members, messageLog, signingKeys } from '../schema.js';
import { createPublicKey } from 'node:crypto';
import { recordHash } from './record.js';
import { checkProof, proveRecords } from './verify.js';

export interface LogFilter {
  service?: string | undefined;
  client?: string | undefined;
  xRoadId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Records before this seq (keyset paging, newest first). */
  before?: number | undefined;
  limit: number;
}

/** Identifier prefixes `INSTANCE/CLASS/MEMBER/` of the caller's agency's member: the parties it may read as. */
async function ownPrefixes(db: Db, principal: Principal): Promise<string[] | 'all'> {
  exchangePolicy.require(principal, 'exchange.log.read');
  if (exchangePolicy.rights['exchange.log.read'].scope(principal) === 'all') return 'all';
  if (!principal.agencyId) return [];
  const rows = await db.select({ instance: members.instance, memberClass: members.memberClass, code: members.code }).from(members).where(eq(members.agencyId, principal.agencyId));
  return rows.map((m) => `${m.instance}/${m.memberClass}/${m.code}/`);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function partyCondition(prefixes: string[]): SQL | undefined {
  if (prefixes.length === 0) return eq(messageLog.seq, -1);
  return or(...prefixes.flatMap((p) => [like(messageLog.client, `${escapeLike(p)}%`), like(messageLog.service, `${escapeLike(p)}%`)]));
}

export async function listLogRecords(db: Db, principal: Principal, filter: LogFilter) {
  const prefixes = await ownPrefixes(db, principal);
  const conditions: (SQL | undefined)[] = [];
  if (prefixes !== 'all') conditions.push(partyCondition(prefixes));
  if (filter.service) conditions.push(eq(messageLog.service, filter.service));
  if (filter.client) conditions.push(eq(messageLog.client, filter.client));
  if (filter.xRoadId) conditions.push(eq(messageLog.xRoadId, filter.xRoadId));
  if (filter.from) conditions.push(gte(messageLog.loggedAt, new Date(filter.from)));
  if (filter.to) conditions.push(lte(messageLog.loggedAt, new Date(filter.to)));
  if (filter.before !== undefined) conditions.push(lt(messageLog.seq, filter.before));
  const rows = await db
    .select({ seq: messageLog.seq, xRequestId: messageLog.xRequestId, xRoadId: messageLog.xRoadId, client: messageLog.client, service: messageLog.service, loggedAt: messageLog.loggedAt, batch: messageLog.batch, fields: messageLog.fields })
    .from(messageLog)
    .where(and(...conditions))
    .orderBy(desc(messageLog.seq))
    .limit(filter.limit);
  return {
    items: rows.map((r) => ({
      seq: r.seq,
      xRequestId: r.xRequestId,
      xRoadId: r.xRoadId,
      client: r.client,
      service: r.service,
      loggedAt: r.loggedAt.toISOString(),
      batch: r.batch,
      pruned: r.fields === null,
      method: r.fields?.request.method ?? null,
      target: r.fields?.request.target ?? null,
      status: r.fields?.response?.status ?? null,
      succeeded: r.fields?.outcome.succeeded ?? null,
      faultCode: r.fields?.outcome.faultCode ?? null,
    })),
    nextBefore: rows.length === filter.limit ? rows[rows.length - 1]!.seq : null,
  };
}

/** One record with its inclusion proof and the result of checking it against the signed seal. */
/** The key in use and those of earlier rotations the log recorded (an offline check trusts only keys it is given). */
export async function knownKeys(db: Db, current: { keyId: string; publicKey: KeyObject }): Promise<Map<string, KeyObject>> {
  const keys = new Map<string, KeyObject>([[current.keyId, current.publicKey]]);
  for (const row of await db.select().from(signingKeys)) if (!keys.has(row.keyId)) keys.set(row.keyId, createPublicKey(row.publicKeyPem));
  return keys;
}

export async function getLogRecord(db: Db, principal: Principal, xRequestId: string, keys: ReadonlyMap<string, KeyObject>) {
  const prefixes = await ownPrefixes(db, principal);
  const what = { vi: 'bản ghi nhật ký thông điệp', en: 'message-log record' };
  if (!isUuid(xRequestId)) throw errors.notFound(what, xRequestId);
  const [row] = await db.select().from(messageLog).where(eq(messageLog.xRequestId, xRequestId));
  // A record of other parties is "not found" to the caller, not "forbidden": its existence is not theirs to know.
  if (!row || (prefixes !== 'all' && !prefixes.some((p) => row.client.startsWith(p) || row.service.startsWith(p)))) throw errors.notFound(what, xRequestId);
  const [proof] = (await proveRecords(db, xRequestId)).filter((p) => p.seq === row.seq);
  const problems: string[] = [];
  if (row.fields && recordHash(row.prevHash, row.fields) !== row.hash) problems.push('the record does not match its hash');
  if (proof) problems.push(...checkProof(proof, keys));
  else problems.push('the record is in no sealed batch');
  return {
    seq: row.seq,
    xRequestId: row.xRequestId,
    xRoadId: row.xRoadId,
    loggedAt: row.loggedAt.toISOString(),
    fields: row.fields,
    prevHash: row.prevHash,
    hash: row.hash,
    proof: proof ?? null,
    verification: { ok: problems.length === 0, problems },
  };
}
