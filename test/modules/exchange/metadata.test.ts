// Metadata services (docs/exchange-protocol.md §8): listClients, listMethods, allowedMethods and getOpenAPI, with
// the bodies GovStack's information-mediator-directory-services gives them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { base, call, startBackend, startExchange, type Exchange } from './gateway-setup.js';

interface Spec {
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

/** Every key of the answer is a property the specification's schema names (the shapes are exactly the spec's). */
function assertKeysIn(value: Record<string, unknown>, schema: { properties?: Record<string, unknown> }, where: string) {
  for (const key of Object.keys(value)) assert.ok(schema.properties && key in schema.properties, `${where}: ${key} is not in the specification`);
}

describe('exchange metadata services', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let x: Exchange;
  const spec = parseYaml(fs.readFileSync(new URL('../../fixtures/openapi/information-mediator-directory-services.yaml', import.meta.url), 'utf8')) as Spec;
  const schemas = spec.components.schemas;

  before(async () => {
    backend = await startBackend();
    x = await startExchange(backend.url);
  });
  after(async () => {
    await x.close();
    await backend.close();
  });

  it('lists the instance\u2019s members and their subsystems without a credential', async () => {
    const res = await fetch(`${x.gatewayUrl}/listClients`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { member: { name: string; id: Record<string, string> }[] };
    assertKeysIn(body, schemas.restClientDetailsListType!, 'list');
    for (const m of body.member) {
      assertKeysIn(m, schemas.restClientDetailsType!, 'client');
      assertKeysIn(m.id, schemas.restClientDetailsType!.properties!.id as { properties: Record<string, unknown> }, 'id');
    }
    const applications = body.member.filter((m) => m.id.objectType === 'APPLICATION').map((m) => `${m.id.instanceId}/${m.id.memberClass}/${m.id.memberCode}/${m.id.applicationCode}`);
    assert.deepEqual(applications.sort(), [x.providerSubsystem.identifier, x.consumerSubsystem.identifier].sort());
    const provider = body.member.find((m) => m.id.objectType === 'MEMBER' && m.id.memberCode === 'so-khcn');
    assert.match(provider?.name ?? '', /Sở Khoa học và Công nghệ/);
    const other = (await (await fetch(`${x.gatewayUrl}/listClients?instanceId=VN-HN`)).json()) as { member: unknown[] };
    assert.deepEqual(other.member, []);
  });

  it('lists the provider\u2019s methods, and only those the caller may use as allowed', async () => {
    const path = `/r1/${x.providerSubsystem.identifier}`;
    const listed = await call(x, `${path}/listMethods`);
    assert.equal(listed.status, 200, listed.text);
    const all = listed.json<{ member: { serviceCode: string; serviceVersion: string; endpointList: { member: { method: string; path: string }[] } }[] }>();
    assertKeysIn(all, schemas.restServiceDetailsListType!, 'list');
    assertKeysIn(all.member[0]!, schemas.restServiceDetailsType!, 'service');
    assert.equal(all.member[0]!.serviceCode, 'ho-so');
    assert.equal(all.member[0]!.serviceVersion, '1.3.0');
    assert.ok(all.member[0]!.endpointList.member.some((e) => e.method === 'GET' && e.path === '/items/*'));

    const none = await call(x, `${path}/allowedMethods`);
    assert.deepEqual(none.json<{ member: unknown[] }>().member, []);
    const getItem = x.service.endpoints.find((e) => e.method === 'GET' && e.path === '/items/{id}')!;
    assert.equal((await x.provider.post(`${base}/services/${x.service.id}/rights`, { client: x.consumerSubsystem.identifier, endpointIds: [getItem.id] })).status, 200);
    const allowed = (await call(x, `${path}/allowedMethods`)).json<{ member: { endpointList: { member: { method: string; path: string }[] } }[] }>();
    assert.deepEqual(allowed.member[0]!.endpointList.member, [{ method: 'GET', path: '/items/*' }]);
    assert.deepEqual((await call(x, `${path}/listMethods?serviceId=khong-co`)).json<{ member: unknown[] }>().member, []);
    // Metadata services are called like any service: with a client and its credential.
    const anonymous = await fetch(`${x.gatewayUrl}${path}/listMethods`);
    assert.equal(anonymous.headers.get('x-road-error'), 'Client.BadRequest');
  });

  it('gives the description with the gateway as its server', async () => {
    const path = `/r1/${x.providerSubsystem.identifier}`;
    const res = await call(x, `${path}/getOpenAPI?serviceCode=ho-so`);
    assert.equal(res.status, 200, res.text);
    const doc = res.json<{ openapi: string; servers: { url: string }[] }>();
    assert.equal(doc.openapi, '3.0.3');
    assert.deepEqual(doc.servers, [{ url: `${x.t.config.publicUrl}/r1/${x.service.identifier}` }]);
    assert.ok(!res.text.includes('backend.internal'));
    assert.equal((await call(x, `${path}/getOpenAPI`)).headers.get('x-road-error'), 'Client.BadRequest');
    assert.equal((await call(x, `${path}/getOpenAPI?serviceCode=khong-co`)).headers.get('x-road-error'), 'Server.ServerProxy.UnknownService');
  });
});
