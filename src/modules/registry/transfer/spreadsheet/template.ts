// The XLSX template agencies fill in: instructions (every column, its format and allowed values with their codes), the
// data sheet with drop-down lists, and the lists of values, agencies and framework components. The labels of the
// values come from labels.json, the wording the web app shows.
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../../core/tabular/xlsx.js';
import { registryLabels as labels, type Text } from '../../labels.js';
import { accessibilityLevels, hostings, ipv6States, lifecycles, systemKinds } from '../../model.js';
import {
  AGENCIES_SHEET,
  COMPONENTS_SHEET,
  DATA_SHEET,
  INSTRUCTIONS_SHEET,
  MAX_IMPORT_ROWS,
  VALUES_SHEET,
  importColumns,
  layerCodes,
} from './columns.js';
import { freezeHeader, newWorkbook, styleHeader, toBuffer } from './workbook.js';

const yesNo = { vi: ['Có', 'Không'], en: ['Yes', 'No'] };

interface ColumnHelp {
  vi: string;
  en: string;
  example: string;
}

const labelList = (values: Record<string, Text>, lang: 'vi' | 'en') =>
  Object.entries(values)
    .map(([code, l]) => (lang === 'vi' ? `${l.vi} (${code})` : `${l.en} (${code})`))
    .join('; ');

