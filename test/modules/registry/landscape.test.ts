/**
 * The province-wide picture: the integration map (systems, relations, exchanges by channel, filters) and the landscape
 * heat map (components × agencies by the compliance of the implementing systems), from systems this test registers.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';
import type { SystemInput } from '../../../src/modules/registry/model.js';

interface MapNode {
  id: string;
  code: string;
  layer: string;
  ownerAgencyId: string;
  lifecycle: string;
  compliance: 'failing' | 'warnings_only' | 'passing' | null;
}
type MapEdge = { kind: 'relation'; fromId: string; toId: string; type: string } | { kind: 'exchange'; fromId: string; toId: string; channel: string; interfaces: string[] };
interface IntegrationMap {
  nodes: MapNode[];
  edges: MapEdge[];
  edgesOutside: number;
}
interface Cell {
  componentCode: string;
  agencyId: string;
  systems: number;
  failing: number;
  warningsOnly: number;
  passing: number;
  notEvaluated: number;
  result: string;
}
interface HeatMap {
  components: { code: string; layer: string }[];
  agencies: { id: string; nameVi: string }[];
  cells: Cell[];
}

describe('province-wide landscape', () => {
  let t: TestApp;
  let admin: TestClient;
  let viewer: TestClient;
  /** System ids by code. */
  const ids = new Map<string, string>();
  const id = (code: string) => ids.get(code) ?? assert.fail(`no system ${code}`);

  const register = async (system: SystemInput) => {
    const res = await admin.post('/api/v1/registry/systems', system);
    assert.equal(res.status, 201, res.body);
    ids.set(system.code, res.json<{ id: string }>().id);
  };
  const map = async (query = '') => {
    const res = await viewer.get(`/api/v1/registry/landscape/map${query}`);
    assert.equal(res.status, 200, res.body);
    return res.json<IntegrationMap>();
  };
  const codesOf = (m: IntegrationMap) => m.nodes.map((n) => n.code).sort();
  const edgeCodes = (m: IntegrationMap) => {
    const code = new Map(m.nodes.map((n) => [n.id, n.code]));
    return m.edges.map((e) => `${code.get(e.fromId)} ${e.kind === 'relation' ? e.type : e.channel} ${code.get(e.toId)}`).sort();
  };

  before(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
    viewer = await t.as('viewer');
    // The provincial platform (layer II), the police's and a ministry-facing system, then the health department's
    // two systems that exchange with them over the three channels.
    await register(sampleSystem({ code: 'T-LGSP', kind: 'platform', layer: 'II', components: [{ code: 'II.2(1)', link: 'implements' }] }));
    await register(sampleSystem({ code: 'T-CA', ownerAgencyId: 'cong-an-tinh', components: [{ code: 'III.2(1)', link: 'implements' }] }));
    await register(sampleSystem({ code: 'T-VP', ownerAgencyId: 'van-phong-ubnd', components: [{ code: 'III.2(10)', link: 'uses' }] }));
    await register(
      sampleSystem({
        code: 'T-YTE-1',
        ownerAgencyId: 'so-y-te',
        components: [{ code: 'III.2(1)', link: 'implements' }],
        interfaces: [
          // Point to point with another agency's system: fails the LGSP rule (an error).
          { name: 'Tra cứu cư trú', direction: 'consumes', channel: 'direct', counterpartSystemId: id('T-CA') },
          { name: 'Gửi báo cáo', direction: 'provides', channel: 'lgsp', counterpartSystemId: id('T-VP') },
          { name: 'Báo cáo Bộ', direction: 'provides', channel: 'ndxp', counterpartAgencyId: 'van-phong-ubnd' },
        ],
      }),
    );
    await register(sampleSystem({ code: 'T-YTE-2', ownerAgencyId: 'so-y-te', components: [{ code: 'III.2(1)', link: 'implements' }] }));
    // The other side declares the same LGSP exchange (one edge), and one over NDXP of its own.
    const vp = await admin.patch(`/api/v1/registry/systems/${id('T-VP')}`, {
      interfaces: [
        { name: 'Nhận báo cáo y tế', direction: 'consumes', channel: 'lgsp', counterpartSystemId: id('T-YTE-1') },
        { name: 'Đồng bộ văn bản', direction: 'consumes', channel: 'ndxp', counterpartSystemId: id('T-YTE-2') },
      ],
    });
    assert.equal(vp.status, 200, vp.body);
    // A retired system that implemented III.2(1), and a relation to it.
    await register(sampleSystem({ code: 'T-CU', ownerAgencyId: 'so-y-te', lifecycle: 'retired', components: [{ code: 'III.2(1)', link: 'implements' }] }));
    for (const [from, to, type] of [['T-YTE-2', 'T-CU', 'replaces'], ['T-YTE-1', 'T-LGSP', 'uses']] as const) {
      const res = await admin.post(`/api/v1/registry/systems/${id(from)}/relations`, { toId: id(to), type });
      assert.equal(res.status, 201, res.body);
    }
  });
  after(() => t.close());

  it('draws every current system with its relations and its exchanges by channel, one edge per exchange', async () => {
    const all = await map();
    assert.deepEqual(codesOf(all), ['T-CA', 'T-LGSP', 'T-VP', 'T-YTE-1', 'T-YTE-2'], 'the retired system is left out');
    // Consumer → provider; T-VP's declaration of the LGSP exchange and T-YTE-1's are one edge.
    assert.deepEqual(edgeCodes(all), ['T-VP lgsp T-YTE-1', 'T-VP ndxp T-YTE-2', 'T-YTE-1 direct T-CA', 'T-YTE-1 uses T-LGSP']);
    const lgsp = all.edges.find((e) => e.kind === 'exchange' && e.channel === 'lgsp');
    assert.ok(lgsp?.kind === 'exchange');
    assert.deepEqual(lgsp.interfaces.sort(), ['Gửi báo cáo', 'Nhận báo cáo y tế']);
    assert.equal(all.edgesOutside, 1, 'the relation to the retired system is counted, not drawn');
    // The colours come from the stored compliance: the point-to-point link to the police fails the LGSP rule.
    assert.equal(all.nodes.find((n) => n.code === 'T-YTE-1')?.compliance, 'failing');
    for (const n of all.nodes) {
      const system = (await viewer.get(`/api/v1/registry/systems/${n.id}`)).json<{ compliance: { result: string } | null }>();
      assert.equal(n.compliance, system.compliance?.result ?? null, `${n.code}: the map says what the system page says`);
    }
  });

  it('narrows the map by layer, agency, component and lifecycle, drawing only edges between systems shown', async () => {
    const health = await map('?agency=so-y-te');
    assert.deepEqual(codesOf(health), ['T-YTE-1', 'T-YTE-2']);
    assert.deepEqual(health.edges, [], 'their exchanges are with other agencies\u2019 systems');
    // Two exchanges and a relation of T-YTE-1, an exchange and the replaced system of T-YTE-2.
    assert.equal(health.edgesOutside, 5);

    const layerII = await map('?layer=II');
    assert.deepEqual(codesOf(layerII), ['T-LGSP']);

    const implementers = await map('?component=III.2(1)');
    assert.deepEqual(codesOf(implementers), ['T-CA', 'T-YTE-1', 'T-YTE-2']);
    assert.deepEqual(edgeCodes(implementers), ['T-YTE-1 direct T-CA']);

    const retired = await map('?lifecycle=retired');
    assert.deepEqual(codesOf(retired), ['T-CU'], 'retired systems when asked for');
    assert.deepEqual(codesOf(await map('?layer=III&agency=so-y-te&component=III.2(10)')), [], 'filters combine');
  });

  it('counts, per component and agency, the implementing systems by their compliance', async () => {
    const res = await viewer.get('/api/v1/registry/landscape/heatmap');
    assert.equal(res.status, 200, res.body);
    const heat = res.json<HeatMap>();
    assert.equal(heat.components.length, 67, 'every component of the framework is a row');
    assert.deepEqual(heat.agencies.map((a) => a.id).sort(), ['cong-an-tinh', 'so-khcn', 'so-y-te'], 'columns: agencies owning an implementing system (T-VP only uses one)');
    assert.ok(heat.agencies.find((a) => a.id === 'so-y-te')?.nameVi.includes('Y tế'));

    const cell = heat.cells.find((c) => c.componentCode === 'III.2(1)' && c.agencyId === 'so-y-te');
    assert.ok(cell, 'a cell for the health department\u2019s implementers of III.2(1)');
    // The two current systems, counted as their own pages say; the retired one is not counted.
    const results = await Promise.all(['T-YTE-1', 'T-YTE-2'].map(async (code) => (await viewer.get(`/api/v1/registry/systems/${id(code)}`)).json<{ compliance: { result: string } }>().compliance.result));
    assert.equal(cell.systems, 2);
    assert.equal(cell.failing, results.filter((r) => r === 'failing').length);
    assert.equal(cell.failing, 1);
    assert.equal(cell.warningsOnly, results.filter((r) => r === 'warnings_only').length);
    assert.equal(cell.passing, results.filter((r) => r === 'passing').length);
    assert.equal(cell.notEvaluated, 0);
    assert.equal(cell.result, 'failing', 'a cell is as bad as its worst system');

    const police = heat.cells.find((c) => c.componentCode === 'III.2(1)' && c.agencyId === 'cong-an-tinh');
    assert.equal(police?.systems, 1);
    assert.notEqual(police?.result, 'failing');
    assert.equal(heat.cells.filter((c) => c.componentCode === 'III.2(10)').length, 0, 'using a component is not implementing it');
    assert.equal(heat.cells.length, 3);

    // The cell's link: the systems list filtered the same way shows the same systems.
    const listed = await viewer.get('/api/v1/registry/systems?component=III.2(1)&agency=so-y-te&link=implements&active=true');
    assert.deepEqual(listed.json<{ items: { code: string }[] }>().items.map((s) => s.code), ['T-YTE-1', 'T-YTE-2']);

    const layerIII = (await viewer.get('/api/v1/registry/landscape/heatmap?layer=III')).json<HeatMap>();
    assert.ok(layerIII.components.every((c) => c.layer === 'III'));
    assert.deepEqual(layerIII.agencies.map((a) => a.id).sort(), ['cong-an-tinh', 'so-y-te']);
  });

  it('follows a change: a fixed interface moves the cell out of failing', async () => {
    const fixed = await admin.patch(`/api/v1/registry/systems/${id('T-YTE-1')}`, {
      interfaces: [{ name: 'Tra cứu cư trú', direction: 'consumes', channel: 'lgsp', counterpartSystemId: id('T-CA') }],
    });
    assert.equal(fixed.status, 200, fixed.body);
    const heat = (await viewer.get('/api/v1/registry/landscape/heatmap')).json<HeatMap>();
    const cell = heat.cells.find((c) => c.componentCode === 'III.2(1)' && c.agencyId === 'so-y-te');
    assert.equal(cell?.failing, 0);
    assert.notEqual(cell?.result, 'failing');
    assert.ok(edgeCodes(await map()).includes('T-YTE-1 lgsp T-CA'), 'the map shows the exchange on its new channel');
  });

  it('is for signed-in users, and refuses values it does not know', async () => {
    assertError(await t.anonymous.get('/api/v1/registry/landscape/map'), 401, 'UNAUTHENTICATED');
    assertError(await t.anonymous.get('/api/v1/registry/landscape/heatmap'), 401, 'UNAUTHENTICATED');
    assertError(await viewer.get('/api/v1/registry/landscape/map?layer=V'), 400, 'VALIDATION_FAILED');
    assertError(await viewer.get('/api/v1/registry/landscape/map?lifecycle=gone'), 400, 'VALIDATION_FAILED');
    assertError(await viewer.get(`/api/v1/registry/landscape/map?agency=${'x'.repeat(101)}`), 400, 'VALIDATION_FAILED');
    assertError(await viewer.get('/api/v1/registry/landscape/heatmap?layer=5'), 400, 'VALIDATION_FAILED');
    assertError(await viewer.get('/api/v1/registry/systems?link=owns'), 400, 'VALIDATION_FAILED');
  });
});
