/**
 * The registry as spreadsheets: CSV and XLSX exports of the systems, the XLSX template agencies fill in,
 * and the parser of filled templates with per-row, per-field messages in Vietnamese and English.
 *
 * Exports write enum values as their codes (in_use, provincial_dc_hung_yen, ...) so they can be processed
 * and imported again; the template offers the Vietnamese labels in drop-down lists; the import accepts
 * either, and the English labels, with or without diacritics.
 */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { foldForSearch } from '../../core/text.js';
import {
  accessibilityLevels,
  audiences,
  authMethods,
  componentLinks,
  documentKinds,
  hostings,
  ipv6States,
  lifecycles,
  systemKinds,
  type Contact,
  type DataObject,
  type SystemDocument,
  type SystemInput,
  type SystemRecord,
} from './model.js';

type Text = { vi: string; en: string };

export class SpreadsheetError extends Error {
  constructor(
    readonly code: 'INVALID_XLSX' | 'TOO_MANY_ROWS' | 'TOO_LARGE',
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'SpreadsheetError';
  }
}

/** Rows of systems one import may carry. */
export const MAX_IMPORT_ROWS = 5000;
/** Size of an XLSX file the import reads (a filled template of 5000 rows is well under 2 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const DATA_SHEET = 'Hệ thống';
const INSTRUCTIONS_SHEET = 'Hướng dẫn';
const AGENCIES_SHEET = 'Cơ quan';
const COMPONENTS_SHEET = 'Thành phần';
const VALUES_SHEET = 'Danh mục giá trị';

// ============================================================================ labels

/** Vietnamese and English labels of the enum values, for the template's lists and the import. */
export const valueLabels = {
  kind: {
    information_system: { vi: 'Hệ thống thông tin', en: 'Information system' },
    database: { vi: 'Cơ sở dữ liệu', en: 'Database' },
    platform: { vi: 'Nền tảng', en: 'Platform' },
    api: { vi: 'API (giao diện lập trình)', en: 'API' },
  },
  lifecycle: {
    planned: { vi: 'Dự kiến', en: 'Planned' },
    building: { vi: 'Đang xây dựng', en: 'Being built' },
    in_use: { vi: 'Đang sử dụng', en: 'In use' },
    phasing_out: { vi: 'Đang dừng dần', en: 'Phasing out' },
    retired: { vi: 'Đã dừng sử dụng', en: 'Retired' },
  },
  audiences: {
    internal: { vi: 'Nội bộ cơ quan', en: 'Internal' },
    agencies: { vi: 'Cơ quan nhà nước', en: 'Agencies' },
    citizens: { vi: 'Người dân', en: 'Citizens' },
    businesses: { vi: 'Doanh nghiệp', en: 'Businesses' },
  },
  hosting: {
    provincial_dc_hung_yen: { vi: 'Trung tâm dữ liệu tỉnh (Hưng Yên)', en: 'Provincial data centre (Hưng Yên)' },
    provincial_dc_thai_binh: { vi: 'Trung tâm dữ liệu tỉnh (Thái Bình cũ)', en: 'Provincial data centre (former Thái Bình)' },
    national_dc: { vi: 'Trung tâm dữ liệu quốc gia', en: 'National data centre' },
    ministry: { vi: 'Hạ tầng của Bộ, ngành', en: 'A ministry’s infrastructure' },
    commercial_cloud: { vi: 'Điện toán đám mây thương mại', en: 'Commercial cloud' },
    vendor: { vi: 'Hạ tầng của nhà cung cấp', en: 'Vendor’s infrastructure' },
    on_premises: { vi: 'Máy chủ tại cơ quan', en: 'On premises' },
    unknown: { vi: 'Chưa rõ', en: 'Unknown' },
  },
  ipv6: {
    ready: { vi: 'Sẵn sàng', en: 'Ready' },
    partial: { vi: 'Một phần', en: 'Partial' },
    not_ready: { vi: 'Chưa sẵn sàng', en: 'Not ready' },
    unknown: { vi: 'Chưa rõ', en: 'Unknown' },
  },
  authentication: {
    vneid: { vi: 'VNeID', en: 'VNeID' },
    provincial_sso: { vi: 'Đăng nhập một lần của tỉnh (SSO)', en: 'Provincial single sign-on' },
    own: { vi: 'Tài khoản riêng', en: 'Own accounts' },
    none: { vi: 'Không xác thực', en: 'None' },
  },
  accessibility: {
    wcag_aa: { vi: 'Đạt WCAG 2.1 mức AA', en: 'WCAG 2.1 AA' },
    partial: { vi: 'Một phần', en: 'Partial' },
    none: { vi: 'Không', en: 'None' },
    unknown: { vi: 'Chưa rõ', en: 'Unknown' },
  },
  componentLink: {
    implements: { vi: 'triển khai', en: 'implements' },
    uses: { vi: 'sử dụng', en: 'uses' },
  },
  documentKind: {
    legal_basis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
    ministry_agreement: { vi: 'Văn bản thống nhất của Bộ', en: 'Ministry agreement' },
    security_approval: { vi: 'Phê duyệt cấp độ an toàn', en: 'Security level approval' },
    design: { vi: 'Thiết kế', en: 'Design' },
    investment_decision: { vi: 'Quyết định đầu tư', en: 'Investment decision' },
    other: { vi: 'Khác', en: 'Other' },
  },
  status: {
    draft: { vi: 'Nháp', en: 'Draft' },
    pending: { vi: 'Chờ thẩm định', en: 'Pending' },
    approved: { vi: 'Đã phê duyệt', en: 'Approved' },
    returned: { vi: 'Trả lại', en: 'Returned' },
    rejected: { vi: 'Từ chối', en: 'Rejected' },
  },
} as const;

