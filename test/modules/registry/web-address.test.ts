import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';

// One check of a web address for every way a system arrives: the form's API, and the XLSX import.
describe('web addresses of systems', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('refuses what is not an http(s) address from the form and from the template, and lets a change clear it', async () => {
    const officer = await t.as('officer', 'so-khcn');
    const refused = assertError(await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'URL-1', url: 'dichvucong hung yen' })), 400, 'VALIDATION_FAILED');
    assert.ok((refused.details as { field: string }[]).some((d) => d.field === 'body.url'), JSON.stringify(refused.details));
    assert.equal((await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'URL-2', url: 'https://dichvucong.hungyen.gov.vn' }))).status, 201);
    assert.equal((await officer.patch('/api/v1/registry/systems/URL-2', { url: '' })).status, 200, 'an empty address clears it');

    const ExcelJS = (await import('exceljs')).default;
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/registry/import/template.xlsx', headers: { cookie: officer.cookie ?? '' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Hệ thống')!;
    const columns = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, index) => columns.set(String(cell.value), index));
    const set = (header: RegExp, value: string) => (sheet.getRow(2).getCell([...columns].find(([h]) => header.test(h))![1]).value = value);
    set(/^Mã hệ thống/, 'URL-3');
    set(/^Loại/, 'information_system');
    set(/^Tên \(tiếng Việt\)/, 'Cổng thông tin');
    set(/^Mã cơ quan chủ quản/, 'so-khcn');
    set(/^Vòng đời/, 'in_use');
    set(/^Lớp kiến trúc/, 'IV');
    set(/^Địa chỉ truy cập/, 'www.hungyen.gov.vn');
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registry/import/xlsx',
      payload: Buffer.from(await workbook.xlsx.writeBuffer()),
      headers: { cookie: officer.cookie ?? '', 'x-csrf-token': officer.csrfToken ?? '', 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    assert.equal(imported.statusCode, 400, imported.body);
    const body = JSON.parse(imported.body) as { code: string; details: { errors: { row: number; field: string }[] } };
    assert.equal(body.code, 'IMPORT_FAILED');
    assert.deepEqual(body.details.errors.map((e) => [e.row, e.field]), [[2, 'url']]);
  });
});
