import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { canonicalJson, verifyAuditChain } from '../../src/core/audit.js';

describe('audit trail hash chain', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    const admin = await t.as('admin');
    for (let i = 0; i < 5; i++) await admin.post('/api/v1/users', { email: `chain${i}@x.vn`, name: `Chain ${i}`, role: 'viewer' });
    await admin.post('/api/v1/roadmap/tasks/IV.2/progress', { status: 'in_progress', note: 'Bắt đầu', reportedOn: '2026-02-01' });
  });
  after(() => t.close());

  const db = () => t.database.db;
  const seqs = async () => (await db().execute(sql`select seq from audit_log order by seq`)) as unknown as { rows: { seq: number }[] };

  it('canonical JSON does not depend on key order', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } }), canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it('verifies an untouched trail', async () => {
    const result = await verifyAuditChain(db());
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.ok(result.checked >= 7);
  });

  it('detects an edited entry', async () => {
    await db().transaction(async (tx) => {
      await tx.execute(sql`update audit_log set actor_label = 'someone else' where seq = (select min(seq) + 2 from audit_log)`);
      const result = await verifyAuditChain(tx);
      assert.equal(result.ok, false);
      assert.equal(result.problems[0]?.problem, 'hash_mismatch');
      tx.rollback();
    }).catch((err: Error) => assert.match(err.message, /Rollback/i));
    assert.ok((await verifyAuditChain(db())).ok);
  });

  it('detects a deleted entry in the middle and at the end', async () => {
    const { rows } = await seqs();
    const middle = rows[3]!.seq;
    const last = rows[rows.length - 1]!.seq;
    for (const seq of [middle, last]) {
      await db().transaction(async (tx) => {
        await tx.execute(sql`delete from audit_log where seq = ${seq}`);
        const result = await verifyAuditChain(tx);
        assert.equal(result.ok, false, `deleting ${seq} is detected`);
        tx.rollback();
      }).catch((err: Error) => assert.match(err.message, /Rollback/i));
    }
  });

  it('detects a rewritten entry even when its own hash is recomputed', async () => {
    await db().transaction(async (tx) => {
      // A forger who changes a row and fixes its hash still breaks the link of the next row.
      await tx.execute(sql`update audit_log set hash = repeat('f', 64) where seq = (select min(seq) + 1 from audit_log)`);
      const result = await verifyAuditChain(tx);
      assert.equal(result.ok, false);
      assert.ok(result.problems.some((p) => p.problem === 'broken_link' || p.problem === 'hash_mismatch'));
      tx.rollback();
    }).catch((err: Error) => assert.match(err.message, /Rollback/i));
  });

  it('reports tampering through the API for administrators', async () => {
    const admin = await t.as('admin');
    const ok = (await admin.get('/api/v1/audit/verify')).json<{ ok: boolean; checked: number }>();
    assert.equal(ok.ok, true);
    await db().execute(sql`update audit_log set after = '{"tampered": true}'::jsonb where seq = (select min(seq) from audit_log)`);
    const broken = (await admin.get('/api/v1/audit/verify')).json<{ ok: boolean; problems: { problem: string }[] }>();
    assert.equal(broken.ok, false);
    assert.equal(broken.problems[0]?.problem, 'hash_mismatch');
  });
});
