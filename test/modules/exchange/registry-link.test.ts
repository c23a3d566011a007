// The registry's LGSP rule (II.2(1)) reads real traffic: a system declared to exchange point to point with another
// agency's system becomes compliant once their calls go through the gateway.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../src/core/db.js';
import { base, call, startBackend, startExchange, type Exchange } from './gateway-setup.js';

interface Findings {
  findings: { ruleId: string; outcome: string; message?: { en: string } }[];
}

describe('exchange traffic in the registry\u2019s LGSP rule', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let x: Exchange;
  let consumerSystemId: string;
  let providerSystemId: string;
  const lgsp = async () => (await x.consumer.get(`/api/v1/registry/systems/${consumerSystemId}/compliance`)).json<Findings>().findings.find((f) => f.ruleId === 'LGSP_EXCHANGE')!;

  before(async () => {
    backend = await startBackend();
    x = await startExchange(backend.url, {}, { trafficReportMs: 50 });
    const systemOf = async (subsystemId: string) => (await queryRows<{ id: string }>(x.t.database.db, sql`select system_id as id from exchange_subsystems where id = ${subsystemId}`))[0]!.id;
    consumerSystemId = await systemOf(x.consumerSubsystem.id);
    providerSystemId = await systemOf(x.providerSubsystem.id);
    const saved = await x.consumer.patch(`/api/v1/registry/systems/${consumerSystemId}`, { interfaces: [{ name: 'Tra cứu hồ sơ', direction: 'consumes', channel: 'direct', counterpartSystemId: providerSystemId }] });
    assert.equal(saved.status, 200, saved.body);
  });
  after(async () => {
    await x.close();
    await backend.close();
  });

  it('fails a declared point-to-point link, and passes it once its calls go through the gateway', async () => {
    assert.equal((await lgsp()).outcome, 'fail');
    assert.equal((await x.provider.post(`${base}/services/${x.service.id}/rights`, { client: x.consumerSubsystem.identifier })).status, 200);
    for (let i = 0; i < 3; i++) assert.equal((await call(x, `/r1/${x.service.identifier}/items/${i}`)).status, 200);
    let finding = await lgsp();
    for (let i = 0; i < 100 && finding.outcome !== 'pass'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      finding = await lgsp();
    }
    assert.equal(finding.outcome, 'pass');
    assert.match(finding.message?.en ?? '', /went through the LGSP gateway in the last 30 days: HY-HOSO/);
    const calls = async () => (await queryRows<{ calls: number }>(x.t.database.db, sql`select calls from registry_integration_traffic where from_system_id = ${consumerSystemId} and to_system_id = ${providerSystemId}`))[0]?.calls;
    for (let i = 0; i < 100 && (await calls()) !== 3; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(await calls(), 3, 'every call is reported, once');
  });
});
