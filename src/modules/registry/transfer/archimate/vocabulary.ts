/**
 * The vocabulary shared by the registry's ArchiMate 3.1 Open Exchange Format export (export.ts), parse (parse.ts)
 * and import plan (plan.ts): which element and relationship types registry records map to, the property
 * definitions, the relationship names, the stable identifiers. XSDs in shared/specs/archimate/.
 * Pure data and functions: no database, no I/O.
 *
 * Export — element types
 *
 * | registry                         | ArchiMate element     | identifier                 |
 * |----------------------------------|-----------------------|----------------------------|
 * | framework layer (I–IV)           | Grouping              | id-layer-II                |
 * | framework component (II.2(1))    | Grouping              | id-comp-II.2-1             |
 * | agency (communes only if owners) | BusinessActor         | id-agency-so-khcn          |
 * | system, kind information_system  | ApplicationComponent  | id-sys-<registry id>       |
 * | system, kind platform            | SystemSoftware        | id-sys-<registry id>       |
 * | system, kind database            | DataObject            | id-sys-<registry id>       |
 * | system, kind api                 | ApplicationInterface  | id-sys-<registry id>       |
 *
 * Export — relationships (validity checked against the ArchiMate 3.1 relationship table, see `allowed`)
 *
 * | registry fact                    | ArchiMate relationship                                                  |
 * |----------------------------------|-------------------------------------------------------------------------|
 * | layer contains component         | Composition layer → component                                           |
 * | agency owns system               | Association "owns" agency → system (Assignment is not valid actor → app) |
 * | system implements component      | Realization system → component grouping                                 |
 * | system uses component            | Association "uses" system → component grouping                          |
 * | A uses B                         | Serving B → A when valid (application/technology active structure);     |
 * |                                  | Access A → B when B is a DataObject; else Association "uses" A → B      |
 * | A part_of B                      | Composition B → A for the same element type; else Aggregation B → A     |
 * |                                  | where valid; else Association "part of" A → B                           |
 * | A replaces / duplicates B        | Association "replaces" / "duplicates" A → B                             |
 *
 * Every relationship and element has a stable identifier derived from registry keys, so exporting the
 * same registry twice gives the same identifiers (Archi then merges rather than duplicates).
 */
import { foldForSearch } from '../../../../core/text.js';
import type { SystemKind } from '../../model.js';

export const ARCHIMATE_NS = 'http://www.opengroup.org/xsd/archimate/3.0/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const SCHEMA_LOCATION = `${ARCHIMATE_NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`;

export const elementTypeOfKind: Record<SystemKind, string> = {
  information_system: 'ApplicationComponent',
  platform: 'SystemSoftware',
  database: 'DataObject',
  api: 'ApplicationInterface',
};

/**
 * The part of the ArchiMate 3.1 relationship table (Appendix B, as shipped in Archi's relationships.xml)
 * between the element types we export. Letters: a access, c composition, f flow, g aggregation,
 * i assignment, n influence, o association, r realization, s specialization, t triggering, v serving.
 */
const allowed: Record<string, Record<string, string>> = {
  ApplicationComponent: { ApplicationComponent: 'cfgorstv', SystemSoftware: 'fotv', DataObject: 'ao', ApplicationInterface: 'cfgortv', Grouping: 'acfginorstv' },
  SystemSoftware: { ApplicationComponent: 'fortv', SystemSoftware: 'cfgiorstv', DataObject: 'ao', ApplicationInterface: 'fortv', Grouping: 'acfginorstv' },
  DataObject: { ApplicationComponent: 'o', SystemSoftware: 'o', DataObject: 'cgos', ApplicationInterface: 'o', Grouping: 'cgnors' },
  ApplicationInterface: { ApplicationComponent: 'fotv', SystemSoftware: 'fotv', DataObject: 'ao', ApplicationInterface: 'cfgostv', Grouping: 'acfginorstv' },
  Grouping: { Grouping: 'acfginorstv' },
};

export function isAllowed(source: string, target: string, letter: string): boolean {
  return allowed[source]?.[target]?.includes(letter) ?? false;
}

