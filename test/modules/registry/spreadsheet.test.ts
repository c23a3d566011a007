import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, importColumns, registryColumns } from '../../../src/modules/registry/transfer/spreadsheet/columns.js';
import { systemsToCsv, systemsToXlsx } from '../../../src/modules/registry/transfer/spreadsheet/export.js';
import { SpreadsheetError, parseImportXlsx, type ImportError } from '../../../src/modules/registry/transfer/spreadsheet/import.js';
import { importTemplateXlsx } from '../../../src/modules/registry/transfer/spreadsheet/template.js';
import type { SystemInput, SystemRecord } from '../../../src/modules/registry/model.js';
import { systemRecord } from '../../helpers/fixtures.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/spreadsheet');

const record = systemRecord;

const systems: SystemRecord[] = [
  record({
    id: '6b0a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c01',
    code: 'HY-TTHC',
    name: { vi: 'Hệ thống thông tin giải quyết thủ tục hành chính, tỉnh Hưng Yên', en: 'Administrative procedures system' },
    purpose: 'Tiếp nhận hồ sơ "một cửa", liên thông 3 cấp;\ndòng thứ hai',
    audiences: ['citizens', 'businesses'],
    components: [
      { code: 'III.2(3)', link: 'implements' },
      { code: 'II.2(1)', link: 'uses' },
    ],
    securityLevel: { level: 3, approvalNumber: '125/QĐ-SKHCN', approvalDate: '2026-03-02' },
    hosting: 'provincial_dc_hung_yen',
    ipv6: 'ready',
    authentication: ['vneid', 'provincial_sso'],
    uiLanguages: ['vi', 'en'],
    accessibility: 'partial',
    secureSessions: true,
    accessLogging: true,
    dataObjects: [
      { name: 'Hồ sơ TTHC', personal: true, sensitive: false },
      { name: 'Dữ liệu sức khỏe', personal: true, sensitive: true },
      { name: 'Danh mục TTHC', personal: false, sensitive: false },
    ],
    supplier: 'VNPT',
    yearStarted: 2019,
    url: 'https://dichvucong.hungyen.gov.vn',
  }),
  record({
    id: '6b0a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c02',
    code: 'HY-LGSP',
    kind: 'platform',
    name: { vi: 'Nền tảng LGSP', en: '' },
    ownerAgencyId: 'so-khcn',
    layer: 'II',
    purpose: '=HYPERLINK("http://evil.example","bấm vào đây")',
    components: [{ code: 'II.2(1)', link: 'implements' }],
    status: 'pending',
    verified: false,
  }),
];

const agencies = [
  { id: 'van-phong-ubnd', name: { vi: 'Văn phòng Ủy ban nhân dân tỉnh' } },
  { id: 'so-khcn', name: { vi: 'Sở Khoa học và Công nghệ' } },
  { id: 'so-y-te', name: { vi: 'Sở Y tế' } },
];
const components = [
  { code: 'II.2(1)', name: { vi: 'Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)' } },
  { code: 'II.2(5)', name: { vi: 'Các CSDL dùng chung, CSDL chuyên ngành' } },
  { code: 'III.2(3)', name: { vi: 'Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh' } },
];
const ctx = { agencyIds: new Set(agencies.map((a) => a.id)), componentCodes: new Set(components.map((c) => c.code)) };

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function expectSpreadsheetError(promise: Promise<unknown>, code: string): Promise<SpreadsheetError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof SpreadsheetError, `expected SpreadsheetError, got ${String(err)}`);
    assert.equal(err.code, code);
    assert.ok(err.messageVi.length > 0 && err.messageEn.length > 0);
    return err;
  }
  assert.fail(`expected SpreadsheetError ${code}`);
}

// ---------------------------------------------------------------------------- CSV

