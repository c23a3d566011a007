/**
 * The public catalogue (issue 8, point 19): approved systems without login, their public facts only, as approved;
 * the systems serving a commune; which systems hold a data element (public, and the registry's signed-in view with
 * its filters).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { registerApproved, sampleElement, sampleSystem } from '../../helpers/fixtures.js';
import { publicCard, type CatalogueContext } from '../../../src/modules/catalogue/api.js';
import type { SystemInput } from '../../../src/modules/registry/model.js';
import { accessibilityLevels, authMethods, documentKinds, exchangeChannels, hostings, ipv6States } from '../../../src/modules/registry/model.js';

interface Card {
  code: string;
  name: { vi: string; en: string };
  owner: { id: string; name: { vi: string; en: string } };
  purpose: string;
  lifecycle: string;
  components: { code: string; link: string; name: { vi: string } }[];
  audiences: string[];
  url: string | null;
  dataElements: { code: string; name: { vi: string } }[];
  commune: { code: string } | null;
  servesEveryCommune: boolean;
  version: number;
}
interface CardPage {
  items: Card[];
  total: number;
}

/** The only properties a public card has. */
const publicKeys = ['audiences', 'code', 'commune', 'components', 'dataElements', 'kind', 'layer', 'lifecycle', 'name', 'owner', 'purpose', 'servesEveryCommune', 'url', 'version'];
const restricted = ['securityLevel', 'hosting', 'hostingNote', 'interfaces', 'contacts', 'documents', 'supplier', 'ipv6', 'authentication', 'dataObjects', 'status', 'compliance', 'waivers', 'id'];

/** A citizen-facing service that meets the channel rules (IV.2). */
const citizenService = (overrides: Partial<SystemInput>) =>
  sampleSystem({ audiences: ['citizens', 'businesses'], uiLanguages: ['vi', 'en'], accessibility: 'wcag_aa', authentication: ['vneid'], ...overrides });

const PHO_HIEN = '11953';

