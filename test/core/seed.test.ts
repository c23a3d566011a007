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
    const result = await seedIfNeeded(t.database, true);
    assert.equal(result.seeded, true);
    assert.deepEqual(await fingerprint(t.database.db), before);
    assert.equal(before.framework_components?.rows, 67);
    assert.equal(before.roadmap_tasks?.rows, 36);
    assert.equal(before.admin_units?.rows, 34 + 3321);
  });

  it('keeps what users changed: task status and progress survive a new seed', async () => {
    const admin = await t.as('admin');
    await admin.post('/api/v1/roadmap/tasks/V.1/progress', { status: 'delayed', note: 'Chờ bố trí vốn', reportedOn: '2026-04-01' });
    await seedIfNeeded(t.database, true);
    const task = (await t.anonymous.get('/api/v1/roadmap/tasks/V.1')).json<{ status: string; progress: unknown[] }>();
    assert.equal(task.status, 'delayed');
    assert.equal(task.progress.length, 1);
  });

  it('skips the seed at start-up when the files have not changed', async () => {
    assert.equal((await seedIfNeeded(t.database)).seeded, false);
  });
});
