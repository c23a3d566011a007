import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';
import { generateDemoSystems } from '../../../src/modules/registry/demo.js';

interface Finding {
  row: number;
  field: string;
  problem: string;
  value?: string;
  message: { vi: string; en: string };
}
interface Summary {
  rows: number;
  validRows: number;
  invalidRows: number;
  findings: number;
  byField: Record<string, Record<string, number>>;
  truncated: boolean;
}
interface Run {
  id: string;
  entityCode: string;
  entityVersion: string;
  source: string;
  fileName: string | null;
  summary: Summary;
}

const citizen = {
  so_dinh_danh_ca_nhan: '033090001234',
  ho_va_ten: 'Nguyễn Văn An',
  ngay_sinh: '1990-05-12',
  gioi_tinh: '1',
  quoc_tich: 'VN',
  ma_tinh_thuong_tru: '33',
  ma_xa_thuong_tru: '11953',
  so_dien_thoai: ['0912345678'],
};

const csvFile = [
  'so_dinh_danh_ca_nhan,ho_va_ten,ngay_sinh,gioi_tinh,quoc_tich,ma_xa_thuong_tru',
  '033090001234,Nguyễn Văn An,1990-05-12,1,VN,11953',
  '12345,Trần Thị Bình,30/02/1990,9,VN,11953',
  '034195012345,,12/11/1995,2,XX,99999',
  '035201000001,Lê Văn Cường,2001-01-01,1,VN,',
].join('\r\n');

