import { and, asc, count, desc, eq, gt, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../db.js';
import { mapUniqueViolation, preparedPerDatabase } from '../db.js';
import { apiTokens, roles, sessions, users, type Role } from '../schema.js';
import { AppError, errors } from '../errors.js';
import { recordAudit, systemActor, type Actor } from '../audit.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { checkPasswordStrength } from './password-policy.js';
import { API_TOKEN_PREFIX, newSecret, sha256 } from './tokens.js';
import type { Principal } from './principal.js';

export type UserRow = typeof users.$inferSelect;

/** What the API shows of a user: never the password hash. */
export function publicUser(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    agencyId: user.agencyId,
    active: user.active,
    hasPassword: user.passwordHash !== null,
    oidcIssuer: user.oidcIssuer,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}
export type PublicUser = ReturnType<typeof publicUser>;

/** Audit snapshots leave secrets out. */
function auditSnapshot(user: UserRow) {
  const { passwordHash: _omitted, ...rest } = user;
  return rest;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks that an agency id names a real agency; supplied by the app when it is assembled. */
export type AgencyCheck = (agencyId: string) => Promise<boolean>;

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  agencyId?: string | null | undefined;
  password?: string | undefined;
}

async function checkRoleAndAgency(role: Role, agencyId: string | null, agencyExists: AgencyCheck): Promise<void> {
  if (!roles.includes(role)) throw errors.invalid('Vai trò không hợp lệ.', 'Unknown role.', { field: 'role' });
  if (role === 'officer' && !agencyId) {
    throw errors.invalid('Cán bộ đơn vị phải thuộc một cơ quan.', 'An agency officer must belong to an agency.', {
      field: 'agencyId',
    });
  }
  if (agencyId && !(await agencyExists(agencyId))) {
    throw new AppError(400, 'UNKNOWN_AGENCY', `Không có cơ quan "${agencyId}".`, `There is no agency "${agencyId}".`, {
      field: 'agencyId',
    });
  }
}

export async function createUser(db: Db, actor: Actor, input: NewUser, agencyExists: AgencyCheck): Promise<UserRow> {
  const email = normaliseEmail(input.email);
  const agencyId = input.agencyId ?? null;
  await checkRoleAndAgency(input.role, agencyId, agencyExists);
  if (input.password !== undefined) checkPasswordStrength(input.password, [email, input.name]);
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  const emailTaken = () => new AppError(409, 'EMAIL_TAKEN', `Đã có tài khoản với thư điện tử ${email}.`, `An account with ${email} already exists.`, { field: 'email' });
  // The check answers the usual case; the unique index answers two administrators creating the same account at once.
  return mapUniqueViolation(() => db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) throw emailTaken();
    const [created] = await tx
      .insert(users)
      .values({ email, name: input.name.trim(), role: input.role, agencyId, passwordHash })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'create', entity: 'user', entityId: created.id, after: auditSnapshot(created) });
    return created;
  }), (constraint) => (constraint === 'users_email_unique' ? emailTaken() : undefined));
}

export interface UserChanges {
  name?: string | undefined;
  role?: Role | undefined;
  agencyId?: string | null | undefined;
  active?: boolean | undefined;
  password?: string | undefined;
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  changes: UserChanges,
  agencyExists: AgencyCheck,
): Promise<UserRow> {
  const current = await findUser(db, id);
  if (!current) throw errors.notFound({ vi: 'người dùng', en: 'user' }, id);
  const role = changes.role ?? current.role;
  const agencyId = changes.agencyId === undefined ? current.agencyId : changes.agencyId;
  await checkRoleAndAgency(role, agencyId, agencyExists);
  if (changes.password !== undefined) checkPasswordStrength(changes.password, [current.email, changes.name ?? current.name]);
  if (current.role === 'admin' && (role !== 'admin' || changes.active === false)) {
    await ensureAnotherActiveAdmin(db, id);
  }
  const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : current.passwordHash;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({
        name: changes.name?.trim() ?? current.name,
        role,
        agencyId,
        active: changes.active ?? current.active,
        passwordHash,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    if (!updated) throw errors.notFound({ vi: 'người dùng', en: 'user' }, id);
    if (!updated.active || changes.password !== undefined || role !== current.role || agencyId !== current.agencyId) {
      // Rights or credentials changed: sessions and API tokens issued under the old ones end now (a token made by
      // an officer must not outlive a move to another agency, nor a password reset after a compromise).
      await tx.delete(sessions).where(eq(sessions.userId, id));
      await tx.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.userId, id), isNull(apiTokens.revokedAt)));
    }
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'user',
      entityId: id,
      before: auditSnapshot(current),
      after: { ...auditSnapshot(updated), passwordChanged: changes.password !== undefined },
    });
    return updated;
  });
}