const columnHelp: Record<string, ColumnHelp> = {
  code: { vi: 'Mã ngắn, duy nhất: 2–40 ký tự, chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới; bắt đầu bằng chữ hoặc số.', en: 'Short unique code: 2–40 characters, ASCII letters, digits, dot, dash or underscore; starts with a letter or digit.', example: 'HY-TTHC' },
  kind: { vi: `Chọn trong danh sách: ${labelList(labels.kind, 'vi')}.`, en: `Pick from the list: ${labelList(labels.kind, 'en')}.`, example: labels.kind.information_system.vi },
  name_vi: { vi: 'Tên đầy đủ bằng tiếng Việt (tối đa 300 ký tự).', en: 'Full name in Vietnamese (at most 300 characters).', example: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh' },
  name_en: { vi: 'Tên tiếng Anh, nếu có.', en: 'English name, if any.', example: 'Provincial administrative procedures system' },
  owner_agency_id: { vi: `Mã cơ quan chủ quản, chọn trong danh sách (xem trang «${AGENCIES_SHEET}»).`, en: `Owner agency id, from the list (see the "${AGENCIES_SHEET}" sheet).`, example: 'van-phong-ubnd' },
  purpose: { vi: 'Mục đích, chức năng chính (tối đa 4000 ký tự).', en: 'Purpose and main functions (at most 4000 characters).', example: 'Tiếp nhận, giải quyết hồ sơ TTHC ở 3 cấp.' },
  audiences: { vi: `Một hoặc nhiều giá trị, cách nhau bởi dấu phẩy: ${labelList(labels.audience, 'vi')}.`, en: `One or more, comma-separated: ${labelList(labels.audience, 'en')}.`, example: 'Người dân, Doanh nghiệp' },
  lifecycle: { vi: `Chọn trong danh sách: ${labelList(labels.lifecycle, 'vi')}.`, en: `Pick from the list: ${labelList(labels.lifecycle, 'en')}.`, example: labels.lifecycle.in_use.vi },
  layer: { vi: 'Lớp của khung kiến trúc: I, II, III hoặc IV. Để trống thì lấy theo thành phần đầu tiên.', en: 'Framework layer: I, II, III or IV. Left blank, it follows the first component.', example: 'III' },
  components: { vi: `Mã thành phần và quan hệ, cách nhau bởi dấu chấm phẩy: «mã:triển khai» hoặc «mã:sử dụng» (implements/uses; bỏ trống quan hệ là triển khai). Mã xem trang «${COMPONENTS_SHEET}».`, en: `Component codes and links, semicolon-separated: "code:implements" or "code:uses" (no link means implements). Codes in the "${COMPONENTS_SHEET}" sheet.`, example: 'III.2(3):implements; II.2(1):uses' },
  security_level: { vi: 'Cấp độ an toàn hệ thống thông tin theo Nghị định 85/2016: số nguyên 1–5; để trống nếu chưa xác định.', en: 'Security level under Decree 85/2016: a whole number 1–5; blank if not determined.', example: '3' },
  security_approval_number: { vi: 'Số văn bản phê duyệt hồ sơ đề xuất cấp độ (cần có cấp độ).', en: 'Number of the decision approving the security level (needs a level).', example: '125/QĐ-SKHCN' },
  security_approval_date: { vi: 'Ngày phê duyệt: YYYY-MM-DD hoặc DD/MM/YYYY, hoặc ô kiểu ngày.', en: 'Approval date: YYYY-MM-DD or DD/MM/YYYY, or a date cell.', example: '2026-03-02' },
  hosting: { vi: `Chọn trong danh sách: ${labelList(labels.hosting, 'vi')}. Để trống là «${labels.hosting.unknown.vi}».`, en: `Pick from the list: ${labelList(labels.hosting, 'en')}. Blank means unknown.`, example: labels.hosting.provincial_dc_hung_yen.vi },
  hosting_note: { vi: 'Ghi chú thêm về nơi triển khai (tối đa 500 ký tự).', en: 'A note on the hosting (at most 500 characters).', example: '' },
  ipv6: { vi: `Chọn trong danh sách: ${labelList(labels.ipv6, 'vi')}.`, en: `Pick from the list: ${labelList(labels.ipv6, 'en')}.`, example: labels.ipv6.ready.vi },
  authentication: { vi: `Một hoặc nhiều, cách nhau bởi dấu phẩy: ${labelList(labels.authentication, 'vi')}.`, en: `One or more, comma-separated: ${labelList(labels.authentication, 'en')}.`, example: 'VNeID, Tài khoản riêng' },
  ui_languages: { vi: 'Mã ngôn ngữ của giao diện, cách nhau bởi dấu phẩy (vi, en, ...).', en: 'Language codes of the user interface, comma-separated (vi, en, ...).', example: 'vi, en' },
  accessibility: { vi: `Chọn trong danh sách: ${labelList(labels.accessibility, 'vi')}.`, en: `Pick from the list: ${labelList(labels.accessibility, 'en')}.`, example: labels.accessibility.partial.vi },
  secure_sessions: { vi: 'Có / Không: quản lý phiên làm việc an toàn (kênh phục vụ người dân).', en: 'Yes / No: secure session management (citizen channels).', example: 'Có' },
  access_logging: { vi: 'Có / Không: ghi nhật ký truy cập.', en: 'Yes / No: access logging.', example: 'Có' },
  department_software: { vi: 'Có / Không: phần mềm quản lý chuyên ngành của Sở (cần văn bản thống nhất của Bộ).', en: 'Yes / No: specialised software of a department (needs the ministry’s written agreement).', example: 'Không' },
  data_objects: {
    vi: 'Dữ liệu hệ thống lưu giữ, cách nhau bởi dấu chấm phẩy; thêm [personal] cho dữ liệu cá nhân, [sensitive] cho dữ liệu cá nhân nhạy cảm (Nghị định 13/2023); ghi trong {…} mã các phần tử của từ điển dữ liệu mà dữ liệu đó chứa (II.2(6)).',
    en: 'Data the system holds, semicolon-separated; add [personal] for personal data, [sensitive] for sensitive personal data (Decree 13/2023); list in {…} the codes of the data dictionary elements it holds (II.2(6)).',
    example: 'Hồ sơ TTHC [personal] {so_dinh_danh_ca_nhan, ho_va_ten}; Danh mục TTHC',
  },
  contacts: { vi: 'Đầu mối, cách nhau bởi dấu chấm phẩy: «Họ tên (vai trò) email điện thoại».', en: 'Contacts, semicolon-separated: "Name (role) email phone".', example: 'Nguyễn Văn An (quản trị hệ thống) an.nv@hungyen.gov.vn 0221 3550 123' },
  documents: { vi: `Không bắt buộc. Văn bản, cách nhau bởi dấu chấm phẩy: «loại | tiêu đề | số | ngày | cơ quan ban hành | đường dẫn». Loại: ${labelList(labels.documentKind, 'vi')}.`, en: `Optional. Documents, semicolon-separated: "kind | title | number | date | issuer | url". Kinds: ${labelList(labels.documentKind, 'en')}.`, example: 'legal_basis | Phê duyệt Khung kiến trúc số | 2352/QĐ-UBND | 2025-12-29 | UBND tỉnh' },
  supplier: { vi: 'Đơn vị cung cấp, phát triển.', en: 'Supplier or developer.', example: 'VNPT' },
  year_started: { vi: 'Năm đưa vào sử dụng (1990–2100).', en: 'Year put into use (1990–2100).', example: '2019' },
  url: { vi: 'Địa chỉ truy cập, nếu có.', en: 'Address, if any.', example: 'https://dichvucong.hungyen.gov.vn' },
};

/** Drop-down lists of the template, each a column of the values sheet. */
const lists: { key: string; title: Text; values: string[] }[] = [
  { key: 'kind', title: { vi: 'Loại', en: 'Kind' }, values: systemKinds.map((v) => labels.kind[v].vi) },
  { key: 'lifecycle', title: { vi: 'Vòng đời', en: 'Lifecycle' }, values: lifecycles.map((v) => labels.lifecycle[v].vi) },
  { key: 'layer', title: { vi: 'Lớp', en: 'Layer' }, values: [...layerCodes] },
  { key: 'hosting', title: { vi: 'Nơi triển khai', en: 'Hosting' }, values: hostings.map((v) => labels.hosting[v].vi) },
  { key: 'ipv6', title: { vi: 'IPv6', en: 'IPv6' }, values: ipv6States.map((v) => labels.ipv6[v].vi) },
  { key: 'accessibility', title: { vi: 'Hỗ trợ tiếp cận', en: 'Accessibility' }, values: accessibilityLevels.map((v) => labels.accessibility[v].vi) },
  { key: 'yes_no', title: { vi: 'Có/Không', en: 'Yes/No' }, values: yesNo.vi },
];

type ValidationTarget = { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

/** The template agencies fill in: instructions, the data sheet with drop-down lists, and the lists of agencies and components. */
export async function importTemplateXlsx(ctx: { agencies: { id: string; name: { vi: string } }[]; components: { code: string; name: { vi: string } }[] }): Promise<Buffer> {
  const workbook = newWorkbook();

  // Instructions
  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET, { properties: { tabColor: { argb: 'FF2F5597' } } });
  help.columns = [
    { key: 'vi', width: 30 },
    { key: 'en', width: 26 },
    { key: 'required', width: 12 },
    { key: 'format_vi', width: 70 },
    { key: 'format_en', width: 60 },
    { key: 'example', width: 40 },
  ];
  help.addRow(['Mẫu nhập danh mục hệ thống thông tin — Sổ đăng ký ứng dụng CNTT tỉnh Hưng Yên']).font = { bold: true, size: 14 };
  help.addRow(['Import template for information systems — IT application registry of Hưng Yên province']).font = { italic: true };
  help.addRow([]);
  const notes: [string, string][] = [
    [`Điền mỗi hệ thống trên một dòng của trang «${DATA_SHEET}», từ dòng 2. Giữ nguyên tiêu đề ở dòng 1 (có thể đổi thứ tự cột).`, `Fill in one system per row of the "${DATA_SHEET}" sheet, from row 2. Keep the headers of row 1 (columns may be reordered).`],
    [`Cột có dấu * là bắt buộc. Các cột khác để trống thì nhận giá trị mặc định (${labels.hosting.unknown.vi}, Không).`, 'Columns marked * are required. Blank optional columns take their defaults (unknown, no).'],
    ['Cột có danh sách: chọn trong danh sách; cũng có thể gõ mã (ví dụ in_use) hoặc nhãn tiếng Anh.', 'Columns with a list: pick a value; the code (e.g. in_use) or the English label also works.'],
    ['Nhiều giá trị trong một ô: dấu phẩy cho đối tượng phục vụ, xác thực, ngôn ngữ; dấu chấm phẩy cho thành phần, dữ liệu, đầu mối, văn bản.', 'Several values in one cell: commas for audiences, authentication, languages; semicolons for components, data objects, contacts, documents.'],
    ['Giao diện kết nối (API cung cấp, sử dụng) khai báo trên biểu mẫu web sau khi nhập.', 'Interfaces (APIs provided and consumed) are declared on the web form after the import.'],
    [`Mỗi lần nhập tối đa ${MAX_IMPORT_ROWS} hệ thống. Dòng trống được bỏ qua. Lỗi được báo theo dòng và cột.`, `At most ${MAX_IMPORT_ROWS} systems per import. Blank rows are ignored. Errors are reported by row and column.`],
  ];
  for (const [vi, en] of notes) {
    const row = help.addRow([vi, '', '', en]);
    help.mergeCells(row.number, 1, row.number, 3);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  help.addRow([]);
  const tableHeader = help.addRow(['Cột', 'Column', 'Bắt buộc / Required', 'Định dạng, giá trị cho phép', 'Format, allowed values', 'Ví dụ / Example']);
  styleHeader(tableHeader);
  for (const c of importColumns) {
    const h = columnHelp[c.key];
    const row = help.addRow([c.header.vi, c.header.en, c.required ? 'Có / Yes' : '', h?.vi ?? '', h?.en ?? '', h?.example ?? '']);
    row.alignment = { wrapText: true, vertical: 'top' };
  }

  // Data sheet
  const data = workbook.addWorksheet(DATA_SHEET, { properties: { tabColor: { argb: 'FF70AD47' } } });
  data.columns = importColumns.map((c) => ({ key: c.key, header: c.required ? `${c.header.vi} *` : c.header.vi, width: c.width }));
  const header = data.getRow(1);
  styleHeader(header);
  importColumns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    if (c.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
    const h = columnHelp[c.key];
    cell.note = `${c.header.en}${c.required ? ' (required)' : ''}\n${h?.vi ?? ''}\n${h?.en ?? ''}`;
  });
  freezeHeader(data);

  // Values, agencies and components
  const values = workbook.addWorksheet(VALUES_SHEET);
  values.columns = lists.map((l) => ({ key: l.key, header: `${l.title.vi} / ${l.title.en}`, width: 34 }));
  styleHeader(values.getRow(1));
  const longest = Math.max(...lists.map((l) => l.values.length));
  for (let i = 0; i < longest; i++) values.addRow(lists.map((l) => l.values[i] ?? null));

  const agencySheet = workbook.addWorksheet(AGENCIES_SHEET);
  agencySheet.columns = [
    { key: 'id', header: 'Mã cơ quan / Agency id', width: 22 },
    { key: 'name', header: 'Tên cơ quan / Name', width: 70 },
  ];
  styleHeader(agencySheet.getRow(1));
  freezeHeader(agencySheet);
  for (const a of ctx.agencies) agencySheet.addRow({ id: a.id, name: a.name.vi });

  const componentSheet = workbook.addWorksheet(COMPONENTS_SHEET);
  componentSheet.columns = [
    { key: 'code', header: 'Mã thành phần / Code', width: 14 },
    { key: 'layer', header: 'Lớp / Layer', width: 10 },
    { key: 'name', header: 'Tên thành phần / Name', width: 90 },
  ];
  styleHeader(componentSheet.getRow(1));
  freezeHeader(componentSheet);
  for (const c of ctx.components) componentSheet.addRow({ code: c.code, layer: c.code.split('.')[0], name: c.name.vi });

  // Drop-downs and numeric checks on the data sheet (a warning, so a typed code is still accepted).
  const target = data as unknown as ValidationTarget;
  const lastRow = MAX_IMPORT_ROWS + 1;
  const range = (key: string) => {
    const index = importColumns.findIndex((c) => c.key === key) + 1;
    const letter = columnLetter(index);
    return `${letter}2:${letter}${lastRow}`;
  };
  const listRange = (sheet: string, col: number, count: number) => `'${sheet}'!$${columnLetter(col)}$2:$${columnLetter(col)}$${Math.max(2, count + 1)}`;
  const dropDown = (key: string, formula: string, vi: string) =>
    target.dataValidations.add(range(key), {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Không có trong danh sách', // Excel allows 32 characters
      error: `${vi} — chọn trong danh sách (hoặc nhập mã). / Pick from the list (or type the code).`,
    });
  for (const [i, l] of lists.entries()) {
    const keys = l.key === 'yes_no' ? ['secure_sessions', 'access_logging', 'department_software'] : [l.key];
    for (const key of keys) dropDown(key, listRange(VALUES_SHEET, i + 1, l.values.length), importColumns.find((c) => c.key === key)?.header.vi ?? key);
  }
  dropDown('owner_agency_id', listRange(AGENCIES_SHEET, 1, ctx.agencies.length), 'Mã cơ quan chủ quản');
  const whole = (key: string, min: number, max: number, vi: string, en: string) =>
    target.dataValidations.add(range(key), {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [min, max],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Giá trị không hợp lệ',
      error: `${vi} / ${en}`,
    });
  whole('security_level', 1, 5, 'Cấp độ là số nguyên từ 1 đến 5.', 'The level is a whole number from 1 to 5.');
  whole('year_started', 1990, 2100, 'Năm từ 1990 đến 2100.', 'A year from 1990 to 2100.');

  return toBuffer(workbook);
}