const yesNo = { vi: ['Có', 'Không'], en: ['Yes', 'No'] };
const layerCodes = ['I', 'II', 'III', 'IV'] as const;

// ============================================================================ columns

export interface SheetColumn {
  key: string;
  header: Text;
  /** Character width in the XLSX sheets. */
  width: number;
}

/** The flat columns of a system in the CSV and XLSX exports. */
export const registryColumns = [
  { key: 'code', header: { vi: 'Mã hệ thống', en: 'Code' }, width: 16 },
  { key: 'kind', header: { vi: 'Loại', en: 'Kind' }, width: 18 },
  { key: 'name_vi', header: { vi: 'Tên (tiếng Việt)', en: 'Name (Vietnamese)' }, width: 48 },
  { key: 'name_en', header: { vi: 'Tên (tiếng Anh)', en: 'Name (English)' }, width: 36 },
  { key: 'owner_agency_id', header: { vi: 'Mã cơ quan chủ quản', en: 'Owner agency id' }, width: 18 },
  { key: 'purpose', header: { vi: 'Mục đích', en: 'Purpose' }, width: 48 },
  { key: 'audiences', header: { vi: 'Đối tượng phục vụ', en: 'Audiences' }, width: 24 },
  { key: 'lifecycle', header: { vi: 'Vòng đời', en: 'Lifecycle' }, width: 14 },
  { key: 'layer', header: { vi: 'Lớp kiến trúc', en: 'Layer' }, width: 10 },
  { key: 'components', header: { vi: 'Thành phần khung kiến trúc', en: 'Framework components' }, width: 32 },
  { key: 'security_level', header: { vi: 'Cấp độ an toàn', en: 'Security level' }, width: 10 },
  { key: 'security_approval_number', header: { vi: 'Số văn bản phê duyệt cấp độ', en: 'Security approval number' }, width: 20 },
  { key: 'security_approval_date', header: { vi: 'Ngày phê duyệt cấp độ', en: 'Security approval date' }, width: 14 },
  { key: 'hosting', header: { vi: 'Nơi triển khai', en: 'Hosting' }, width: 24 },
  { key: 'ipv6', header: { vi: 'Sẵn sàng IPv6', en: 'IPv6 readiness' }, width: 12 },
  { key: 'authentication', header: { vi: 'Phương thức xác thực', en: 'Authentication' }, width: 20 },
  { key: 'ui_languages', header: { vi: 'Ngôn ngữ giao diện', en: 'UI languages' }, width: 12 },
  { key: 'accessibility', header: { vi: 'Hỗ trợ tiếp cận', en: 'Accessibility' }, width: 14 },
  { key: 'secure_sessions', header: { vi: 'Quản lý phiên an toàn', en: 'Secure sessions' }, width: 10 },
  { key: 'access_logging', header: { vi: 'Ghi nhật ký truy cập', en: 'Access logging' }, width: 10 },
  { key: 'department_software', header: { vi: 'Phần mềm chuyên ngành của Sở', en: 'Department software' }, width: 12 },
  { key: 'data_objects', header: { vi: 'Đối tượng dữ liệu', en: 'Data objects' }, width: 36 },
  { key: 'supplier', header: { vi: 'Nhà cung cấp', en: 'Supplier' }, width: 20 },
  { key: 'year_started', header: { vi: 'Năm đưa vào sử dụng', en: 'Year started' }, width: 10 },
  { key: 'url', header: { vi: 'Địa chỉ truy cập', en: 'URL' }, width: 32 },
  { key: 'status', header: { vi: 'Trạng thái đăng ký', en: 'Registration status' }, width: 14 },
  { key: 'verified', header: { vi: 'Đã được xác nhận', en: 'Verified' }, width: 10 },
  { key: 'version', header: { vi: 'Phiên bản', en: 'Version' }, width: 8 },
  { key: 'updated_at', header: { vi: 'Cập nhật lúc', en: 'Updated at' }, width: 22 },
] as const satisfies readonly SheetColumn[];

export type RegistryColumnKey = (typeof registryColumns)[number]['key'];

const column = (key: RegistryColumnKey): SheetColumn => registryColumns.find((c) => c.key === key) as SheetColumn;

/** The columns of the import template: what of SystemInput fits a cell (interfaces are declared on the web form). */
export const importColumns: (SheetColumn & { required?: boolean })[] = [
  { ...column('code'), required: true },
  { ...column('kind'), required: true },
  { ...column('name_vi'), required: true },
  column('name_en'),
  { ...column('owner_agency_id'), required: true },
  column('purpose'),
  column('audiences'),
  { ...column('lifecycle'), required: true },
  { ...column('layer'), required: true },
  column('components'),
  column('security_level'),
  column('security_approval_number'),
  column('security_approval_date'),
  column('hosting'),
  { key: 'hosting_note', header: { vi: 'Ghi chú nơi triển khai', en: 'Hosting note' }, width: 24 },
  column('ipv6'),
  column('authentication'),
  column('ui_languages'),
  column('accessibility'),
  column('secure_sessions'),
  column('access_logging'),
  column('department_software'),
  column('data_objects'),
  { key: 'contacts', header: { vi: 'Đầu mối liên hệ', en: 'Contacts' }, width: 40 },
  { key: 'documents', header: { vi: 'Văn bản, hồ sơ', en: 'Documents' }, width: 40 },
  column('supplier'),
  column('year_started'),
  column('url'),
];

// ============================================================================ export

type Cell = string | number | boolean | null;

