// The registry's sheets: their names, the columns of a system in the exports and in the import template, the
// limits of an import. Shared by export.ts, template.ts and import.ts.
import type { Text } from '../../labels.js';

/** Rows of systems one import may carry. */
export const MAX_IMPORT_ROWS = 5000;
/** Size of an XLSX file the import reads (a filled template of 5000 rows is well under 2 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const DATA_SHEET = 'Hệ thống';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const AGENCIES_SHEET = 'Cơ quan';
export const COMPONENTS_SHEET = 'Thành phần';
export const VALUES_SHEET = 'Danh mục giá trị';

/** The framework's layers, as the layer column writes them. */
export const layerCodes = ['I', 'II', 'III', 'IV'] as const;

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

export const column = (key: RegistryColumnKey): SheetColumn => registryColumns.find((c) => c.key === key) as SheetColumn;

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