async function ensureAnotherActiveAdmin(db: Db, exceptId: string): Promise<void> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), sql`${users.id} <> ${exceptId}`));
  if (!row || row.n === 0) {
    throw new AppError(
      409,
      'LAST_ADMIN',
      'Không thể hạ quyền hoặc khóa quản trị viên cuối cùng.',
      'The last active administrator cannot be demoted or deactivated.',
    );
  }
}

export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, normaliseEmail(email)));
  return user;
}

export interface UserFilter {
  q?: string | undefined;
  role?: Role | undefined;
  agencyId?: string | undefined;
  limit: number;
  offset: number;
}

export async function listUsers(db: Db, filter: UserFilter): Promise<{ items: UserRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.email, pattern), ilike(users.name, pattern));
    if (match) conditions.push(match);
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.agencyId) conditions.push(eq(users.agencyId, filter.agencyId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [totalRow]] = await Promise.all([
    db.select().from(users).where(where).orderBy(asc(users.email)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: totalRow?.n ?? 0 };
}

/** Creates the first administrator if there is none. Returns the generated password, if one was made. */
export async function ensureFirstAdmin(
  db: Db,
  email: string | undefined,
  password: string | undefined,
): Promise<{ created: boolean; email: string; generatedPassword?: string }> {
  const [admin] = await db.select({ email: users.email }).from(users).where(eq(users.role, 'admin')).limit(1);
  if (admin) return { created: false, email: admin.email };
  const adminEmail = normaliseEmail(email ?? 'admin@kientruc.local');
  const generatedPassword = password ? undefined : newSecret().secret.slice(0, 20);
  const chosen = password ?? (generatedPassword as string);
  checkPasswordStrength(chosen, [adminEmail]);
  const passwordHash = await hashPassword(chosen);
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: adminEmail, name: 'Quản trị viên', role: 'admin', passwordHash })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, systemActor, { action: 'create', entity: 'user', entityId: created.id, after: auditSnapshot(created) });
  });
  return generatedPassword ? { created: true, email: adminEmail, generatedPassword } : { created: true, email: adminEmail };
}

const invalidCredentials = () =>
  new AppError(401, 'INVALID_CREDENTIALS', 'Sai thư điện tử hoặc mật khẩu.', 'Wrong e-mail or password.');

export async function authenticatePassword(db: Db, email: string, password: string): Promise<UserRow> {
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) throw invalidCredentials();
  if (!user.active) {
    throw new AppError(403, 'ACCOUNT_DISABLED', 'Tài khoản đã bị khóa.', 'This account is disabled.');
  }
  return user;
}

export interface SessionInfo {
  cookieValue: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function openSession(
  db: Db,
  user: UserRow,
  ttlHours: number,
  client: { ip: string; userAgent: string | undefined },
): Promise<SessionInfo> {
  const { secret, hash } = newSecret();
  const csrfToken = newSecret().secret;
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(lt(sessions.expiresAt, new Date()));
    await tx.insert(sessions).values({ idHash: hash, userId: user.id, csrfToken, expiresAt, ip: client.ip, userAgent: client.userAgent ?? null });
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  });
  return { cookieValue: secret, csrfToken, expiresAt };
}