function systemRow(s: SystemRecord): Record<RegistryColumnKey, Cell> {
  return {
    code: s.code,
    kind: s.kind,
    name_vi: s.name.vi,
    name_en: s.name.en,
    owner_agency_id: s.ownerAgencyId,
    purpose: s.purpose,
    audiences: s.audiences.join(', '),
    lifecycle: s.lifecycle,
    layer: s.layer,
    components: s.components.map((c) => `${c.code}:${c.link}`).join('; '),
    security_level: s.securityLevel?.level ?? null,
    security_approval_number: s.securityLevel?.approvalNumber ?? null,
    security_approval_date: s.securityLevel?.approvalDate ?? null,
    hosting: s.hosting,
    ipv6: s.ipv6,
    authentication: s.authentication.join(', '),
    ui_languages: s.uiLanguages.join(', '),
    accessibility: s.accessibility,
    secure_sessions: s.secureSessions,
    access_logging: s.accessLogging,
    department_software: s.departmentSoftware,
    data_objects: s.dataObjects.map(formatDataObject).join('; '),
    supplier: s.supplier ?? null,
    year_started: s.yearStarted ?? null,
    url: s.url ?? null,
    status: s.status,
    verified: s.verified,
    version: s.version,
    updated_at: s.updatedAt,
  };
}

function formatDataObject(d: DataObject): string {
  return d.sensitive ? `${d.name} [sensitive]` : d.personal ? `${d.name} [personal]` : d.name;
}

/** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is kept as text with a leading apostrophe. */
function csvSafe(value: Cell): string | number | boolean | null {
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}

/** RFC 4180 CSV (CRLF, quoted where needed), UTF-8 with a BOM so Excel shows Vietnamese, Vietnamese headers. */
export function systemsToCsv(systems: SystemRecord[]): string {
  const records = systems.map((s) => {
    const row = systemRow(s);
    return Object.fromEntries(registryColumns.map((c) => [c.key, csvSafe(row[c.key])]));
  });
  return stringify(records, {
    bom: true,
    header: true,
    columns: registryColumns.map((c) => ({ key: c.key, header: c.header.vi })),
    record_delimiter: 'windows',
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.height = 32;
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF7F8FA6' } } };
  });
}

function freezeHeader(sheet: ExcelJS.Worksheet): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kiến trúc — Sổ đăng ký ứng dụng CNTT tỉnh Hưng Yên';
  workbook.created = new Date();
  return workbook;
}

/** A sheet "Hệ thống" with a frozen bold header, readable widths and the owner agency's name beside its id. */
export async function systemsToXlsx(systems: SystemRecord[], agencies: { id: string; name: { vi: string } }[]): Promise<Buffer> {
  const agencyNames = new Map(agencies.map((a) => [a.id, a.name.vi]));
  const columns: SheetColumn[] = registryColumns.flatMap((c) =>
    c.key === 'owner_agency_id' ? [c, { key: 'owner_agency_name', header: { vi: 'Tên cơ quan chủ quản', en: 'Owner agency' }, width: 36 }] : [c],
  );
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(DATA_SHEET);
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header.vi, width: c.width }));
  styleHeader(sheet.getRow(1));
  freezeHeader(sheet);
  for (const s of systems) {
    sheet.addRow({ ...systemRow(s), owner_agency_name: agencyNames.get(s.ownerAgencyId) ?? null });
  }
  for (const key of ['purpose', 'name_vi', 'data_objects', 'components']) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return toBuffer(workbook);
}

// ============================================================================ template

interface ColumnHelp {
  vi: string;
  en: string;
  example: string;
}

const labelList = (labels: Record<string, Text>, lang: 'vi' | 'en') =>
  Object.entries(labels)
    .map(([code, l]) => (lang === 'vi' ? `${l.vi} (${code})` : `${l.en} (${code})`))
    .join('; ');