describe('CSV export', () => {
  const csv = systemsToCsv(systems);

  it('starts with a BOM and a Vietnamese header, with CRLF line ends', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff);
    const firstLine = csv.slice(1, csv.indexOf('\r\n'));
    assert.equal(firstLine, registryColumns.map((c) => c.header.vi).join(','));
    assert.ok(firstLine.startsWith('Mã hệ thống,Loại,Tên (tiếng Việt)'));
  });

  it('has one record per system and quotes commas, quotes and newlines (RFC 4180)', () => {
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.length, systems.length);
    assert.equal(rows[0]?.['Tên (tiếng Việt)'], 'Hệ thống thông tin giải quyết thủ tục hành chính, tỉnh Hưng Yên');
    assert.equal(rows[0]?.['Mục đích'], 'Tiếp nhận hồ sơ "một cửa", liên thông 3 cấp;\ndòng thứ hai');
    assert.ok(csv.includes('"Tiếp nhận hồ sơ ""một cửa"", liên thông 3 cấp;\ndòng thứ hai"'));
    assert.ok(csv.includes('"Hệ thống thông tin giải quyết thủ tục hành chính, tỉnh Hưng Yên"'));
    assert.equal(rows[0]?.['Thành phần khung kiến trúc'], 'III.2(3):implements; II.2(1):uses');
    assert.equal(rows[0]?.['Đối tượng dữ liệu'], 'Hồ sơ TTHC [personal]; Dữ liệu sức khỏe [sensitive]; Danh mục TTHC');
    assert.equal(rows[0]?.['Đối tượng phục vụ'], 'citizens, businesses');
    assert.equal(rows[0]?.['Cấp độ an toàn'], '3');
    assert.equal(rows[1]?.['Đã được xác nhận'], 'false');
    assert.equal(rows[1]?.['Cấp độ an toàn'], '');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows[1]?.['Mục đích'], `'=HYPERLINK("http://evil.example","bấm vào đây")`);
  });
});

// ---------------------------------------------------------------------------- XLSX export

describe('XLSX export', () => {
  it('opens with exceljs: a frozen bold header, widths, the rows, and the owner agency name', async () => {
    const workbook = await load(await systemsToXlsx(systems, agencies));
    const sheet = workbook.getWorksheet('Hệ thống');
    assert.ok(sheet);
    const header = sheet.getRow(1);
    assert.equal(header.getCell(1).value, 'Mã hệ thống');
    assert.equal(header.getCell(5).value, 'Mã cơ quan chủ quản');
    assert.equal(header.getCell(6).value, 'Tên cơ quan chủ quản');
    assert.equal(header.getCell(1).font?.bold, true);
    assert.equal(sheet.views[0]?.state, 'frozen');
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1);
    assert.ok((sheet.getColumn(3).width ?? 0) >= 30, 'names get a wide column');
    assert.equal(sheet.actualRowCount, 1 + systems.length);
    const row = sheet.getRow(2);
    assert.equal(row.getCell(1).value, 'HY-TTHC');
    assert.equal(row.getCell(6).value, 'Văn phòng Ủy ban nhân dân tỉnh');
    assert.equal(sheet.getRow(3).getCell(6).value, 'Sở Khoa học và Công nghệ');
    // The owner agency's name is inserted after its id (column 5).
    const col = (vi: string) => {
      const i = registryColumns.findIndex((c) => c.header.vi === vi) + 1;
      return i > 5 ? i + 1 : i;
    };
    assert.equal(row.getCell(col('Cấp độ an toàn')).value, 3);
    assert.equal(row.getCell(col('Quản lý phiên an toàn')).value, true);
  });

  it('can be imported again (the import reads the export’s sheet and ignores its extra columns)', async () => {
    const result = await parseImportXlsx(await systemsToXlsx(systems, agencies), ctx);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.rows.map((r) => r.row),
      [2, 3],
    );
    for (const [i, s] of systems.entries()) {
      const { id: _id, status: _s, verified: _v, version: _ve, createdAt: _c, updatedAt: _u, ...input } = s;
      assert.deepEqual(result.rows[i]?.input, input);
    }
  });
});

// ---------------------------------------------------------------------------- template and import

