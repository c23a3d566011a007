import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { startTestApp, TestClient, type TestApp } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';

const APP_URL = 'http://kientruc.test';
const CLIENT = { id: 'kientruc', secret: 'a-client-secret-long-enough-for-hs256-0123456789' };

/** A real OpenID Connect provider (oidc-provider) on a local port, with accounts whose e-mail derives from the login. */
async function startProvider(): Promise<{ issuer: string; close(): Promise<void> }> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${APP_URL}/api/v1/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: `${sub}@vneid.test`, email_verified: true, name: 'Nguyễn Văn An' }),
    }),
    // Consent is not what is under test: grant the requested scopes at once.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    cookies: { keys: ['test-cookie-key'] },
    pkce: { required: () => true },
  });
  server.on('request', provider.callback());
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Follows the provider's redirects like a browser, logging in as `login` on its interaction form. */
async function loginAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let method = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 12; hop++) {
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(body ? { body } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) jar.set(name, value.join('='));
    }
    const location = res.headers.get('location');
    if (location?.startsWith(APP_URL)) return new URL(location);
    if (location) {
      url = new URL(location, url).href;
      method = 'GET';
      body = undefined;
      continue;
    }
    assert.equal(res.status, 200, `provider answered ${res.status} at ${url}`);
    const page = await res.text();
    assert.match(page, /name="login"/, 'the provider shows its login form');
    method = 'POST';
    body = new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString();
  }
  throw new Error('too many redirects');
}

describe('OpenID Connect login', () => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let t: TestApp;
  before(async () => {
    provider = await startProvider();
    t = await startTestApp({
      publicUrl: APP_URL,
      oidc: { issuer: provider.issuer, clientId: CLIENT.id, clientSecret: CLIENT.secret, displayName: 'VNeID (thử nghiệm)', defaultRole: 'viewer', allowInsecure: true },
    });
  });
  after(async () => {
    await t.close();
    await provider.close();
  });

  it('lists the provider among the ways to log in', async () => {
    const providers = (await t.anonymous.get('/api/v1/auth/providers')).json<{ oidc: { name: string; loginUrl: string }[] }>();
    assert.deepEqual(providers.oidc.map((p) => p.name), ['VNeID (thử nghiệm)']);
  });

  it('logs a citizen in through the provider and creates a viewer account', async () => {
    const browser = new TestClient(t.app);
    const start = await browser.get('/api/v1/auth/oidc/login?returnTo=/roadmap');
    assert.equal(start.status, 302);
    const authorizationUrl = String(start.headers.location);
    assert.ok(authorizationUrl.startsWith(provider.issuer));
    assert.match(authorizationUrl, /code_challenge_method=S256/);

    const callback = await loginAtProvider(authorizationUrl, 'cong-dan-001');
    const done = await browser.get(callback.pathname + callback.search);
    assert.equal(done.status, 302, done.body);
    assert.equal(done.headers.location, '/roadmap');
    const me = (await browser.get('/api/v1/auth/me')).json<{ user: { email: string; name: string; role: string; oidcIssuer: string } }>();
    assert.equal(me.user.email, 'cong-dan-001@vneid.test');
    assert.equal(me.user.name, 'Nguyễn Văn An');
    assert.equal(me.user.role, 'viewer');
    assert.equal(me.user.oidcIssuer, provider.issuer);

    // The same code and state cannot be used twice.
    assertError(await new TestClient(t.app).get(callback.pathname + callback.search), 400, 'OIDC_STATE_INVALID');
  });

  it('links the login to an existing account with the same e-mail, keeping its role', async () => {
    const admin = await t.as('admin');
    await admin.post('/api/v1/users', { email: 'can-bo-002@vneid.test', name: 'Cán bộ', role: 'officer', agencyId: 'so-y-te' });
    const browser = new TestClient(t.app);
    const start = await browser.get('/api/v1/auth/oidc/login');
    const callback = await loginAtProvider(String(start.headers.location), 'can-bo-002');
    const done = await browser.get(callback.pathname + callback.search);
    assert.equal(done.headers.location, '/');
    const me = (await browser.get('/api/v1/auth/me')).json<{ user: { role: string; agencyId: string } }>();
    assert.equal(me.user.role, 'officer');
    assert.equal(me.user.agencyId, 'so-y-te');
  });

  it('refuses forged or unknown states and open redirects', async () => {
    assertError(await t.anonymous.get('/api/v1/auth/oidc/callback?code=abc&state=forged'), 400, 'OIDC_STATE_INVALID');
    const start = await t.anonymous.get('/api/v1/auth/oidc/login?returnTo=//evil.example/steal');
    const callback = await loginAtProvider(String(start.headers.location), 'cong-dan-003');
    const done = await new TestClient(t.app).get(callback.pathname + callback.search);
    assert.equal(done.headers.location, '/', 'an off-site returnTo falls back to the home page');
  });
});

describe('OpenID Connect not configured', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('answers 404 on the OIDC routes and lists no provider', async () => {
    assertError(await t.anonymous.get('/api/v1/auth/oidc/login'), 404, 'NOT_FOUND');
    assert.deepEqual((await t.anonymous.get('/api/v1/auth/providers')).json<{ oidc: unknown[] }>().oidc, []);
  });
});
