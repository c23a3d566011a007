// Registry states someone can act on: no "pending review" without a request, "approved" that says when changes wait
// for approval, and a compliance summary that tells warnings alone from a failure.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { registerApproved, sampleSystem } from '../../helpers/fixtures.js';
import { migrationsFolder, queryRows } from '../../../src/core/db.js';
import { generateDemoSystems } from '../../../src/modules/registry/demo.js';

interface Summary {
  errors: number;
  warnings: number;
  result: string;
}

describe('registry: states that can be acted on', () => {
  let t: TestApp;
  let officer: TestClient;
  let reviewer: TestClient;
  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    reviewer = await t.as('reviewer');
  });
  after(() => t.close());

  const pendingWithoutRequest = async () =>
    (
      await queryRows<{ code: string }>(
        t.database.db,
        sql`select code from registry_systems s where status = 'pending' and not exists (select 1 from registry_requests r where r.system_id = s.id and r.status = 'pending')`,
      )
    ).map((r) => r.code);

  it('the demo generator leaves no system pending review without a request, and gives each decided status its request', async () => {
    await generateDemoSystems(t.database.db, 120);
    const [counts] = await queryRows<{ pending: number; returned: number; orphans: number }>(
      t.database.db,
      sql`select count(*) filter (where status = 'pending')::int as pending, count(*) filter (where status = 'returned')::int as returned,
                 count(*) filter (where status in ('approved', 'returned') and not exists (select 1 from registry_requests r where r.system_id = s.id))::int as orphans
          from registry_systems s where code like 'DEMO-%'`,
    );
    assert.ok(counts && counts.pending > 0, 'the demo has systems pending review');
    assert.deepEqual(await pendingWithoutRequest(), []);
    assert.equal(counts?.orphans, 0);
    // A reviewer can decide every pending one from the request list.
    const requests = await reviewer.get('/api/v1/registry/requests?status=pending&limit=500');
    assert.equal(requests.json<{ total: number }>().total, counts?.pending);
  });

  it('the migration repairs systems left pending without a request', async () => {
    const id = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'ORPHAN-1' }))).json<{ id: string }>().id;
    await t.database.db.execute(sql`update registry_systems set status = 'pending' where id = ${id}`);
    const repair = fs.readFileSync(path.join(migrationsFolder, '0007_repair_pending_status.sql'), 'utf8');
    await t.database.db.execute(sql.raw(repair));
    assert.deepEqual(await pendingWithoutRequest(), []);
    assert.equal((await officer.get(`/api/v1/registry/systems/${id}`)).json<{ status: string }>().status, 'draft');
  });

  it('an approved system edited since says its changes are not approved yet', async () => {
    const id = await registerApproved(officer, reviewer, sampleSystem({ code: 'EDITED-1' }));
    const approved = (await officer.get(`/api/v1/registry/systems/${id}`)).json<{ status: string; hasUnapprovedChanges: boolean }>();
    assert.equal(approved.status, 'approved');
    assert.equal(approved.hasUnapprovedChanges, false);
    const edited = await officer.patch(`/api/v1/registry/systems/${id}`, { purpose: 'Mục đích đã sửa, chưa duyệt' });
    assert.equal(edited.json<{ status: string; hasUnapprovedChanges: boolean }>().status, 'approved');
    assert.equal(edited.json<{ hasUnapprovedChanges: boolean }>().hasUnapprovedChanges, true);
    const listed = (await officer.get('/api/v1/registry/systems?q=EDITED-1')).json<{ items: { hasUnapprovedChanges: boolean }[] }>();
    assert.equal(listed.items[0]?.hasUnapprovedChanges, true);
    const submitted = await officer.post(`/api/v1/registry/systems/${id}/requests`, { type: 'modify' });
    await reviewer.post(`/api/v1/registry/requests/${submitted.json<{ id: string }>().id}/decision`, { decision: 'approve', comment: 'Đồng ý' });
    assert.equal((await officer.get(`/api/v1/registry/systems/${id}`)).json<{ hasUnapprovedChanges: boolean }>().hasUnapprovedChanges, false);
  });

  it('the compliance summary tells warnings alone (warnings_only) from a failure (failing)', async () => {
    const page = (await officer.get('/api/v1/registry/systems?limit=500')).json<{ items: { id: string; compliance: Summary | null }[] }>();
    const results = new Set<string>();
    for (const s of page.items) {
      const c = s.compliance;
      if (!c) continue;
      assert.equal(c.result, c.errors > 0 ? 'failing' : c.warnings > 0 ? 'warnings_only' : 'passing');
      results.add(c.result);
    }
    assert.ok(results.has('warnings_only') && results.has('failing'), `demo systems of each kind: ${[...results].join(', ')}`);
    const warningsOnly = page.items.find((s) => s.compliance?.result === 'warnings_only')!;
    const findings = (await officer.get(`/api/v1/registry/systems/${warningsOnly.id}/compliance`)).json<Summary>();
    assert.equal(findings.result, 'warnings_only');
    assert.equal(findings.errors, 0);
    assert.ok(findings.warnings > 0);
  });
});