const columnHelp: Record<string, ColumnHelp> = {
  code: { vi: 'Mã ngắn, duy nhất: 2–40 ký tự, chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới; bắt đầu bằng chữ hoặc số.', en: 'Short unique code: 2–40 characters, ASCII letters, digits, dot, dash or underscore; starts with a letter or digit.', example: 'HY-TTHC' },
  kind: { vi: `Chọn trong danh sách: ${labelList(valueLabels.kind, 'vi')}.`, en: `Pick from the list: ${labelList(valueLabels.kind, 'en')}.`, example: valueLabels.kind.information_system.vi },
  name_vi: { vi: 'Tên đầy đủ bằng tiếng Việt (tối đa 300 ký tự).', en: 'Full name in Vietnamese (at most 300 characters).', example: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh' },
  name_en: { vi: 'Tên tiếng Anh, nếu có.', en: 'English name, if any.', example: 'Provincial administrative procedures system' },
  owner_agency_id: { vi: `Mã cơ quan chủ quản, chọn trong danh sách (xem trang «${AGENCIES_SHEET}»).`, en: `Owner agency id, from the list (see the "${AGENCIES_SHEET}" sheet).`, example: 'van-phong-ubnd' },
  purpose: { vi: 'Mục đích, chức năng chính (tối đa 4000 ký tự).', en: 'Purpose and main functions (at most 4000 characters).', example: 'Tiếp nhận, giải quyết hồ sơ TTHC ở 3 cấp.' },
  audiences: { vi: `Một hoặc nhiều giá trị, cách nhau bởi dấu phẩy: ${labelList(valueLabels.audiences, 'vi')}.`, en: `One or more, comma-separated: ${labelList(valueLabels.audiences, 'en')}.`, example: 'Người dân, Doanh nghiệp' },
  lifecycle: { vi: `Chọn trong danh sách: ${labelList(valueLabels.lifecycle, 'vi')}.`, en: `Pick from the list: ${labelList(valueLabels.lifecycle, 'en')}.`, example: valueLabels.lifecycle.in_use.vi },
  layer: { vi: 'Lớp của khung kiến trúc: I, II, III hoặc IV. Để trống thì lấy theo thành phần đầu tiên.', en: 'Framework layer: I, II, III or IV. Left blank, it follows the first component.', example: 'III' },
  components: { vi: `Mã thành phần và quan hệ, cách nhau bởi dấu chấm phẩy: «mã:triển khai» hoặc «mã:sử dụng» (implements/uses; bỏ trống quan hệ là triển khai). Mã xem trang «${COMPONENTS_SHEET}».`, en: `Component codes and links, semicolon-separated: "code:implements" or "code:uses" (no link means implements). Codes in the "${COMPONENTS_SHEET}" sheet.`, example: 'III.2(3):implements; II.2(1):uses' },
  security_level: { vi: 'Cấp độ an toàn hệ thống thông tin theo Nghị định 85/2016: số nguyên 1–5; để trống nếu chưa xác định.', en: 'Security level under Decree 85/2016: a whole number 1–5; blank if not determined.', example: '3' },
  security_approval_number: { vi: 'Số văn bản phê duyệt hồ sơ đề xuất cấp độ (cần có cấp độ).', en: 'Number of the decision approving the security level (needs a level).', example: '125/QĐ-SKHCN' },
  security_approval_date: { vi: 'Ngày phê duyệt: YYYY-MM-DD hoặc DD/MM/YYYY, hoặc ô kiểu ngày.', en: 'Approval date: YYYY-MM-DD or DD/MM/YYYY, or a date cell.', example: '2026-03-02' },
  hosting: { vi: `Chọn trong danh sách: ${labelList(valueLabels.hosting, 'vi')}. Để trống là «Chưa rõ».`, en: `Pick from the list: ${labelList(valueLabels.hosting, 'en')}. Blank means unknown.`, example: valueLabels.hosting.provincial_dc_hung_yen.vi },
  hosting_note: { vi: 'Ghi chú thêm về nơi triển khai (tối đa 500 ký tự).', en: 'A note on the hosting (at most 500 characters).', example: '' },
  ipv6: { vi: `Chọn trong danh sách: ${labelList(valueLabels.ipv6, 'vi')}.`, en: `Pick from the list: ${labelList(valueLabels.ipv6, 'en')}.`, example: valueLabels.ipv6.ready.vi },
  authentication: { vi: `Một hoặc nhiều, cách nhau bởi dấu phẩy: ${labelList(valueLabels.authentication, 'vi')}.`, en: `One or more, comma-separated: ${labelList(valueLabels.authentication, 'en')}.`, example: 'VNeID, Tài khoản riêng' },
  ui_languages: { vi: 'Mã ngôn ngữ của giao diện, cách nhau bởi dấu phẩy (vi, en, ...).', en: 'Language codes of the user interface, comma-separated (vi, en, ...).', example: 'vi, en' },
  accessibility: { vi: `Chọn trong danh sách: ${labelList(valueLabels.accessibility, 'vi')}.`, en: `Pick from the list: ${labelList(valueLabels.accessibility, 'en')}.`, example: valueLabels.accessibility.partial.vi },
  secure_sessions: { vi: 'Có / Không: quản lý phiên làm việc an toàn (kênh phục vụ người dân).', en: 'Yes / No: secure session management (citizen channels).', example: 'Có' },
  access_logging: { vi: 'Có / Không: ghi nhật ký truy cập.', en: 'Yes / No: access logging.', example: 'Có' },
  department_software: { vi: 'Có / Không: phần mềm quản lý chuyên ngành của Sở (cần văn bản thống nhất của Bộ).', en: 'Yes / No: specialised software of a department (needs the ministry’s written agreement).', example: 'Không' },
  data_objects: { vi: 'Dữ liệu hệ thống lưu giữ, cách nhau bởi dấu chấm phẩy; thêm [personal] cho dữ liệu cá nhân, [sensitive] cho dữ liệu cá nhân nhạy cảm (Nghị định 13/2023).', en: 'Data the system holds, semicolon-separated; add [personal] for personal data, [sensitive] for sensitive personal data (Decree 13/2023).', example: 'Hồ sơ TTHC [personal]; Danh mục TTHC' },
  contacts: { vi: 'Đầu mối, cách nhau bởi dấu chấm phẩy: «Họ tên (vai trò) email điện thoại».', en: 'Contacts, semicolon-separated: "Name (role) email phone".', example: 'Nguyễn Văn An (quản trị hệ thống) an.nv@hungyen.gov.vn 0221 3550 123' },
  documents: { vi: `Không bắt buộc. Văn bản, cách nhau bởi dấu chấm phẩy: «loại | tiêu đề | số | ngày | cơ quan ban hành | đường dẫn». Loại: ${labelList(valueLabels.documentKind, 'vi')}.`, en: `Optional. Documents, semicolon-separated: "kind | title | number | date | issuer | url". Kinds: ${labelList(valueLabels.documentKind, 'en')}.`, example: 'legal_basis | Phê duyệt Khung kiến trúc số | 2352/QĐ-UBND | 2025-12-29 | UBND tỉnh' },
  supplier: { vi: 'Đơn vị cung cấp, phát triển.', en: 'Supplier or developer.', example: 'VNPT' },
  year_started: { vi: 'Năm đưa vào sử dụng (1990–2100).', en: 'Year put into use (1990–2100).', example: '2019' },
  url: { vi: 'Địa chỉ truy cập, nếu có.', en: 'Address, if any.', example: 'https://dichvucong.hungyen.gov.vn' },
};

/** Drop-down lists of the template, each a column of the values sheet. */
const lists: { key: string; title: Text; values: string[] }[] = [
  { key: 'kind', title: { vi: 'Loại', en: 'Kind' }, values: Object.values(valueLabels.kind).map((l) => l.vi) },
  { key: 'lifecycle', title: { vi: 'Vòng đời', en: 'Lifecycle' }, values: Object.values(valueLabels.lifecycle).map((l) => l.vi) },
  { key: 'layer', title: { vi: 'Lớp', en: 'Layer' }, values: [...layerCodes] },
  { key: 'hosting', title: { vi: 'Nơi triển khai', en: 'Hosting' }, values: Object.values(valueLabels.hosting).map((l) => l.vi) },
  { key: 'ipv6', title: { vi: 'IPv6', en: 'IPv6' }, values: Object.values(valueLabels.ipv6).map((l) => l.vi) },
  { key: 'accessibility', title: { vi: 'Hỗ trợ tiếp cận', en: 'Accessibility' }, values: Object.values(valueLabels.accessibility).map((l) => l.vi) },
  { key: 'yes_no', title: { vi: 'Có/Không', en: 'Yes/No' }, values: yesNo.vi },
];

function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

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
    ['Cột có dấu * là bắt buộc. Các cột khác để trống thì nhận giá trị mặc định (Chưa rõ, Không).', 'Columns marked * are required. Blank optional columns take their defaults (unknown, no).'],
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

// ============================================================================ import

export interface ImportError {
  /** Row number in the sheet (the header row for a missing column). */
  row: number;
  /** Column letter, e.g. "B" ('' when the column is missing). */
  column: string;
  /** Column key, e.g. "kind". */
  field: string;
  value: string;
  message: Text;
}

export interface ImportResult {
  rows: { row: number; input: SystemInput }[];
  errors: ImportError[];
}

/** NFC, trimmed, NUL removed. */
function clean(text: string): string {
  return text.normalize('NFC').replaceAll('\u0000', '').trim();
}

function headerKey(text: string): string {
  return foldForSearch(clean(text).replace(/\s*\*\s*$/, ''));
}

/** Every importable column (and the export-only ones, recognised so they are not mistaken for data) by header text in vi or en, or key. */
const headerIndex = new Map<string, string>();
for (const c of [...importColumns, ...registryColumns, { key: 'owner_agency_name', header: { vi: 'Tên cơ quan chủ quản', en: 'Owner agency' } }]) {
  for (const h of [c.header.vi, c.header.en, c.key]) headerIndex.set(headerKey(h), c.key);
}
const importKeys = new Set(importColumns.map((c) => c.key));

function cellValue(value: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('text' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text as ExcelJS.CellValue); // a hyperlink
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) return null;
  }
  return String(value);
}

