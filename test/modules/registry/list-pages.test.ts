// The list of systems under load: pages kept by the registry's stamp and totals counted once per stamp, which must
// never show a page from before a write, whoever wrote (this app, another process, a statement in SQL); and the
// summary view the web list reads.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';
import { queryRows } from '../../../src/core/db.js';

const systems = '/api/v1/registry/systems';

interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
type Item = Record<string, unknown> & { id: string; code: string; name: { vi: string; en: string }; lifecycle: string };

describe('registry: list pages under load', () => {
  let t: TestApp;
  let officer: TestClient;
  let counter = 0;

  /** Systems whose codes and names carry a token no other test's systems have, so a search finds exactly them. */
  async function createTagged(token: string, n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const code = `${token}-${++counter}`;
      const res = await officer.post(systems, sampleSystem({ code, name: { vi: `Hệ thống ${token} ${counter}`, en: `System ${token} ${counter}` } }));
      assert.equal(res.status, 201, res.body);
      ids.push(res.json<{ id: string }>().id);
    }
    return ids;
  }
  const list = async (query: string, headers: Record<string, string> = {}) => {
    const res = await officer.request('GET', `${systems}?${query}`, undefined, headers);
    assert.equal(res.status, 200, res.body);
    return res.json<Page<Item>>();
  };
  const stampOf = async () => (await queryRows<{ stamp: string }>(t.database.db, sql`select stamp from registry_systems_stamp`))[0]?.stamp;

  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
  });
  after(() => t.close());

  it('shows every write on the next page read: creates, saves through the API, and statements run on the database', async () => {
    await createTagged('TRANG', 3);
    // A page smaller than the result needs its total counted: both the page and the total are then kept.
    const first = await list('q=TRANG&limit=2');
    assert.equal(first.total, 3);
    assert.deepEqual(await list('q=TRANG&limit=2'), first, 'read twice without a write in between, the page is the same');

    const [added] = await createTagged('TRANG', 1);
    const second = await list('q=TRANG&limit=2');
    assert.equal(second.total, 4, 'a created system is counted at once');
    assert.equal((await list('q=TRANG&limit=2&offset=2')).items.length, 2);

    const renamed = await officer.patch(`${systems}/${added}`, { name: { vi: 'Hệ thống TRANG đã đổi tên', en: 'Renamed TRANG system' } });
    assert.equal(renamed.status, 200, renamed.body);
    const all = await list('q=TRANG&limit=50');
    assert.ok(all.items.some((s) => s.name.vi === 'Hệ thống TRANG đã đổi tên'), 'a saved change shows at once');

    // Another process (a CLI import, a second server) writes straight to the table: the stamp changes all the same.
    await t.database.db.execute(sql`update registry_systems set lifecycle = 'retired', data = jsonb_set(data, '{lifecycle}', '"retired"') where id = ${added}`);
    const afterSql = await list('q=TRANG&limit=50');
    assert.equal(afterSql.items.find((s) => s.id === added)?.lifecycle, 'retired');
    assert.equal((await list('q=TRANG&lifecycle=retired&limit=1')).total, 1);
    await t.database.db.execute(sql`delete from registry_system_versions where system_id = ${added}`);
    await t.database.db.execute(sql`delete from registry_systems where id = ${added}`);
    assert.equal((await list('q=TRANG&limit=2')).total, 3, 'a deleted system is no longer counted');
  });

  it('changes the stamp once per committed write, not on reads', async () => {
    const before = await stampOf();
    await list('limit=5');
    await list('limit=5&view=summary');
    assert.equal(await stampOf(), before, 'reading changes nothing');
    await createTagged('DAU', 1);
    const afterCreate = await stampOf();
    assert.notEqual(afterCreate, before);
    // A transaction that fails writes nothing and leaves the stamp as it was.
    await assert.rejects(
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`update registry_systems set verified = verified`);
        throw new Error('rolled back');
      }),
    );
    assert.equal(await stampOf(), afterCreate);
  });

  it('reads the page again when asked with Cache-Control: no-cache, and gives the same page', async () => {
    await createTagged('MOI', 3);
    const kept = await list('q=MOI&limit=2&view=summary');
    const fresh = await list('q=MOI&limit=2&view=summary', { 'cache-control': 'no-cache' });
    assert.deepEqual(fresh, kept);
    assert.equal(fresh.total, 3);
  });

  it('gives the summary of each system: the fields SystemSummary names, equal to those of the full record', async () => {
    await createTagged('TOMTAT', 3);
    const doc = (await t.anonymous.get('/openapi.json')).json<{ components: { schemas: Record<string, { properties: Record<string, unknown> }> } }>();
    const summaryFields = Object.keys(doc.components.schemas.SystemSummary?.properties ?? {}).sort();
    assert.ok(summaryFields.includes('compliance') && summaryFields.includes('name') && !summaryFields.includes('contacts'));
    const full = await list('q=TOMTAT&limit=50&sort=code');
    const summary = await list('q=TOMTAT&limit=50&sort=code&view=summary');
    assert.equal(summary.total, full.total);
    assert.equal(summary.items.length, 3);
    summary.items.forEach((item, i) => {
      assert.deepEqual(Object.keys(item).sort(), summaryFields);
      const record = full.items[i] as Item;
      assert.deepEqual(item, Object.fromEntries(summaryFields.map((k) => [k, record[k]])));
    });
    assertError(await officer.get(`${systems}?view=everything`), 400, 'VALIDATION_FAILED');
  });

  it('keeps page and total right while systems are created and lists read at the same time', async () => {
    // PGlite runs one query at a time; on the PostgreSQL server the reads and writes interleave.
    const token = 'DONGTHOI';
    await createTagged(token, 2);
    for (let round = 0; round < 5; round++) {
      const reads = Array.from({ length: 6 }, (_, i) => list(`q=${token}&limit=${1 + (i % 3)}${i % 2 ? '&view=summary' : ''}`));
      await Promise.all([createTagged(token, 2), ...reads]);
      const [{ n }] = (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from registry_systems where code like ${`${token}-%`}`)) as [{ n: number }];
      for (const limit of [1, 2, 3]) {
        for (const view of ['', '&view=summary']) {
          const page = await list(`q=${token}&limit=${limit}${view}`);
          assert.equal(page.total, n, `round ${round}, limit ${limit}${view}: total`);
          assert.equal(page.items.length, limit);
        }
      }
      const whole = await list(`q=${token}&limit=500&view=summary`);
      assert.equal(whole.items.length, n);
    }
  });
});
