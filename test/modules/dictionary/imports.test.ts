// The dictionary's file imports (elements, code-list items): every refusal is a 4xx in the declared error shape, with
// the rows and a Vietnamese and English message for each, and changes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';

interface RowDetail {
  row: number;
  field?: string;
  value?: string;
  message: { vi: string; en: string };
}

/** Every detail names its row and says what is wrong in both languages. */
function rowDetails(details: unknown): RowDetail[] {
  assert.ok(Array.isArray(details), `details is a list: ${JSON.stringify(details)}`);
  for (const d of details as RowDetail[]) {
    assert.equal(typeof d.row, 'number');
    assert.ok(d.message.vi.length > 0 && d.message.en.length > 0, JSON.stringify(d));
  }
  return details as RowDetail[];
}

const csv = { 'content-type': 'text/csv' };
const elementHeader = 'code,name_vi,name_en,definition,data_type,classification,owner_agency_id';

describe('dictionary imports: every error is a 400 in the declared shape, with the rows', () => {
  let t: TestApp;
  let officer: TestClient;
  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    const list = await officer.post('/api/v1/dictionary/code-lists', { code: 'linh-vuc-thu', name: { vi: 'Lĩnh vực thử', en: 'Test fields' }, definition: 'Danh mục thử.', ownerAgencyId: 'so-khcn', levels: ['Lĩnh vực', 'Nhóm'] });
    assert.equal(list.status, 201, list.body);
  });
  after(() => t.close());

  const items = '/api/v1/dictionary/code-lists/linh-vuc-thu/items/import';
  const elements = '/api/v1/dictionary/elements/import';

  it('a file without the required columns: 400 MISSING_COLUMNS listing each column on row 1', async () => {
    const noName = rowDetails(assertError(await officer.request('POST', items, 'code,ten\r\nA,An\r\n', csv), 400, 'MISSING_COLUMNS').details);
    assert.deepEqual(noName.map((d) => [d.row, d.field]), [[1, 'name_vi']]);
    const few = rowDetails(assertError(await officer.request('POST', elements, 'code,name_vi\r\nx,X\r\n', csv), 400, 'MISSING_COLUMNS').details);
    assert.deepEqual(few.map((d) => [d.row, d.field]), [[1, 'name_en'], [1, 'definition'], [1, 'data_type'], [1, 'classification'], [1, 'owner_agency_id']]);
    assert.match(few[0]?.message.en ?? '', /name_en/);
  });

  it('rows in error: 400 IMPORT_FAILED listing every row', async () => {
    const badItems = 'code,name_vi,level,valid_from\r\nA,An,1,\r\nB,,1,\r\nC,Xê,x,01/02/2026\r\n';
    const itemErrors = rowDetails(assertError(await officer.request('POST', items, badItems, csv), 400, 'IMPORT_FAILED').details);
    assert.deepEqual(itemErrors.map((d) => [d.row, d.field]), [[3, 'name_vi'], [4, 'level'], [4, 'valid_from']]);
    // Refused by the code list's own checks (a parent that does not exist), named by the file's row.
    const orphan = rowDetails(assertError(await officer.request('POST', items, 'code,name_vi,parent\r\nA,An,\r\nB,Bê,khong-co\r\n', csv), 400, 'IMPORT_FAILED').details);
    assert.deepEqual(orphan.map((d) => d.row), [3]);
    const cycle = assertError(await officer.request('POST', items, 'code,name_vi,parent,level\r\nA,An,B,2\r\nB,Bê,A,2\r\n', csv), 400, 'IMPORT_FAILED');
    assert.ok(rowDetails(cycle.details).length > 0);

    const badElements = [elementHeader, 'a_1,A,A,Định nghĩa.,ngay,public,so-khcn', 'b_1,B,B,Định nghĩa.,text,bi-mat,so-khcn', 'c_1,C,C,Định nghĩa.,integer,public,so-khcn'].join('\r\n');
    const elementErrors = rowDetails(assertError(await officer.request('POST', elements, `${badElements}\r\n`, csv), 400, 'IMPORT_FAILED').details);
    assert.deepEqual(elementErrors.map((d) => [d.row, d.field]), [[2, 'data_type'], [3, 'classification']]);
    assert.equal((await officer.get('/api/v1/dictionary/code-lists/linh-vuc-thu/items')).json<{ total: number }>().total, 0, 'nothing was written');
    assert.equal((await officer.get('/api/v1/dictionary/elements/c_1')).status, 404, 'nothing was written');
  });

  it('files that cannot be read: 400 with a message, never a 500', async () => {
    for (const url of [items, elements]) {
      assertError(await officer.request('POST', url, Buffer.from('code,name_vi\r\nA,Gi\xe1\r\n', 'latin1'), csv), 400, 'FILE_ENCODING');
      assertError(await officer.request('POST', url, 'code,name_vi\r\n"A,An\r\n', csv), 400, 'CSV_MALFORMED');
      assertError(await officer.request('POST', url, Buffer.from('PK\u0003\u0004 not really a zip', 'latin1'), { 'content-type': 'application/octet-stream' }), 400, 'FILE_NOT_XLSX');
      assertError(await officer.request('POST', url, '', csv), 400, 'FILE_EMPTY');
    }
  });
});

