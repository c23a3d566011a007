import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { defuseCell, defuseFormula } from '../../src/core/tabular/formula.js';
import { parseDecimal } from '../../src/core/tabular/numbers.js';
import { parseFileDate, spreadsheetDate } from '../../src/core/tabular/dates.js';
import { readTable } from '../../src/core/tabular/table.js';
import { unpackedSize } from '../../src/core/tabular/zip.js';
import { loadWorkbook } from '../../src/core/tabular/xlsx.js';
import { isLegacyExcel } from '../../src/core/tabular/sniff.js';
import { AppError } from '../../src/core/errors.js';
import { parseImportXlsx } from '../../src/modules/registry/transfer/spreadsheet/import.js';

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void, name = 'Sheet1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet(name));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('formula defuser', () => {
  it('defuses text a spreadsheet would run, and leaves plain numbers such as -5 as data', () => {
    assert.equal(defuseFormula('=HYPERLINK("x")'), `'=HYPERLINK("x")`);
    assert.equal(defuseFormula('@SUM(A1)'), `'@SUM(A1)`);
    assert.equal(defuseFormula('-A1+1'), `'-A1+1`);
    assert.equal(defuseFormula('+x'), `'+x`);
    assert.equal(defuseFormula('\tx'), `'\tx`);
    assert.equal(defuseFormula('-5'), '-5');
    assert.equal(defuseFormula('+3'), '+3');
    assert.equal(defuseFormula('-2,5'), '-2,5');
    assert.equal(defuseFormula('-2.5'), '-2.5');
    assert.equal(defuseFormula('Hưng Yên'), 'Hưng Yên');
    assert.equal(defuseCell(-5), -5);
    assert.equal(defuseCell(true), true);
  });
});

describe('Vietnamese dates and numbers', () => {
  it('reads day-first dates and decimal commas', () => {
    assert.equal(parseFileDate('02/03/2026'), 20260302);
    assert.equal(parseFileDate('2/3/2026'), 20260302);
    assert.equal(parseFileDate('31/02/2026'), -1);
    assert.equal(spreadsheetDate('2.3.2026'), '2026-03-02');
    assert.equal(spreadsheetDate(46083), '2026-03-02');
    assert.equal(spreadsheetDate(new Date(Date.UTC(2026, 2, 2))), '2026-03-02');
    assert.equal(spreadsheetDate('30/02/2026'), undefined);
    assert.equal(parseDecimal(' 3,5 '), 3.5);
    assert.ok(Number.isNaN(parseDecimal('ba')));
  });
});

