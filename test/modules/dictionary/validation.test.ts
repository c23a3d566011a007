import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { AppError } from '../../../src/core/errors.js';
import type { ElementSpec, Problem, ResolvedAttribute, ResolvedEntity, ValidationFinding } from '../../../src/modules/dictionary/model.js';
import { bindHeader, checkRecord, compileEntity } from '../../../src/modules/dictionary/validation/compile.js';
import { sniffFormat, validateCsv, validateRecords, validateXlsx, writeFindingsCsv, type ValidationOptions } from '../../../src/modules/dictionary/validation/files.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/dictionary');

function element(code: string, vi: string, en: string, dataType: ElementSpec['dataType'], extra: Partial<ElementSpec> = {}): ElementSpec {
  return { code, name: { vi, en }, definition: vi, dataType, classification: 'personal', ownerAgencyId: 'so-tttt', synonyms: [], examples: [], ...extra };
}

function attribute(name: string, required: boolean, spec: ElementSpec, extra: Partial<ResolvedAttribute> = {}): ResolvedAttribute {
  return { name, required, cardinality: 'one', element: spec, ...extra };
}

const entity: ResolvedEntity = {
  code: 'cong_dan',
  version: '1.2',
  name: { vi: 'Công dân', en: 'Citizen' },
  attributes: [
    attribute('so_dinh_danh_ca_nhan', true, element('so_dinh_danh_ca_nhan', 'Số định danh cá nhân', 'Personal ID number', 'text', { pattern: '\\d{12}', format: '12 chữ số' })),
    attribute('ho_va_ten', true, element('ho_va_ten', 'Họ và tên', 'Full name', 'text', { minLength: 2, maxLength: 20 })),
    attribute('ngay_sinh', true, element('ngay_sinh', 'Ngày sinh', 'Date of birth', 'date', { minimum: '1900-01-01', maximum: '2026-12-31' })),
    attribute('gioi_tinh', false, element('gioi_tinh', 'Giới tính', 'Sex', 'code', { codeList: 'gioi-tinh' }), { codes: new Set(['0', '1', '2']) }),
    attribute('thu_nhap', false, element('thu_nhap', 'Thu nhập', 'Income', 'decimal', { minimum: 0 })),
    attribute('so_con', false, element('so_con', 'Số con', 'Children', 'integer', { minimum: 0, maximum: 20 })),
    attribute('da_ket_hon', false, element('da_ket_hon', 'Đã kết hôn', 'Married', 'boolean')),
    attribute('ngay_cap_nhat', false, element('ngay_cap_nhat', 'Ngày cập nhật', 'Updated at', 'datetime', { minimum: '2020-01-01' })),
    attribute('ngon_ngu', false, element('ngon_ngu', 'Ngôn ngữ', 'Languages', 'code', { codeList: 'ngon-ngu', synonyms: ['tiếng nói'] }), {
      cardinality: 'many',
      codes: new Set(['vi', 'en', 'fr']),
    }),
  ],
};
const compiled = compileEntity(entity);

const validRecord = {
  so_dinh_danh_ca_nhan: '001203004567',
  ho_va_ten: 'Nguyễn Văn An',
  ngay_sinh: '1990-03-05',
  gioi_tinh: '1',
  thu_nhap: 12.5,
  so_con: 2,
  da_ket_hon: true,
  ngay_cap_nhat: '2026-07-01T08:30:00+07:00',
  ngon_ngu: ['vi', 'en'],
};

const options: ValidationOptions = { maxFindings: 1000, maxBytes: 100 * 1024 * 1024 };

function csv(text: string | Buffer | Buffer[], extra: Partial<ValidationOptions> = {}) {
  const chunks = Array.isArray(text) ? text : [typeof text === 'string' ? Buffer.from(text) : text];
  return validateCsv(compiled, Readable.from(chunks), { ...options, ...extra });
}

const header = 'so_dinh_danh_ca_nhan,ho_va_ten,ngay_sinh,gioi_tinh,thu_nhap,so_con,da_ket_hon,ngay_cap_nhat,ngon_ngu';
const header3 = 'so_dinh_danh_ca_nhan,ho_va_ten,ngay_sinh';

/** [row, field, problem] of each finding, for compact assertions. */
const brief = (findings: ValidationFinding[]) => findings.map((f) => [f.row, f.field, f.problem] as [number, string, Problem]);

