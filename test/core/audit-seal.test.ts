import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { entryHash, GENESIS_HASH, hashedFieldsOf, verifyAuditChain } from '../../src/core/audit.js';
import { sealAuditChain, verifyAuditTrail } from '../../src/core/audit-seal.js';
import { generateSigningKey } from '../../src/core/signing.js';
import { auditLog } from '../../src/core/schema.js';
import type { Executor } from '../../src/core/db.js';

// What a forger with write access to the database can do, and what the signed checkpoints catch that the hash chain
// alone does not: re-chaining after an edit, truncating the newest entries, emptying the table.
describe('sealed audit trail', () => {
  let t: TestApp;
  let dir: string;
  let checkpointFile: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-seal-'));
    checkpointFile = path.join(dir, 'audit-checkpoints.jsonl');
    t = await startTestApp({ auditCheckpointFile: checkpointFile, auditSealIntervalSeconds: 0 });
    const admin = await t.as('admin');
    for (let i = 0; i < 4; i++) await admin.post('/api/v1/users', { email: `seal${i}@x.vn`, name: `Seal ${i}`, role: 'viewer' });
    assert.ok(await sealAuditChain(t.database.db, t.app.ctx.signingKey, checkpointFile), 'a first checkpoint');
    await admin.post('/api/v1/roadmap/tasks/IV.2/progress', { status: 'in_progress', note: 'Bắt đầu', reportedOn: '2026-02-01' });
    assert.ok(await sealAuditChain(t.database.db, t.app.ctx.signingKey, checkpointFile), 'a second checkpoint');
    assert.equal(await sealAuditChain(t.database.db, t.app.ctx.signingKey, checkpointFile), null, 'nothing new, nothing signed');
  });
  after(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const options = () => ({ publicKey: t.app.ctx.signingKey.publicKey, keyId: t.app.ctx.signingKey.keyId, checkpointFile });

  /** The forger's tool: recomputes every hash after an edit and moves the head, as the chain alone allows. */
  async function rechain(tx: Executor): Promise<void> {
    let prev = GENESIS_HASH;
    for (const row of await tx.select().from(auditLog).orderBy(asc(auditLog.seq))) {
      const hash = entryHash(prev, hashedFieldsOf(row));
      await tx.execute(sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where seq = ${row.seq}`);
      prev = hash;
    }
    await tx.execute(sql`update audit_head set hash = ${prev}, seq = coalesce((select max(seq) from audit_log), 0)`);
  }

  /** Runs a forgery in a transaction that is rolled back, checking what each verification says meanwhile. */
  async function forged(forge: (tx: Executor) => Promise<void>, check: (tx: Executor) => Promise<void>): Promise<void> {
    await t.database.db
      .transaction(async (tx) => {
        await forge(tx);
        await check(tx);
        tx.rollback();
      })
      .catch((err: Error) => assert.match(err.message, /Rollback/i));
  }

  it('verifies an untouched trail, chain and checkpoints', async () => {
    const result = await verifyAuditTrail(t.database.db, options());
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.checkpoints, 2);
    assert.equal(result.unsealed, 0);
    assert.equal(fs.readFileSync(checkpointFile, 'utf8').trim().split('\n').length, 2, 'both checkpoints are in the file too');
  });

  it('detects an edited entry whose chain was re-hashed to match', async () => {
    await forged(
      async (tx) => {
        await tx.execute(sql`update audit_log set actor_label = 'someone else' where seq = (select min(seq) + 1 from audit_log)`);
        await rechain(tx);
      },
      async (tx) => {
        assert.ok((await verifyAuditChain(tx)).ok, 'the chain alone is fooled');
        const result = await verifyAuditTrail(tx, options());
        assert.equal(result.ok, false);
        assert.ok(result.problems.some((p) => p.problem === 'checkpoint_mismatch'), JSON.stringify(result.problems));
      },
    );
  });

  it('detects the newest entries deleted and the head moved back', async () => {
    await forged(
      async (tx) => {
        await tx.execute(sql`delete from audit_log where seq > (select min(seq) + 2 from audit_log)`);
        await rechain(tx);
      },
      async (tx) => {
        assert.ok((await verifyAuditChain(tx)).ok, 'the chain alone is fooled');
        const result = await verifyAuditTrail(tx, options());
        assert.equal(result.ok, false);
        assert.ok(result.problems.some((p) => p.problem === 'checkpoint_mismatch'));
      },
    );
  });

  it('detects an emptied trail', async () => {
    await forged(
      async (tx) => {
        await tx.execute(sql`delete from audit_log`);
        await tx.execute(sql`delete from audit_head`);
      },
      async (tx) => {
        assert.ok((await verifyAuditChain(tx)).ok, 'the chain alone is fooled');
        assert.equal((await verifyAuditTrail(tx, options())).ok, false);
      },
    );
  });

  it('detects checkpoints deleted from the database, from the copy in the file', async () => {
    await forged(
      async (tx) => {
        await tx.execute(sql`delete from audit_checkpoints`);
        await tx.execute(sql`update audit_log set actor_label = 'someone else' where seq = (select min(seq) from audit_log)`);
        await rechain(tx);
      },
      async (tx) => {
        const result = await verifyAuditTrail(tx, options());
        assert.equal(result.ok, false);
        assert.ok(result.problems.some((p) => p.problem === 'checkpoint_not_in_database'));
        assert.ok(result.problems.some((p) => p.problem === 'checkpoint_mismatch'));
      },
    );
  });

  it('detects a checkpoint the forger signed with a key of their own', async () => {
    const theirs = generateSigningKey();
    await forged(
      async (tx) => {
        await tx.execute(sql`delete from audit_checkpoints`);
        await sealWith(tx, theirs.keyId);
      },
      async (tx) => {
        const result = await verifyAuditTrail(tx, { ...options(), checkpointFile: undefined });
        assert.equal(result.ok, false);
        assert.ok(result.problems.some((p) => p.problem === 'checkpoint_signature'));
      },
    );
    async function sealWith(tx: Executor, keyId: string) {
      await tx.execute(sql`insert into audit_checkpoints (counter, seq, hash, at, key_id, signature) select 1, seq, hash, now(), ${keyId}, 'AAAA' from audit_head`);
    }
  });

  it('says through the API how far the trail is sealed', async () => {
    const admin = await t.as('admin');
    assert.equal((await admin.post('/api/v1/users', { email: 'after-seal@x.vn', name: 'After', role: 'viewer' })).status, 201);
    const res = (await admin.get('/api/v1/audit/verify')).json<{ ok: boolean; checkpoints: number; sealedSeq: number; unsealed: number }>();
    assert.equal(res.ok, true);
    assert.equal(res.checkpoints, 2);
    assert.ok(res.unsealed > 0, 'the user created after the last checkpoint is not sealed yet');
  });
});
