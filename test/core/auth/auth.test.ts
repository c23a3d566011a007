import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { ADMIN, startTestApp, TestClient, type TestApp, type TestResponse } from '../../helpers/app.js';
import { assertError, injectionStrings } from '../../helpers/assert.js';
import { sessions, users } from '../../../src/core/schema.js';

interface Me {
  user: { id: string; email: string; role: string; agencyId: string | null };
  via: string;
  csrfToken: string | null;
}

/** /auth/me answers everyone; a caller without a valid session is no one, and may do nothing. */
function assertAnonymous(res: TestResponse): void {
  assert.equal(res.status, 200, res.body);
  const me = res.json<{ user: unknown; csrfToken: unknown; rights: Record<string, string> }>();
  assert.equal(me.user, null);
  assert.equal(me.csrfToken, null);
  assert.ok(Object.values(me.rights).every((scope) => scope === 'none'));
}

describe('identity and access', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD, with an argon2id hash', async () => {
    const [admin] = await t.database.db.select().from(users).where(eq(users.email, ADMIN.email));
    assert.equal(admin?.role, 'admin');
    assert.match(admin?.passwordHash ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('opens a session in an httpOnly, SameSite cookie and returns the CSRF token', async () => {
    const client = new TestClient(t.app);
    const res = await client.post('/api/v1/auth/login', { email: ADMIN.email.toUpperCase(), password: ADMIN.password });
    assert.equal(res.status, 200);
    const cookie = String(res.headers['set-cookie']);
    assert.match(cookie, /^kt_session=[A-Za-z0-9_-]{40,};/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Expires=/);
    const body = res.json<Me>();
    assert.equal(body.user.email, ADMIN.email);
    assert.ok(body.csrfToken && body.csrfToken.length >= 32);
    assert.ok(!('passwordHash' in body.user));
    client.csrfToken = body.csrfToken;
    const me = (await client.get('/api/v1/auth/me')).json<Me>();
    assert.equal(me.user.email, ADMIN.email);
    assert.equal(me.csrfToken, body.csrfToken);
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const wrong = assertError(await t.anonymous.post('/api/v1/auth/login', { email: ADMIN.email, password: 'not-the-password' }), 401, 'INVALID_CREDENTIALS');
    const unknown = assertError(await t.anonymous.post('/api/v1/auth/login', { email: 'nobody@hungyen.gov.vn', password: 'whatever-it-is' }), 401, 'INVALID_CREDENTIALS');
    assert.deepEqual(wrong.message, unknown.message);
    for (const attempt of injectionStrings.filter((s) => !s.includes('\u0000'))) {
      assertError(await t.anonymous.post('/api/v1/auth/login', { email: ADMIN.email, password: attempt }), 401, 'INVALID_CREDENTIALS');
      const res = await t.anonymous.post('/api/v1/auth/login', { email: `${attempt}@x.vn`, password: attempt });
      assert.ok(res.status === 400 || res.status === 401, `refused: ${res.status}`);
      assert.equal(res.headers['set-cookie'], undefined);
    }
    assertError(await t.anonymous.post('/api/v1/auth/login', { email: ADMIN.email }), 400, 'VALIDATION_FAILED');
    assertError(await t.anonymous.post('/api/v1/auth/login', { email: ADMIN.email, password: 12345678901 }), 400, 'VALIDATION_FAILED');
  });

  it('requires the CSRF token for changes made with the session cookie', async () => {
    const admin = await t.as('admin');
    const body = { email: 'csrf@hungyen.gov.vn', name: 'CSRF', role: 'viewer' };
    assertError(await admin.request('POST', '/api/v1/users', body, { 'x-csrf-token': '' }), 403, 'CSRF_FAILED');
    assertError(await admin.request('POST', '/api/v1/users', body, { 'x-csrf-token': 'forged' }), 403, 'CSRF_FAILED');
    const list = (await admin.get('/api/v1/users?q=csrf@')).json<{ total: number }>();
    assert.equal(list.total, 0, 'nothing was created');
    assert.equal((await admin.post('/api/v1/users', body)).status, 201);
  });

  it('ends the session on logout and on expiry', async () => {
    const client = await t.as('viewer');
    const cookie = client.cookie;
    assert.equal((await client.post('/api/v1/auth/logout')).status, 204);
    const stale = new TestClient(t.app);
    stale.cookie = cookie;
    assertAnonymous(await stale.get('/api/v1/auth/me'));

    const expiring = await t.as('viewer');
    const me = (await expiring.get('/api/v1/auth/me')).json<Me>();
    await t.database.db.update(sessions).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(sessions.userId, me.user.id));
    assertAnonymous(await expiring.get('/api/v1/auth/me'));
  });

  it('gives machine clients API tokens that work without cookies or CSRF, until revoked', async () => {
    const officer = await t.as('officer', 'so-khcn');
    const created = await officer.post('/api/v1/auth/tokens', { name: 'Máy chủ LGSP', expiresInDays: 30 });
    assert.equal(created.status, 201);
    const { token, item } = created.json<{ token: string; item: { id: string; prefix: string } }>();
    assert.match(token, /^kt_/);
    assert.ok(token.startsWith(item.prefix));
    const machine = new TestClient(t.app).withToken(token);
    const me = (await machine.get('/api/v1/auth/me')).json<Me>();
    assert.equal(me.via, 'token');
    assert.equal(me.user.agencyId, 'so-khcn');
    const progress = await machine.post('/api/v1/roadmap/tasks/IV.1/progress', { status: 'in_progress', note: 'Gửi từ máy', reportedOn: '2026-01-15' });
    assert.equal(progress.status, 201, progress.body);
    assertError(await machine.post('/api/v1/auth/tokens', { name: 'another' }), 403, 'FORBIDDEN');
    const listed = (await officer.get('/api/v1/auth/tokens')).json<{ items: { id: string; lastUsedAt: string | null }[] }>();
    assert.ok(listed.items.find((i) => i.id === item.id)?.lastUsedAt, 'last use is recorded');
    assert.equal((await officer.delete(`/api/v1/auth/tokens/${item.id}`)).status, 204);
    assertError(await machine.get('/api/v1/auth/me'), 401, 'INVALID_TOKEN');
    assertError(await new TestClient(t.app).withToken('kt_forged').get('/api/v1/framework'), 401, 'INVALID_TOKEN');
    assertError(await officer.delete(`/api/v1/auth/tokens/${item.id}`), 404, 'NOT_FOUND');
    assertError(await officer.delete('/api/v1/auth/tokens/not-a-uuid'), 404, 'NOT_FOUND');
  });

  it('lets only administrators manage users', async () => {
    assertError(await t.anonymous.get('/api/v1/users'), 401, 'UNAUTHENTICATED');
    for (const role of ['viewer', 'officer', 'reviewer'] as const) {
      const client = await t.as(role, role === 'officer' ? 'so-tai-chinh' : undefined);
      assertError(await client.get('/api/v1/users'), 403, 'FORBIDDEN');
      assertError(await client.post('/api/v1/users', { email: `${role}-made@x.vn`, name: 'X', role: 'admin' }), 403, 'FORBIDDEN');
    }
    const admin = await t.as('admin');
    const created = await admin.post('/api/v1/users', {
      email: 'Can.Bo@SoTaiChinh.HungYen.gov.vn',
      name: 'Nguyễn Thị Hoa',
      role: 'officer',
      agencyId: 'so-tai-chinh',
      password: 'mat-khau-can-bo-1',
    });
    assert.equal(created.status, 201, created.body);
    const user = created.json<{ id: string; email: string; role: string; agencyId: string }>();
    assert.equal(user.email, 'can.bo@sotaichinh.hungyen.gov.vn');
    assert.equal(user.agencyId, 'so-tai-chinh');
    assert.equal((await new TestClient(t.app).login('can.bo@sotaichinh.hungyen.gov.vn', 'mat-khau-can-bo-1')).csrfToken?.length ? 1 : 0, 1);

    const updated = await admin.patch(`/api/v1/users/${user.id}`, { role: 'reviewer', agencyId: null });
    assert.equal(updated.json<{ role: string }>().role, 'reviewer');
    assert.equal((await admin.get(`/api/v1/users/${user.id}`)).json<{ role: string }>().role, 'reviewer');
  });

  it('refuses bad user data and changes nothing', async () => {
    const admin = await t.as('admin');
    const count = async () => (await admin.get('/api/v1/users?limit=1')).json<{ total: number }>().total;
    const before = await count();
    assertError(await admin.post('/api/v1/users', { email: 'o@x.vn', name: 'O', role: 'officer' }), 400, 'VALIDATION_FAILED');
    assertError(await admin.post('/api/v1/users', { email: 'o@x.vn', name: 'O', role: 'officer', agencyId: 'so-khong-co' }), 400, 'UNKNOWN_AGENCY');
    assertError(await admin.post('/api/v1/users', { email: 'o@x.vn', name: 'O', role: 'superuser' }), 400, 'VALIDATION_FAILED');
    assertError(await admin.post('/api/v1/users', { email: 'not-an-email', name: 'O', role: 'viewer' }), 400, 'VALIDATION_FAILED');
    assertError(await admin.post('/api/v1/users', { email: 'o@x.vn', name: 'O', role: 'viewer', password: 'short' }), 400, 'WEAK_PASSWORD');
    assertError(await admin.post('/api/v1/users', { email: 'o@x.vn', name: '   ', role: 'viewer' }), 400, 'VALIDATION_FAILED');
    assertError(await admin.post('/api/v1/users', { email: 'o@x.vn', name: 'O', role: 'viewer', isAdmin: true }), 400, 'VALIDATION_FAILED');
    assertError(await admin.post('/api/v1/users', { email: ADMIN.email, name: 'Dup', role: 'viewer' }), 409, 'EMAIL_TAKEN');
    assertError(await admin.get('/api/v1/users/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    assertError(await admin.get("/api/v1/users/' or 1=1 --"), 404, 'NOT_FOUND');
    assertError(await admin.patch('/api/v1/users/00000000-0000-4000-8000-000000000000', { name: 'X' }), 404, 'NOT_FOUND');
    assertError(await admin.patch('/api/v1/users/00000000-0000-4000-8000-000000000000', {}), 400, 'VALIDATION_FAILED');
    assert.equal(await count(), before);
  });

  it('stores injection strings as plain text', async () => {
    const admin = await t.as('admin');
    assertError(await admin.post('/api/v1/users', { email: 'nul@x.vn', name: 'Robert\u0000Tables', role: 'viewer' }), 400, 'INVALID_TEXT');
    for (const [i, text] of injectionStrings.filter((s) => !s.includes('\u0000')).entries()) {
      const res = await admin.post('/api/v1/users', { email: `inj${i}@x.vn`, name: text, role: 'viewer' });
      assert.equal(res.status, 201, res.body);
      assert.equal(res.json<{ name: string }>().name, text.trim());
    }
    const [{ n }] = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(users)) as [{ n: number }];
    assert.ok(n > injectionStrings.length, 'the users table is still there');
  });

  it('keeps at least one active administrator', async () => {
    const admin = await t.as('admin');
    const me = (await admin.get('/api/v1/auth/me')).json<Me>();
    assertError(await admin.patch(`/api/v1/users/${me.user.id}`, { role: 'viewer' }), 409, 'LAST_ADMIN');
    assertError(await admin.patch(`/api/v1/users/${me.user.id}`, { active: false }), 409, 'LAST_ADMIN');
  });

  it('locks out a deactivated user at once, sessions and tokens included', async () => {
    const admin = await t.as('admin');
    const created = (await admin.post('/api/v1/users', { email: 'leaving@x.vn', name: 'Leaving', role: 'viewer', password: 'mat-khau-roi-di-1' })).json<{ id: string }>();
    const leaving = await new TestClient(t.app).login('leaving@x.vn', 'mat-khau-roi-di-1');
    const { token } = (await leaving.post('/api/v1/auth/tokens', { name: 'script' })).json<{ token: string }>();
    assert.equal((await admin.patch(`/api/v1/users/${created.id}`, { active: false })).status, 200);
    assertAnonymous(await leaving.get('/api/v1/auth/me'));
    assertError(await new TestClient(t.app).withToken(token).get('/api/v1/auth/me'), 401, 'INVALID_TOKEN');
    assertError(await t.anonymous.post('/api/v1/auth/login', { email: 'leaving@x.vn', password: 'mat-khau-roi-di-1' }), 403, 'ACCOUNT_DISABLED');
  });

  it('lets a user change their own password, checking the current one', async () => {
    const admin = await t.as('admin');
    await admin.post('/api/v1/users', { email: 'pw@x.vn', name: 'PW', role: 'viewer', password: 'mat-khau-cu-dai-1' });
    const user = await new TestClient(t.app).login('pw@x.vn', 'mat-khau-cu-dai-1');
    assertError(await user.post('/api/v1/auth/password', { currentPassword: 'sai-mat-khau-1', newPassword: 'mat-khau-moi-dai-1' }), 401, 'INVALID_CREDENTIALS');
    assert.equal((await user.post('/api/v1/auth/password', { currentPassword: 'mat-khau-cu-dai-1', newPassword: 'mat-khau-moi-dai-1' })).status, 204);
    assertError(await t.anonymous.post('/api/v1/auth/login', { email: 'pw@x.vn', password: 'mat-khau-cu-dai-1' }), 401, 'INVALID_CREDENTIALS');
    assert.ok(await new TestClient(t.app).login('pw@x.vn', 'mat-khau-moi-dai-1'));
  });

  it('records user changes in the audit trail without secrets', async () => {
    const admin = await t.as('admin');
    const created = (await admin.post('/api/v1/users', { email: 'audited@x.vn', name: 'Audited', role: 'viewer', password: 'mat-khau-bi-mat-1' })).json<{ id: string }>();
    const audit = (await admin.get(`/api/v1/audit?entity=user&entityId=${created.id}`)).json<{ items: { action: string; actorLabel: string; after: Record<string, unknown> }[] }>();
    assert.equal(audit.items.length, 1);
    assert.equal(audit.items[0]?.action, 'create');
    assert.equal(audit.items[0]?.actorLabel, ADMIN.email);
    assert.equal(audit.items[0]?.after.email, 'audited@x.vn');
    assert.doesNotMatch(JSON.stringify(audit), /argon2|mat-khau-bi-mat/);
  });
});

describe('an anonymous visitor', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('asks who they are without an error, and is told no one, with no rights', async () => {
    assertAnonymous(await t.anonymous.get('/api/v1/auth/me'));
  });
});