async function assertAppError(promise: Promise<unknown>, status: number, code: string): Promise<AppError> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof AppError, `expected AppError ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code);
  assert.equal(caught.status, status);
  assert.ok(caught.messageVi.length > 0 && caught.messageEn.length > 0);
  return caught;
}

describe('JSON records', () => {
  it('accepts a valid record and counts it', () => {
    const result = validateRecords(compiled, [validRecord], options);
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.summary, { rows: 1, validRows: 1, invalidRows: 0, findings: 0, byField: {}, truncated: false });
  });

  it('reports each kind of problem, naming the field and the constraint', () => {
    const record = {
      ho_va_ten: 'Nguyễn Văn An Khang Thịnh Vượng',
      ngay_sinh: '1899-12-31',
      gioi_tinh: '7',
      so_dinh_danh_ca_nhan: '12345',
      thu_nhap: -1,
      so_con: '2',
      ghi_chu: 'thêm',
    };
    const result = validateRecords(compiled, record, options);
    assert.deepEqual(brief(result.findings), [
      [1, 'so_dinh_danh_ca_nhan', 'bad_format'],
      [1, 'ho_va_ten', 'too_long'],
      [1, 'ngay_sinh', 'out_of_range'],
      [1, 'gioi_tinh', 'unknown_code'],
      [1, 'thu_nhap', 'out_of_range'],
      [1, 'so_con', 'wrong_type'],
      [1, 'ghi_chu', 'unknown_field'],
    ]);
    const [format, tooLong] = result.findings;
    assert.deepEqual(format?.message, {
      vi: 'Trường «so_dinh_danh_ca_nhan»: giá trị «12345» không đúng định dạng (12 chữ số).',
      en: 'Field “so_dinh_danh_ca_nhan”: value “12345” does not match the pattern \\d{12}.',
    });
    assert.equal(format?.value, '12345');
    assert.match(tooLong?.message.vi ?? '', /«ho_va_ten».*quá dài \(31 ký tự, tối đa 20\)/);
    assert.match(tooLong?.message.en ?? '', /“ho_va_ten”.*too long \(31 characters, at most 20\)/);
    for (const f of result.findings) assert.ok(f.message.vi.includes(`«${f.field}»`) && f.message.en.includes(`“${f.field}”`), f.message.en);
    assert.deepEqual(result.summary.byField.so_dinh_danh_ca_nhan, { bad_format: 1 });
    assert.equal(result.summary.invalidRows, 1);
  });

  it('flags missing required values (absent, null or blank) and too short ones', () => {
    const result = validateRecords(compiled, [{ so_dinh_danh_ca_nhan: null, ho_va_ten: 'A', ngay_sinh: '   ' }], options);
    assert.deepEqual(brief(result.findings), [
      [1, 'so_dinh_danh_ca_nhan', 'missing'],
      [1, 'ho_va_ten', 'too_short'],
      [1, 'ngay_sinh', 'missing'],
    ]);
    assert.equal(result.findings[0]?.value, undefined);
    assert.match(result.findings[1]?.message.vi ?? '', /tối thiểu 2/);
  });

  it('is strict about JSON types: numbers are numbers, codes are strings, dates are real RFC 3339', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ so_con: 2.5 }, 'so_con'],
      [{ so_con: '2' }, 'so_con'],
      [{ thu_nhap: '12,5' }, 'thu_nhap'],
      [{ gioi_tinh: 1 }, 'gioi_tinh'],
      [{ da_ket_hon: 'có' }, 'da_ket_hon'],
      [{ ngay_sinh: '1990-02-30' }, 'ngay_sinh'],
      [{ ngay_sinh: '05/03/1990' }, 'ngay_sinh'],
      [{ ngay_cap_nhat: '2026-07-01 08:30' }, 'ngay_cap_nhat'],
      [{ ngay_cap_nhat: '2026-07-01T08:30:00' }, 'ngay_cap_nhat'],
      [{ ho_va_ten: 42 }, 'ho_va_ten'],
    ];
    for (const [patch, field] of cases) {
      const result = validateRecords(compiled, { ...validRecord, ...patch }, options);
      assert.deepEqual(brief(result.findings), [[1, field, 'wrong_type']], JSON.stringify(patch));
    }
    const ok = validateRecords(compiled, { ...validRecord, ngay_cap_nhat: '2026-07-01T01:30:00.5Z', thu_nhap: 0 }, options);
    assert.equal(ok.summary.validRows, 1);
  });

  it("takes arrays for 'many' fields, checks each item, and refuses arrays elsewhere", () => {
    const result = validateRecords(
      compiled,
      [
        { ...validRecord, ngon_ngu: ['vi', 'de', null, 'xx'] },
        { ...validRecord, ngon_ngu: 'vi' },
        { ...validRecord, ho_va_ten: ['Nguyễn Văn An'] },
      ],
      options,
    );
    assert.deepEqual(brief(result.findings), [
      [1, 'ngon_ngu', 'unknown_code'],
      [1, 'ngon_ngu', 'unknown_code'],
      [2, 'ngon_ngu', 'wrong_type'],
      [3, 'ho_va_ten', 'wrong_type'],
    ]);
    assert.equal(result.findings[1]?.value, 'xx');
    assert.match(result.findings[2]?.message.en ?? '', /list/);
  });

  it('reports a record that is not an object, and numbers records from 1', () => {
    const result = validateRecords(compiled, [validRecord, 'chuỗi', [1]], options);
    assert.deepEqual(brief(result.findings), [
      [2, '(bản ghi)', 'wrong_type'],
      [3, '(bản ghi)', 'wrong_type'],
    ]);
    assert.equal(result.summary.rows, 3);
    assert.equal(result.summary.validRows, 1);
  });

  it('checkRecord emits findings and says whether the record is valid', () => {
    const seen: ValidationFinding[] = [];
    assert.equal(checkRecord(compiled, validRecord, 7, (f) => seen.push(f)), true);
    assert.equal(checkRecord(compiled, { ...validRecord, gioi_tinh: '9' }, 8, (f) => seen.push(f)), false);
    assert.deepEqual(brief(seen), [[8, 'gioi_tinh', 'unknown_code']]);
    assert.match(seen[0]?.message.vi ?? '', /danh mục «gioi-tinh»/);
  });

  it('cuts long values to 200 characters in findings', () => {
    const long = '😀'.repeat(300);
    const result = validateRecords(compiled, { ...validRecord, ho_va_ten: long }, options);
    assert.equal(result.findings[0]?.problem, 'too_long');
    assert.equal([...(result.findings[0]?.value ?? '')].length, 200);
    assert.match(result.findings[0]?.message.en ?? '', /300 characters/);
  });
});

describe('CSV', () => {
  it('validates a clean file', async () => {
    const result = await csv(`${header}\n001203004567,Nguyễn Văn An,05/03/1990,1,"12,5",2,có,01/07/2026 08:30,vi;en\n`);
    assert.deepEqual(result.findings, []);
    assert.equal(result.summary.rows, 1);
    assert.equal(result.summary.validRows, 1);
  });

  it('reports each kind of problem, with rows numbered as the spreadsheet shows them (the header is row 1)', async () => {
    const text = [
      `${header},ghi_chu`,
      '12345,A,1899-12-31,7,-1,3.5,có lẽ,hôm qua,vi;de,x',
      ',Trần Thị Bình Minh Nguyệt Quế Hương,30/02/1991,,abc,21,,2019-12-31T16:59:59Z,,y',
      '001203004569,Lê Văn Cường,1991-02-28',
    ].join('\n');
    const result = await csv(text);
    assert.deepEqual(brief(result.findings), [
      [1, 'ghi_chu', 'unknown_field'],
      [2, 'so_dinh_danh_ca_nhan', 'bad_format'],
      [2, 'ho_va_ten', 'too_short'],
      [2, 'ngay_sinh', 'out_of_range'],
      [2, 'gioi_tinh', 'unknown_code'],
      [2, 'thu_nhap', 'out_of_range'],
      [2, 'so_con', 'wrong_type'],
      [2, 'da_ket_hon', 'wrong_type'],
      [2, 'ngay_cap_nhat', 'wrong_type'],
      [2, 'ngon_ngu', 'unknown_code'],
      [3, 'so_dinh_danh_ca_nhan', 'missing'],
      [3, 'ho_va_ten', 'too_long'],
      [3, 'ngay_sinh', 'wrong_type'],
      [3, 'thu_nhap', 'wrong_type'],
      [3, 'so_con', 'out_of_range'],
      [3, 'ngay_cap_nhat', 'out_of_range'],
      [4, '(dòng)', 'bad_format'],
    ]);
    assert.equal(result.findings.find((f) => f.problem === 'unknown_code' && f.row === 2 && f.field === 'ngon_ngu')?.value, 'de');
    assert.match(result.findings.at(-1)?.message.en ?? '', /3 columns while the header has 10/);
    assert.deepEqual(result.summary, {
      rows: 3,
      validRows: 0,
      invalidRows: 3,
      findings: 17,
      byField: result.summary.byField,
      truncated: false,
    });
    assert.deepEqual(result.summary.byField.ngay_sinh, { out_of_range: 1, wrong_type: 1 });
  });

  it('matches headers by Vietnamese name without diacritics, English name, or element code', async () => {
    const text = ['So dinh danh ca nhan,HO VA TEN,  Ngày Sinh ,sex,Thu_Nhap,Tieng noi', '001203004567,Đặng Thị Hà,5/3/1990,2,1000,fr'].join('\n');
    const result = await csv(text);
    assert.deepEqual(result.findings, []);
    assert.equal(result.summary.validRows, 1);
  });

  it("reads ';'-delimited files with ',' decimals, BOM and CRLF, as Vietnamese Excel writes them", async () => {
    const result = await csv(fs.readFileSync(path.join(fixtures, 'excel-vi.csv')));
    assert.deepEqual(brief(result.findings), [
      [3, 'ngay_sinh', 'wrong_type'],
      [3, 'thu_nhap', 'wrong_type'],
    ]);
    assert.equal(result.findings[1]?.value, '1.234,5');
    assert.match(result.findings[1]?.message.vi ?? '', /không dùng dấu ngăn cách hàng nghìn/);
    assert.equal(result.summary.validRows, 1);
  });

  it('accepts DD/MM/YYYY and real ISO dates and rejects impossible ones', async () => {
    const dates = ['05/03/1990', '5/3/1990', '29/02/2024', '2024-02-29', '30/02/2024', '29/02/2023', '31/04/2020', '2020-13-01', '1990/03/05', '05-03-1990'];
    const text = ['so_dinh_danh_ca_nhan,ho_va_ten,ngay_sinh', ...dates.map((d) => `001203004567,Nguyễn An,${d}`)].join('\n');
    const result = await csv(text);
    assert.deepEqual(
      result.findings.map((f) => [f.row, f.value]),
      [
        [6, '30/02/2024'],
        [7, '29/02/2023'],
        [8, '31/04/2020'],
        [9, '2020-13-01'],
        [10, '1990/03/05'],
        [11, '05-03-1990'],
      ],
    );
    assert.ok(result.findings.every((f) => f.problem === 'wrong_type'));
  });

  it('accepts ISO and Vietnamese date-times, and yes/no in Vietnamese and English', async () => {
    const rows = [
      ['2026-07-01T08:30:00+07:00', 'có'],
      ['2026-07-01 08:30', 'Không'],
      ['01/07/2026 08:30:15', 'TRUE'],
      ['2026-07-01T01:30:00Z', '0'],
      ['1/7/2026 8:30', 'yes'],
      ['2026-07-01', 'khong'],
      ['31/12/2019 23:59', 'nope'],
    ];
    const text = ['so_dinh_danh_ca_nhan,ho_va_ten,ngay_sinh,ngay_cap_nhat,da_ket_hon', ...rows.map(([t, b]) => `001203004567,Nguyễn An,1990-01-01,${t},${b}`)].join('\n');
    const result = await csv(text);
    assert.deepEqual(brief(result.findings), [
      [7, 'ngay_cap_nhat', 'wrong_type'],
      [8, 'ngay_cap_nhat', 'out_of_range'],
      [8, 'da_ket_hon', 'wrong_type'],
    ]);
  });

  it("splits 'many' values on ';' and checks each", async () => {
    const text = ['so_dinh_danh_ca_nhan;ho_va_ten;ngay_sinh;ngon_ngu', '001203004567;Nguyễn An;1990-01-01;"vi; en ;fr"', '001203004567;Nguyễn An;1990-01-01;"vi;xx;yy"', '001203004567;Nguyễn An;1990-01-01;en'].join('\n');
    const result = await csv(text);
    assert.deepEqual(
      result.findings.map((f) => [f.row, f.problem, f.value]),
      [
        [3, 'unknown_code', 'xx'],
        [3, 'unknown_code', 'yy'],
      ],
    );
    assert.equal(result.summary.validRows, 2);
  });

  it('reports a missing required column once, not on every row, and no row is valid', async () => {
    const text = ['so_dinh_danh_ca_nhan,ngay_sinh', ...Array.from({ length: 50 }, () => '001203004567,1990-01-01')].join('\n');
    const result = await csv(text);
    assert.deepEqual(brief(result.findings), [[1, 'ho_va_ten', 'missing_column']]);
    assert.match(result.findings[0]?.message.vi ?? '', /«Họ và tên»/);
    assert.equal(result.summary.rows, 50);
    assert.equal(result.summary.validRows, 0);
    assert.deepEqual(result.summary.byField, { ho_va_ten: { missing_column: 1 } });
  });

  it('keeps the first maxFindings findings in row order and counts them all', async () => {
    const text = [header, ...Array.from({ length: 100 }, (_, i) => `12345,Nguyễn An,1990-01-01,${i % 2 ? '9' : '1'},,,,,`)].join('\n');
    const result = await csv(text, { maxFindings: 10 });
    assert.equal(result.findings.length, 10);
    assert.deepEqual(
      result.findings.map((f) => f.row),
      [2, 3, 3, 4, 5, 5, 6, 7, 7, 8],
    );
    assert.equal(result.summary.findings, 150);
    assert.deepEqual(result.summary.byField, { so_dinh_danh_ca_nhan: { bad_format: 100 }, gioi_tinh: { unknown_code: 50 } });
    assert.equal(result.summary.truncated, true);
    assert.equal(result.summary.invalidRows, 100);
  });

  it('skips wholly empty rows without renumbering the others', async () => {
    const text = [header3, '001203004567,Nguyễn An,1990-01-01', ',,', '', '12345,Nguyễn An,1990-01-01'].join('\n');
    const result = await csv(text);
    assert.deepEqual(brief(result.findings), [[5, 'so_dinh_danh_ca_nhan', 'bad_format']]);
    assert.equal(result.summary.rows, 2);
  });

  it('handles a UTF-8 BOM, and a character split across chunks', async () => {
    const bytes = Buffer.from(`\uFEFF${header3}\n001203004567,Nguyễn Văn An,1990-01-01\n`);
    const at = bytes.indexOf(Buffer.from('ễ')) + 1;
    const result = await csv([bytes.subarray(0, 2), bytes.subarray(2, at), bytes.subarray(at)]);
    assert.deepEqual(result.findings, []);
    assert.equal(result.summary.validRows, 1);
  });

  it('refuses legacy Vietnamese encodings (Windows-1258, TCVN3) and UTF-16, saying which row', async () => {
    // "Nguyễn" in Windows-1258 is "Nguy" ê (0xEA) + combining tilde (0xDE) + "n"; in TCVN3 ễ is the single byte 0xD7.
    const windows1258 = Buffer.concat([Buffer.from(`${header}\n001203004567,An,1990-01-01\n001203004568,Nguy`), Buffer.from([0xea, 0xde]), Buffer.from('n,1990-01-01\n')]);
    const error = await assertAppError(csv(windows1258), 400, 'FILE_ENCODING');
    assert.deepEqual(error.details, [{ row: 3 }], 'the spreadsheet row, the header being row 1');
    assert.match(error.messageVi, /TCVN3, VNI, Windows-1258, Windows-1252\/Latin-1 hoặc UTF-16/);
    assert.match(error.messageEn, /TCVN3, VNI, Windows-1258, Windows-1252\/Latin-1 or UTF-16/);
    const tcvn3 = Buffer.concat([Buffer.from('so_dinh_danh_ca_nhan,'), Buffer.from([0x48, 0xe4, 0x20, 0x76, 0xb5, 0x20, 0x74, 0xaa, 0x6e]), Buffer.from('\n')]); // "Họ và tên"

    assert.deepEqual((await assertAppError(csv(tcvn3), 400, 'FILE_ENCODING')).details, [{ row: 1 }]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')]);
    await assertAppError(csv(utf16), 400, 'FILE_ENCODING');
    // A file cut in the middle of a character.
    await assertAppError(csv(Buffer.concat([Buffer.from(`${header}\n1,Nguy`), Buffer.from([0xe1, 0xbb])])), 400, 'FILE_ENCODING');
  });

  it('refuses binary content and an .xlsx sent as CSV', async () => {
    const binary = [Buffer.from(`${header}\n`), Buffer.from([0x31, 0x2c, 0, 1, 2, 3, 0, 0, 7])];
    assert.deepEqual((await assertAppError(csv(binary), 400, 'FILE_NOT_CSV')).details, [{ row: 2 }]);
    assert.deepEqual((await assertAppError(csv(Buffer.concat(binary)), 400, 'FILE_NOT_CSV')).details, [{ row: 1 }]);
    await assertAppError(csv(await xlsxBuffer([['a']])), 400, 'FILE_NOT_CSV');
  });

  it('refuses empty files, files without a header, malformed quoting and files over maxBytes', async () => {
    await assertAppError(csv(''), 400, 'FILE_EMPTY');
    await assertAppError(csv('\uFEFF'), 400, 'FILE_EMPTY');
    await assertAppError(csv(' , ,\n1,2,3\n'), 400, 'FILE_EMPTY');
    const header0 = await csv(`${header}\n`);
    assert.equal(header0.summary.rows, 0);
    const malformed = await assertAppError(csv(`${header}\n001203004567,"Nguyễn An,1990-01-01\n001203004568,Bình,1990-01-01\n`), 400, 'CSV_MALFORMED');
    assert.deepEqual(malformed.details, { line: 2, row: 2, reason: 'CSV_QUOTE_NOT_CLOSED' });
    assert.match(malformed.messageVi, /từ dòng 2 của bảng tính \(dòng tiêu đề là dòng 1; dòng 2 của tệp văn bản\): dấu ngoặc kép/);
    assert.match(malformed.messageEn, /from row 2 of the spreadsheet \(the header being row 1; line 2 of the text file\)/);
    const big = Buffer.from(`${header}\n${'001203004567,Nguyễn An,1990-01-01\n'.repeat(1000)}`);
    const tooLarge = await assertAppError(csv(big, { maxBytes: 10_000 }), 413, 'FILE_TOO_LARGE');
    assert.match(tooLarge.messageVi, /9,8 KB/);
  });

  it('reports duplicate and ambiguous columns once, in the header', async () => {
    const twin: ResolvedEntity = {
      ...entity,
      attributes: [
        attribute('ngay_bat_dau', true, element('ngay', 'Ngày', 'Date', 'date')),
        attribute('ngay_ket_thuc', false, element('ngay', 'Ngày', 'Date', 'date')),
      ],
    };
    const bound = bindHeader(compileEntity(twin), ['Ngay', 'ngay_bat_dau', 'NGAY BAT DAU']);
    assert.deepEqual(brief(bound.fileFindings), [
      [1, 'Ngay', 'unknown_field'],
      [1, 'NGAY BAT DAU', 'unknown_field'],
    ]);
    assert.match(bound.fileFindings[0]?.message.en ?? '', /could be several fields \(“ngay_bat_dau”, “ngay_ket_thuc”\)/);
    assert.match(bound.fileFindings[1]?.message.en ?? '', /repeats the field “ngay_bat_dau”/);
    const seen: ValidationFinding[] = [];
    assert.equal(bound.checkRow(['', '2026-02-30', ''], 1, (f) => seen.push(f)), false);
    assert.equal(bound.checkRow(['x', '2026-02-28', 'y'], 2, (f) => seen.push(f)), true);
    assert.deepEqual(brief(seen), [[1, 'ngay_bat_dau', 'wrong_type']]);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(csv(`${header}\n`, { signal: controller.signal }), { name: 'AbortError' });
  });

  it('streams a 200,000-row file generated on the fly, keeping only counters and the kept findings', async () => {
    const rows = 200_000;
    let produced = 0;
    function* generate() {
      yield Buffer.from(`${header}\n`);
      for (let start = 1; start <= rows; start += 1000) {
        let chunk = '';
        for (let r = start; r < start + 1000; r++) {
          const id = r % 1000 === 0 ? '12345' : String(100_000_000_000 + r);
          chunk += `${id},Nguyễn Văn ${r},${1 + (r % 28)}/${1 + (r % 12)}/1990,${r % 3},"${r % 100},5",${r % 5},có,2026-07-01T08:30:00+07:00,vi;en\n`;
        }
        produced += chunk.length;
        yield Buffer.from(chunk);
      }
    }
    const progress: number[] = [];
    const result = await validateCsv(compiled, Readable.from(generate()), { ...options, maxFindings: 50, onProgress: (n) => progress.push(n) });
    assert.ok(produced > 15_000_000);
    assert.equal(result.summary.rows, rows);
    assert.equal(result.summary.invalidRows, 200);
    assert.equal(result.summary.findings, 200);
    assert.equal(result.findings.length, 50);
    assert.equal(result.findings[49]?.row, 50_001);
    assert.ok(progress.length > 100 && progress.at(-1) === rows);
  });
});