describe('validation of records and files against an entity, and mapping of registry systems', () => {
  let t: TestApp;
  let officer: TestClient;
  let healthOfficer: TestClient;
  let reviewer: TestClient;
  before(async () => {
    t = await startTestApp({ moduleSettings: { dictionary: { validationMaxBytes: 200_000 } } });
    officer = await t.as('officer', 'so-khcn');
    healthOfficer = await t.as('officer', 'so-y-te');
    reviewer = await t.as('reviewer');
  });
  after(() => t.close());

  it('validates a JSON record and an array, naming each field and problem in Vietnamese and English', async () => {
    const good = await t.anonymous.post('/api/v1/dictionary/entities/cong_dan/validate', citizen);
    assert.equal(good.status, 200, good.body);
    assert.deepEqual(good.json<{ summary: Summary }>().summary.validRows, 1);

    const res = await t.anonymous.post('/api/v1/dictionary/entities/cong_dan/validate', [
      citizen,
      { ...citizen, so_dinh_danh_ca_nhan: '0330900012', gioi_tinh: '7', ho_va_ten: 42, so_thich: 'đọc sách' },
      { ho_va_ten: 'Phạm Thị Dung', ngay_sinh: '1899-12-31', gioi_tinh: '2', quoc_tich: 'VN', so_dinh_danh_ca_nhan: '033199001122' },
    ]);
    assert.equal(res.status, 200, res.body);
    const { summary, findings } = res.json<{ summary: Summary; findings: Finding[] }>();
    assert.deepEqual([summary.rows, summary.validRows, summary.invalidRows], [3, 1, 2]);
    const problems = findings.map((f) => `${f.row}:${f.field}:${f.problem}`).sort();
    // One finding per value: the 10-digit number is too short, not also badly formed.
    assert.deepEqual(problems, ['2:gioi_tinh:unknown_code', '2:ho_va_ten:wrong_type', '2:so_dinh_danh_ca_nhan:too_short', '2:so_thich:unknown_field', '3:ngay_sinh:out_of_range']);
    for (const f of findings) assert.ok(f.message.vi.length > 10 && f.message.en.length > 10);
    assert.match(findings.find((f) => f.problem === 'too_short')?.message.vi ?? '', /so_dinh_danh_ca_nhan/);

    const asCsv = await t.anonymous.request('POST', '/api/v1/dictionary/entities/cong_dan/validate', JSON.stringify([{ ...citizen, gioi_tinh: '7' }]), {
      'content-type': 'application/json',
      accept: 'text/csv',
    });
    assert.equal(asCsv.status, 200);
    const rows = parse(asCsv.body, { bom: true, columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((r) => [r['Dòng / Row'], r['Trường / Field'], r['Lỗi / Problem']]), [['1', 'gioi_tinh', 'unknown_code']]);

    assertError(await t.anonymous.post('/api/v1/dictionary/entities/khong_co/validate', citizen), 404, 'NOT_FOUND');
    assertError(await t.anonymous.request('POST', '/api/v1/dictionary/entities/cong_dan/validate', '"chuỗi"', { 'content-type': 'application/json' }), 400, 'VALIDATION_FAILED');
  });

  it('agrees with the exported JSON Schema on what is valid', async () => {
    const schema = (await t.anonymous.get('/api/v1/dictionary/entities/cong_dan/schema.json')).json<Record<string, unknown>>();
    const ajv = addFormats.default(new Ajv2020({ strict: false, allErrors: true }));
    assert.ok(ajv.validateSchema(schema), `a valid 2020-12 schema: ${ajv.errorsText(ajv.errors)}`);
    const check = ajv.compile(schema);
    const samples = [
      citizen,
      { ...citizen, so_dinh_danh_ca_nhan: '12345' },
      { ...citizen, gioi_tinh: '9' },
      { ...citizen, ho_va_ten: undefined },
      { ...citizen, ma_xa_thuong_tru: '99999' },
      { ...citizen, ngay_sinh: '1990-02-30' },
      { ...citizen, so_dien_thoai: ['12'] },
      { ...citizen, them: 1 },
    ];
    const ours = (await t.anonymous.post('/api/v1/dictionary/entities/cong_dan/validate', samples)).json<{ findings: Finding[] }>().findings;
    samples.forEach((sample, i) => {
      const oursValid = !ours.some((f) => f.row === i + 1);
      assert.equal(check(JSON.parse(JSON.stringify(sample))), oursValid, `sample ${i + 1}: JSON Schema and the validator agree`);
    });
  });

  it('validates an uploaded CSV, keeps the run, and gives the findings back as a page and as CSV', async () => {
    assertError(await t.anonymous.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', csvFile, { 'content-type': 'text/csv' }), 401, 'UNAUTHENTICATED');
    const res = await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file?fileName=cong-dan.csv', csvFile, { 'content-type': 'text/csv' });
    assert.equal(res.status, 201, res.body);
    const run = res.json<Run>();
    assert.deepEqual([run.entityCode, run.entityVersion, run.source, run.fileName], ['cong_dan', '1.0', 'csv', 'cong-dan.csv']);
    assert.deepEqual([run.summary.rows, run.summary.validRows, run.summary.invalidRows], [4, 2, 2], 'the last row leaves an optional commune empty');
    assert.equal(run.summary.byField.ngay_sinh?.wrong_type, 1, '30/02/1990 is not a date');

    const page = (await officer.get(`/api/v1/dictionary/validation-runs/${run.id}/findings?limit=100`)).json<{ items: Finding[]; total: number }>();
    assert.equal(page.total, run.summary.findings);
    const problems = page.items.map((f) => `${f.row}:${f.field}:${f.problem}`);
    // Rows as the spreadsheet shows them: the header is row 1, so the first data row is row 2.
    for (const expected of ['3:so_dinh_danh_ca_nhan:too_short', '3:gioi_tinh:unknown_code', '4:ho_va_ten:missing', '4:quoc_tich:unknown_code', '4:ma_xa_thuong_tru:unknown_code']) {
      assert.ok(problems.includes(expected), `${expected} in ${problems.join(', ')}`);
    }
    const onlyGender = (await officer.get(`/api/v1/dictionary/validation-runs/${run.id}/findings?field=gioi_tinh`)).json<{ items: Finding[] }>();
    assert.deepEqual(onlyGender.items.map((f) => f.value), ['9']);

    const download = await officer.get(`/api/v1/dictionary/validation-runs/${run.id}/findings.csv`);
    assert.equal(download.status, 200);
    assert.match(String(download.headers['content-disposition']), /attachment/);
    const rows = parse(download.body, { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.length, run.summary.findings);
    assert.ok(rows.some((r) => r['Trường / Field'] === 'ho_va_ten' && /ho_va_ten/.test(r['Thông báo / Message (vi)'] ?? '')));

    assert.ok((await officer.get('/api/v1/dictionary/validation-runs')).json<{ items: Run[] }>().items.some((r) => r.id === run.id));
    assertError(await healthOfficer.get(`/api/v1/dictionary/validation-runs/${run.id}`), 404, 'NOT_FOUND');
    assert.equal((await reviewer.get(`/api/v1/dictionary/validation-runs/${run.id}`)).status, 200);
    assertError(await officer.get('/api/v1/dictionary/validation-runs/not-a-uuid'), 404, 'NOT_FOUND');
  });

  it('validates a file streamed over a real connection, in chunks and without a declared length', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address() as { port: number };
    const lines = [csvFile, ...Array.from({ length: 3000 }, (_, i) => `0330900${String(10000 + i).padStart(5, '0')},Người thứ ${i},1990-05-12,2,VN,11953`)].join('\r\n');
    const bytes = Buffer.from(lines);
    // A body sent as a stream goes out chunked: the server learns its size only by reading it.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 4096) controller.enqueue(bytes.subarray(i, i + 4096));
        controller.close();
      },
    });
    const res = await fetch(`http://127.0.0.1:${address.port}/api/v1/dictionary/entities/cong_dan/validate-file?fileName=lon.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: officer.cookie ?? '', 'x-csrf-token': officer.csrfToken ?? '' },
      body,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 201, await res.clone().text());
    const run = (await res.json()) as Run;
    assert.deepEqual([run.summary.rows, run.summary.validRows], [3004, 3002]);

    // A 2 GB upload is refused from its declared length, before the server reads it.
    const refusal = await new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: address.port,
          method: 'POST',
          path: '/api/v1/dictionary/entities/cong_dan/validate-file',
          headers: { 'content-type': 'text/csv', 'content-length': String(2 * 1024 ** 3), cookie: officer.cookie ?? '', 'x-csrf-token': officer.csrfToken ?? '' },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
        },
      );
      req.on('error', reject);
      req.write('so_dinh_danh_ca_nhan,ho_va_ten\r\n');
    });
    assert.equal(refusal.status, 413, refusal.body);
    assert.equal((JSON.parse(refusal.body) as { code: string }).code, 'FILE_TOO_LARGE');
    // The server does not go on reading (and discarding) the 2 GB: it closes the connection.
    assert.equal(refusal.connection, 'close');
  });

  it('validates an XLSX workbook, dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Công dân');
    sheet.addRow(['Số định danh cá nhân', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Quốc tịch']);
    sheet.addRow(['033090001234', 'Nguyễn Văn An', new Date(Date.UTC(1990, 4, 12)), '1', 'VN']);
    sheet.addRow(['033090001235', 'Trần Văn Bình', 'không rõ', '1', 'VN']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', file, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    assert.equal(res.status, 201, res.body);
    const run = res.json<Run>();
    assert.deepEqual([run.source, run.summary.rows, run.summary.validRows], ['xlsx', 2, 1]);
    assert.deepEqual(Object.keys(run.summary.byField), ['ngay_sinh'], 'headers matched by Vietnamese name');
  });

  it('refuses files it cannot read, and keeps no run for them', async () => {
    const before = (await officer.get('/api/v1/dictionary/validation-runs')).json<{ total: number }>().total;
    // "Họ và tên" in Windows-1258, as legacy tools save it.
    const legacy = Buffer.concat([Buffer.from('so_dinh_danh_ca_nhan,ho_va_ten\r\n033090001234,H'), Buffer.from([0xef, 0x20, 0x76, 0xe0, 0x20, 0x74, 0xea, 0x6e]), Buffer.from('\r\n')]);
    assertError(await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', legacy, { 'content-type': 'text/csv' }), 400, 'FILE_ENCODING');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assertError(await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', png, { 'content-type': 'application/octet-stream' }), 415, 'UNSUPPORTED_FILE');
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const legacyExcel = assertError(await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', xls, { 'content-type': 'application/vnd.ms-excel' }), 415, 'FILE_LEGACY_EXCEL');
    assert.match(legacyExcel.message.vi, /\.xls/);
    const fakeXlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    assertError(
      await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', fakeXlsx, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      400,
      'FILE_NOT_XLSX',
    );
    const big = `${csvFile}\r\n${'033090001234,Nguyễn Văn An,1990-05-12,1,VN,11953\r\n'.repeat(5000)}`;
    assertError(await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', big, { 'content-type': 'text/csv' }), 413, 'FILE_TOO_LARGE');
    assertError(await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', csvFile, { 'content-type': 'image/png' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    assertError(await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', '', { 'content-type': 'text/csv' }), 400, 'FILE_EMPTY');
    assert.equal((await officer.get('/api/v1/dictionary/validation-runs')).json<{ total: number }>().total, before);
  });

  it('refuses validation against an entity without an approved version', async () => {
    await officer.post('/api/v1/dictionary/entities', {
      code: 'nhap',
      name: { vi: 'Nháp', en: 'Draft' },
      definition: 'Chưa duyệt.',
      ownerAgencyId: 'so-khcn',
      attributes: [{ element: 'ho_va_ten', required: true, cardinality: 'one' }],
      relations: [],
    });
    assertError(await officer.post('/api/v1/dictionary/entities/nhap/validate', { ho_va_ten: 'A' }), 409, 'NOT_APPROVED');
    assertError(await officer.request('POST', '/api/v1/dictionary/entities/nhap/validate-file', 'ho_va_ten\r\nA\r\n', { 'content-type': 'text/csv' }), 409, 'NOT_APPROVED');
  });

  it('maps a system\u2019s data objects to elements, and checks rule II.2(6) and conformance per agency with them', async () => {
    const refused = assertError(
      await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-DC', dataObjects: [{ name: 'Công dân', personal: true, sensitive: false, elements: ['khong_co'] }] })),
      400,
      'UNKNOWN_ELEMENT',
    );
    assert.equal((refused.details as { field: string }[])[0]?.field, 'dataObjects.0.elements.0');

    const created = await officer.post(
      '/api/v1/registry/systems',
      sampleSystem({
        code: 'HY-DC',
        dataObjects: [
          { name: 'Công dân', personal: true, sensitive: false, elements: ['so_dinh_danh_ca_nhan', 'ho_va_ten'] },
          { name: 'Văn bản đến', personal: false, sensitive: false },
        ],
      }),
    );
    assert.equal(created.status, 201, created.body);
    const id = created.json<{ id: string }>().id;
    const rule = async () =>
      (await officer.get(`/api/v1/registry/systems/${id}/compliance`)).json<{ findings: { ruleId: string; outcome: string; message?: { vi: string } }[] }>().findings.find((f) => f.ruleId === 'DICTIONARY_MAPPED');
    assert.equal((await rule())?.outcome, 'fail');
    assert.match((await rule())?.message?.vi ?? '', /1\/2/);

    const conformance = (await officer.get('/api/v1/registry/data-mapping?agency=so-khcn')).json<{ systems: { code: string; mapped: number; total: number }[]; agencies: { agencyId: string; share: number }[] }>();
    assert.deepEqual(conformance.systems.find((s) => s.code === 'HY-DC'), { ...conformance.systems.find((s) => s.code === 'HY-DC'), mapped: 1, total: 2 });
    assert.equal(conformance.agencies[0]?.agencyId, 'so-khcn');

    // An element a system uses cannot be deleted; the usage names the system.
    const inUse = assertError(await reviewer.delete('/api/v1/dictionary/elements/ho_va_ten'), 409, 'IN_USE');
    assert.ok((inUse.details as { source: string; code: string }[]).some((u) => u.source === 'registry' && u.code === 'HY-DC'));

    await officer.patch(`/api/v1/registry/systems/${id}`, {
      dataObjects: [
        { name: 'Công dân', personal: true, sensitive: false, elements: ['so_dinh_danh_ca_nhan', 'ho_va_ten'] },
        { name: 'Văn bản đến', personal: false, sensitive: false, elements: ['ngay_cap_nhat'] },
      ],
    });
    assert.equal((await rule())?.outcome, 'pass');
    // Deprecating an element re-checks the systems that map to it.
    await reviewer.post('/api/v1/dictionary/elements/ngay_cap_nhat/deprecate', { comment: 'Thử' });
    assert.equal((await rule())?.outcome, 'fail');
  });

  it('generates demo systems whose data objects are partly mapped, so conformance varies across agencies', async () => {
    await generateDemoSystems(t.database.db, 60);
    const { systems } = (await reviewer.get('/api/v1/registry/data-mapping')).json<{ systems: { code: string; mapped: number; total: number }[] }>();
    const demo = systems.filter((s) => s.code.startsWith('DEMO-') && s.total > 0);
    assert.ok(demo.some((s) => s.mapped > 0), 'some demo data objects are mapped');
    assert.ok(demo.some((s) => s.mapped < s.total), 'and some are not');
  });
});