export async function closeSession(db: Db, cookieValue: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(cookieValue)));
}

const sessionLookup = preparedPerDatabase((db) =>
  db
    .select({ userId: users.id, email: users.email, name: users.name, role: users.role, agencyId: users.agencyId, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sql.placeholder('idHash')), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)))
    .prepare('principal_from_session'),
);

export async function principalFromSession(db: Db, cookieValue: string): Promise<Principal | null> {
  const [row] = await sessionLookup(db).execute({ idHash: sha256(cookieValue) });
  if (!row) return null;
  return { userId: row.userId, email: row.email, name: row.name, role: row.role, agencyId: row.agencyId, via: 'session', csrfToken: row.csrfToken };
}

function principalOf(user: UserRow): Omit<Principal, 'via'> {
  return { userId: user.id, email: user.email, name: user.name, role: user.role, agencyId: user.agencyId };
}

export async function principalFromToken(db: Db, token: string): Promise<Principal | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const now = new Date();
  const [row] = await db
    .select({ user: users, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, sha256(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  // One write a minute at most, not one per call.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  return { ...principalOf(row.user), via: 'token', tokenId: row.tokenId };
}

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export function publicToken(token: ApiTokenRow) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

export async function createApiToken(
  db: Db,
  actor: Actor,
  userId: string,
  name: string,
  expiresInDays: number | undefined,
): Promise<{ token: string; row: ApiTokenRow }> {
  const { secret, hash } = newSecret(API_TOKEN_PREFIX);
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId, name: name.trim(), tokenHash: hash, prefix: secret.slice(0, 10), expiresAt })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const { tokenHash: _secret, ...safe } = row;
    await recordAudit(tx, actor, { action: 'create', entity: 'api_token', entityId: row.id, after: safe });
    return { token: secret, row };
  });
}

export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(db: Db, actor: Actor, userId: string, tokenId: string): Promise<void> {
  if (!isUuid(tokenId)) throw errors.notFound({ vi: 'mã truy cập', en: 'API token' }, tokenId);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) throw errors.notFound({ vi: 'mã truy cập', en: 'API token' }, tokenId);
    await recordAudit(tx, actor, { action: 'revoke', entity: 'api_token', entityId: tokenId, after: { revokedAt: row.revokedAt } });
  });
}

/** Finds the account an OIDC login belongs to, linking by e-mail on first login or creating it. */
export async function userForOidcLogin(
  db: Db,
  claims: { issuer: string; subject: string; email: string | undefined; name: string | undefined },
  defaultRole: Role,
): Promise<UserRow> {
  const [linked] = await db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, claims.issuer), eq(users.oidcSubject, claims.subject)));
  if (linked) return linked;
  if (!claims.email) {
    throw new AppError(
      400,
      'OIDC_NO_EMAIL',
      'Nhà cung cấp định danh không trả về địa chỉ thư điện tử.',
      'The identity provider returned no e-mail address.',
    );
  }
  const email = normaliseEmail(claims.email);
  const actor: Actor = { id: null, label: `oidc:${claims.issuer}` };
  return db.transaction(async (tx) => {
    const [byEmail] = await tx.select().from(users).where(eq(users.email, email));
    if (byEmail) {
      const [updated] = await tx
        .update(users)
        .set({ oidcIssuer: claims.issuer, oidcSubject: claims.subject, updatedAt: new Date() })
        .where(eq(users.id, byEmail.id))
        .returning();
      if (!updated) throw new Error('update returned no row');
      await recordAudit(tx, actor, { action: 'link_oidc', entity: 'user', entityId: updated.id, before: auditSnapshot(byEmail), after: auditSnapshot(updated) });
      return updated;
    }
    const [created] = await tx
      .insert(users)
      .values({
        email,
        name: claims.name ?? email,
        role: defaultRole === 'officer' ? 'viewer' : defaultRole,
        oidcIssuer: claims.issuer,
        oidcSubject: claims.subject,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'create', entity: 'user', entityId: created.id, after: auditSnapshot(created) });
    return created;
  });
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
