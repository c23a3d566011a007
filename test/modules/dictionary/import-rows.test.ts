// Import errors name the row as the spreadsheet shows it (the header is row 1), also after empty rows.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';

const csv = { 'content-type': 'text/csv' };
const xlsxType = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

describe('import row numbers', () => {
  let t: TestApp;
  let officer: TestClient;
  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    const list = await officer.post('/api/v1/dictionary/code-lists', { code: 'linh-vuc-dong', name: { vi: 'Lĩnh vực thử', en: 'Test fields' }, definition: 'Danh mục thử.', ownerAgencyId: 'so-khcn', levels: ['Lĩnh vực', 'Nhóm'] });
    assert.equal(list.status, 201, list.body);
  });
  after(() => t.close());

  it('count empty rows, in CSV and XLSX, as the spreadsheet does', async () => {
    const url = '/api/v1/dictionary/code-lists/linh-vuc-dong/items/import';
    const file = 'code,name_vi,level\r\nA,An,1\r\n\r\n,,\r\nB,Bê,99\r\n';
    const error = assertError(await officer.request('POST', url, file, csv), 400, 'IMPORT_FAILED');
    assert.deepEqual((error.details as { row: number; field: string }[]).map((d) => [d.row, d.field]), [[5, 'level']]);
    assert.match(error.message.en, /the header being row 1/);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mục');
    sheet.addRow(['code', 'name_vi', 'level']);
    sheet.addRow(['A', 'An', 1]);
    sheet.getCell('A9').value = 'B';
    sheet.getCell('B9').value = 'Bê';
    sheet.getCell('C9').value = 99;
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = assertError(await officer.request('POST', url, buffer, xlsxType), 400, 'IMPORT_FAILED');
    assert.deepEqual((fromXlsx.details as { row: number }[]).map((d) => d.row), [9]);
  });
});