/** Property definitions: stable identifiers, names in both languages. `key` is also accepted as a name on import. */
export const props = {
  registryId: { id: 'id-prop-registry-id', key: 'registry_id', vi: 'Mã định danh trong sổ đăng ký', en: 'Registry id', type: 'string' },
  code: { id: 'id-prop-code', key: 'code', vi: 'Mã hệ thống', en: 'System code', type: 'string' },
  kind: { id: 'id-prop-kind', key: 'kind', vi: 'Loại hệ thống', en: 'System kind', type: 'string' },
  lifecycle: { id: 'id-prop-lifecycle', key: 'lifecycle', vi: 'Vòng đời', en: 'Lifecycle', type: 'string' },
  status: { id: 'id-prop-status', key: 'status', vi: 'Trạng thái đăng ký', en: 'Registration status', type: 'string' },
  owner: { id: 'id-prop-owner', key: 'owner_agency_id', vi: 'Mã cơ quan chủ quản', en: 'Owner agency id', type: 'string' },
  layer: { id: 'id-prop-layer', key: 'layer', vi: 'Lớp kiến trúc', en: 'Framework layer', type: 'string' },
  audiences: { id: 'id-prop-audiences', key: 'audiences', vi: 'Đối tượng phục vụ', en: 'Audiences', type: 'string' },
  securityLevel: { id: 'id-prop-security-level', key: 'security_level', vi: 'Cấp độ an toàn hệ thống thông tin', en: 'Security level', type: 'number' },
  securityApprovalNumber: { id: 'id-prop-security-approval-number', key: 'security_approval_number', vi: 'Số văn bản phê duyệt cấp độ', en: 'Security level approval number', type: 'string' },
  securityApprovalDate: { id: 'id-prop-security-approval-date', key: 'security_approval_date', vi: 'Ngày phê duyệt cấp độ', en: 'Security level approval date', type: 'date' },
  hosting: { id: 'id-prop-hosting', key: 'hosting', vi: 'Nơi triển khai', en: 'Hosting', type: 'string' },
  ipv6: { id: 'id-prop-ipv6', key: 'ipv6', vi: 'Sẵn sàng IPv6', en: 'IPv6 readiness', type: 'string' },
  verified: { id: 'id-prop-verified', key: 'verified', vi: 'Đã được cơ quan chủ quản xác nhận', en: 'Verified by the owner', type: 'boolean' },
  supplier: { id: 'id-prop-supplier', key: 'supplier', vi: 'Nhà cung cấp', en: 'Supplier', type: 'string' },
  yearStarted: { id: 'id-prop-year-started', key: 'year_started', vi: 'Năm đưa vào sử dụng', en: 'Year started', type: 'number' },
  url: { id: 'id-prop-url', key: 'url', vi: 'Địa chỉ truy cập', en: 'URL', type: 'string' },
  version: { id: 'id-prop-version', key: 'version', vi: 'Phiên bản hồ sơ', en: 'Record version', type: 'number' },
  updatedAt: { id: 'id-prop-updated-at', key: 'updated_at', vi: 'Cập nhật lúc', en: 'Updated at', type: 'string' },
  frameworkCode: { id: 'id-prop-framework-code', key: 'framework_code', vi: 'Mã trong khung kiến trúc', en: 'Framework code', type: 'string' },
  scope: { id: 'id-prop-scope', key: 'scope', vi: 'Phạm vi', en: 'Scope', type: 'string' },
  agencyId: { id: 'id-prop-agency-id', key: 'agency_id', vi: 'Mã cơ quan', en: 'Agency id', type: 'string' },
  agencyKind: { id: 'id-prop-agency-kind', key: 'agency_kind', vi: 'Loại cơ quan', en: 'Agency kind', type: 'string' },
  generatedAt: { id: 'id-prop-generated-at', key: 'generated_at', vi: 'Thời điểm xuất', en: 'Generated at', type: 'string' },
} as const;
export type PropName = keyof typeof props;

/** Names of relationships in both languages; the import recognises either (and a few synonyms). */
export const relNames = {
  owns: { vi: 'sở hữu', en: 'owns', also: ['chu quan', 'owner', 'owned by'] },
  implements: { vi: 'triển khai', en: 'implements', also: ['hien thuc', 'realizes', 'realises'] },
  uses: { vi: 'sử dụng', en: 'uses', also: ['dung', 'used by'] },
  part_of: { vi: 'là một phần của', en: 'part of', also: ['part_of', 'thuoc', 'la thanh phan cua'] },
  replaces: { vi: 'thay thế', en: 'replaces', also: [] as string[] },
  duplicates: { vi: 'trùng lặp', en: 'duplicates', also: ['trung', 'trung voi', 'duplicate of'] },
} as const;
export type RelName = keyof typeof relNames;

export function relNameOf(names: (string | undefined)[]): RelName | undefined {
  for (const raw of names) {
    if (!raw) continue;
    const folded = foldForSearch(raw);
    for (const [key, n] of Object.entries(relNames) as [RelName, (typeof relNames)[RelName]][]) {
      if (folded === foldForSearch(n.vi) || folded === n.en || (n.also as readonly string[]).includes(folded)) return key;
    }
  }
  return undefined;
}