describe('import template', () => {
  it('has instructions, the data sheet with drop-downs, and the lists of agencies, components and values', async () => {
    const workbook = await load(await importTemplateXlsx({ agencies, components }));
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['Hướng dẫn', 'Hệ thống', 'Danh mục giá trị', 'Cơ quan', 'Thành phần'],
    );
    const help = workbook.getWorksheet('Hướng dẫn');
    const helpText = JSON.stringify(help?.getSheetValues());
    for (const c of importColumns) {
      assert.ok(helpText.includes(c.header.vi) && helpText.includes(c.header.en), `instructions explain ${c.key}`);
    }
    assert.ok(helpText.includes('Đang sử dụng (in_use)'), 'allowed values with their codes');

    const data = workbook.getWorksheet('Hệ thống');
    assert.ok(data);
    assert.equal(data.getRow(1).getCell(1).value, 'Mã hệ thống *');
    assert.equal(data.actualRowCount, 1, 'no example rows that could be imported by mistake');
    const letter = (key: string) => String.fromCharCode(65 + importColumns.findIndex((c) => c.key === key));
    const kind = data.getCell(`${letter('kind')}2`).dataValidation;
    assert.equal(kind?.type, 'list');
    assert.deepEqual(kind?.formulae, ["'Danh mục giá trị'!$A$2:$A$5"]);
    assert.equal(data.getCell(`${letter('owner_agency_id')}5000`).dataValidation?.type, 'list');
    assert.equal(data.getCell(`${letter('security_level')}2`).dataValidation?.type, 'whole');
    // Excel refuses a workbook whose validation titles exceed 32 characters or messages 225.
    for (const [i] of importColumns.entries()) {
      const v = data.getRow(2).getCell(i + 1).dataValidation as ExcelJS.DataValidation | undefined;
      assert.ok((v?.errorTitle ?? '').length <= 32 && (v?.error ?? '').length <= 225, importColumns[i]?.key);
    }

    const values = workbook.getWorksheet('Danh mục giá trị');
    assert.deepEqual(
      [2, 3, 4, 5].map((r) => values?.getRow(r).getCell(1).value),
      ['Hệ thống thông tin', 'Cơ sở dữ liệu', 'Nền tảng', 'API'],
    );
    assert.equal(workbook.getWorksheet('Cơ quan')?.getRow(3).getCell(1).value, 'so-khcn');
    assert.equal(workbook.getWorksheet('Thành phần')?.getRow(4).getCell(1).value, 'III.2(3)');
  });

  it('filled with one valid row and two wrong ones: one system and the exact errors', async () => {
    const workbook = await load(await importTemplateXlsx({ agencies, components }));
    const sheet = workbook.getWorksheet('Hệ thống');
    assert.ok(sheet);
    const index = (key: string) => importColumns.findIndex((c) => c.key === key) + 1;
    const letter = (key: string) => {
      const i = index(key);
      return i <= 26 ? String.fromCharCode(64 + i) : `A${String.fromCharCode(64 + i - 26)}`;
    };
    const fill = (row: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [key, value] of Object.entries(values)) sheet.getRow(row).getCell(index(key)).value = value;
    };
    fill(2, {
      code: 'HY-TTHC',
      kind: 'Hệ thống thông tin',
      name_vi: '  Hệ thống thông tin giải quyết TTHC  '.normalize('NFD'),
      name_en: 'Administrative procedures system',
      owner_agency_id: 'van-phong-ubnd',
      purpose: 'Tiếp nhận, giải quyết hồ sơ TTHC ở 3 cấp.',
      audiences: 'Người dân, doanh nghiep',
      lifecycle: 'in_use',
      components: 'III.2(3):triển khai; II.2(1):uses',
      security_level: 3,
      security_approval_number: '125/QĐ-SKHCN',
      security_approval_date: new Date(Date.UTC(2026, 2, 2)),
      hosting: 'Trung tâm dữ liệu tỉnh (Hưng Yên)',
      ipv6: 'Sẵn sàng',
      authentication: 'VNeID, SSO',
      ui_languages: 'vi, EN',
      accessibility: 'Một phần',
      secure_sessions: 'Có',
      access_logging: true,
      department_software: 'Không',
      data_objects: 'Hồ sơ TTHC [personal]; Dữ liệu sức khỏe [sensitive]; Danh mục TTHC',
      contacts: 'Nguyễn Văn An (quản trị hệ thống) an.nv@hungyen.gov.vn 0221 3550 123; Trần Thị Bình (lãnh đạo phụ trách)',
      documents: 'legal_basis | Phê duyệt Khung kiến trúc số | 2352/QĐ-UBND | 29/12/2025 | UBND tỉnh',
      supplier: 'VNPT',
      year_started: 2019,
      url: 'https://dichvucong.hungyen.gov.vn',
    });
    // Row 3 is left blank. Row 4: several mistakes. Row 5: others, and the code of row 2 again.
    fill(4, {
      code: 'HY TTHC!',
      kind: 'phần mềm',
      name_vi: 'Phần mềm một cửa',
      owner_agency_id: 'so-khong-ton-tai',
      layer: 'V',
      components: 'III.9(99)',
      security_level: 7,
      hosting: 'Tủ rack',
      secure_sessions: 'có lẽ',
      year_started: 1890,
    });
    fill(5, {
      code: 'HY-TTHC',
      kind: 'platform',
      owner_agency_id: 'so-khcn',
      lifecycle: 'Đang sử dụng',
      layer: 'II',
      security_level: 2,
      security_approval_date: '31/02/2026',
      data_objects: 'CSDL [secret]',
      contacts: 'Lê Văn C (kỹ thuật) not-an-email abc',
    });

    const result = await parseImportXlsx(await save(workbook), ctx);

    const expected: SystemInput = {
      code: 'HY-TTHC',
      kind: 'information_system',
      name: { vi: 'Hệ thống thông tin giải quyết TTHC', en: 'Administrative procedures system' },
      ownerAgencyId: 'van-phong-ubnd',
      contacts: [
        { name: 'Nguyễn Văn An', role: 'quản trị hệ thống', email: 'an.nv@hungyen.gov.vn', phone: '0221 3550 123' },
        { name: 'Trần Thị Bình', role: 'lãnh đạo phụ trách' },
      ],
      purpose: 'Tiếp nhận, giải quyết hồ sơ TTHC ở 3 cấp.',
      audiences: ['citizens', 'businesses'],
      lifecycle: 'in_use',
      layer: 'III',
      components: [
        { code: 'III.2(3)', link: 'implements' },
        { code: 'II.2(1)', link: 'uses' },
      ],
      securityLevel: { level: 3, approvalNumber: '125/QĐ-SKHCN', approvalDate: '2026-03-02' },
      hosting: 'provincial_dc_hung_yen',
      ipv6: 'ready',
      authentication: ['vneid', 'provincial_sso'],
      uiLanguages: ['vi', 'en'],
      accessibility: 'partial',
      secureSessions: true,
      accessLogging: true,
      departmentSoftware: false,
      dataObjects: [
        { name: 'Hồ sơ TTHC', personal: true, sensitive: false },
        { name: 'Dữ liệu sức khỏe', personal: true, sensitive: true },
        { name: 'Danh mục TTHC', personal: false, sensitive: false },
      ],
      interfaces: [],
      documents: [{ kind: 'legal_basis', title: 'Phê duyệt Khung kiến trúc số', number: '2352/QĐ-UBND', date: '2025-12-29', issuer: 'UBND tỉnh' }],
      supplier: 'VNPT',
      yearStarted: 2019,
      url: 'https://dichvucong.hungyen.gov.vn',
    };
    assert.equal(result.rows.length, 1);
    assert.equal(result.rows[0]?.row, 2);
    assert.deepEqual(result.rows[0]?.input, expected);
    assert.equal(result.rows[0]?.input.name.vi, result.rows[0]?.input.name.vi.normalize('NFC'));

    const brief = (e: ImportError) => `${e.row} ${e.column} ${e.field} ${e.value}`;
    assert.deepEqual(result.errors.map(brief).sort(), [
      `4 ${letter('code')} code HY TTHC!`,
      `4 ${letter('components')} components III.9(99)`,
      `4 ${letter('hosting')} hosting Tủ rack`,
      `4 ${letter('kind')} kind phần mềm`,
      `4 ${letter('layer')} layer V`,
      `4 ${letter('lifecycle')} lifecycle `,
      `4 ${letter('owner_agency_id')} owner_agency_id so-khong-ton-tai`,
      `4 ${letter('secure_sessions')} secure_sessions có lẽ`,
      `4 ${letter('security_level')} security_level 7`,
      `4 ${letter('year_started')} year_started 1890`,
      `5 ${letter('code')} code HY-TTHC`,
      `5 ${letter('contacts')} contacts Lê Văn C (kỹ thuật) not-an-email abc`,
      `5 ${letter('data_objects')} data_objects CSDL [secret]`,
      `5 ${letter('name_vi')} name_vi `,
      `5 ${letter('security_approval_date')} security_approval_date 31/02/2026`,
    ].sort());
    for (const e of result.errors) assert.ok(e.message.vi.length > 5 && e.message.en.length > 5, brief(e));
    const duplicate = result.errors.find((e) => e.row === 5 && e.field === 'code');
    assert.match(duplicate?.message.en ?? '', /already used on row 2/);
    assert.match(result.errors.find((e) => e.field === 'security_level')?.message.vi ?? '', /từ 1 đến 5/);
    assert.match(result.errors.find((e) => e.field === 'owner_agency_id')?.message.en ?? '', /no agency "so-khong-ton-tai"/);
  });

  it('reads English headers, in any order, below a title row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Systems');
    sheet.addRow(['Registry import — Sở Y tế']);
    sheet.addRow(['Name (Vietnamese)', 'Kind', 'Code', 'Lifecycle', 'Owner agency id', 'Hosting', 'Security level', 'Security approval date', 'Layer']);
    sheet.addRow(['Cơ sở dữ liệu sức khỏe', 'Database', 'SYT-CSDL', 'Being built', 'so-y-te', 'Commercial cloud', 2, '05/11/2026', 'II']);
    const result = await parseImportXlsx(await save(workbook), ctx);
    assert.deepEqual(result.errors, []);
    assert.equal(result.rows[0]?.row, 3);
    const input = result.rows[0]?.input;
    assert.deepEqual(
      { code: input?.code, kind: input?.kind, name: input?.name, lifecycle: input?.lifecycle, owner: input?.ownerAgencyId, hosting: input?.hosting, level: input?.securityLevel, layer: input?.layer, ipv6: input?.ipv6 },
      { code: 'SYT-CSDL', kind: 'database', name: { vi: 'Cơ sở dữ liệu sức khỏe', en: '' }, lifecycle: 'building', owner: 'so-y-te', hosting: 'commercial_cloud', level: { level: 2, approvalDate: '2026-11-05' }, layer: 'II', ipv6: 'unknown' },
    );
  });

  it('reports a missing required column once, on the header row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hệ thống');
    sheet.addRow(['Mã hệ thống', 'Tên (tiếng Việt)', 'Loại', 'Vòng đời']);
    sheet.addRow(['HY-A', 'Hệ thống A', 'api', 'planned']);
    const result = await parseImportXlsx(await save(workbook), ctx);
    assert.deepEqual(result.rows, []);
    assert.deepEqual(
      result.errors.map((e) => `${e.row} ${e.field}`),
      ['1 owner_agency_id'],
    );
  });
});