// ---------------------------------------------------------------------------- files other programs write

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/spreadsheet');
/** Made by scripts/fixtures/make-spreadsheets.sh with LibreOffice Calc and openpyxl (Debian's packages). */
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));
const xlsxType = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

describe('dictionary imports and validation of files written by LibreOffice and openpyxl', () => {
  let t: TestApp;
  let officer: TestClient;
  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    const list = await officer.post('/api/v1/dictionary/code-lists', { code: 'linh-vuc-lo', name: { vi: 'Lĩnh vực', en: 'Fields' }, definition: 'Danh mục thử.', ownerAgencyId: 'so-khcn', levels: ['Lĩnh vực', 'Nhóm'] });
    assert.equal(list.status, 201, list.body);
  });
  after(() => t.close());

  it('imports elements from a workbook LibreOffice wrote', async () => {
    const res = await officer.request('POST', '/api/v1/dictionary/elements/import', fixture('elements.libreoffice.xlsx'), xlsxType);
    assert.equal(res.status, 200, res.body);
    assert.deepEqual(res.json(), { created: 2, updated: 0, unchanged: 0, rows: 2 });
    const element = (await officer.get('/api/v1/dictionary/elements/so_giay_phep_lo')).json<{ maxLength: number; synonyms: string[] }>();
    assert.deepEqual([element.maxLength, element.synonyms], [50, ['số GP', 'số giấy phép']]);
  });

  it('imports code-list items from a workbook LibreOffice wrote, codes with their leading zeros', async () => {
    const res = await officer.request('POST', '/api/v1/dictionary/code-lists/linh-vuc-lo/items/import', fixture('items.libreoffice.xlsx'), xlsxType);
    assert.equal(res.status, 200, res.body);
    assert.equal(res.json<{ added: number }>().added, 2);
    const items = (await officer.get('/api/v1/dictionary/code-lists/linh-vuc-lo/items')).json<{ items: { code: string; parent?: string }[] }>().items;
    assert.deepEqual(items.map((i) => [i.code, i.parent ?? null]), [['01', null], ['01.01', '01']]);
  });

  for (const program of ['libreoffice', 'openpyxl']) {
    it(`validates a file ${program} wrote`, async () => {
      const res = await officer.request('POST', '/api/v1/dictionary/entities/cong_dan/validate-file', fixture(`validation.${program}.xlsx`), xlsxType);
      assert.equal(res.status, 201, res.body);
      const run = res.json<{ source: string; summary: { rows: number; validRows: number; invalidRows: number } }>();
      assert.deepEqual([run.source, run.summary.rows, run.summary.validRows, run.summary.invalidRows], ['xlsx', 2, 1, 1]);
    });
  }

  it('an Excel 97–2003 file (.xls): the same "save as .xlsx or CSV" message on each endpoint, whatever type it is sent as', async () => {
    const xls = fixture('legacy-excel-97.xls');
    const endpoints = ['/api/v1/dictionary/elements/import', '/api/v1/dictionary/code-lists/linh-vuc-lo/items/import', '/api/v1/dictionary/entities/cong_dan/validate-file'];
    const messages = new Set<string>();
    for (const url of endpoints) {
      for (const type of ['application/vnd.ms-excel', 'text/csv', 'application/octet-stream']) {
        const refused = assertError(await officer.request('POST', url, xls, { 'content-type': type }), 415, 'FILE_LEGACY_EXCEL');
        assert.match(refused.message.vi, /\.xls.*\.xlsx.*CSV UTF-8/);
        assert.match(refused.message.en, /\.xls.*\.xlsx.*CSV UTF-8/);
        assert.doesNotMatch(refused.message.en, /TCVN3|encoding/i);
        messages.add(JSON.stringify(refused.message));
      }
    }
    assert.equal(messages.size, 1, 'one message everywhere');
    assert.equal((await officer.get('/api/v1/dictionary/code-lists/linh-vuc-lo/items')).json<{ total: number }>().total, 2, 'nothing changed');
  });
});
