import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/core/config.js';
import type { Database } from '../../src/core/db.js';
import { prepareDatabase } from '../../src/setup.js';
import { createUser } from '../../src/core/auth/service.js';
import { systemActor } from '../../src/core/audit.js';
import type { Role } from '../../src/core/schema.js';
import type { ProcessRole } from '../../src/core/module.js';
import { createPreparedDatabase, createTestDatabase, type TestDatabase } from './database.js';

export { createTestDatabase, testEngine, type TestDatabase } from './database.js';

/** TEST_TEMPLATE=0 migrates and seeds every test's database from scratch instead of copying the template. */
const useTemplate = process.env.TEST_TEMPLATE !== '0';

export const ADMIN = { email: 'admin@test.hungyen.gov.vn', password: 'mat-khau-quan-tri-thu' };

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  testDb: TestDatabase;
  /** A client with no session. */
  anonymous: TestClient;
  /** Logs in as a user made for the test with this role (and agency for officers). */
  as(role: Role, agencyId?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export async function startTestApp(overrides: Partial<Config> = {}, logger: boolean | Record<string, unknown> = false, role: ProcessRole = 'all'): Promise<TestApp> {
  const config = loadConfig(
    {},
    {
      dataDir: 'memory://',
      adminEmail: ADMIN.email,
      adminPassword: ADMIN.password,
      logLevel: 'silent',
      webDir: '/nonexistent',
      // Registry tests start from an empty registry; the known-systems seed has a test of its own.
      seedKnownSystems: false,
      // Tests log in many times a minute; the limits have a test of their own.
      rateLimitPerMinute: 100_000,
      loginRateLimitPerMinute: 10_000,
      // No checkpoint while a test runs, only at close: a test that compares the tables sees no writer of its own; the
      // seal has tests that seal when they mean to.
      auditSealIntervalSeconds: 0,
      ...overrides,
    },
  );
  const testDb = useTemplate ? await createPreparedDatabase(config) : await createTestDatabase();
  // As at every start of the app; on a copy of the template it finds nothing to do.
  await prepareDatabase(testDb.database, config);
  const app = await buildApp({ config, database: testDb.database, logger, role });
  await app.ready();
  let counter = 0;
  return {
    app,
    database: testDb.database,
    config,
    testDb,
    anonymous: new TestClient(app),
    async as(role, agencyId) {
      if (role === 'admin') return new TestClient(app).login(ADMIN.email, ADMIN.password);
      counter++;
      const email = `${role}${counter}@test.hungyen.gov.vn`;
      const password = `mat-khau-${role}-${counter}-dai`;
      await createUser(testDb.database.db, systemActor, { email, name: `${role} ${counter}`, role, agencyId: agencyId ?? null, password }, async () => true);
      return new TestClient(app).login(email, password);
    },
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json<T = Record<string, unknown>>(): T;
}

/** Talks to the app in-process like a browser would: keeps the session cookie and sends the CSRF token. */
export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  bearer: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async login(email: string, password: string): Promise<this> {
    const res = await this.request('POST', '/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body}`);
    this.csrfToken = res.json<{ csrfToken: string }>().csrfToken;
    return this;
  }

  withToken(token: string): TestClient {
    const client = new TestClient(this.app);
    client.bearer = token;
    return client;
  }

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse> {
    const allHeaders: Record<string, string> = { ...headers };
    if (this.cookie) allHeaders.cookie = this.cookie;
    if (this.csrfToken && !('x-csrf-token' in headers)) allHeaders['x-csrf-token'] = this.csrfToken;
    if (this.bearer) allHeaders.authorization = `Bearer ${this.bearer}`;
    const payload = body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    if (payload !== undefined && !('content-type' in allHeaders)) allHeaders['content-type'] = 'application/json';
    const res = await this.app.inject({ method, url, headers: allHeaders, ...(payload !== undefined ? { payload } : {}) });
    const setCookie = res.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = c.split(';');
      if (pair?.startsWith('kt_session=')) this.cookie = /kt_session=;|Expires=Thu, 01 Jan 1970/.test(c) ? undefined : pair;
    }
    return { status: res.statusCode, headers: res.headers, body: res.body, json: <T>() => JSON.parse(res.body) as T };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  put(url: string, body: unknown) {
    return this.request('PUT', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}
