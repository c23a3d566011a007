/** The test databases themselves: a copy of the template is what preparing from scratch gives, and copies are apart. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/core/db.js';
import { loadConfig, type Config } from '../../src/core/config.js';
import { prepareDatabase } from '../../src/setup.js';
import { ADMIN, startTestApp, type TestApp } from './app.js';
import { createPreparedDatabase, createTestDatabase, templateFingerprint, type TestDatabase } from './database.js';
import { fingerprint } from './fingerprint.js';

const config: Config = loadConfig({}, { dataDir: 'memory://', adminEmail: ADMIN.email, adminPassword: ADMIN.password, logLevel: 'silent', seedKnownSystems: false });
const count = async (db: TestDatabase, table: string) =>
  Number((await queryRows<{ n: number }>(db.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n);

describe('test databases', () => {
  const opened: TestDatabase[] = [];
  after(async () => {
    for (const db of opened) await db.drop();
  });

  it('copies the template with the same rows in every table as a database prepared from scratch', async () => {
    const scratch = await createTestDatabase();
    opened.push(scratch);
    await prepareDatabase(scratch.database, config);
    const copy = await createPreparedDatabase(config);
    opened.push(copy);
    const rows = (f: Record<string, { rows: number }>) => Object.fromEntries(Object.entries(f).map(([table, { rows }]) => [table, rows]));
    const expected = rows(await fingerprint(scratch.database.db));
    assert.deepEqual(rows(await fingerprint(copy.database.db)), expected);
    assert.equal(expected.admin_units, 34 + 3321);
    // Content too, where it does not hold generated ids, times or password hashes.
    const [a, b] = [await fingerprint(scratch.database.db), await fingerprint(copy.database.db)];
    for (const table of ['framework_components', 'roadmap_tasks', 'agencies', 'admin_units']) assert.equal(b[table]?.md5, a[table]?.md5, table);
    // Start-up on a copy finds nothing to do.
    const again = await prepareDatabase(copy.database, config);
    assert.equal(again.seed.seeded, false);
    assert.equal(again.admin.created, false);
  });

  it('keeps an empty migrated database empty, and copies apart from each other', async () => {
    const empty = await createTestDatabase();
    opened.push(empty);
    assert.equal(await count(empty, 'admin_units'), 0);
    assert.equal(await count(empty, 'users'), 0);
    const [one, two] = [await createPreparedDatabase(config), await createPreparedDatabase(config)];
    opened.push(one, two);
    await one.database.db.execute(sql`delete from admin_units`);
    assert.equal(await count(one, 'admin_units'), 0);
    assert.equal(await count(two, 'admin_units'), 34 + 3321);
  });

  it('keys the template by what changes what is written', () => {
    assert.equal(templateFingerprint(config), templateFingerprint({ ...config, bodyLimitBytes: 1, webDir: '/elsewhere' }));
    for (const change of [{ seedKnownSystems: true }, { adminEmail: 'other@x.vn' }, { adminPassword: 'mat-khau-khac-han' }, { seed: false }]) {
      assert.notEqual(templateFingerprint({ ...config, ...change }), templateFingerprint(config), JSON.stringify(change));
    }
  });
});

describe('an app on a copy of the template', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('searches with trigram indexes (pg_trgm loaded) and logs the first administrator in', async () => {
    const [trgm] = await queryRows<{ similarity: number }>(t.database.db, sql`select similarity('pho hien', 'pho hien ward') as similarity`);
    assert.ok(Number(trgm?.similarity) > 0.5);
    const found = (await t.anonymous.get(`/api/v1/dictionary/code-lists/don-vi-hanh-chinh/items?q=${encodeURIComponent('pho hien')}`)).json<{ items: { code: string }[] }>();
    assert.deepEqual(found.items.map((i) => i.code), ['11953']);
    assert.ok((await t.as('admin')).csrfToken);
  });
});