describe('files the import refuses', () => {
  it('a text file', async () => {
    await expectSpreadsheetError(parseImportXlsx(Buffer.from('Mã hệ thống,Tên\nHY-A,Hệ thống A\n', 'utf8'), ctx), 'INVALID_XLSX');
    await expectSpreadsheetError(parseImportXlsx(Buffer.alloc(0), ctx), 'INVALID_XLSX');
  });

  it('a zip that is not a workbook', async () => {
    await expectSpreadsheetError(parseImportXlsx(fs.readFileSync(path.join(fixtures, 'not-a-workbook.zip')), ctx), 'INVALID_XLSX');
  });

  it('a file over the size limit, before unzipping it', async () => {
    const big = Buffer.alloc(MAX_IMPORT_BYTES + 1);
    big.writeUInt32LE(0x04034b50, 0);
    await expectSpreadsheetError(parseImportXlsx(big, ctx), 'TOO_LARGE');
  });

  it('a workbook without a recognisable data sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['Họ tên', 'Ngày sinh']);
    await expectSpreadsheetError(parseImportXlsx(await save(workbook), ctx), 'INVALID_XLSX');
  });

  it(`more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hệ thống');
    sheet.addRow(['Mã hệ thống', 'Loại', 'Tên (tiếng Việt)', 'Mã cơ quan chủ quản', 'Vòng đời', 'Lớp kiến trúc']);
    for (let i = 1; i <= MAX_IMPORT_ROWS + 1; i++) sheet.addRow([`HY-${i}`, 'api', `API ${i}`, 'so-khcn', 'in_use', 'II']);
    const err = await expectSpreadsheetError(parseImportXlsx(await save(workbook), ctx), 'TOO_MANY_ROWS');
    assert.match(err.messageEn, /5001 data rows/);
  });
});