describe('whole-sheet readers', () => {
  it('follow the cells present, not the last row number: a cell in row 1,048,576 costs one row', async () => {
    const buffer = await xlsx((sheet) => {
      sheet.getCell('A1').value = 'code';
      sheet.getCell('B1').value = 'name_vi';
      sheet.getCell('A2').value = 'X1';
      sheet.getCell('B2').value = 'Một';
      sheet.getCell('A1048576').value = 'X2';
    });
    const started = performance.now();
    const table = await readTable(buffer, { maxBytes: 10 * 1024 * 1024, maxRows: 100 });
    assert.deepEqual(table.header, ['code', 'name_vi']);
    assert.deepEqual(table.rows, [
      ['X1', 'Một'],
      ['X2', ''],
    ]);
    assert.ok(performance.now() - started < 2000, 'no walk over a million empty rows');
  });

  it('imports a template filled with the former labels («Đang dừng dần», «Sẵn sàng»), the labels.json wording and codes', async () => {
    const buffer = await xlsx((sheet) => {
      sheet.addRow(['Mã hệ thống', 'Loại', 'Tên (tiếng Việt)', 'Mã cơ quan chủ quản', 'Vòng đời', 'Lớp kiến trúc', 'Sẵn sàng IPv6']);
      sheet.addRow(['HY-A', 'API (giao diện lập trình)', 'Cũ', 'so-khcn', 'Đang dừng dần', 'III', 'Sẵn sàng']);
      sheet.addRow(['HY-B', 'API', 'Mới', 'so-khcn', 'Sắp dừng', 'III', 'Đã sẵn sàng IPv6']);
      sheet.addRow(['HY-C', 'api', 'Mã', 'so-khcn', 'phasing_out', 'III', 'ready']);
      sheet.getCell('A1048576').value = 'HY-D';
    }, 'Hệ thống');
    const result = await parseImportXlsx(buffer, { agencyIds: new Set(['so-khcn']), componentCodes: new Set() });
    assert.deepEqual(
      result.rows.map((r) => [r.row, r.input.kind, r.input.lifecycle, r.input.ipv6]),
      [
        [2, 'api', 'phasing_out', 'ready'],
        [3, 'api', 'phasing_out', 'ready'],
        [4, 'api', 'phasing_out', 'ready'],
      ],
    );
    assert.deepEqual(
      result.errors.map((e) => [e.row, e.field]),
      [
        [1048576, 'kind'],
        [1048576, 'name_vi'],
        [1048576, 'owner_agency_id'],
        [1048576, 'lifecycle'],
        [1048576, 'layer'],
      ],
    );
  });

  it('refuse a workbook that unpacks to more than the limit (the zip-bomb guard), whatever its parts declare', async () => {
    const buffer = await xlsx((sheet) => {
      sheet.getCell('A1').value = 'code';
      sheet.getCell('A2').value = 'a'.repeat(3_000_000);
    });
    assert.ok(buffer.length < 100_000);
    const unpacked = unpackedSize(buffer, 10_000_000);
    assert.ok(typeof unpacked === 'number' && unpacked > 3_000_000);
    assert.equal(unpackedSize(buffer, 1_000_000), 'too_large');
    assert.equal(unpackedSize(Buffer.from('PK\u0003\u0004 not a zip'), 1_000_000), 'unreadable');
    await assert.rejects(readTable(buffer, { maxBytes: 10_000_000, maxRows: 10, maxUnpackedBytes: 1_000_000 }), (err) => err instanceof AppError && err.status === 413 && err.code === 'FILE_TOO_LARGE');
    assert.equal((await readTable(buffer, { maxBytes: 10_000_000, maxRows: 10 })).rows[0]?.[0]?.length, 3_000_000);
  });
});

describe('workbooks other programs write (test/fixtures/spreadsheet, made by scripts/fixtures/make-spreadsheets.sh)', () => {
  const fixture = (name: string) => fs.readFileSync(path.join('test/fixtures/spreadsheet', name));

  it('loads a workbook whose cell notes openpyxl stored under its own part names', async () => {
    const workbook = await loadWorkbook(fixture('registry-template.openpyxl.xlsx'));
    assert.ok(typeof workbook === 'object', `loaded: ${String(workbook)}`);
    assert.equal(workbook.getWorksheet('Hệ thống')?.getRow(2).getCell(1).value, 'FX-RESAVED');
  });

  it('reads tables LibreOffice and openpyxl wrote as the CSV they came from', async () => {
    for (const name of ['validation.libreoffice.xlsx', 'validation.openpyxl.xlsx']) {
      const table = await readTable(fixture(name), { maxBytes: 1_000_000, maxRows: 100 });
      assert.deepEqual(table.rows[0], ['033090001234', 'Nguyễn Văn An', '1990-05-12', '1', 'VN', '11953'], name);
    }
  });

  it('refuses an Excel 97–2003 file with one message (save as .xlsx or CSV), not as a text encoding problem', async () => {
    await assert.rejects(readTable(fixture('legacy-excel-97.xls'), { maxBytes: 1_000_000, maxRows: 100 }), (err: unknown) => err instanceof AppError && err.status === 415 && err.code === 'FILE_LEGACY_EXCEL');
    assert.ok(isLegacyExcel(fixture('legacy-excel-97.xls')));
    assert.ok(!isLegacyExcel(fixture('validation.libreoffice.xlsx')));
  });
});
