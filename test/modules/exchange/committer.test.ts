// Group commit of the message log under contention: several committers (as several gateway processes would) append
// at once to one log; every record lands once, in one gapless chain whose batches verify.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../helpers/app.js';
import { openDatabase, queryRows, type Database } from '../../../src/core/db.js';
import { generateSigningKey } from '../../../src/core/signing.js';
import { LogCommitter, type UnsequencedFields } from '../../../src/modules/exchange/message-log/committer.js';
import type { MonitoringRecord } from '../../../src/modules/exchange/message-log/record.js';
import { verifyMessageLog } from '../../../src/modules/exchange/message-log/verify.js';

function entry(i: number) {
  const xRequestId = randomUUID();
  const now = Date.now();
  const record = { xRequestId, messageId: `m-${i}`, requestInTs: now, responseOutTs: now + 1, statusCode: 200, succeeded: true, faultCode: null, lgspEndpoint: null, clientXRoadInstance: null } as unknown as MonitoringRecord;
  const fields: UnsequencedFields = {
    v: 1,
    xRequestId,
    xRoadId: `m-${i}`,
    role: 'Producer',
    client: 'VN-HY/GOV/a/b',
    service: 'VN-HY/GOV/c/d/e',
    serviceVersion: null,
    endpoint: null,
    request: { method: 'GET', target: `/x/${i}`, headers: [['accept', '*/*']], bodySize: 0, bodySha512: '', bodyTruncated: false },
    response: { status: 200, headers: [], bodySize: 0, bodySha512: '', bodyTruncated: false },
    requestHash: '',
    credential: { type: 'apiKey', id: 'k' },
    outcome: { succeeded: true, faultCode: null, faultString: null },
    peer: null,
    ts: { requestIn: now, requestOut: now, responseIn: now, responseOut: now + 1 },
  };
  return { monitoring: { serviceId: null, record }, log: { fields, serviceId: null } };
}

describe('message-log group commit under contention', () => {
  let db: TestDatabase;
  const extra: Database[] = [];
  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    for (const d of extra) await d.close();
    await db.drop();
  });

  it('appends the records of three committers at once into one chain that verifies', async () => {
    const key = generateSigningKey();
    // On PostgreSQL each committer has its own connection pool, as separate processes would.
    const databases = db.url ? await Promise.all([0, 1, 2].map(() => openDatabase({ databaseUrl: db.url! }))) : [db.database, db.database, db.database];
    if (db.url) extra.push(...databases);
    const committers = databases.map((d) => new LogCommitter(d.db, key, undefined, () => {}));
    const seqs = await Promise.all(committers.flatMap((c, k) => Array.from({ length: 150 }, (_, i) => entry(k * 1000 + i)).map((e) => c.commit(e.monitoring, e.log))));
    assert.equal(new Set(seqs).size, 450, 'every record has its own seq');
    assert.deepEqual([...seqs].sort((a, b) => a! - b!), Array.from({ length: 450 }, (_, i) => i + 1));
    const result = await verifyMessageLog(db.database.db, { keys: new Map([[key.keyId, key.publicKey]]) });
    assert.equal(result.ok, true, JSON.stringify(result.problems));
    assert.equal(result.records, 450);
    const [monitored] = await queryRows<{ n: number }>(db.database.db, sql`select count(*)::int as n from exchange_monitoring`);
    assert.equal(monitored!.n, 450, 'one monitoring record per call, none twice after a retried append');
    for (const c of committers) await c.close();
  });
});
