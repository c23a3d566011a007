// Retention of the message log: records past their service's retention go to a signed archive that verifies
// offline, then lose their content in the table, whose chain and batch roots still verify.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../src/core/db.js';
import { generateSigningKey } from '../../../src/core/signing.js';
import { archiveExpired, verifyArchive } from '../../../src/modules/exchange/message-log/archive.js';
import { verifyMessageLog } from '../../../src/modules/exchange/message-log/verify.js';
import { base, call, startBackend, startExchange, type Exchange } from './gateway-setup.js';

describe('exchange message-log retention and archives', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let x: Exchange;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-archive-'));
  const keys = () => new Map([[x.t.app.ctx.signingKey.keyId, x.t.app.ctx.signingKey.publicKey]]);
  let archive = '';

  before(async () => {
    backend = await startBackend();
    x = await startExchange(backend.url, { retentionDays: 1 });
    assert.equal((await x.provider.post(`${base}/services/${x.service.id}/rights`, { client: x.consumerSubsystem.identifier })).status, 200);
    for (let i = 0; i < 12; i++) assert.equal((await call(x, `/r1/${x.service.identifier}/items/a${i}`, { headers: { 'x-road-id': `arch-${i}` } })).status, 200);
  });
  after(async () => {
    await x.close();
    await backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps records within their retention', async () => {
    assert.deepEqual(await archiveExpired(x.t.database.db, x.t.app.ctx.signingKey, dir), { file: null, records: 0 });
  });

  it('archives the expired records with their proofs, prunes them, and the log still verifies', async () => {
    const later = new Date(Date.now() + 2 * 86_400_000);
    const result = await archiveExpired(x.t.database.db, x.t.app.ctx.signingKey, dir, later);
    assert.equal(result.records, 12);
    archive = result.file!;
    assert.match(path.basename(archive), /^lgsp-log-VN-HY-\d+-\d+\.jsonl\.gz$/);
    const [left] = await queryRows<{ n: number }>(x.t.database.db, sql`select count(*)::int as n from exchange_message_log where fields is not null`);
    assert.equal(left!.n, 0);
    const verified = await verifyMessageLog(x.t.database.db, { keys: keys() });
    assert.equal(verified.ok, true, JSON.stringify(verified.problems));
    const offline = await verifyArchive(archive, keys());
    assert.deepEqual(offline, { ok: true, records: 12, problems: [], selfAssertedKeys: [] });
    const selfAsserted = await verifyArchive(archive, new Map());
    assert.equal(selfAsserted.ok, true);
    assert.deepEqual(selfAsserted.selfAssertedKeys, [x.t.app.ctx.signingKey.keyId]);
    assert.deepEqual(await archiveExpired(x.t.database.db, x.t.app.ctx.signingKey, dir, later), { file: null, records: 0 }, 'nothing is archived twice');
  });

  it('detects a changed record, a cut archive and a foreign key', async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(archive)).toString('utf8').split('\n');
    const changed = lines.map((l) => (l.includes('"arch-3"') ? l.replace('/api/items/a3', '/api/items/zz') : l));
    const changedFile = path.join(dir, 'changed.jsonl.gz');
    fs.writeFileSync(changedFile, zlib.gzipSync(changed.join('\n')));
    const broken = await verifyArchive(changedFile, keys());
    assert.equal(broken.ok, false);
    assert.ok(broken.problems.some((p) => /does not match its hash/.test(p)), JSON.stringify(broken.problems));
    assert.ok(broken.problems.some((p) => /does not match its trailer/.test(p)));

    const cutFile = path.join(dir, 'cut.jsonl.gz');
    fs.writeFileSync(cutFile, zlib.gzipSync(lines.slice(0, 5).join('\n')));
    assert.ok((await verifyArchive(cutFile, keys())).problems.includes('no trailer: the archive is cut short'));

    const other = generateSigningKey();
    const foreign = await verifyArchive(archive, new Map([[other.keyId, other.publicKey]]));
    assert.equal(foreign.ok, false);
    assert.ok(foreign.problems.some((p) => /not trusted|signature/.test(p)));

    const notGzip = path.join(dir, 'plain.txt');
    fs.writeFileSync(notGzip, 'không phải tệp lưu trữ');
    assert.equal((await verifyArchive(notGzip, keys())).ok, false);
  });
});