async function xlsxBuffer(rows: unknown[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Công dân');
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  workbook.addWorksheet('Ghi chú').addRow(['không kiểm tra']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function xlsx(buffer: Buffer, extra: Partial<ValidationOptions> = {}) {
  return validateXlsx(compiled, Readable.from([buffer]), { ...options, ...extra });
}

describe('XLSX', () => {
  it('checks the first worksheet: date cells as dates, numbers, rich text, formulas', async () => {
    const buffer = await xlsxBuffer(
      [
        ['Số định danh cá nhân', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số con', 'Ngày cập nhật'],
        ['001203004567', { richText: [{ text: 'Nguyễn ' }, { font: { bold: true }, text: 'Văn An' }] }, new Date(Date.UTC(1990, 2, 5)), '1', 2, new Date(Date.UTC(2026, 6, 1, 8, 30))],
        [1203004568, 'Trần Bình', new Date(Date.UTC(2030, 0, 1)), 5, { formula: '1+1', result: 2 }, '01/07/2026 09:00'],
        [],
        ['001203004569', 'Lê Cường', '30/02/1991', '2', -1, null],
      ],
      (sheet) => {
        sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
      },
    );
    const result = await xlsx(buffer);
    assert.deepEqual(
      result.findings.map((f) => [f.row, f.field, f.problem, f.value]),
      [
        // A number cell: Excel dropped the leading zero of 001203004568.
        [3, 'so_dinh_danh_ca_nhan', 'leading_zeros_lost', '1203004568'],
        [3, 'ngay_sinh', 'out_of_range', '2030-01-01'],
        [3, 'gioi_tinh', 'unknown_code', '5'],
        [5, 'ngay_sinh', 'wrong_type', '30/02/1991'],
        [5, 'so_con', 'out_of_range', '-1'],
      ],
    );
    assert.equal(result.summary.rows, 3);
    assert.equal(result.summary.validRows, 1);
  });

  it('reports unknown and missing columns from the header row', async () => {
    const result = await xlsx(await xlsxBuffer([['so_dinh_danh_ca_nhan', 'Ngày sinh', 'Ghi chú'], ['001203004567', '1990-01-01', 'x']]));
    assert.deepEqual(brief(result.findings), [
      [1, 'Ghi chú', 'unknown_field'],
      [1, 'ho_va_ten', 'missing_column'],
    ]);
    assert.equal(result.summary.invalidRows, 1);
  });

  it('numbers rows as the sheet does, also when the header is not on row 1', async () => {
    const plain = await xlsx(await xlsxBuffer([[], [], ['so_dinh_danh_ca_nhan', 'ho_va_ten', 'ngay_sinh', 'cot_la'], [], ['12345', 'Nguyễn An', '1990-01-01']]));
    assert.deepEqual(brief(plain.findings), [
      [3, 'cot_la', 'unknown_field'],
      [5, 'so_dinh_danh_ca_nhan', 'bad_format'],
    ]);
  });

  it('refuses a corrupt or truncated zip, an empty workbook, and unpacks no more than allowed', async () => {
    const good = await xlsxBuffer([['so_dinh_danh_ca_nhan', 'ho_va_ten', 'ngay_sinh'], ...Array.from({ length: 2000 }, () => ['001203004567', 'Nguyễn An', '1990-01-01'])]);
    const corrupt = Buffer.from(good);
    for (let i = 100; i < 1500; i++) corrupt[i] = (i * 31) & 0xff;
    await assertAppError(xlsx(corrupt), 400, 'FILE_NOT_XLSX');
    await assertAppError(xlsx(good.subarray(0, Math.floor(good.length / 2))), 400, 'FILE_NOT_XLSX');
    await assertAppError(xlsx(Buffer.from('so_dinh_danh_ca_nhan\n1\n')), 400, 'FILE_NOT_XLSX');
    await assertAppError(xlsx(Buffer.alloc(0)), 400, 'FILE_EMPTY');
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Trống');
    await assertAppError(xlsx(Buffer.from(await empty.xlsx.writeBuffer())), 400, 'FILE_EMPTY');

    // exceljs spills worksheets to temporary files; a private TMPDIR shows none is left behind, however the read ends.
    const tmpdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-validation-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = tmpdir;
    try {
      await assertAppError(xlsx(good, { maxUncompressedBytes: 20_000 }), 413, 'FILE_TOO_LARGE');
      await assertAppError(xlsx(good, { maxCells: 1000 }), 413, 'FILE_TOO_LARGE');
      await assertAppError(xlsx(good, { maxBytes: 1000 }), 413, 'FILE_TOO_LARGE');
      const ok = await xlsx(good);
      assert.equal(ok.summary.validRows, 2000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(fs.readdirSync(tmpdir), [], 'exceljs temporary files removed');
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      fs.rmSync(tmpdir, { recursive: true, force: true });
    }
  });

  it('refuses more than 1,000 columns', async () => {
    const wide = await xlsxBuffer([Array.from({ length: 1001 }, (_, i) => `c${i}`)]);
    await assertAppError(xlsx(wide), 413, 'FILE_TOO_LARGE');
    await assertAppError(csv(`${Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',')}\n`), 413, 'FILE_TOO_LARGE');
  });
});

describe('sniffFormat', () => {
  it('tells xlsx, csv and other files apart from the first bytes', async () => {
    assert.equal(sniffFormat(await xlsxBuffer([['a']])), 'xlsx');
    assert.equal(sniffFormat(Buffer.from(`${header}\n1,2`)), 'csv');
    assert.equal(sniffFormat(Buffer.from(`\uFEFF${header}`)), 'csv');
    assert.equal(sniffFormat(Buffer.from([0x48, 0xe4, 0x20, 0x76, 0xb5, 0x20, 0x74, 0xaa, 0x6e])), 'csv'); // TCVN3 text: validateCsv explains
    assert.equal(sniffFormat(Buffer.from([0xff, 0xfe, 0x61, 0x00])), 'csv'); // UTF-16: validateCsv explains
    assert.equal(sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'unknown'); // Excel 97–2003
    assert.equal(sniffFormat(Buffer.from('%PDF-1.7\n')), 'unknown');
    assert.equal(sniffFormat(Buffer.from([0x61, 0x00, 0x62])), 'unknown');
    assert.equal(sniffFormat(Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65)))), 'unknown');
    assert.equal(sniffFormat(Buffer.from('PKI,Tên\n')), 'csv');
    assert.equal(sniffFormat(Buffer.alloc(0)), 'csv');
  });
});

describe('writeFindingsCsv', () => {
  async function written(findings: Iterable<ValidationFinding> | AsyncIterable<ValidationFinding>, delimiter?: ',' | ';'): Promise<Buffer> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeFindingsCsv(findings, out, delimiter ? { delimiter } : {});
    return Buffer.concat(chunks);
  }

  it('writes UTF-8 with BOM that parses back with Vietnamese intact, and defuses formulas', async () => {
    const result = validateRecords(compiled, [{ ...validRecord, ho_va_ten: 'Nguyễn "Tí", dòng\nhai là quá dài rồi đấy' }, { ...validRecord, ghi_chu: '=HYPERLINK("x")', so_con: -3 }], options);
    const bytes = await written(result.findings);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { bom: true }) as string[][];
    assert.deepEqual(rows[0], ['Dòng / Row', 'Trường / Field', 'Lỗi / Problem', 'Giá trị / Value', 'Thông báo / Message (vi)', 'Thông báo / Message (en)']);
    assert.equal(rows.length, 1 + result.findings.length);
    const [first] = result.findings;
    assert.deepEqual(rows[1], ['1', 'ho_va_ten', 'too_long', 'Nguyễn "Tí", dòng\nhai là quá dài rồi đấy', first?.message.vi, first?.message.en]);
    assert.match(rows[1]?.[4] ?? '', /Trường «ho_va_ten»/);
    const outOfRange = rows.find((r) => r[2] === 'out_of_range');
    assert.equal(outOfRange?.[3], '-3');
    const unknown = rows.find((r) => r[2] === 'unknown_field');
    assert.deepEqual(unknown?.slice(0, 4), ['2', 'ghi_chu', 'unknown_field', `'=HYPERLINK("x")`]);
  });

  it('takes an async iterable, writes a header for no findings, and can use ;', async () => {
    async function* none(): AsyncGenerator<ValidationFinding> {}
    const empty = (await written(none())).toString('utf8');
    assert.equal(empty, '\uFEFFDòng / Row,Trường / Field,Lỗi / Problem,Giá trị / Value,Thông báo / Message (vi),Thông báo / Message (en)\r\n');
    async function* some(): AsyncGenerator<ValidationFinding> {
      yield { row: 0, field: 'ho_va_ten', problem: 'missing_column', message: { vi: 'Thiếu cột', en: 'No column' } };
    }
    const semicolons = (await written(some(), ';')).toString('utf8');
    assert.equal(semicolons, '\uFEFFDòng / Row;Trường / Field;Lỗi / Problem;Giá trị / Value;Thông báo / Message (vi);Thông báo / Message (en)\r\n0;ho_va_ten;missing_column;;Thiếu cột;No column\r\n');
  });
});

