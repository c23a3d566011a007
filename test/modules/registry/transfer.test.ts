import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../src/core/db.js';

const xsd = path.resolve('test/fixtures/archimate/archimate3_Diagram.xsd');

function validate(xml: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-archimate-'));
  const file = path.join(dir, 'model.xml');
  fs.writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe('registry exchange: ArchiMate', () => {
  let source: TestApp;
  let target: TestApp;
  let officer: TestClient;
  let exported = '';
  before(async () => {
    source = await startTestApp();
    target = await startTestApp();
    officer = await source.as('officer', 'so-khcn');
    const lgsp = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-LGSP', kind: 'platform', layer: 'II', name: { vi: 'Nền tảng tích hợp, chia sẻ dữ liệu <LGSP> & "NDXP"', en: 'Integration platform' }, components: [{ code: 'II.2(1)', link: 'implements' }] }))).json<{ id: string }>();
    const db = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-CSDL', kind: 'database', layer: 'II', name: { vi: 'Cơ sở dữ liệu cán bộ', en: 'Civil servants database' }, components: [] }))).json<{ id: string }>();
    // Text that looks like entity references (as in the seed's «Sở TT&TT;»): written as text, read back as text.
    const app = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-QLVB', purpose: 'Do Sở TT&TT; vận hành &#65; &amp; &lt;' }))).json<{ id: string }>();
    await officer.post(`/api/v1/registry/systems/${app.id}/relations`, { toId: lgsp.id, type: 'uses', note: 'Qua LGSP &TT; &#x41;' });
    await officer.post(`/api/v1/registry/systems/${app.id}/relations`, { toId: db.id, type: 'uses' });
    await officer.post(`/api/v1/registry/systems/${db.id}/relations`, { toId: lgsp.id, type: 'part_of' });
  });
  after(async () => {
    await source.close();
    await target.close();
  });

  it('exports the whole model as an Open Exchange file that validates against the ArchiMate 3.1 schema', async () => {
    const res = await officer.get('/api/v1/registry/export/archimate');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /application\/xml/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="kientruc-hung-yen-\d{4}-\d{2}-\d{2}\.xml"/);
    exported = res.body;
    const check = validate(exported);
    assert.ok(check.ok, check.output);
    assert.match(exported, /Nền tảng tích hợp, chia sẻ dữ liệu &lt;LGSP&gt; &amp; "NDXP"|Nền tảng tích hợp, chia sẻ dữ liệu &lt;LGSP&gt; &amp; &quot;NDXP&quot;/);
    for (const expected of ['Lớp Hạ tầng số và an ninh mạng dùng chung', 'Sở Khoa học và Công nghệ', 'HY-QLVB']) assert.ok(exported.includes(expected), expected);
  });

  it('imports that file into another installation with its systems and relations, unverified', async () => {
    const reviewer = await target.as('reviewer');
    const dry = await reviewer.request('POST', '/api/v1/registry/import/archimate?dryRun=true', exported, { 'content-type': 'application/xml' });
    assert.equal(dry.status, 200, dry.body);
    assert.deepEqual(dry.json<{ created: number; relations: number }>().created, 3);
    assert.equal((await reviewer.get('/api/v1/registry/systems')).json<{ total: number }>().total, 0, 'a dry run writes nothing');

    const res = await reviewer.request('POST', '/api/v1/registry/import/archimate', exported, { 'content-type': 'application/xml' });
    assert.equal(res.status, 200, res.body);
    const result = res.json<{ created: number; relations: number; skipped: unknown[] }>();
    assert.equal(result.created, 3);
    assert.equal(result.relations, 3);
    const systems = (await reviewer.get('/api/v1/registry/systems?limit=10')).json<{ items: { code: string; kind: string; verified: boolean; ownerAgencyId: string; status: string }[] }>();
    assert.deepEqual(systems.items.map((s) => [s.code, s.kind, s.ownerAgencyId, s.verified, s.status]), [
      ['HY-CSDL', 'database', 'so-khcn', false, 'draft'],
      ['HY-LGSP', 'platform', 'so-khcn', false, 'draft'],
      ['HY-QLVB', 'information_system', 'so-khcn', false, 'draft'],
    ]);
    const relations = (await reviewer.get('/api/v1/registry/systems/HY-QLVB/relations')).json<{ items: { type: string; note: string | null; to: { code: string } }[] }>();
    assert.deepEqual(relations.items.map((r) => `${r.type}:${r.to.code}:${r.note ?? ''}`).sort(), ['uses:HY-CSDL:', 'uses:HY-LGSP:Qua LGSP &TT; &#x41;']);
    const qlvb = (await reviewer.get('/api/v1/registry/systems/HY-QLVB')).json<{ purpose: string }>();
    assert.equal(qlvb.purpose, 'Do Sở TT&TT; vận hành &#65; &amp; &lt;');

    const again = (await reviewer.request('POST', '/api/v1/registry/import/archimate', exported, { 'content-type': 'application/xml' })).json<{ created: number; updated: number; relations: number }>();
    assert.deepEqual([again.created, again.updated, again.relations], [0, 0, 0], 'importing the same file twice changes nothing');
  });

  it('audits each relation the import adds, as one added by hand, with who imported it', async () => {
    const entries = await queryRows<{ action: string; actor_label: string; after: { from: string; to: string; type: string } }>(
      target.database.db,
      sql`select action, actor_label, after from audit_log where entity = 'system_relation' order by seq`,
    );
    assert.deepEqual(entries.map((e) => `${e.action}:${e.after.from}>${e.after.to}:${e.after.type}`).sort(), ['create:HY-CSDL>HY-LGSP:part_of', 'create:HY-QLVB>HY-CSDL:uses', 'create:HY-QLVB>HY-LGSP:uses']);
    assert.ok(entries.every((e) => e.actor_label.includes('@')), 'the reviewer who imported is the actor, by e-mail');
    assert.equal(entries.length, 3, 'the dry run and the second import audited nothing');
  });

  it('opens a model exported by Archi: application elements become systems, relationships relations', async () => {
    const fresh = await startTestApp();
    try {
      const admin = await fresh.as('admin');
      const xml = fs.readFileSync('test/fixtures/archimate/archi-sample.xml', 'utf8');
      const res = await admin.request('POST', '/api/v1/registry/import/archimate', xml, { 'content-type': 'application/xml' });
      assert.equal(res.status, 200, res.body);
      const result = res.json<{ created: number; relations: number; skipped: { type: string }[] }>();
      const systems = (await admin.get('/api/v1/registry/systems?limit=50')).json<{ items: { kind: string; verified: boolean }[] }>();
      assert.equal(systems.items.length, result.created);
      assert.ok(result.created >= 5, `systems created: ${result.created}`);
      assert.ok(result.relations >= 1);
      assert.deepEqual(new Set(systems.items.map((s) => s.kind)), new Set(['information_system', 'platform', 'database', 'api']));
      assert.ok(systems.items.every((s) => !s.verified));
      const skippedTypes = new Set(result.skipped.map((s) => s.type));
      assert.ok(skippedTypes.has('BusinessProcess') && skippedTypes.has('ApplicationFunction'), 'non-system elements are listed as skipped');
    } finally {
      await fresh.close();
    }
  });

  it('refuses malformed or foreign files with the line, and changes nothing', async () => {
    const reviewer = await target.as('reviewer');
    const before = (await reviewer.get('/api/v1/registry/systems')).json<{ total: number }>().total;
    const broken = assertError(await reviewer.request('POST', '/api/v1/registry/import/archimate', '<?xml version="1.0"?>\n<model>\n<elements>\n</model>', { 'content-type': 'application/xml' }), 400, 'XML_NOT_WELL_FORMED');
    assert.ok((broken.details as { line?: number }).line, 'the line is given');
    // An entity XML does not define (a hand-edited «Sở TT&TT;») is not XML: refused with its line and column, in both languages.
    const withEntity = exported.replace('<name xml:lang="vi">Sở Khoa học và Công nghệ</name>', '<name xml:lang="vi">Sở TT&TT; Hưng Yên</name>');
    assert.notEqual(withEntity, exported);
    const entity = assertError(await reviewer.request('POST', '/api/v1/registry/import/archimate', withEntity, { 'content-type': 'application/xml' }), 400, 'XML_NOT_WELL_FORMED');
    const lines = withEntity.split('\n');
    const line = lines.findIndex((l) => l.includes('TT&TT;')) + 1;
    assert.deepEqual(entity.details, { line, column: (lines[line - 1] ?? '').indexOf('&TT;') + '&TT;'.length });
    assert.match(entity.message.en, new RegExp(`^Malformed XML at line ${line}, column \\d+: undefined entity\\. The file is not well-formed XML`));
    assert.match(entity.message.vi, new RegExp(`^XML không hợp lệ ở dòng ${line}, cột \\d+: tham chiếu thực thể không xác định`));
    assertError(await reviewer.request('POST', '/api/v1/registry/import/archimate', '<html><body>hi</body></html>', { 'content-type': 'application/xml' }), 400, 'INVALID_ARCHIMATE');
    assertError(await reviewer.request('POST', '/api/v1/registry/import/archimate', '{"json": true}', { 'content-type': 'application/json' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    assertError(await reviewer.request('POST', '/api/v1/registry/import/archimate', '', { 'content-type': 'application/xml' }), 400, 'INVALID_ARCHIMATE');
    const officerOfTarget = await target.as('officer', 'so-khcn');
    assertError(await officerOfTarget.request('POST', '/api/v1/registry/import/archimate', exported, { 'content-type': 'application/xml' }), 403, 'FORBIDDEN');
    assert.equal((await reviewer.get('/api/v1/registry/systems')).json<{ total: number }>().total, before);
  });
});

describe('registry exchange: CSV, XLSX and the import template', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('imports the systems an officer filled into the template, all or nothing, with errors by row and field', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const officer = await t.as('officer', 'so-khcn');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/registry/import/template.xlsx', headers: { cookie: officer.cookie ?? '' } });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Hệ thống');
    assert.ok(sheet);
    const headerRow = sheet.getRow(1);
    const column = (field: RegExp) => {
      let found = 0;
      headerRow.eachCell((cell, index) => {
        if (!found && field.test(String(cell.value))) found = index;
      });
      assert.ok(found, `a column for ${field}`);
      return found;
    };
    const set = (row: number, field: RegExp, value: string | number) => {
      sheet.getRow(row).getCell(column(field)).value = value === '' ? null : value;
    };
    const fill = (row: number, code: string, owner: string, lifecycle: string) => {
      set(row, /^Mã hệ thống/, code);
      set(row, /^Loại/, 'information_system');
      set(row, /^Tên \(tiếng Việt\)/, `Hệ thống ${code}`);
      set(row, /^Mã cơ quan chủ quản/, owner);
      set(row, /^Vòng đời/, lifecycle);
      set(row, /^Lớp kiến trúc/, 'III');
    };
    fill(2, 'XL-OK', 'so-khcn', 'in_use');
    fill(3, 'XL-BAD', 'so-khcn', 'dang-chay');
    fill(4, 'XL-OTHER', 'so-y-te', 'in_use');
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const send = (url: string, body: Buffer) =>
      t.app.inject({ method: 'POST', url, payload: body, headers: { cookie: officer.cookie ?? '', 'x-csrf-token': officer.csrfToken ?? '', 'content-type': xlsx } });

    const failed = await send('/api/v1/registry/import/xlsx', file);
    assert.equal(failed.statusCode, 400, failed.body);
    const body = JSON.parse(failed.body) as { code: string; details: { errors: { row: number; field: string }[] } };
    assert.equal(body.code, 'IMPORT_FAILED');
    assert.deepEqual(body.details.errors.map((e) => [e.row, e.field]).sort(), [[3, 'lifecycle'], [4, 'ownerAgencyId']]);
    assert.equal((await officer.get('/api/v1/registry/systems')).json<{ total: number }>().total, 0, 'nothing was imported');

    // A row with an error of its own and another agency as owner: both come back at once, each with its column.
    fill(5, 'XL-BOTH', 'so-y-te', 'dang-chay');
    const both = JSON.parse((await send('/api/v1/registry/import/xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))).body) as { details: { errors: { row: number; field: string; column: string }[] } };
    assert.deepEqual(both.details.errors.filter((e) => e.row === 5).map((e) => e.field).sort(), ['lifecycle', 'ownerAgencyId']);
    assert.ok(both.details.errors.every((e) => /^[A-Z]+$/.test(e.column)), JSON.stringify(both.details.errors));

    for (const row of [3, 4, 5]) for (const field of [/^Mã hệ thống/, /^Loại/, /^Tên \(tiếng Việt\)/, /^Mã cơ quan chủ quản/, /^Vòng đời/, /^Lớp kiến trúc/]) set(row, field, '');
    const fixed = Buffer.from(await workbook.xlsx.writeBuffer());
    const dry = await send('/api/v1/registry/import/xlsx?dryRun=true', fixed);
    assert.deepEqual(JSON.parse(dry.body), { created: 1, updated: 0, unchanged: 0, rows: 1 });
    assert.equal((await officer.get('/api/v1/registry/systems')).json<{ total: number }>().total, 0, 'a dry run writes nothing');
    const done = await send('/api/v1/registry/import/xlsx', fixed);
    assert.deepEqual(JSON.parse(done.body), { created: 1, updated: 0, unchanged: 0, rows: 1 });
    const system = (await officer.get('/api/v1/registry/systems/XL-OK')).json<{ status: string; ownerAgencyId: string; compliance: unknown }>();
    assert.equal(system.status, 'draft');
    assert.ok(system.compliance, 'imported systems are evaluated');

    const notXlsx = await send('/api/v1/registry/import/xlsx', Buffer.from('code,name\nA,B\n'));
    assert.equal(notXlsx.statusCode, 400);
    assert.equal(JSON.parse(notXlsx.body).code, 'INVALID_XLSX');
  });

  it('carries the data objects\u2019 dictionary elements in the template, so imported systems meet II.2(6), and exports them back', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const officer = await t.as('officer', 'so-khcn');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/registry/import/template.xlsx', headers: { cookie: officer.cookie ?? '' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Hệ thống')!;
    const columns = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, index) => columns.set(String(cell.value), index));
    const set = (header: RegExp, value: string) => {
      const index = [...columns].find(([h]) => header.test(h))?.[1];
      assert.ok(index, `a column for ${header}`);
      sheet.getRow(2).getCell(index).value = value;
    };
    set(/^Mã hệ thống/, 'XL-MAP');
    set(/^Loại/, 'information_system');
    set(/^Tên \(tiếng Việt\)/, 'Hệ thống quản lý hộ tịch');
    set(/^Mã cơ quan chủ quản/, 'so-khcn');
    set(/^Vòng đời/, 'in_use');
    set(/^Lớp kiến trúc/, 'III');
    set(/^Đối tượng dữ liệu/, 'Hồ sơ công dân [personal] {so_dinh_danh_ca_nhan, ho_va_ten}; Ghi chú nội bộ');
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registry/import/xlsx',
      payload: Buffer.from(await workbook.xlsx.writeBuffer()),
      headers: { cookie: officer.cookie ?? '', 'x-csrf-token': officer.csrfToken ?? '', 'content-type': xlsx },
    });
    assert.equal(done.statusCode, 200, done.body);
    const system = (await officer.get('/api/v1/registry/systems/XL-MAP')).json<{ dataObjects: { name: string; personal: boolean; elements?: string[] }[] }>();
    assert.deepEqual(system.dataObjects[0], { name: 'Hồ sơ công dân', personal: true, sensitive: false, elements: ['so_dinh_danh_ca_nhan', 'ho_va_ten'] });
    assert.equal(system.dataObjects[1]?.elements, undefined);
    const csv = (await officer.get('/api/v1/registry/export/csv')).body;
    assert.match(csv, /Hồ sơ công dân \[personal\] \{so_dinh_danh_ca_nhan, ho_va_ten\}; Ghi chú nội bộ/);
  });

  it('a template without required columns, or with rows in error: 400 IMPORT_FAILED with every error in the declared shape', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const officer = await t.as('officer', 'so-khcn');
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const send = async (rows: (string | number | null)[][]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Hệ thống');
      for (const row of rows) sheet.addRow(row);
      return officer.request('POST', '/api/v1/registry/import/xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), { 'content-type': xlsx });
    };
    type Errors = { errors: { row: number; column: string; field: string; value: string; message: { vi: string; en: string } }[] };
    const shaped = (details: unknown) => {
      const { errors } = details as Errors;
      for (const e of errors) assert.ok(Number.isInteger(e.row) && typeof e.column === 'string' && typeof e.field === 'string' && typeof e.value === 'string' && e.message.vi && e.message.en, JSON.stringify(e));
      return errors;
    };
    const missing = shaped(assertError(await send([['Mã hệ thống', 'Tên (tiếng Việt)', 'Loại'], ['XL-A', 'Hệ thống A', 'information_system']]), 400, 'IMPORT_FAILED').details);
    assert.ok(missing.length > 0 && missing.every((e) => e.row === 1), JSON.stringify(missing));
    assert.deepEqual(missing.map((e) => e.field), ['owner_agency_id', 'lifecycle']);
    const header = ['Mã hệ thống', 'Tên (tiếng Việt)', 'Loại', 'Mã cơ quan chủ quản', 'Vòng đời', 'Lớp kiến trúc'];
    const rows = shaped(assertError(await send([header, ['XL-B', 'Hệ thống B', 'kho', 'so-khcn', 'in_use', 'III'], ['XL-C', '', 'information_system', 'khong-co', 'in_use', 'IX']]), 400, 'IMPORT_FAILED').details);
    assert.deepEqual([...new Set(rows.map((e) => e.row))], [2, 3]);
    for (const code of ['XL-A', 'XL-B', 'XL-C']) assert.equal((await officer.get(`/api/v1/registry/systems/${code}`)).status, 404, 'nothing was imported');
  });

  it('imports the template re-saved by openpyxl and by LibreOffice Calc (test/fixtures/spreadsheet, made by scripts/fixtures/make-spreadsheets.sh)', async () => {
    const officer = await t.as('officer', 'so-khcn');
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const fixture = (name: string) => fs.readFileSync(path.join('test/fixtures/spreadsheet', name));
    // openpyxl writes the header notes as xl/comments/comment1.xml: exceljs failed on it ("not a valid Excel workbook").
    const openpyxl = await officer.request('POST', '/api/v1/registry/import/xlsx', fixture('registry-template.openpyxl.xlsx'), { 'content-type': xlsx });
    assert.equal(openpyxl.status, 200, openpyxl.body);
    assert.deepEqual(openpyxl.json(), { created: 1, updated: 0, unchanged: 0, rows: 1 });
    const libreoffice = await officer.request('POST', '/api/v1/registry/import/xlsx', fixture('registry-template.libreoffice.xlsx'), { 'content-type': xlsx });
    assert.equal(libreoffice.status, 200, libreoffice.body);
    assert.deepEqual(libreoffice.json(), { created: 0, updated: 0, unchanged: 1, rows: 1 }, 'the same system read from both');
    const system = (await officer.get('/api/v1/registry/systems/FX-RESAVED')).json<{ name: { vi: string }; lifecycle: string; ownerAgencyId: string }>();
    assert.deepEqual([system.name.vi, system.lifecycle, system.ownerAgencyId], ['Hệ thống quản lý văn bản (lưu lại bằng chương trình khác)', 'in_use', 'so-khcn']);

    // An Excel 97–2003 file gets the message the dictionary's endpoints give.
    for (const type of [xlsx, 'application/octet-stream']) {
      const xls = assertError(await officer.request('POST', '/api/v1/registry/import/xlsx', fixture('legacy-excel-97.xls'), { 'content-type': type }), 415, 'FILE_LEGACY_EXCEL');
      assert.match(xls.message.en, /\.xls.*save it as "Excel Workbook \(\.xlsx\)" or "CSV UTF-8"/);
    }
  });

  it('exports the registry as CSV and XLSX', async () => {
    const officer = await t.as('officer', 'so-khcn');
    await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'CSV-1', name: { vi: 'Hệ thống "trích dẫn", có dấu phẩy', en: 'Quoted' } }));
    const csv = await officer.get('/api/v1/registry/export/csv');
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.ok(csv.body.startsWith('\uFEFF'), 'BOM for Excel');
    assert.ok(csv.body.includes('"Hệ thống ""trích dẫn"", có dấu phẩy"'));
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/v1/registry/export/xlsx', headers: { cookie: officer.cookie ?? '' } });
    assert.equal(xlsx.statusCode, 200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Hệ thống');
    assert.equal(sheet?.getRow(1).getCell(1).value, 'Mã hệ thống');
    assert.equal(sheet?.getRow(2).getCell(1).value, 'CSV-1');
    assertError(await t.anonymous.get('/api/v1/registry/export/csv'), 401, 'UNAUTHENTICATED');
  });
});
