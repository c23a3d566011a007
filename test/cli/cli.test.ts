import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/app.js';
import { openDatabase } from '../../src/core/db.js';
import { databaseEnv, run, serve, stop } from '../helpers/processes.js';

describe(`kientruc CLI on ${testEngine}`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-cli-'));
  const dataDir = path.join(dir, 'data');
  let db: TestDatabase | undefined;
  let env: Record<string, string>;
  before(async () => {
    if (testEngine === 'postgres') {
      db = await createTestDatabase();
      await db.database.close(); // the CLI opens its own connections
    }
    env = databaseEnv(dataDir, db);
  });
  after(async () => {
    if (db) await db.drop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serve: first start migrates, seeds and prints a generated administrator password once', async () => {
    const first = await serve({ ...env, ADMIN_EMAIL: 'quantri@hungyen.gov.vn', ADMIN_PASSWORD: '' });
    try {
      const match = /quantri@hungyen\.gov\.vn\s+mật khẩu \/ password: (\S+)/.exec(first.output());
      assert.ok(match?.[1], `a password is printed: ${first.output()}`);
      const login = await fetch(`${first.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'quantri@hungyen.gov.vn', password: match[1] }),
      });
      assert.equal(login.status, 200);
      const tasks = (await (await fetch(`${first.url}/api/v1/roadmap/tasks?limit=1`)).json()) as { total: number };
      assert.equal(tasks.total, 36);
      assert.doesNotMatch(first.output().replace(match[0], ''), new RegExp(match[1]), 'the password appears once, not in the logs');
    } finally {
      await stop(first.child);
    }
    const second = await serve({ ...env, ADMIN_EMAIL: 'quantri@hungyen.gov.vn', ADMIN_PASSWORD: '' });
    try {
      assert.doesNotMatch(second.output(), /password:/, 'the second start prints no password');
      const health = (await (await fetch(`${second.url}/health`)).json()) as { status: string; database: { kind: string } };
      assert.equal(health.database.kind, testEngine);
    } finally {
      await stop(second.child);
    }
  });

  it('backup and restore round-trip the data; verify-audit detects tampering', async () => {
    const file = path.join(dir, 'backup.jsonl.gz');
    const backup = run(['backup', file], env);
    assert.equal(backup.status, 0, backup.stderr);
    assert.match(backup.stdout, /Backup written/);

    const verified = run(['verify-audit'], env);
    assert.equal(verified.status, 0, verified.stderr);
    assert.match(verified.stdout, /intact/);

    const direct = await openDatabase(db?.url ? { databaseUrl: db.url } : { dataDir });
    try {
      await direct.db.execute(sql`update audit_log set actor_label = 'forged' where seq = (select min(seq) from audit_log)`);
      await direct.db.execute(sql`update roadmap_tasks set status = 'done'`);
    } finally {
      await direct.close();
    }
    const broken = run(['verify-audit'], env);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /BROKEN/);

    const restored = run(['restore', file], env);
    assert.equal(restored.status, 0, restored.stderr);
    assert.equal(run(['verify-audit'], env).status, 0, 'the restored trail is intact');
    const after = await openDatabase(db?.url ? { databaseUrl: db.url } : { dataDir });
    try {
      const { rows } = (await after.db.execute(sql`select count(*)::int as n from roadmap_tasks where status = 'done'`)) as unknown as { rows: { n: number }[] };
      assert.equal(rows[0]?.n, 0);
    } finally {
      await after.close();
    }
    const missing = run(['restore', path.join(dir, 'nope.gz')], env);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /not a valid backup|Tệp sao lưu/i);
  });
});