function cellText(value: string | number | boolean | Date | null): string {
  if (value === null) return '';
  if (value instanceof Date) return isoOfDate(value);
  return clean(String(value));
}

function isoOfDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2100) return undefined;
  return isoOfDate(date);
}

function parseDate(value: string | number | boolean | Date | null): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoOfDate(value);
  if (typeof value === 'number' && value > 20000 && value < 80000 && Number.isInteger(value)) {
    return isoOfDate(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000)); // an Excel serial date
  }
  const text = cellText(value);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/** Lookup of an enum by code, Vietnamese or English label; case, spacing and diacritics do not matter. */
function enumLookup<T extends string>(codes: readonly T[], labels: Record<T, Text>, extra: Record<string, T> = {}): (raw: string) => T | undefined {
  const map = new Map<string, T>();
  const put = (text: string, code: T) => {
    map.set(clean(text).toLowerCase().replace(/\s+/g, ' '), code);
    map.set(foldForSearch(text), code);
  };
  for (const code of codes) {
    put(code, code);
    put(code.replace(/_/g, ' '), code);
    put(labels[code].vi, code);
    put(labels[code].en, code);
  }
  for (const [text, code] of Object.entries(extra)) put(text, code);
  return (raw) => map.get(clean(raw).toLowerCase().replace(/\s+/g, ' ')) ?? map.get(foldForSearch(raw));
}

const lookups = {
  kind: enumLookup(systemKinds, valueLabels.kind, { api: 'api', 'he thong': 'information_system', csdl: 'database' }),
  lifecycle: enumLookup(lifecycles, valueLabels.lifecycle),
  audiences: enumLookup(audiences, valueLabels.audiences),
  hosting: enumLookup(hostings, valueLabels.hosting),
  ipv6: enumLookup(ipv6States, valueLabels.ipv6),
  authentication: enumLookup(authMethods, valueLabels.authentication, { sso: 'provincial_sso' }),
  accessibility: enumLookup(accessibilityLevels, valueLabels.accessibility),
  componentLink: enumLookup(componentLinks, valueLabels.componentLink),
  documentKind: enumLookup(documentKinds, valueLabels.documentKind),
};

const trueWords = new Set(['co', 'x', 'yes', 'y', 'true', '1', 'dung', 'da co']);
const falseWords = new Set(['khong', 'no', 'n', 'false', '0', 'sai', 'chua']);

const codePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9][0-9 .()-]{5,}$/;

