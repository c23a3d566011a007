import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, createTestDatabase, type TestApp } from '../helpers/app.js';
import { fingerprint } from '../helpers/fingerprint.js';
import { backupDatabase, restoreDatabase } from '../../src/core/backup.js';
import { verifyAuditChain } from '../../src/core/audit.js';
import { AppError } from '../../src/core/errors.js';

describe('backup and restore', () => {
  let t: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-backup-'));
  before(async () => {
    t = await startTestApp();
    const admin = await t.as('admin');
    await admin.post('/api/v1/users', { email: 'sao-luu@x.vn', name: 'Sao lưu', role: 'officer', agencyId: 'so-khcn', password: 'mat-khau-sao-luu' });
    await admin.post('/api/v1/roadmap/tasks/IV.3/progress', { status: 'in_progress', note: 'Kho dữ liệu — giai đoạn 1', reportedOn: '2026-05-05' });
    await admin.post('/api/v1/auth/tokens', { name: 'máy' });
    await admin.get('/api/v1/access-log');
  });
  after(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips every row into another database, and the audit chain still verifies', async () => {
    await t.app.ctx.accessLog.flush();
    const file = path.join(dir, 'full.jsonl.gz');
    const written = await backupDatabase(t.database.db, file);
    assert.ok(written.rows > 3400);
    const original = await fingerprint(t.database.db);

    const other = await createTestDatabase();
    try {
      await restoreDatabase(other.database.db, file);
      assert.deepEqual(await fingerprint(other.database.db), original);
      assert.ok((await verifyAuditChain(other.database.db)).ok);
    } finally {
      await other.drop();
    }
  });

  it('restores over changed data and sequences continue after the restored rows', async () => {
    const file = path.join(dir, 'before-change.jsonl.gz');
    await t.app.ctx.accessLog.flush();
    await backupDatabase(t.database.db, file);
    const original = await fingerprint(t.database.db);
    const admin = await t.as('admin');
    await admin.post('/api/v1/roadmap/tasks/IV.3/progress', { status: 'done', note: 'Xong', reportedOn: '2026-06-06' });
    await t.app.ctx.accessLog.flush();
    assert.notDeepEqual(await fingerprint(t.database.db), original);

    await restoreDatabase(t.database.db, file);
    assert.deepEqual(await fingerprint(t.database.db), original);
    // New audit entries chain on from the restored head.
    await admin.post('/api/v1/roadmap/tasks/IV.3/progress', { status: 'done', note: 'Xong lần nữa', reportedOn: '2026-06-07' }).catch(() => undefined);
    const fresh = await t.as('admin');
    assert.equal((await fresh.post('/api/v1/roadmap/tasks/IV.3/progress', { status: 'done', note: 'Sau khôi phục', reportedOn: '2026-06-08' })).status, 201);
    assert.ok((await verifyAuditChain(t.database.db)).ok);
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    // Pending access-log entries would otherwise land between the two fingerprints.
    await t.app.ctx.accessLog.flush();
    const before = await fingerprint(t.database.db);
    const notGzip = path.join(dir, 'plain.txt');
    fs.writeFileSync(notGzip, 'hello');
    const badHeader = path.join(dir, 'bad-header.gz');
    fs.writeFileSync(badHeader, zlib.gzipSync('{"format":"something-else","version":1}\n'));
    const unknownTable = path.join(dir, 'unknown-table.gz');
    fs.writeFileSync(unknownTable, zlib.gzipSync(`${JSON.stringify({ format: 'kientruc-backup', version: 1, createdAt: '', migrations: 1, tables: ['users', 'evil'] })}\n`));
    const truncatedRows = path.join(dir, 'broken-row.gz');
    const good = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'full.jsonl.gz'))).toString().split('\n');
    fs.writeFileSync(truncatedRows, zlib.gzipSync(`${good.slice(0, 50).join('\n')}\n{"t":"users","r":{"id":`));
    for (const file of [path.join(dir, 'missing.gz'), badHeader, unknownTable]) {
      await assert.rejects(restoreDatabase(t.database.db, file), (err: unknown) => err instanceof AppError && err.code === 'INVALID_BACKUP', file);
    }
    await assert.rejects(restoreDatabase(t.database.db, notGzip));
    await assert.rejects(restoreDatabase(t.database.db, truncatedRows));
    assert.deepEqual(await fingerprint(t.database.db), before);
  });
});
