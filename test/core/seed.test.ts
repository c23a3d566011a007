import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { fingerprint } from '../helpers/fingerprint.js';
import { seedIfNeeded } from '../../src/setup.js';

describe('seed', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('changes nothing when run again', async () => {
    const before = await fingerprint(t.database.db);
    const result = await seedIfNeeded(t.database, { force: true, knownSystems: false });
    assert.equal(result.seeded, true);
    assert.deepEqual(await fingerprint(t.database.db), before);
    assert.equal(before.framework_components?.rows, 67);
    assert.equal(before.roadmap_tasks?.rows, 36);
    assert.equal(before.admin_units?.rows, 34 + 3321);
  });

  it('keeps what users changed: task status and progress survive a new seed', async () => {
    const admin = await t.as('admin');
    await admin.post('/api/v1/roadmap/tasks/V.1/progress', { status: 'delayed', note: 'Chờ bố trí vốn', reportedOn: '2026-04-01' });
    await seedIfNeeded(t.database, { force: true, knownSystems: false });
    const task = (await t.anonymous.get('/api/v1/roadmap/tasks/V.1')).json<{ status: string; progress: unknown[] }>();
    assert.equal(task.status, 'delayed');
    assert.equal(task.progress.length, 1);
  });

  it('skips the seed at start-up when the files have not changed', async () => {
    assert.equal((await seedIfNeeded(t.database, { knownSystems: false })).seeded, false);
  });
});

describe('known systems seed', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ seedKnownSystems: true });
  });
  after(() => t.close());

  it('loads the province\u2019s 28 publicly reported systems as unverified drafts, once', async () => {
    const reviewer = await t.as('reviewer');
    const page = (await reviewer.get('/api/v1/registry/systems?limit=100')).json<{ total: number; items: { code: string; verified: boolean; status: string; compliance: unknown }[] }>();
    assert.equal(page.total, 28);
    assert.ok(page.items.every((s) => !s.verified && s.status === 'draft' && s.compliance !== null));
    const lgsp = (await reviewer.get('/api/v1/registry/systems?component=II.2(1)')).json<{ items: { code: string }[] }>();
    assert.ok(lgsp.items.some((s) => s.code === 'HY-07'), 'the provincial LGSP is registered against II.2(1)');
    await seedIfNeeded(t.database, { force: true, knownSystems: true });
    assert.equal((await reviewer.get('/api/v1/registry/systems?limit=1')).json<{ total: number }>().total, 28, 'a second load adds nothing');
  });
});
