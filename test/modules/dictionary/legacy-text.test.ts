// Text typed in TCVN3 or VNI fonts and kept as Unicode (NguyÔn Thanh Hµ): recognised, decoded where it can be, and never
// confused with Vietnamese written in Unicode.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { detectLegacyText } from '../../../src/modules/dictionary/validation/legacy-text.js';
import { compileEntity } from '../../../src/modules/dictionary/validation/compile.js';
import { validateRecords, validateXlsx } from '../../../src/modules/dictionary/validation/files.js';

const words = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Văn Thị Hữu Đức Minh Thanh Ngọc Quang Thu Xuân An Bình Chi ' +
  'Dũng Giang Hà Hải Hạnh Hùng Hương Khánh Lan Linh Long Mai Nam Phương Quân Sơn Tâm Thảo Trang Tuấn Yến Hưng Yên phường xã thôn ' +
  'đường số tổ khu phố Phố Hiến Nội Tú Ý Ánh Ổi ấp bản làng huyện tỉnh thành quận ngõ ngách hẻm Đồng Tháp Quảng Ninh Khuê Nguyệt'
).split(' ');
const punctuation = [' ', ', ', '. ', ' - ', ' (', ') ', ' «', '» ', ' 25°C ', ' 1/2 ', ' №', ' 12 ', '; ', ' & ', ' © '];

/** Unicode → the Latin-1 letter a TCVN3 (.VnTime) font stores for it. */
const TCVN3_FROM_A1 = 'ĂÂÊÔƠƯĐăâêôơưđẰ_____àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';
const toTcvn3 = new Map([...TCVN3_FROM_A1].flatMap((ch, i) => (ch === '_' ? [] : [[ch, String.fromCharCode(0xa1 + i)] as const])));
const encodeTcvn3 = (text: string) => [...text].map((ch) => toTcvn3.get(ch) ?? ch).join('');

const textOf = (marks: string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...marks)), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, p]) => w + p).join('').trim());
const vietnameseText = textOf(punctuation);
// A .VnTime font has letters where Latin-1 has « » ° ©: text typed in it uses ASCII punctuation.
const asciiPunctuated = textOf(punctuation.filter((p) => !/[^\x20-\x7e]/.test(p)));

describe('legacy-font text', () => {
  it('recognises TCVN3 and decodes it, recognises VNI, and leaves other text alone', () => {
    assert.deepEqual(detectLegacyText('NguyÔn Thanh Hµ'), { encoding: 'TCVN3', decoded: 'Nguyễn Thanh Hà' });
    assert.deepEqual(detectLegacyText('TrÇn V¨n Hïng, Hµ Néi'), { encoding: 'TCVN3', decoded: 'Trần Văn Hùng, Hà Nội' });
    assert.deepEqual(detectLegacyText('Nguyeãn Thanh Haø'), { encoding: 'VNI' });
    for (const text of ['Nguyễn Thanh Hà', 'Müller', 'François Ngô', '25°C', '«Hà»', 'xã»', '«xã» Tú', 'Tú Ý', 'São Paulo', 'Ærø', '', 'abc']) {
      assert.equal(detectLegacyText(text), undefined, text);
    }
  });

  it('never flags Vietnamese written in Unicode (property)', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        assert.equal(detectLegacyText(text), undefined, text);
        assert.equal(detectLegacyText(text.normalize('NFD')), undefined, text);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes Vietnamese typed in TCVN3 back to what was meant (property)', () => {
    fc.assert(
      fc.property(asciiPunctuated, (text) => {
        const typed = encodeTcvn3(text);
        // Only texts whose every letter the lower-case .VnTime font has, and that it changed in a telling way.
        const telling = typed.split(/[\s,.;()&-]+/).some((w) => /[A-Za-z]/.test(w) && /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/.test(w));
        fc.pre([...text].every((ch) => ch < '\x80' || toTcvn3.has(ch)) && telling);
        assert.deepEqual(detectLegacyText(typed), { encoding: 'TCVN3', decoded: text }, typed);
      }),
      { numRuns: 500 },
    );
  });

  it('is a finding of its own, saying what the value would read as, in JSON records and XLSX cells', async () => {
    const compiled = compileEntity({
      code: 'nguoi',
      version: '1.0',
      name: { vi: 'Người', en: 'Person' },
      attributes: [
        {
          name: 'ho_va_ten',
          required: true,
          cardinality: 'one',
          element: { code: 'ho_va_ten', name: { vi: 'Họ và tên', en: 'Full name' }, definition: 'Họ tên', dataType: 'text', maxLength: 10, classification: 'personal', ownerAgencyId: 'x', synonyms: [], examples: [] },
        },
      ],
    });
    const records = validateRecords(compiled, [{ ho_va_ten: 'NguyÔn Thanh Hµ' }, { ho_va_ten: 'Hà' }], { maxFindings: 10, maxBytes: 1e6 });
    assert.deepEqual(records.findings.map((f) => [f.row, f.problem]), [[1, 'legacy_encoding']], 'one finding, not also too long');
    assert.match(records.findings[0]?.message.vi ?? '', /bảng mã TCVN3 .*có lẽ là «Nguyễn Thanh Hà»/);
    assert.match(records.findings[0]?.message.en ?? '', /TCVN3 encoding .*probably reads “Nguyễn Thanh Hà”/);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dữ liệu');
    sheet.addRow(['ho_va_ten']);
    sheet.addRow(['Nguyeãn Haø']);
    sheet.addRow(['Ng« Lan']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const file = await validateXlsx(compiled, Readable.from([buffer]), { maxFindings: 10, maxBytes: 1e7 });
    assert.deepEqual(file.findings.map((f) => [f.field, f.problem, f.value]), [
      ['ho_va_ten', 'legacy_encoding', 'Nguyeãn Haø'],
      ['ho_va_ten', 'legacy_encoding', 'Ng« Lan'],
    ]);
    assert.match(file.findings[0]?.message.en ?? '', /VNI encoding/);
  });
});
