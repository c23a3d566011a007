// Import tables name each row as the spreadsheet shows it (header = row 1, empty rows counted), CSV and XLSX alike.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { readTable } from '../../src/core/tabular/table.js';

const limits = { maxBytes: 1_000_000, maxRows: 100 };

describe('import tables', () => {
  it('give each CSV row its spreadsheet row number, empty lines counted', async () => {
    const table = await readTable(Buffer.from('code,name_vi\r\nA,An\r\n\r\n,\r\nB,Bình\r\n"C","Ca\r\nhai dòng"\r\nD,Dê\r\n'), limits);
    assert.deepEqual(table.rows.map((r) => r[0]), ['A', 'B', 'C', 'D']);
    assert.deepEqual(table.rowNumbers, [2, 5, 6, 7], 'a quoted line break stays inside one row, as in Excel');
    const leading = await readTable(Buffer.from('\r\ncode,name_vi\r\nA,An\r\n'), limits);
    assert.deepEqual([leading.header, leading.rowNumbers], [['code', 'name_vi'], [3]]);
  });

  it('give each XLSX row its sheet row number', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mục');
    sheet.getCell('A1').value = 'code';
    sheet.getCell('B1').value = 'name_vi';
    sheet.getCell('A2').value = 'A';
    sheet.getCell('A7').value = 'B';
    const table = await readTable(Buffer.from(await workbook.xlsx.writeBuffer()), limits);
    assert.deepEqual(table.rowNumbers, [2, 7]);
  });
});