/** An xs:ID (NCName) from registry keys: "II.2(1)" → "II.2-1"; anything outside [A-Za-z0-9._-] becomes "-". */
export function idPart(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\(([^)]*)\)/g, '-$1')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

export const archimateIds = {
  layer: (code: string) => `id-layer-${idPart(code)}`,
  component: (code: string) => `id-comp-${idPart(code)}`,
  agency: (id: string) => `id-agency-${idPart(id)}`,
  system: (id: string) => `id-sys-${idPart(id)}`,
};

/**
 * Which element types are systems, and of which kind. Active application structure is an information
 * system; services and technology structure are platforms (shared capabilities the province runs or uses);
 * passive structure is a database; interfaces are APIs. Everything else (business, strategy, motivation,
 * implementation & migration, behaviour, physical, groupings, locations, junctions) is not a system.
 *
 * | ArchiMate type                                                                              | kind               |
 * |---------------------------------------------------------------------------------------------|--------------------|
 * | ApplicationComponent, ApplicationCollaboration                                              | information_system |
 * | SystemSoftware, Node, Device, TechnologyService, TechnologyCollaboration,                   | platform           |
 * | CommunicationNetwork, ApplicationService                                                    |                    |
 * | DataObject, Artifact                                                                        | database           |
 * | ApplicationInterface, TechnologyInterface                                                   | api                |
 */
export const kindOfType: Record<string, SystemKind> = {
  ApplicationComponent: 'information_system',
  ApplicationCollaboration: 'information_system',
  SystemSoftware: 'platform',
  Node: 'platform',
  Device: 'platform',
  TechnologyService: 'platform',
  TechnologyCollaboration: 'platform',
  CommunicationNetwork: 'platform',
  ApplicationService: 'platform',
  DataObject: 'database',
  Artifact: 'database',
  ApplicationInterface: 'api',
  TechnologyInterface: 'api',
};

/** The technology-layer element types of ArchiMate 3.1 (chapter 10): systems of these types are infrastructure, layer I. */
export const technologyTypes: ReadonlySet<string> = new Set([
  'Node',
  'Device',
  'SystemSoftware',
  'TechnologyCollaboration',
  'TechnologyInterface',
  'Path',
  'CommunicationNetwork',
  'TechnologyFunction',
  'TechnologyProcess',
  'TechnologyInteraction',
  'TechnologyEvent',
  'TechnologyService',
  'Artifact',
]);

const typeFamilies: { types: string[]; vi: string; en: string }[] = [
  {
    types: ['BusinessActor', 'BusinessRole', 'BusinessCollaboration', 'BusinessInterface', 'BusinessProcess', 'BusinessFunction', 'BusinessInteraction', 'BusinessEvent', 'BusinessService', 'BusinessObject', 'Contract', 'Representation', 'Product'],
    vi: 'phần tử lớp nghiệp vụ',
    en: 'a business layer element',
  },
  { types: ['Stakeholder', 'Driver', 'Assessment', 'Goal', 'Outcome', 'Principle', 'Requirement', 'Constraint', 'Meaning', 'Value'], vi: 'phần tử động lực', en: 'a motivation element' },
  { types: ['Resource', 'Capability', 'CourseOfAction', 'ValueStream'], vi: 'phần tử chiến lược', en: 'a strategy element' },
  { types: ['WorkPackage', 'Deliverable', 'ImplementationEvent', 'Plateau', 'Gap'], vi: 'phần tử triển khai và chuyển đổi', en: 'an implementation and migration element' },
  {
    types: ['ApplicationFunction', 'ApplicationInteraction', 'ApplicationProcess', 'ApplicationEvent', 'TechnologyFunction', 'TechnologyProcess', 'TechnologyInteraction', 'TechnologyEvent'],
    vi: 'phần tử hành vi (chức năng, quy trình, sự kiện)',
    en: 'a behaviour element (function, process, event)',
  },
  { types: ['Equipment', 'Facility', 'DistributionNetwork', 'Material', 'Path'], vi: 'phần tử vật lý hoặc đường truyền', en: 'a physical element or path' },
  { types: ['Grouping', 'Location', 'AndJunction', 'OrJunction', 'Junction'], vi: 'nhóm, địa điểm hoặc điểm nối', en: 'a grouping, location or junction' },
];

export function notASystem(type: string): { vi: string; en: string } {
  const family = typeFamilies.find((f) => f.types.includes(type));
  return family
    ? { vi: `${type} là ${family.vi}, không phải hệ thống thông tin, cơ sở dữ liệu, nền tảng hay API.`, en: `${type} is ${family.en}, not an information system, database, platform or API.` }
    : { vi: `Loại phần tử ${type} không tương ứng với loại hệ thống nào trong sổ đăng ký.`, en: `The element type ${type} matches no kind of system in the registry.` };
}