describe('public catalogue', () => {
  let t: TestApp;
  let officer: TestClient;
  let communeOfficer: TestClient;
  let reviewer: TestClient;
  let editedId: string;

  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    communeOfficer = await t.as('officer', `xa-${PHO_HIEN}`);
    reviewer = await t.as('reviewer');
    // A draft element of the department: a data object may name it, the catalogue does not show it.
    assert.equal((await officer.post('/api/v1/dictionary/elements', sampleElement())).status, 201);

    // Approved, internal to agencies, with everything the public must not see filled in.
    editedId = await registerApproved(
      officer,
      reviewer,
      sampleSystem({
        code: 'HY-QLVB',
        url: 'https://qlvb.hungyen.gov.vn',
        hostingNote: 'Tủ rack số 7, phòng máy tầng 3',
        supplier: 'Công ty Bí Mật',
        contacts: [{ name: 'Nguyễn Văn Bình', role: 'Quản trị', email: 'binh@hungyen.gov.vn', phone: '0912345678' }],
        interfaces: [{ name: 'Kết nối nội bộ bí mật', direction: 'provides', channel: 'lgsp', published: true }],
        documents: [{ kind: 'security_approval', title: 'Quyết định phê duyệt cấp độ mật', number: '123/QĐ-UBND' }],
        dataObjects: [{ name: 'Hồ sơ công dân', personal: true, sensitive: false, elements: ['ho_va_ten', 'ma_ho_so_tthc'] }],
      }),
    );
    // Approved, citizen-facing, of a provincial department: it serves every commune.
    await registerApproved(officer, reviewer, citizenService({ code: 'HY-DVC', name: { vi: 'Cổng dịch vụ công tỉnh', en: 'Provincial public service portal' }, dataObjects: [{ name: 'Hồ sơ', personal: false, sensitive: false, elements: ['ho_va_ten'] }] }));
    // Approved, used inside its department only: it serves no commune.
    await registerApproved(officer, reviewer, sampleSystem({ code: 'HY-NOIBO', name: { vi: 'Phần mềm quản lý nội bộ của Sở', en: 'Internal software' }, audiences: ['internal'] }));
    // Approved, of the commune of Phố Hiến.
    await registerApproved(communeOfficer, reviewer, sampleSystem({ code: 'PH-MOTCUA', ownerAgencyId: `xa-${PHO_HIEN}`, name: { vi: 'Phần mềm một cửa phường Phố Hiến', en: '' }, lifecycle: 'building' }));
    // Never approved: a draft, and one awaiting its establishment.
    assert.equal((await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-NHAP', name: { vi: 'Hệ thống bản nháp', en: 'Draft' } }))).status, 201);
    const pending = await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-CHO', name: { vi: 'Hệ thống chờ duyệt', en: 'Pending' } }));
    assert.equal((await officer.post(`/api/v1/registry/systems/${pending.json<{ id: string }>().id}/requests`, { type: 'establish' })).status, 201);
  });
  after(() => t.close());

  it('is readable without login and lists approved systems only', async () => {
    const res = await t.anonymous.get('/api/v1/catalogue/systems');
    assert.equal(res.status, 200, res.body);
    const page = res.json<CardPage>();
    assert.deepEqual(page.items.map((c) => c.code), ['HY-DVC', 'HY-NOIBO', 'HY-QLVB', 'PH-MOTCUA']);
    assert.equal(page.total, 4);
    for (const code of ['HY-NHAP', 'HY-CHO', 'NO-SUCH']) assertError(await t.anonymous.get(`/api/v1/catalogue/systems/${code}`), 404, 'NOT_FOUND');
  });

  it('a card carries the public facts and none of the restricted fields', async () => {
    const res = await t.anonymous.get('/api/v1/catalogue/systems/HY-QLVB');
    assert.equal(res.status, 200, res.body);
    const card = res.json<Card & Record<string, unknown>>();
    assert.deepEqual(Object.keys(card).sort(), publicKeys);
    for (const key of restricted) assert.ok(!(key in card), key);
    for (const secret of ['Tủ rack', 'Bí Mật', 'binh@hungyen.gov.vn', '0912345678', 'Nguyễn Văn Bình', 'Kết nối nội bộ', 'cấp độ mật', '123/QĐ-UBND', 'provincial_dc_hung_yen', 'Hồ sơ công dân']) {
      assert.ok(!res.body.includes(secret), `the card shows ${secret}`);
    }
    assert.equal(card.owner.name.vi, 'Sở Khoa học và Công nghệ');
    assert.equal(card.url, 'https://qlvb.hungyen.gov.vn');
    assert.deepEqual(card.components.map((c) => [c.code, c.link]), [['III.2(10)', 'implements']]);
    assert.ok(card.components[0]?.name.vi);
    // The draft element is not in the catalogue; the approved one is, with its name.
    assert.deepEqual(card.dataElements.map((e) => e.code), ['ho_va_ten']);
    assert.equal(card.dataElements[0]?.name.vi, 'Họ và tên');
    // A department's system serving other agencies serves the communes' People's Committees too.
    assert.equal(card.servesEveryCommune, true);
  });

  it('search ignores diacritics and filters by agency, component, lifecycle and kind', async () => {
    const codes = async (query: string) => (await t.anonymous.get(`/api/v1/catalogue/systems?${query}`)).json<CardPage>().items.map((c) => c.code);
    assert.deepEqual(await codes('q=cong dich vu'), ['HY-DVC']);
    assert.deepEqual(await codes(`q=${encodeURIComponent('PHỐ HIẾN')}`), ['PH-MOTCUA']);
    assert.deepEqual(await codes('agency=so-khcn'), ['HY-DVC', 'HY-NOIBO', 'HY-QLVB']);
    assert.deepEqual(await codes(`component=${encodeURIComponent('III.2(10)')}&lifecycle=building`), ['PH-MOTCUA']);
    assert.deepEqual(await codes('kind=api'), []);
    assertError(await t.anonymous.get('/api/v1/catalogue/systems?lifecycle=secret'), 400, 'VALIDATION_FAILED');
  });

  it('a system changed since its approval shows its approved content until the change is approved', async () => {
    const patched = await officer.patch(`/api/v1/registry/systems/${editedId}`, { name: { vi: 'Tên mới chưa duyệt', en: 'Unapproved name' }, purpose: 'Mục đích mới chưa duyệt', audiences: ['internal'] });
    assert.equal(patched.status, 200, patched.body);
    const card = (await t.anonymous.get('/api/v1/catalogue/systems/HY-QLVB')).json<Card>();
    assert.equal(card.name.vi, 'Hệ thống quản lý văn bản và điều hành');
    assert.equal(card.purpose, sampleSystem().purpose);
    assert.deepEqual(card.audiences, ['internal', 'agencies']);
    assert.equal(card.servesEveryCommune, true);
    assert.equal(card.version, 1);
    // Search reads the approved text too.
    const search = async (q: string) => (await t.anonymous.get(`/api/v1/catalogue/systems?q=${encodeURIComponent(q)}`)).json<CardPage>().items.map((c) => c.code);
    assert.deepEqual(await search('chua duyet'), []);
    assert.deepEqual(await search('quan ly van ban'), ['HY-QLVB']);
    // Once the change is approved, the catalogue shows it.
    const request = await officer.post(`/api/v1/registry/systems/${editedId}/requests`, { type: 'modify' });
    assert.equal(request.status, 201, request.body);
    // While it waits, the approved version still stands.
    assert.equal((await t.anonymous.get('/api/v1/catalogue/systems/HY-QLVB')).json<Card>().name.vi, 'Hệ thống quản lý văn bản và điều hành');
    const decided = await reviewer.post(`/api/v1/registry/requests/${request.json<{ id: string }>().id}/decision`, { decision: 'approve' });
    assert.equal(decided.status, 200, decided.body);
    const after = (await t.anonymous.get('/api/v1/catalogue/systems/HY-QLVB')).json<Card>();
    assert.equal(after.name.vi, 'Tên mới chưa duyệt');
    assert.equal(after.version, 2);
    assert.equal(after.servesEveryCommune, false);
    assert.deepEqual(await search('chua duyet'), ['HY-QLVB']);
  });

  it('a commune page lists its own systems and the provincial ones serving every commune', async () => {
    const res = await t.anonymous.get(`/api/v1/catalogue/communes/${PHO_HIEN}`);
    assert.equal(res.status, 200, res.body);
    const body = res.json<{ commune: { code: string; name: { vi: string }; agency: { id: string } }; systems: CardPage }>();
    assert.equal(body.commune.name.vi, 'Phường Phố Hiến');
    assert.equal(body.commune.agency.id, `xa-${PHO_HIEN}`);
    const codes = body.systems.items.map((c) => c.code);
    // HY-QLVB is internal now (its change was approved above): like HY-NOIBO, it serves no commune.
    assert.deepEqual(codes, ['HY-DVC', 'PH-MOTCUA']);
    const own = body.systems.items.find((c) => c.code === 'PH-MOTCUA');
    assert.equal(own?.commune?.code, PHO_HIEN);
    assert.equal(own?.name.en, 'Phần mềm một cửa phường Phố Hiến');
    assert.equal(body.systems.items.find((c) => c.code === 'HY-DVC')?.servesEveryCommune, true);
    // Another commune sees the provincial service, not Phố Hiến's own.
    const other = (await t.anonymous.get('/api/v1/catalogue/systems?commune=12619')).json<CardPage>().items.map((c) => c.code);
    assert.deepEqual(other, ['HY-DVC']);
    assertError(await t.anonymous.get('/api/v1/catalogue/communes/99999'), 404, 'NOT_FOUND');
    assertError(await t.anonymous.get('/api/v1/catalogue/systems?commune=99999'), 400, 'VALIDATION_FAILED');
  });

  it('an approved element lists the approved systems holding it, by agency and lifecycle', async () => {
    const codes = async (query = '') => (await t.anonymous.get(`/api/v1/catalogue/elements/ho_va_ten/systems${query}`)).json<CardPage>().items.map((c) => c.code);
    assert.deepEqual(await codes(), ['HY-DVC', 'HY-QLVB']);
    assert.deepEqual(await codes('?agency=so-y-te'), []);
    assert.deepEqual(await codes('?lifecycle=in_use&agency=so-khcn'), ['HY-DVC', 'HY-QLVB']);
    // A draft element is not public.
    assertError(await t.anonymous.get('/api/v1/catalogue/elements/ma_ho_so_tthc/systems'), 404, 'NOT_FOUND');
  });

  it("the registry's element view (signed in) lists every system holding it, drafts included, with filters", async () => {
    assertError(await t.anonymous.get('/api/v1/registry/data-mapping/elements/ho_va_ten'), 401, 'UNAUTHENTICATED');
    assert.equal((await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-HO', lifecycle: 'planned', dataObjects: [{ name: 'Hộ gia đình', personal: false, sensitive: false, elements: ['ho_va_ten'] }] }))).status, 201);
    const viewer = await t.as('viewer');
    interface Holder {
      code: string;
      status: string;
      dataObjects: { name: string; personal: boolean }[];
    }
    const get = async (query = '') => {
      const res = await viewer.get(`/api/v1/registry/data-mapping/elements/ho_va_ten${query}`);
      assert.equal(res.status, 200, res.body);
      return res.json<{ items: Holder[]; total: number }>();
    };
    const all = await get();
    assert.deepEqual(all.items.map((s) => s.code), ['HY-DVC', 'HY-HO', 'HY-QLVB']);
    assert.deepEqual(all.items.find((s) => s.code === 'HY-QLVB')?.dataObjects, [{ name: 'Hồ sơ công dân', personal: true, sensitive: false }]);
    assert.deepEqual((await get('?personal=true')).items.map((s) => s.code), ['HY-QLVB']);
    assert.deepEqual((await get('?personal=false')).items.map((s) => s.code), ['HY-DVC', 'HY-HO']);
    assert.deepEqual((await get('?lifecycle=planned')).items.map((s) => s.code), ['HY-HO']);
    assert.deepEqual((await get('?status=draft')).items.map((s) => s.code), ['HY-HO']);
    assert.deepEqual((await get('?agency=so-y-te')).items, []);
    assert.equal((await get('?limit=1')).total, 3);
    assertError(await viewer.get('/api/v1/registry/data-mapping/elements/ho_va_ten?personal=maybe'), 400, 'VALIDATION_FAILED');
  });

  it('property: whatever a record holds, its card shows none of the restricted values', () => {
    const secret = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `SECRET<${s}>`);
    const context: CatalogueContext = {
      agencies: new Map([['so-khcn', { name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' }, kind: 'department', adminUnitCode: null }]]),
      components: new Map(),
      elements: new Map([['ho_va_ten', { vi: 'Họ và tên', en: 'Full name' }]]),
    };
    const record = fc.record({
      contacts: fc.array(fc.record({ name: secret, role: secret, email: secret, phone: secret }), { maxLength: 3 }),
      securityLevel: fc.option(fc.record({ level: fc.integer({ min: 1, max: 5 }), approvalNumber: secret, approvalDate: fc.constant('2025-01-01') }), { nil: null }),
      hosting: fc.constantFrom(...hostings),
      hostingNote: secret,
      ipv6: fc.constantFrom(...ipv6States),
      authentication: fc.uniqueArray(fc.constantFrom(...authMethods)),
      accessibility: fc.constantFrom(...accessibilityLevels),
      interfaces: fc.array(fc.record({ name: secret, direction: fc.constantFrom('provides' as const, 'consumes' as const), channel: fc.constantFrom(...exchangeChannels), protocol: secret, counterpartAgencyId: secret, catalogueUrl: secret }), { maxLength: 3 }),
      documents: fc.array(fc.record({ kind: fc.constantFrom(...documentKinds), title: secret, number: secret, issuer: secret, url: secret }), { maxLength: 3 }),
      dataObjects: fc.array(fc.record({ name: secret, description: secret, personal: fc.boolean(), sensitive: fc.boolean(), elements: fc.subarray(['ho_va_ten']) }), { maxLength: 3 }),
      supplier: secret,
      extra: secret,
    });
    fc.assert(
      fc.property(record, ({ extra, ...restrictedFields }) => {
        // A field the registry may add one day travels along too: the allow-list leaves it out.
        const data = { ...sampleSystem(), ...restrictedFields, futureField: extra };
        const card = publicCard({ id: '00000000-0000-4000-8000-000000000000', data, version: 3 }, context);
        assert.deepEqual(Object.keys(card).sort(), publicKeys);
        assert.ok(!JSON.stringify(card).includes('SECRET<'), JSON.stringify(card));
      }),
      { numRuns: 200 },
    );
  });
});
