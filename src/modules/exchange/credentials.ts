// Client credentials of a subsystem (docs/exchange-protocol.md §3.2): API keys and OAuth 2.0 clients. The secret is
// shown once and kept as its SHA-256; tokens are JWTs signed with the platform's Ed25519 key and verified in memory.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { SignJWT, jwtVerify, type CryptoKey, type KeyObject } from 'jose';
import type { Db } from '../../core/db.js';
import { errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { isUuid } from '../../core/auth/service.js';
import type { SigningKey } from '../../core/signing.js';
import { exchangePolicy } from './access.js';
import { INSTANCE } from './identifiers.js';
import { credentials } from './schema.js';
import { subsystemRecord } from './service.js';
import type { CredentialInput } from './api-schemas.js';

type CredentialRow = typeof credentials.$inferSelect;

const credentialWhat = { vi: 'thông tin xác thực', en: 'credential' };
const base32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** 12 base32 characters (60 bits): public, unique, finds the credential without a scan. */
function newKeyId(): string {
  const bytes = randomBytes(12);
  let out = '';
  for (const b of bytes) out += base32[b & 31];
  return out;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `hyk_{keyId}_{secret}`: the form of an API key in the LGSP-Api-Key header. */
export function formatApiKey(keyId: string, secret: string): string {
  return `hyk_${keyId}_${secret}`;
}

export function parseApiKey(value: string): { keyId: string; secret: string } | null {
  if (value.length !== 4 + 12 + 1 + 43 || !value.startsWith('hyk_') || value[16] !== '_') return null;
  const keyId = value.slice(4, 16);
  const secret = value.slice(17);
  for (const c of keyId) if (!base32.includes(c)) return null;
  for (const c of secret) if (!/[A-Za-z0-9_-]/.test(c)) return null;
  return { keyId, secret };
}

/** Constant-time comparison of a presented secret with the stored digest. */
export function secretMatches(secret: string, storedSha256Hex: string): boolean {
  const presented = createHash('sha256').update(secret).digest();
  const stored = Buffer.from(storedSha256Hex, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

function present(row: CredentialRow, client: string) {
  return {
    id: row.id,
    subsystemId: row.subsystemId,
    client,
    type: row.type,
    keyId: row.keyId,
    label: row.label,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function createCredential(db: Db, principal: Principal, actor: Actor, subsystemId: string, input: CredentialInput) {
  const owner = await subsystemRecord(db, subsystemId);
  exchangePolicy.require(principal, 'exchange.client.manage', owner.member.agencyId);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    throw errors.field('expiresAt', 'Ngày hết hạn phải ở tương lai.', 'The expiry must be in the future.', input.expiresAt);
  }
  const secret = randomBytes(32).toString('base64url');
  const keyId = newKeyId();
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(credentials)
      .values({ subsystemId: owner.subsystem.id, type: input.type, keyId, secretSha256: sha256Hex(secret), label: input.label, expiresAt, createdBy: actor.label })
      .returning();
    if (!created) throw new Error('insert returned no row');
    // The audit entry names the credential, never its secret or digest.
    await recordAudit(tx, actor, { action: 'create', entity: 'exchange_credential', entityId: created.id, after: present(created, owner.identifier) });
    return created;
  });
  return { ...present(row, owner.identifier), secret: input.type === 'api_key' ? formatApiKey(keyId, secret) : secret };
}

export async function listCredentials(db: Db, principal: Principal, subsystemId: string) {
  const owner = await subsystemRecord(db, subsystemId);
  exchangePolicy.require(principal, 'exchange.client.manage', owner.member.agencyId);
  const rows = await db.select().from(credentials).where(eq(credentials.subsystemId, owner.subsystem.id)).orderBy(desc(credentials.createdAt));
  return rows.map((r) => present(r, owner.identifier));
}

export async function revokeCredential(db: Db, principal: Principal, actor: Actor, id: string) {
  const [row] = isUuid(id) ? await db.select().from(credentials).where(eq(credentials.id, id)) : [];
  if (!row) throw errors.notFound(credentialWhat, id);
  const owner = await subsystemRecord(db, row.subsystemId);
  exchangePolicy.require(principal, 'exchange.client.manage', owner.member.agencyId);
  const revoked = await db.transaction(async (tx) => {
    const [updated] = await tx.update(credentials).set({ revokedAt: new Date() }).where(and(eq(credentials.id, row.id), isNull(credentials.revokedAt))).returning();
    if (!updated) throw errors.conflict('Thông tin xác thực này đã bị thu hồi.', 'This credential is revoked already.');
    await recordAudit(tx, actor, { action: 'revoke', entity: 'exchange_credential', entityId: row.id, before: present(row, owner.identifier), after: present(updated, owner.identifier) });
    return updated;
  });
  return present(revoked, owner.identifier);
}

/** What the gateway needs of a token's claims. */
export interface TokenClaims {
  client: string;
  credentialId: string;
}

export const TOKEN_AUDIENCE = `urn:lgsp:${INSTANCE}`;

/** An RFC 9068 access token for a subsystem, signed EdDSA with the platform key. */
export async function issueToken(key: SigningKey, issuer: string, client: string, credentialId: string, lifetimeSeconds: number): Promise<string> {
  return new SignJWT({ client_id: credentialId })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: key.keyId })
    .setIssuer(issuer)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(client)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + lifetimeSeconds)
    .setJti(randomUUID())
    .sign(key.privateKey);
}

/** Verifies a token in memory against the known public keys (by kid); null when it is not one of ours or expired. */
export async function verifyToken(token: string, issuer: string, publicKeys: ReadonlyMap<string, KeyObject | CryptoKey>): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const found = header.kid ? publicKeys.get(header.kid) : undefined;
        if (!found) throw new Error('unknown key');
        return found;
      },
      { algorithms: ['EdDSA'], issuer, audience: TOKEN_AUDIENCE, typ: 'at+jwt', clockTolerance: 30, requiredClaims: ['exp', 'sub', 'client_id', 'jti'] },
    );
    if (typeof payload.sub !== 'string' || typeof payload.client_id !== 'string') return null;
    return { client: payload.sub, credentialId: payload.client_id };
  } catch {
    return null;
  }
}
