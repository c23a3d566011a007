import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError, injectionStrings } from '../../helpers/assert.js';
import { sampleElement } from '../../helpers/fixtures.js';

interface Governed {
  code: string;
  status: string;
  version: string;
  approvedVersion: string | null;
  replacedBy: string | null;
  name: { vi: string; en: string };
  definition: string;
}
interface Change {
  action: string;
  version: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  comment: string | null;
  actor: string;
}
interface Item {
  code: string;
  name: { vi: string; en: string };
  parent?: string;
  level: number;
}
type PageOf<T> = { items: T[]; total: number };

const element = sampleElement;

describe('data dictionary', () => {
  let t: TestApp;
  let officer: TestClient;
  let otherOfficer: TestClient;
  let reviewer: TestClient;
  let viewer: TestClient;
  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    otherOfficer = await t.as('officer', 'so-y-te');
    reviewer = await t.as('reviewer');
    viewer = await t.as('viewer');
  });
  after(() => t.close());

  it('holds the administrative units of the 34 provinces and 3,321 communes, looked up by code and by name without diacritics', async () => {
    const list = (await t.anonymous.get('/api/v1/dictionary/code-lists/don-vi-hanh-chinh')).json<Governed & { itemCount: number }>();
    assert.equal(list.status, 'approved');
    assert.equal(list.itemCount, 34 + 3321);
    assert.equal((await t.anonymous.get('/api/v1/dictionary/code-lists/don-vi-hanh-chinh/items?level=1&limit=1')).json<PageOf<Item>>().total, 34);
    assert.equal((await t.anonymous.get('/api/v1/dictionary/code-lists/don-vi-hanh-chinh/items?parent=33&limit=1')).json<PageOf<Item>>().total, 104);
    const found = (await t.anonymous.get(`/api/v1/dictionary/code-lists/don-vi-hanh-chinh/items?q=${encodeURIComponent('pho hien')}`)).json<PageOf<Item>>();
    assert.deepEqual(
      found.items.map((i) => [i.code, i.name.vi, i.parent]),
      [['11953', 'Phường Phố Hiến', '33']],
    );
    const byCode = (await t.anonymous.get('/api/v1/dictionary/code-lists/don-vi-hanh-chinh/items?q=33')).json<PageOf<Item>>();
    assert.equal(byCode.items[0]?.name.vi, 'Tỉnh Hưng Yên', 'an exact code comes first');
    assert.equal((await t.anonymous.get('/api/v1/dictionary/code-lists/don-vi-hanh-chinh/items/11953')).json<Item>().name.en.includes('Pho Hien'), true);
    assertError(await t.anonymous.get('/api/v1/dictionary/code-lists/don-vi-hanh-chinh/items/99999'), 404, 'NOT_FOUND');

    const ethnic = (await t.anonymous.get('/api/v1/dictionary/code-lists/dan-toc/items?limit=100')).json<PageOf<Item>>();
    assert.equal(ethnic.total, 54);
    assert.equal(ethnic.items.find((i) => i.code === '01')?.name.vi, 'Kinh');
    assert.equal((await t.anonymous.get(`/api/v1/dictionary/code-lists/dan-toc/items?q=${encodeURIComponent('o du')}`)).json<PageOf<Item>>().items[0]?.name.vi, 'Ơ Đu');
    assert.equal((await t.anonymous.get('/api/v1/dictionary/code-lists/quoc-tich/items/VN')).json<Item>().name.vi, 'Việt Nam');
    assert.equal((await t.anonymous.get('/api/v1/dictionary/code-lists/gioi-tinh/items?limit=10')).json<PageOf<Item>>().total, 3);
  });

  it('takes an element from draft through review to approval, and shows the public only what was approved', async () => {
    const created = await officer.post('/api/v1/dictionary/elements', element());
    assert.equal(created.status, 201, created.body);
    assert.deepEqual([created.json<Governed>().status, created.json<Governed>().version, created.json<Governed>().approvedVersion], ['draft', '1.0', null]);
    assertError(await t.anonymous.get('/api/v1/dictionary/elements/ma_ho_so_tthc'), 404, 'NOT_FOUND');
    assert.equal((await t.anonymous.get('/api/v1/dictionary/elements?q=ma ho so')).json<PageOf<Governed>>().total, 0);

    assertError(await otherOfficer.post('/api/v1/dictionary/elements/ma_ho_so_tthc/submit'), 403, 'FORBIDDEN');
    assert.equal((await officer.post('/api/v1/dictionary/elements/ma_ho_so_tthc/submit')).json<Governed>().status, 'in_review');
    assertError(await officer.post('/api/v1/dictionary/elements/ma_ho_so_tthc/approve'), 403, 'FORBIDDEN');
    assertError(await reviewer.post('/api/v1/dictionary/elements/ma_ho_so_tthc/return'), 400, 'VALIDATION_FAILED');
    const returned = await reviewer.post('/api/v1/dictionary/elements/ma_ho_so_tthc/return', { comment: 'Bổ sung từ đồng nghĩa' });
    assert.equal(returned.json<Governed>().status, 'draft');
    assertError(await reviewer.post('/api/v1/dictionary/elements/ma_ho_so_tthc/approve'), 409, 'INVALID_TRANSITION');
    await officer.post('/api/v1/dictionary/elements/ma_ho_so_tthc/submit');
    const approved = (await reviewer.post('/api/v1/dictionary/elements/ma_ho_so_tthc/approve')).json<Governed>();
    assert.deepEqual([approved.status, approved.version, approved.approvedVersion], ['approved', '1.0', '1.0']);
    const search = (await t.anonymous.get(`/api/v1/dictionary/elements?q=${encodeURIComponent('ma bien nhan')}`)).json<PageOf<Governed>>();
    assert.deepEqual(search.items.map((e) => e.code), ['ma_ho_so_tthc'], 'synonyms are searched, diacritics ignored');

    // A compatible change is a minor version; the public keeps seeing the approved one until it is approved.
    const edited = await officer.put('/api/v1/dictionary/elements/ma_ho_so_tthc', { ...element({ definition: 'Mã số hồ sơ do Hệ thống giải quyết TTHC tỉnh cấp.' }), changeNote: 'Làm rõ định nghĩa' });
    assert.equal(edited.status, 200, edited.body);
    assert.deepEqual([edited.json<Governed>().status, edited.json<Governed>().version, edited.json<Governed>().approvedVersion], ['draft', '1.1', '1.0']);
    const publicView = (await t.anonymous.get('/api/v1/dictionary/elements/ma_ho_so_tthc')).json<Governed>();
    assert.deepEqual([publicView.version, publicView.status], ['1.0', 'approved']);
    assert.match(publicView.definition, /^Mã số do Hệ thống/);
    // Nor does the public find it by words only the draft has.
    assert.equal((await t.anonymous.get(`/api/v1/dictionary/elements?q=${encodeURIComponent('tthc tinh cap')}`)).json<PageOf<Governed>>().total, 0);
    assert.equal((await officer.get(`/api/v1/dictionary/elements?q=${encodeURIComponent('tthc tinh cap')}`)).json<PageOf<Governed>>().total, 1);
    assert.equal((await t.anonymous.get('/api/v1/dictionary/elements?status=draft')).json<PageOf<Governed>>().total, 0);
    assert.ok((await t.anonymous.get('/api/v1/dictionary/elements?status=approved&limit=100')).json<PageOf<Governed>>().items.some((e) => e.code === 'ma_ho_so_tthc'));
    // A narrower length breaks data that was valid: a major version.
    const narrowed = (await officer.put('/api/v1/dictionary/elements/ma_ho_so_tthc', element({ definition: 'Mã số hồ sơ do Hệ thống giải quyết TTHC tỉnh cấp.', maxLength: 30 }))).json<Governed>();
    assert.equal(narrowed.version, '2.0');

    const changes = (await officer.get('/api/v1/dictionary/elements/ma_ho_so_tthc/changes')).json<PageOf<Change>>().items;
    const maxLength = changes.find((c) => c.field === 'maxLength');
    assert.deepEqual([maxLength?.oldValue, maxLength?.newValue, maxLength?.version, maxLength?.action], [40, 30, '2.0', 'update']);
    const definition = changes.find((c) => c.field === 'definition');
    assert.equal(definition?.comment, 'Làm rõ định nghĩa');
    assert.match(definition?.actor ?? '', /officer/);
    assert.ok(changes.some((c) => c.action === 'return' && c.comment === 'Bổ sung từ đồng nghĩa'));
    assertError(await t.anonymous.get('/api/v1/dictionary/elements/ma_ho_so_tthc/changes'), 401, 'UNAUTHENTICATED');
    const versions = (await officer.get('/api/v1/dictionary/elements/ma_ho_so_tthc/versions')).json<{ version: string }[]>();
    assert.deepEqual(versions.map((v) => v.version), ['1.0']);
  });

  it('refuses bad elements with a clear error and keeps nothing', async () => {
    const cases: [Record<string, unknown>, number, string, string?][] = [
      [element({ code: 'mau_sai', pattern: '[0-9' }), 400, 'INVALID_PATTERN', 'pattern'],
      [element({ code: 'ma_khong_danh_muc', dataType: 'code', pattern: undefined, maxLength: undefined }), 400, 'VALIDATION_FAILED', 'codeList'],
      [element({ code: 'danh_muc_la', dataType: 'code', codeList: 'khong-co', pattern: undefined, maxLength: undefined }), 400, 'UNKNOWN_CODE_LIST', 'codeList'],
      [element({ code: 'khoang_nguoc', dataType: 'integer', pattern: undefined, maxLength: undefined, minimum: 10, maximum: 1 }), 400, 'VALIDATION_FAILED', 'minimum'],
      [element({ code: 'ngay_sai', dataType: 'date', pattern: undefined, maxLength: undefined, minimum: '2025-02-30' }), 400, 'VALIDATION_FAILED', 'minimum'],
      
      [element({ code: 'kieu_sai', maxLength: '40' }), 400, 'VALIDATION_FAILED'],
      [element({ code: 'thua_truong', extra: 1 }), 400, 'VALIDATION_FAILED'],
      [element({ code: 'co dau cách' }), 400, 'VALIDATION_FAILED'],
      [element({ code: 'so_dinh_danh_ca_nhan' }), 409, 'CODE_TAKEN'],
    ];
    for (const [body, status, code, field] of cases) {
      const error = assertError(await officer.post('/api/v1/dictionary/elements', body), status, code);
      if (field) assert.equal((error.details as { field: string }[])[0]?.field, field, `${code} names the field`);
    }
    assertError(await officer.request('POST', '/api/v1/dictionary/elements', '{"code": "x",', { 'content-type': 'application/json' }), 400, 'INVALID_JSON');
    assertError(await officer.post('/api/v1/dictionary/elements', element({ code: 'y_te', ownerAgencyId: 'so-y-te' })), 403, 'FORBIDDEN');
    assertError(await reviewer.post('/api/v1/dictionary/elements', element({ code: 'co_quan_la', ownerAgencyId: 'khong-co' })), 400, 'UNKNOWN_AGENCY');
    assertError(await viewer.post('/api/v1/dictionary/elements', element({ code: 'nguoi_xem' })), 403, 'FORBIDDEN');
    assertError(await t.anonymous.post('/api/v1/dictionary/elements', element({ code: 'vo_danh' })), 401, 'UNAUTHENTICATED');
    assertError(await officer.get('/api/v1/dictionary/elements/khong_co'), 404, 'NOT_FOUND');
    assertError(await officer.put('/api/v1/dictionary/elements/ma_ho_so_tthc', element({ code: 'doi_ma' })), 400, 'CODE_IMMUTABLE');
    assertError(await officer.post('/api/v1/dictionary/elements/ma_ho_so_tthc/publish'), 400, 'VALIDATION_FAILED');
    const total = (await reviewer.get('/api/v1/dictionary/elements?limit=1')).json<PageOf<Governed>>().total;
    assert.equal(total, 27 + 1, 'only the seed and the one element created above');

    // Injection strings are data: stored and returned verbatim, never executed.
    for (const [i, text] of injectionStrings.filter((s) => !s.includes('\u0000')).entries()) {
      const res = await officer.post('/api/v1/dictionary/elements', element({ code: `chuoi_${i}`, name: { vi: text, en: text }, definition: text, pattern: undefined }));
      assert.equal(res.status, 201, res.body);
      assert.equal(res.json<Governed>().name.vi, text);
      assert.equal((await officer.delete(`/api/v1/dictionary/elements/chuoi_${i}`)).status, 204);
    }
    assertError(await officer.post('/api/v1/dictionary/elements', element({ code: 'nul', definition: 'a\u0000b' })), 400, 'INVALID_TEXT');
  });

  it('builds entities only from current elements, approves them after their elements, and exports JSON Schema 2020-12', async () => {
    await officer.post('/api/v1/dictionary/elements', element({ code: 'ten_thu_tuc', name: { vi: 'Tên thủ tục', en: 'Procedure name' }, pattern: undefined, maxLength: 500, examples: ['Cấp giấy phép xây dựng'] }));
    const entity = {
      code: 'ho_so_tthc',
      name: { vi: 'Hồ sơ thủ tục hành chính', en: 'Administrative procedure file' },
      definition: 'Hồ sơ một công dân hoặc doanh nghiệp nộp để giải quyết thủ tục hành chính.',
      ownerAgencyId: 'so-khcn',
      attributes: [
        { element: 'ma_ho_so_tthc', required: true, cardinality: 'one' },
        { element: 'ten_thu_tuc', required: true, cardinality: 'one' },
        { element: 'so_dinh_danh_ca_nhan', name: 'so_dinh_danh_nguoi_nop', required: false, cardinality: 'one' },
        { element: 'ma_xa', required: true, cardinality: 'one' },
        { element: 'ngay_cap_nhat', required: false, cardinality: 'one' },
      ],
      relations: [{ kind: 'refers_to', target: 'cong_dan', cardinality: 'one' }],
    };
    const created = await officer.post('/api/v1/dictionary/entities', entity);
    assert.equal(created.status, 201, created.body);
    assertError(await officer.post('/api/v1/dictionary/entities', { ...entity, code: 'trung_ten', attributes: [...entity.attributes, { element: 'ma_xa', required: false, cardinality: 'one' }] }), 400, 'VALIDATION_FAILED');
    assertError(await officer.post('/api/v1/dictionary/entities', { ...entity, code: 'la', attributes: [{ element: 'khong_co', required: true, cardinality: 'one' }] }), 400, 'UNKNOWN_ELEMENT');
    assertError(await officer.post('/api/v1/dictionary/entities', { ...entity, code: 'quan_he_la', relations: [{ kind: 'has', target: 'khong_co', cardinality: 'many' }] }), 400, 'UNKNOWN_ENTITY');

    await officer.post('/api/v1/dictionary/entities/ho_so_tthc/submit');
    const blocked = assertError(await reviewer.post('/api/v1/dictionary/entities/ho_so_tthc/approve'), 409, 'DEPENDENCY_NOT_APPROVED');
    assert.match(blocked.message.vi, /ten_thu_tuc/);
    assertError(await t.anonymous.get('/api/v1/dictionary/entities/ho_so_tthc/schema.json'), 404, 'NOT_FOUND');
    assertError(await officer.get('/api/v1/dictionary/entities/ho_so_tthc/schema.json'), 409, 'NOT_APPROVED');
    await officer.post('/api/v1/dictionary/elements/ten_thu_tuc/submit');
    await reviewer.post('/api/v1/dictionary/elements/ten_thu_tuc/approve');
    // ma_ho_so_tthc has an approved 1.0 under revision (2.0 draft): the entity can use the approved one.
    assert.equal((await reviewer.post('/api/v1/dictionary/entities/ho_so_tthc/approve')).json<Governed>().status, 'approved');

    const res = await t.anonymous.get('/api/v1/dictionary/entities/ho_so_tthc/schema.json');
    assert.equal(res.status, 200, res.body);
    assert.match(String(res.headers['content-type']), /application\/schema\+json/);
    const schema = res.json<{ $schema: string; required: string[]; properties: Record<string, { pattern?: string; enum?: string[]; maxLength?: number; format?: string }> }>();
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.required, ['ma_ho_so_tthc', 'ten_thu_tuc', 'ma_xa']);
    assert.equal(schema.properties.ma_ho_so_tthc?.maxLength, 40, 'the approved version 1.0, not the 2.0 draft');
    assert.equal(schema.properties.ma_xa?.enum?.length, 3321);
    assert.equal(schema.properties.ngay_cap_nhat?.format, 'date-time');

    const template = await t.anonymous.get('/api/v1/dictionary/entities/ho_so_tthc/template.csv?example=true');
    assert.equal(template.status, 200);
    const rows = parse(template.body, { bom: true }) as string[][];
    assert.deepEqual(rows[0], ['ma_ho_so_tthc', 'ten_thu_tuc', 'so_dinh_danh_nguoi_nop', 'ma_xa', 'ngay_cap_nhat']);
    assert.equal(rows[1]?.[1], 'Cấp giấy phép xây dựng');
  });

  it('refuses an entity that uses a deprecated element, and names the replacement', async () => {
    await officer.post('/api/v1/dictionary/elements', element({ code: 'ma_cu', pattern: undefined }));
    assertError(await officer.post('/api/v1/dictionary/elements/ma_cu/deprecate', { replacedBy: 'ma_ho_so_tthc' }), 403, 'FORBIDDEN');
    assertError(await reviewer.post('/api/v1/dictionary/elements/ma_cu/deprecate', { replacedBy: 'ma_cu' }), 400, 'INVALID_REPLACEMENT');
    const deprecated = (await reviewer.post('/api/v1/dictionary/elements/ma_cu/deprecate', { replacedBy: 'ma_ho_so_tthc', comment: 'Trùng' })).json<Governed>();
    assert.deepEqual([deprecated.status, deprecated.replacedBy], ['deprecated', 'ma_ho_so_tthc']);
    const refused = assertError(
      await officer.post('/api/v1/dictionary/entities', {
        code: 'dung_ma_cu',
        name: { vi: 'Thử', en: 'Try' },
        definition: 'Thử.',
        ownerAgencyId: 'so-khcn',
        attributes: [{ element: 'ma_cu', required: true, cardinality: 'one' }],
        relations: [],
      }),
      400,
      'DEPRECATED_REFERENCE',
    );
    assert.match(refused.message.vi, /ma_ho_so_tthc/);
    assertError(await officer.put('/api/v1/dictionary/elements/ma_cu', element({ code: 'ma_cu' })), 409, 'DEPRECATED');
  });

  it('keeps a code list a tree: parents one level up, no cycles; every item change is logged and versioned', async () => {
    const list = { code: 'linh-vuc-tthc', name: { vi: 'Lĩnh vực thủ tục hành chính', en: 'Procedure fields' }, definition: 'Lĩnh vực và nhóm thủ tục.', ownerAgencyId: 'so-khcn', levels: ['Lĩnh vực', 'Nhóm'] };
    assert.equal((await officer.post('/api/v1/dictionary/code-lists', list)).status, 201);
    const saved = await officer.put('/api/v1/dictionary/code-lists/linh-vuc-tthc/items', {
      items: [
        { code: 'XD', name: { vi: 'Xây dựng', en: 'Construction' }, level: 1 },
        { code: 'XD.01', name: { vi: 'Cấp phép xây dựng', en: 'Building permits' }, parent: 'XD', level: 2 },
      ],
    });
    assert.deepEqual(saved.json(), { added: 2, changed: 0, unchanged: 0, version: '1.1' });
    assertError(await officer.put('/api/v1/dictionary/code-lists/linh-vuc-tthc/items', { items: [{ code: 'XD', name: { vi: 'Xây dựng', en: 'Construction' }, parent: 'XD.01', level: 3 }] }), 400, 'VALIDATION_FAILED');
    const cycle = assertError(
      await officer.put('/api/v1/dictionary/code-lists/linh-vuc-tthc/items', {
        items: [
          { code: 'A', name: { vi: 'A', en: 'A' }, parent: 'B', level: 2 },
          { code: 'B', name: { vi: 'B', en: 'B' }, parent: 'A', level: 2 },
        ],
      }),
      400,
      'CODE_CYCLE',
    );
    assert.match(cycle.message.en, /A → B → A/);
    assertError(await officer.put('/api/v1/dictionary/code-lists/linh-vuc-tthc/items', { items: [{ code: 'C', name: { vi: 'C', en: 'C' }, parent: 'khong-co', level: 2 }] }), 400, 'UNKNOWN_PARENT');
    assertError(await otherOfficer.put('/api/v1/dictionary/code-lists/linh-vuc-tthc/items', { items: [{ code: 'D', name: { vi: 'D', en: 'D' }, level: 1 }] }), 403, 'FORBIDDEN');
    assert.equal((await officer.get('/api/v1/dictionary/code-lists/linh-vuc-tthc/items')).json<PageOf<Item>>().total, 2, 'the refused batches left nothing');

    const csv = 'code,name_vi,name_en,parent,level\r\nYT,Y tế,Health,,1\r\nYT.01,Khám chữa bệnh,Medical care,YT,2\r\nXD.01,Cấp giấy phép xây dựng,Building permits,XD,2\r\n';
    const imported = await officer.request('POST', '/api/v1/dictionary/code-lists/linh-vuc-tthc/items/import', csv, { 'content-type': 'text/csv' });
    assert.equal(imported.status, 200, imported.body);
    assert.deepEqual(imported.json(), { added: 2, changed: 1, unchanged: 0, version: '1.2' });
    const badCsv = 'code,name_vi,level\r\nZ,Zeta,1\r\nZ.1,Zeta một,x\r\n';
    const failed = assertError(await officer.request('POST', '/api/v1/dictionary/code-lists/linh-vuc-tthc/items/import', badCsv, { 'content-type': 'text/csv' }), 400, 'IMPORT_FAILED');
    assert.deepEqual((failed.details as { row: number; field: string }[]).map((d) => [d.row, d.field]), [[3, 'level']]);
    assertError(await officer.request('POST', '/api/v1/dictionary/code-lists/linh-vuc-tthc/items/import', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), { 'content-type': 'application/octet-stream' }), 400, 'FILE_ENCODING');

    const log = (await officer.get('/api/v1/dictionary/code-lists/linh-vuc-tthc/changes')).json<PageOf<Change>>().items;
    const renamed = log.find((c) => c.field === 'items.XD.01' && c.oldValue !== null);
    assert.equal((renamed?.newValue as Item).name.vi, 'Cấp giấy phép xây dựng');
    assertError(await officer.delete('/api/v1/dictionary/code-lists/linh-vuc-tthc/items/XD'), 409, 'IN_USE');
    assert.equal((await officer.delete('/api/v1/dictionary/code-lists/linh-vuc-tthc/items/XD.01')).status, 204);
    assert.equal((await officer.get('/api/v1/dictionary/code-lists/linh-vuc-tthc')).json<Governed>().version, '2.0', 'removing a code breaks data that used it');
  });

  it('deletes only what nothing uses', async () => {
    const usage = assertError(await reviewer.delete('/api/v1/dictionary/elements/so_dinh_danh_ca_nhan'), 409, 'IN_USE');
    assert.ok((usage.details as { source: string; code: string }[]).some((u) => u.source === 'entity' && u.code === 'cong_dan'));
    assertError(await officer.delete('/api/v1/dictionary/code-lists/dan-toc'), 403, 'FORBIDDEN');
    assertError(await reviewer.delete('/api/v1/dictionary/code-lists/dan-toc'), 409, 'IN_USE');
    await officer.post('/api/v1/dictionary/elements', element({ code: 'tam_thoi', pattern: undefined }));
    assert.equal((await officer.delete('/api/v1/dictionary/elements/tam_thoi')).status, 204);
    assertError(await officer.get('/api/v1/dictionary/elements/tam_thoi'), 404, 'NOT_FOUND');
  });

  it('imports elements from CSV all or nothing, naming each bad row', async () => {
    const header = 'code,name_vi,name_en,definition,data_type,pattern,max_length,classification,owner_agency_id,synonyms,examples';
    const bad = [header, 'so_giay_phep,Số giấy phép,Permit number,Số giấy phép xây dựng.,text,,50,public,so-khcn,số GP,GP-001', 'ngay_cap,Ngày cấp,Issue date,Ngày cấp giấy.,ngay,,,public,so-khcn,,', 'mau_loi,Mẫu lỗi,Bad,Sai.,text,[a-,,public,so-khcn,,'].join('\n');
    const failed = assertError(await officer.request('POST', '/api/v1/dictionary/elements/import', bad, { 'content-type': 'text/csv' }), 400, 'IMPORT_FAILED');
    assert.deepEqual((failed.details as { row: number; field?: string }[]).map((d) => [d.row, d.field]), [[3, 'data_type'], [4, 'pattern']]);
    assertError(await officer.get('/api/v1/dictionary/elements/so_giay_phep'), 404, 'NOT_FOUND');
    const good = [header, 'so_giay_phep,Số giấy phép,Permit number,Số giấy phép xây dựng.,text,,50,public,so-khcn,số GP;số giấy phép XD,GP-001'].join('\n');
    const imported = await officer.request('POST', '/api/v1/dictionary/elements/import', good, { 'content-type': 'text/csv' });
    assert.deepEqual(imported.json(), { created: 1, updated: 0, unchanged: 0, rows: 1 });
    const created = (await officer.get('/api/v1/dictionary/elements/so_giay_phep')).json<Governed & { synonyms: string[]; maxLength: number }>();
    assert.deepEqual([created.status, created.maxLength, created.synonyms], ['draft', 50, ['số GP', 'số giấy phép XD']]);
    assertError(await otherOfficer.request('POST', '/api/v1/dictionary/elements/import', good, { 'content-type': 'text/csv' }), 400, 'IMPORT_FAILED');
  });
});