describe('one finding per value', () => {
  it('reports a value that is too long and badly formed once, as too long, and a short one as too short', async () => {
    const id = compileEntity({
      code: 'thu',
      version: '1.0',
      name: { vi: 'Thử', en: 'Test' },
      attributes: [attribute('so', true, element('so', 'Số', 'Number', 'text', { pattern: '\\d{12}', minLength: 12, maxLength: 12 }))],
    });
    const result = validateRecords(id, [{ so: '12345678901234x' }, { so: '12x' }, { so: '12345678901x' }], options);
    assert.deepEqual(brief(result.findings), [
      [1, 'so', 'too_long'],
      [2, 'so', 'too_short'],
      [3, 'so', 'bad_format'],
    ]);
    const file = await validateCsv(id, Readable.from([Buffer.from('so\n12345678901234x\n')]), options);
    assert.deepEqual(file.findings.map((f) => [f.field, f.problem]), [['so', 'too_long']]);
  });
});

describe('rules across fields', () => {
  const units = new Map([
    ['00004', '01'],
    ['11953', '33'],
    ['01273', '04'],
  ]);
  const place = compileEntity({
    code: 'dia_ban',
    version: '1.0',
    name: { vi: 'Địa bàn', en: 'Place' },
    attributes: [
      attribute('ma_tinh', false, element('ma_tinh', 'Mã tỉnh', 'Province code', 'code', { codeList: 'dvhc', codeLevel: 1 }), { codes: new Set(['01', '04', '33']) }),
      attribute('ma_xa', false, element('ma_xa', 'Mã xã', 'Commune code', 'code', { codeList: 'dvhc', codeLevel: 2 }), { codes: new Set(units.keys()) }),
    ],
    rules: [{ kind: 'code_within', field: 'ma_xa', within: 'ma_tinh', parents: units }],
  });

  it('reports a commune of another province than the row’s, once, in records and in files', async () => {
    const records = validateRecords(place, [{ ma_tinh: '33', ma_xa: '11953' }, { ma_tinh: '01', ma_xa: '11953' }, { ma_tinh: '01' }, { ma_tinh: '01', ma_xa: '99999' }], options);
    assert.deepEqual(brief(records.findings), [
      [2, 'ma_xa', 'inconsistent'],
      [4, 'ma_xa', 'unknown_code'],
    ]);
    assert.match(records.findings[0]?.message.vi ?? '', /«11953» thuộc «33», không thuộc mã «01» ở trường «ma_tinh»/);
    assert.match(records.findings[0]?.message.en ?? '', /“11953” lies under “33”, not under code “01” given in “ma_tinh”/);
    assert.equal(records.summary.invalidRows, 2);
    const file = await validateCsv(place, Readable.from([Buffer.from('ma_tinh,ma_xa\n33,11953\n04, 00004 \n,01273\n')]), options);
    assert.deepEqual(file.findings.map((f) => [f.field, f.problem, f.value]), [['ma_xa', 'inconsistent', '00004']]);
    assert.equal(file.summary.byField.ma_xa?.inconsistent, 1);
  });

  it('says when a code lost its leading zeros, and only then', () => {
    const result = validateRecords(place, [{ ma_tinh: '1', ma_xa: '4' }, { ma_tinh: '2' }, { ma_xa: '1273' }], options);
    assert.deepEqual(brief(result.findings), [
      [1, 'ma_tinh', 'leading_zeros_lost'],
      [1, 'ma_xa', 'leading_zeros_lost'],
      [2, 'ma_tinh', 'unknown_code'],
      [3, 'ma_xa', 'leading_zeros_lost'],
    ]);
    assert.match(result.findings[1]?.message.vi ?? '', /«4» có vẻ là mã «00004» bị mất số 0/);
    assert.match(result.findings[1]?.message.en ?? '', /“4” looks like “00004” with its leading zeros lost/);
  });

  it('says so for identifiers checked by pattern or length too, when a few zeros would make them fit', () => {
    const ids = compileEntity({
      code: 'thu',
      version: '1.0',
      name: { vi: 'Thử', en: 'Test' },
      attributes: [
        attribute('cccd', false, element('cccd', 'CCCD', 'ID', 'text', { pattern: '[0-9]{12}' })),
        attribute('ma', false, element('ma', 'Mã', 'Code', 'text', { minLength: 5, maxLength: 5 })),
      ],
    });
    const result = validateRecords(ids, [{ cccd: '1203004568' }, { cccd: '12345' }, { cccd: '0120300456' }, { ma: '123' }, { ma: '1' }], options);
    assert.deepEqual(brief(result.findings), [
      [1, 'cccd', 'leading_zeros_lost'],
      [2, 'cccd', 'bad_format'],
      [3, 'cccd', 'bad_format'],
      [4, 'ma', 'leading_zeros_lost'],
      [5, 'ma', 'too_short'],
    ]);
    assert.match(result.findings[0]?.message.en ?? '', /looks like “001203004568”/);
  });
});

describe('English messages', () => {
  const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
  it('hold no Vietnamese text of their own, whatever the finding', async () => {
    const records = validateRecords(
      compiled,
      [
        { so_dinh_danh_ca_nhan: 'abc', ho_va_ten: 'x', ngay_sinh: '1800-01-01', gioi_tinh: '7', thu_nhap: -1, so_con: 30, da_ket_hon: 'maybe', ngay_cap_nhat: 'then', ngon_ngu: 'vi', extra: 1 },
        { ho_va_ten: ['A', 'B'] },
        'not an object',
      ],
      options,
    );
    const file = await csv(`${header},other\nabc,x,31/02/2000,7,1.2.3,x,maybe,then,xx,1,2\n`);
    const all = [...records.findings, ...file.findings];
    assert.ok(all.length >= 15);
    for (const f of all) assert.doesNotMatch(f.message.en, vietnamese, f.message.en);
  });
});