/** Reads a filled template (or an exported sheet): finds the data sheet and its header, checks every field of every row. */
export async function parseImportXlsx(buffer: Buffer, ctx: { agencyIds: Set<string>; componentCodes: Set<string> }): Promise<ImportResult> {
  const notXlsx = () =>
    new SpreadsheetError(
      'INVALID_XLSX',
      'Tệp không phải là bảng tính Excel (.xlsx) hợp lệ hoặc không có trang dữ liệu «Hệ thống» với dòng tiêu đề của mẫu nhập.',
      'The file is not a valid Excel workbook (.xlsx), or it has no "Hệ thống" data sheet with the template’s header row.',
    );
  if (buffer.length > MAX_IMPORT_BYTES) {
    throw new SpreadsheetError(
      'TOO_LARGE',
      `Tệp quá lớn (tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
      `The file is too large (the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
    );
  }
  // An XLSX is a zip: it starts with a local file header.
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw notXlsx();
  }

  const found = findDataSheet(workbook);
  if (!found) throw notXlsx();
  const { sheet, headerRow, columns } = found;

  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS) {
    const dataRows = countDataRows(sheet, headerRow, columns);
    if (dataRows > MAX_IMPORT_ROWS) {
      throw new SpreadsheetError(
        'TOO_MANY_ROWS',
        `Tệp có ${dataRows} dòng dữ liệu, vượt quá giới hạn ${MAX_IMPORT_ROWS} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`,
        `The file has ${dataRows} data rows, more than the ${MAX_IMPORT_ROWS} an import may carry. Split it into several files.`,
      );
    }
  }

  const result: ImportResult = { rows: [], errors: [] };
  const columnOf = new Map(columns.map((c) => [c.key, c]));
  for (const c of importColumns.filter((c) => c.required && c.key !== 'layer')) {
    if (!columnOf.has(c.key)) {
      result.errors.push({
        row: headerRow,
        column: '',
        field: c.key,
        value: '',
        message: { vi: `Thiếu cột bắt buộc «${c.header.vi}».`, en: `The required column "${c.header.en}" is missing.` },
      });
    }
  }
  if (result.errors.length > 0) return result;

  const codes = new Map<string, number>();
  let count = 0;
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const raw = new Map<string, string | number | boolean | Date | null>();
    for (const c of columns) raw.set(c.key, cellValue(row.getCell(c.index).value));
    if ([...raw.values()].every((v) => cellText(v) === '')) continue;
    if (++count > MAX_IMPORT_ROWS) {
      throw new SpreadsheetError(
        'TOO_MANY_ROWS',
        `Tệp có hơn ${MAX_IMPORT_ROWS} dòng dữ liệu, vượt quá giới hạn mỗi lần nhập. Hãy chia thành nhiều tệp.`,
        `The file has more than the ${MAX_IMPORT_ROWS} data rows an import may carry. Split it into several files.`,
      );
    }
    const parsed = parseRow(r, raw, (key) => columnOf.get(key)?.letter ?? '', ctx);
    const code = parsed.input?.code ?? cellText(raw.get('code') ?? null);
    if (code && codePattern.test(code)) {
      const first = codes.get(code.toUpperCase());
      if (first !== undefined) {
        parsed.errors.push({
          row: r,
          column: columnOf.get('code')?.letter ?? '',
          field: 'code',
          value: code,
          message: { vi: `Mã «${code}» trùng với dòng ${first}.`, en: `The code "${code}" is already used on row ${first}.` },
        });
      } else {
        codes.set(code.toUpperCase(), r);
      }
    }
    if (parsed.errors.length > 0 || !parsed.input) result.errors.push(...parsed.errors);
    else result.rows.push({ row: r, input: parsed.input });
  }
  return result;
}

interface FoundColumn {
  key: string;
  index: number;
  letter: string;
}

function findDataSheet(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; headerRow: number; columns: FoundColumn[] } | undefined {
  const preferred = new Set(['he thong', 'systems', 'data', 'du lieu']);
  const sheets = [...workbook.worksheets].sort((a, b) => Number(preferred.has(foldForSearch(b.name))) - Number(preferred.has(foldForSearch(a.name))));
  for (const sheet of sheets) {
    for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
      const columns: FoundColumn[] = [];
      const seen = new Set<string>();
      sheet.getRow(r).eachCell((cell, index) => {
        const text = cellText(cellValue(cell.value));
        const key = text ? headerIndex.get(headerKey(text)) : undefined;
        if (key && importKeys.has(key) && !seen.has(key)) {
          seen.add(key);
          columns.push({ key, index, letter: columnLetter(index) });
        }
      });
      if (seen.has('code') && seen.has('name_vi') && columns.length >= 3) return { sheet, headerRow: r, columns };
    }
  }
  return undefined;
}

function countDataRows(sheet: ExcelJS.Worksheet, headerRow: number, columns: FoundColumn[]): number {
  let n = 0;
  sheet.eachRow((row, r) => {
    if (r > headerRow && columns.some((c) => cellText(cellValue(row.getCell(c.index).value)) !== '')) n++;
  });
  return n;
}

function parseRow(
  row: number,
  raw: Map<string, string | number | boolean | Date | null>,
  letterOf: (key: string) => string,
  ctx: { agencyIds: Set<string>; componentCodes: Set<string> },
): { input?: SystemInput; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const fail = (field: string, value: string, vi: string, en: string) => errors.push({ row, column: letterOf(field), field, value, message: { vi, en } });
  const text = (key: string) => cellText(raw.get(key) ?? null);
  const header = (key: string) => importColumns.find((c) => c.key === key)?.header ?? { vi: key, en: key };
  const required = (key: string): string => {
    const value = text(key);
    if (!value) fail(key, '', `Thiếu giá trị bắt buộc ở cột «${header(key).vi}».`, `The required column "${header(key).en}" is empty.`);
    return value;
  };
  const maxLength = (key: string, value: string, max: number) => {
    if (value.length > max) fail(key, value, `«${header(key).vi}» dài quá ${max} ký tự.`, `"${header(key).en}" is longer than ${max} characters.`);
    return value.slice(0, max);
  };
  const oneOf = <T extends string>(key: string, lookup: (raw: string) => T | undefined, fallback?: T): T | undefined => {
    const value = text(key);
    if (!value) return fallback;
    const found = lookup(value);
    if (!found) fail(key, value, `Giá trị «${value}» không hợp lệ ở cột «${header(key).vi}»; xem trang «${INSTRUCTIONS_SHEET}».`, `"${value}" is not an allowed value of "${header(key).en}"; see the "${INSTRUCTIONS_SHEET}" sheet.`);
    return found;
  };
  const manyOf = <T extends string>(key: string, lookup: (raw: string) => T | undefined): T[] => {
    const result: T[] = [];
    for (const part of split(text(key), /[,;\n]/)) {
      const found = lookup(part);
      if (!found) fail(key, part, `Giá trị «${part}» không hợp lệ ở cột «${header(key).vi}».`, `"${part}" is not an allowed value of "${header(key).en}".`);
      else if (!result.includes(found)) result.push(found);
    }
    return result;
  };
  const bool = (key: string): boolean => {
    const value = raw.get(key) ?? null;
    if (typeof value === 'boolean') return value;
    const t = cellText(value);
    if (!t) return false;
    const folded = foldForSearch(t);
    if (trueWords.has(folded)) return true;
    if (falseWords.has(folded)) return false;
    fail(key, t, `Cột «${header(key).vi}» nhận «Có» hoặc «Không», không phải «${t}».`, `"${header(key).en}" takes Yes or No, not "${t}".`);
    return false;
  };

  // Identity
  const code = required('code');
  if (code && (!codePattern.test(code) || code.length < 2 || code.length > 40)) {
    fail('code', code, 'Mã chỉ gồm 2–40 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới; bắt đầu bằng chữ hoặc số.', 'A code is 2–40 characters: ASCII letters, digits, dot, dash or underscore, starting with a letter or digit.');
  }
  const requiredOneOf = <T extends string>(key: string, lookup: (raw: string) => T | undefined): T | undefined => (required(key) ? oneOf(key, lookup) : undefined);
  const kind = requiredOneOf('kind', lookups.kind);
  const nameVi = maxLength('name_vi', required('name_vi'), 300);
  const nameEn = maxLength('name_en', text('name_en'), 300);
  const owner = required('owner_agency_id');
  const ownerId = owner ? agencyId(owner, ctx.agencyIds) : undefined;
  if (owner && !ownerId) fail('owner_agency_id', owner, `Không có cơ quan mã «${owner}»; xem trang «${AGENCIES_SHEET}».`, `There is no agency "${owner}"; see the "${AGENCIES_SHEET}" sheet.`);
  const lifecycle = requiredOneOf('lifecycle', lookups.lifecycle);

  // Framework
  const components: SystemInput['components'] = [];
  for (const part of split(text('components'), /[;\n]/)) {
    const colon = part.indexOf(':');
    const componentCode = (colon >= 0 ? part.slice(0, colon) : part).replace(/\s+/g, '');
    const linkText = colon >= 0 ? part.slice(colon + 1).trim() : '';
    const link = linkText ? lookups.componentLink(linkText) : 'implements';
    if (!ctx.componentCodes.has(componentCode)) {
      fail('components', part, `Không có thành phần mã «${componentCode}» trong khung kiến trúc; xem trang «${COMPONENTS_SHEET}».`, `There is no framework component "${componentCode}"; see the "${COMPONENTS_SHEET}" sheet.`);
    } else if (!link) {
      fail('components', part, `Quan hệ «${linkText}» không hợp lệ; dùng «triển khai» (implements) hoặc «sử dụng» (uses).`, `The link "${linkText}" is not allowed; use implements or uses.`);
    } else if (!components.some((c) => c.code === componentCode)) {
      components.push({ code: componentCode, link });
    }
  }
  if (components.length > 50) fail('components', text('components'), 'Tối đa 50 thành phần.', 'At most 50 components.');
  let layer = text('layer').toUpperCase();
  if (layer && !(layerCodes as readonly string[]).includes(layer)) {
    fail('layer', text('layer'), 'Lớp là I, II, III hoặc IV.', 'The layer is I, II, III or IV.');
  } else if (!layer) {
    layer = components[0]?.code.split('.')[0] ?? '';
    if (!layer) fail('layer', '', 'Thiếu lớp kiến trúc (I–IV); có thể để trống nếu đã ghi thành phần.', 'The layer (I–IV) is missing; it may be left blank when components are given.');
  }

  // Security level
  let securityLevel: SystemInput['securityLevel'] = null;
  const levelRaw = raw.get('security_level') ?? null;
  const levelText = cellText(levelRaw);
  const approvalNumber = text('security_approval_number');
  const approvalDateRaw = raw.get('security_approval_date') ?? null;
  const approvalDateText = cellText(approvalDateRaw);
  const approvalDate = approvalDateText ? parseDate(approvalDateRaw) : undefined;
  if (approvalDateText && !approvalDate) {
    fail('security_approval_date', approvalDateText, `Ngày «${approvalDateText}» không hợp lệ; dùng YYYY-MM-DD hoặc DD/MM/YYYY.`, `"${approvalDateText}" is not a valid date; use YYYY-MM-DD or DD/MM/YYYY.`);
  }
  if (levelText) {
    const level = Number(levelText);
    if (!Number.isInteger(level) || level < 1 || level > 5) {
      fail('security_level', levelText, 'Cấp độ an toàn là số nguyên từ 1 đến 5 (Nghị định 85/2016).', 'The security level is a whole number from 1 to 5 (Decree 85/2016).');
    } else {
      securityLevel = { level, ...(approvalNumber ? { approvalNumber: maxLength('security_approval_number', approvalNumber, 100) } : {}), ...(approvalDate ? { approvalDate } : {}) };
    }
  } else if (approvalNumber || approvalDateText) {
    fail('security_level', '', 'Có văn bản phê duyệt nhưng thiếu cấp độ an toàn.', 'An approval is given but the security level is missing.');
  }

  // Operation
  const hosting = oneOf('hosting', lookups.hosting, 'unknown');
  const hostingNote = maxLength('hosting_note', text('hosting_note'), 500);
  const ipv6 = oneOf('ipv6', lookups.ipv6, 'unknown');
  const authentication = manyOf('authentication', lookups.authentication);
  const uiLanguages: string[] = [];
  for (const lang of split(text('ui_languages'), /[,;\s]+/)) {
    if (!/^[a-zA-Z-]{2,20}$/.test(lang)) fail('ui_languages', lang, `«${lang}» không phải mã ngôn ngữ (vi, en, ...).`, `"${lang}" is not a language code (vi, en, ...).`);
    else if (!uiLanguages.includes(lang.toLowerCase())) uiLanguages.push(lang.toLowerCase());
  }
  const accessibility = oneOf('accessibility', lookups.accessibility, 'unknown');
  const secureSessions = bool('secure_sessions');
  const accessLogging = bool('access_logging');
  const departmentSoftware = bool('department_software');

  // Lists in a cell
  const dataObjects: DataObject[] = [];
  for (const part of split(text('data_objects'), /[;\n]/)) {
    const bracket = part.endsWith(']') ? part.lastIndexOf('[') : -1;
    const name = (bracket >= 0 ? part.slice(0, bracket) : part).trim();
    const flags = bracket >= 0 ? split(part.slice(bracket + 1, -1), /[,|/]/).map((f) => foldForSearch(f)) : [];
    const unknown = flags.filter((f) => !['personal', 'sensitive', 'ca nhan', 'nhay cam'].includes(f));
    if (!name || unknown.length > 0) {
      fail('data_objects', part, `«${part}»: ghi «Tên [personal]» hoặc «Tên [sensitive]».`, `"${part}": write "Name [personal]" or "Name [sensitive]".`);
      continue;
    }
    const sensitive = flags.includes('sensitive') || flags.includes('nhay cam');
    dataObjects.push({ name: name.slice(0, 200), personal: sensitive || flags.includes('personal') || flags.includes('ca nhan'), sensitive });
  }
  const contacts: Contact[] = [];
  for (const part of split(text('contacts'), /[;\n]/)) {
    const contact = parseContact(part);
    if (!contact) fail('contacts', part, `«${part}»: ghi «Họ tên (vai trò) email điện thoại».`, `"${part}": write "Name (role) email phone".`);
    else contacts.push(contact);
  }
  const documents: SystemDocument[] = [];
  for (const part of split(text('documents'), /[;\n]/)) {
    const [kindText = '', title = '', number = '', date = '', issuer = '', url = ''] = part.split('|').map((p) => p.trim());
    const docKind = lookups.documentKind(kindText);
    const docDate = date ? parseDate(date) : undefined;
    if (!docKind || !title || (date && !docDate)) {
      fail('documents', part, `«${part}»: ghi «loại | tiêu đề | số | ngày | cơ quan ban hành | đường dẫn».`, `"${part}": write "kind | title | number | date | issuer | url".`);
      continue;
    }
    documents.push({ kind: docKind, title: title.slice(0, 500), ...(number ? { number } : {}), ...(docDate ? { date: docDate } : {}), ...(issuer ? { issuer } : {}), ...(url ? { url } : {}) });
  }

  const supplier = maxLength('supplier', text('supplier'), 300);
  const yearText = text('year_started');
  const year = Number(yearText);
  if (yearText && (!Number.isInteger(year) || year < 1990 || year > 2100)) fail('year_started', yearText, 'Năm đưa vào sử dụng là số từ 1990 đến 2100.', 'The year started is a number from 1990 to 2100.');
  const url = maxLength('url', text('url'), 2000);
  const purpose = maxLength('purpose', text('purpose'), 4000);
  const audienceList = manyOf('audiences', lookups.audiences);

  if (errors.length > 0 || !kind || !lifecycle || !ownerId || !hosting || !ipv6 || !accessibility) return { errors };
  return {
    errors,
    input: {
      code,
      kind,
      name: { vi: nameVi, en: nameEn },
      ownerAgencyId: ownerId,
      contacts,
      purpose,
      audiences: audienceList,
      lifecycle,
      layer,
      components,
      securityLevel,
      hosting,
      ...(hostingNote ? { hostingNote } : {}),
      ipv6,
      authentication,
      uiLanguages,
      accessibility,
      secureSessions,
      accessLogging,
      departmentSoftware,
      dataObjects,
      interfaces: [],
      documents,
      ...(supplier ? { supplier } : {}),
      ...(yearText ? { yearStarted: year } : {}),
      ...(url ? { url } : {}),
    },
  };
}

function split(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** An agency id as typed, or as "id — name" copied from the agencies sheet. */
function agencyId(value: string, known: Set<string>): string | undefined {
  if (known.has(value)) return value;
  const lower = value.toLowerCase();
  if (known.has(lower)) return lower;
  const head = value.split(/\s+[—–-]\s+/)[0]?.trim();
  return head && known.has(head) ? head : undefined;
}

/** "Nguyễn Văn An (quản trị hệ thống) an.nv@hungyen.gov.vn 0221 3550 123" */
function parseContact(text: string): Contact | undefined {
  if (text.length > 600) return undefined; // bounds the work of the patterns below
  const m = /^([^()]+)(?:\(([^)]*)\))?\s*(.*)$/.exec(text);
  if (!m) return undefined;
  let name = (m[1] ?? '').trim();
  const role = (m[2] ?? '').trim();
  let rest = (m[3] ?? '').trim();
  if (!m[2]) {
    // Without a role, the email and phone follow the name directly.
    const at = name.search(/\S+@\S+/);
    const digits = name.search(/\+?\d[\d .()-]{5,}$/);
    const cut = [at, digits].filter((i) => i > 0).sort((a, b) => a - b)[0];
    if (cut !== undefined) [name, rest] = [name.slice(0, cut).trim(), `${name.slice(cut)} ${rest}`.trim()];
  }
  const email = rest.split(/\s+/).find((t) => emailPattern.test(t));
  const phone = rest.replace(email ?? '', '').trim();
  if (!name || name.length > 200 || (phone && !phonePattern.test(phone))) return undefined;
  return { name, role: role.slice(0, 200), ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}
