/**
 * The registry in the ArchiMate 3.1 Open Exchange Format (The Open Group; XSDs in shared/specs/archimate/):
 * export of the framework, the agencies and the registered systems so Archi and other EA tools open them,
 * parsing of any exchange file (Archi's exports included), and a plan that maps a parsed model back onto
 * registry records. Pure functions: no database, no I/O.
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
import { create } from 'xmlbuilder2';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { foldForSearch } from '../../core/text.js';
import {
  hostings,
  ipv6States,
  lifecycles,
  audiences as audienceValues,
  type Audience,
  type ComponentLink,
  type Hosting,
  type Ipv6State,
  type Lifecycle,
  type Relation,
  type RelationType,
  type SystemInput,
  type SystemKind,
  type SystemRecord,
} from './model.js';

// ============================================================================ shared

const ARCHIMATE_NS = 'http://www.opengroup.org/xsd/archimate/3.0/';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const SCHEMA_LOCATION = `${ARCHIMATE_NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`;

/** Files larger than this are refused before parsing; a province of 10,000 systems exports about 40 MB. */
export const MAX_ARCHIMATE_BYTES = 100 * 1024 * 1024;

export interface ModelSnapshot {
  title: string;
  generatedAt: string;
  layers: { code: string; name: { vi: string; en: string } }[];
  components: {
    code: string;
    layer: string;
    scope: 'national' | 'provincial';
    name: { vi: string; en: string };
    description: { vi: string; en: string };
  }[];
  agencies: { id: string; kind: string; name: { vi: string; en: string } }[];
  systems: SystemRecord[];
  relations: Relation[];
}

const elementTypeOfKind: Record<SystemKind, string> = {
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

function isAllowed(source: string, target: string, letter: string): boolean {
  return allowed[source]?.[target]?.includes(letter) ?? false;
}

/** Property definitions: stable identifiers, names in both languages. `key` is also accepted as a name on import. */
const props = {
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
type PropName = keyof typeof props;

/** Names of relationships in both languages; the import recognises either (and a few synonyms). */
const relNames = {
  owns: { vi: 'sở hữu', en: 'owns', also: ['chu quan', 'owner', 'owned by'] },
  implements: { vi: 'triển khai', en: 'implements', also: ['hien thuc', 'realizes', 'realises'] },
  uses: { vi: 'sử dụng', en: 'uses', also: ['dung', 'used by'] },
  part_of: { vi: 'là một phần của', en: 'part of', also: ['part_of', 'thuoc', 'la thanh phan cua'] },
  replaces: { vi: 'thay thế', en: 'replaces', also: [] as string[] },
  duplicates: { vi: 'trùng lặp', en: 'duplicates', also: ['trung', 'trung voi', 'duplicate of'] },
} as const;
type RelName = keyof typeof relNames;

function relNameOf(names: (string | undefined)[]): RelName | undefined {
  for (const raw of names) {
    if (!raw) continue;
    const folded = foldForSearch(raw);
    for (const [key, n] of Object.entries(relNames) as [RelName, (typeof relNames)[RelName]][]) {
      if (folded === foldForSearch(n.vi) || folded === n.en || (n.also as readonly string[]).includes(folded)) return key;
    }
  }
  return undefined;
}

/** Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped. */
function xmlText(text: string): string {
  return text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot carry
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** An xs:ID (NCName) from registry keys: "II.2(1)" → "II.2-1"; anything outside [A-Za-z0-9._-] becomes "-". */
function idPart(raw: string): string {
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

// ============================================================================ export

type Builder = ReturnType<typeof create>;
type Text2 = { vi: string; en: string };

function addNames(node: Builder, tag: 'name' | 'documentation' | 'label', text: Partial<Text2>): void {
  const vi = xmlText(text.vi ?? '').trim();
  const en = xmlText(text.en ?? '').trim();
  if (vi) node.ele(tag).att(XML_NS, 'xml:lang', 'vi').txt(vi);
  if (en) node.ele(tag).att(XML_NS, 'xml:lang', 'en').txt(en);
}

function addProperties(node: Builder, values: [PropName, string | number | boolean | null | undefined][]): void {
  const present = values.filter((v): v is [PropName, string | number | boolean] => v[1] !== null && v[1] !== undefined && v[1] !== '');
  if (present.length === 0) return;
  const container = node.ele('properties');
  for (const [name, value] of present) {
    container.ele('property').att('propertyDefinitionRef', props[name].id).ele('value').txt(xmlText(String(value)));
  }
}

interface ExportedRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  name?: Text2;
  directed?: boolean;
  documentation?: string;
}

/** Writes the registry as an Open Exchange Format model that validates against archimate3_Diagram.xsd. */
export function exportArchimate(model: ModelSnapshot): string {
  const usedIds = new Set<string>();
  const unique = (id: string): string => {
    let candidate = id;
    for (let n = 2; usedIds.has(candidate); n++) candidate = `${id}-${n}`;
    usedIds.add(candidate);
    return candidate;
  };

  const layerIds = new Map<string, string>();
  const componentIds = new Map<string, string>();
  const agencyIds = new Map<string, string>();
  const systemIds = new Map<string, { id: string; type: string }>();
  const relationships: ExportedRelationship[] = [];

  const owners = new Set(model.systems.map((s) => s.ownerAgencyId));
  const agencies = model.agencies.filter((a) => a.kind !== 'commune' || owners.has(a.id));

  for (const layer of model.layers) layerIds.set(layer.code, unique(archimateIds.layer(layer.code)));
  for (const c of model.components) componentIds.set(c.code, unique(archimateIds.component(c.code)));
  for (const a of agencies) agencyIds.set(a.id, unique(archimateIds.agency(a.id)));
  for (const s of model.systems) systemIds.set(s.id, { id: unique(archimateIds.system(s.id)), type: elementTypeOfKind[s.kind] });

  const relId = (...parts: string[]) => unique(`id-rel-${parts.map(idPart).join('-')}`);

  // Layer → component
  for (const c of model.components) {
    const layerId = layerIds.get(c.layer);
    const compId = componentIds.get(c.code);
    if (layerId && compId) relationships.push({ id: relId(layerId.slice(3), compId.slice(3)), type: 'Composition', source: layerId, target: compId });
  }
  for (const s of model.systems) {
    const sys = systemIds.get(s.id);
    if (!sys) continue;
    const ownerId = agencyIds.get(s.ownerAgencyId);
    if (ownerId) {
      relationships.push({ id: relId('owns', s.id), type: 'Association', source: ownerId, target: sys.id, name: relNames.owns, directed: true });
    }
    for (const link of s.components) {
      const compId = componentIds.get(link.code);
      if (!compId) continue;
      const realize = link.link === 'implements' && isAllowed(sys.type, 'Grouping', 'r');
      relationships.push({
        id: relId(link.link, s.id, link.code),
        type: realize ? 'Realization' : 'Association',
        source: sys.id,
        target: compId,
        ...(realize ? {} : { name: relNames[link.link], directed: true }),
      });
    }
  }
  for (const r of model.relations) {
    const from = systemIds.get(r.fromId);
    const to = systemIds.get(r.toId);
    if (!from || !to || r.fromId === r.toId) continue;
    const id = relId(r.type, r.fromId, r.toId);
    const documentation = r.note ?? undefined;
    const association = (name: Text2): ExportedRelationship => ({ id, type: 'Association', source: from.id, target: to.id, name, directed: true, documentation });
    switch (r.type) {
      case 'uses':
        // The used one serves its user; a user of a data object accesses it.
        if (to.type === 'DataObject' && isAllowed(from.type, to.type, 'a')) relationships.push({ id, type: 'Access', source: from.id, target: to.id, documentation });
        else if (isAllowed(to.type, from.type, 'v')) relationships.push({ id, type: 'Serving', source: to.id, target: from.id, documentation });
        else relationships.push(association(relNames.uses));
        break;
      case 'part_of':
        // A part of B: the whole B composes (same type) or aggregates the part A.
        if (from.type === to.type && isAllowed(to.type, from.type, 'c')) relationships.push({ id, type: 'Composition', source: to.id, target: from.id, documentation });
        else if (isAllowed(to.type, from.type, 'g')) relationships.push({ id, type: 'Aggregation', source: to.id, target: from.id, documentation });
        else relationships.push(association(relNames.part_of));
        break;
      case 'replaces':
      case 'duplicates':
        relationships.push(association(relNames[r.type]));
        break;
    }
  }

  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc
    .ele(ARCHIMATE_NS, 'model')
    .att(XMLNS_NS, 'xmlns:xsi', XSI_NS)
    .att(XSI_NS, 'xsi:schemaLocation', SCHEMA_LOCATION)
    .att('identifier', 'id-kientruc-model');
  addNames(root, 'name', { vi: model.title || 'Kiến trúc' });
  addNames(root, 'documentation', {
    vi: `Xuất từ sổ đăng ký ứng dụng CNTT của nền tảng Kiến trúc lúc ${model.generatedAt}: khung kiến trúc số, cơ quan và ${model.systems.length} hệ thống.`,
    en: `Exported from the IT application registry of the Kiến trúc platform at ${model.generatedAt}: the digital architecture framework, agencies and ${model.systems.length} systems.`,
  });
  addProperties(root, [['generatedAt', model.generatedAt]]);

  // Elements
  const elements = root.ele('elements');
  const element = (id: string, type: string) => elements.ele('element').att('identifier', id).att(XSI_NS, 'xsi:type', type);
  for (const layer of model.layers) {
    const node = element(layerIds.get(layer.code) ?? '', 'Grouping');
    addNames(node, 'name', { vi: `${layer.code}. ${layer.name.vi}`, en: layer.name.en ? `${layer.code}. ${layer.name.en}` : '' });
    addProperties(node, [['frameworkCode', layer.code]]);
  }
  for (const c of model.components) {
    const node = element(componentIds.get(c.code) ?? '', 'Grouping');
    addNames(node, 'name', { vi: `${c.code} ${c.name.vi}`, en: c.name.en ? `${c.code} ${c.name.en}` : '' });
    addNames(node, 'documentation', c.description);
    addProperties(node, [
      ['frameworkCode', c.code],
      ['layer', c.layer],
      ['scope', c.scope],
    ]);
  }
  for (const a of agencies) {
    const node = element(agencyIds.get(a.id) ?? '', 'BusinessActor');
    addNames(node, 'name', { vi: a.name.vi || a.id, en: a.name.en });
    addProperties(node, [
      ['agencyId', a.id],
      ['agencyKind', a.kind],
    ]);
  }
  for (const s of model.systems) {
    const sys = systemIds.get(s.id);
    if (!sys) continue;
    const node = element(sys.id, sys.type);
    addNames(node, 'name', { vi: s.name.vi || s.code, en: s.name.en });
    if (s.purpose.trim()) addNames(node, 'documentation', { vi: s.purpose });
    addProperties(node, [
      ['registryId', s.id],
      ['code', s.code],
      ['kind', s.kind],
      ['lifecycle', s.lifecycle],
      ['status', s.status],
      ['owner', s.ownerAgencyId],
      ['layer', s.layer],
      ['audiences', s.audiences.join(', ')],
      ['securityLevel', s.securityLevel?.level],
      ['securityApprovalNumber', s.securityLevel?.approvalNumber],
      ['securityApprovalDate', s.securityLevel?.approvalDate],
      ['hosting', s.hosting],
      ['ipv6', s.ipv6],
      ['verified', s.verified],
      ['supplier', s.supplier],
      ['yearStarted', s.yearStarted],
      ['url', s.url],
      ['version', s.version],
      ['updatedAt', s.updatedAt],
    ]);
  }

  // Relationships
  if (relationships.length > 0) {
    const container = root.ele('relationships');
    for (const r of relationships) {
      const node = container.ele('relationship').att('identifier', r.id).att('source', r.source).att('target', r.target).att(XSI_NS, 'xsi:type', r.type);
      if (r.directed && r.type === 'Association') node.att('isDirected', 'true');
      if (r.name) addNames(node, 'name', r.name);
      if (r.documentation?.trim()) addNames(node, 'documentation', { vi: r.documentation });
    }
  }

  // The overview diagram: systems by kind, with the relationships between them.
  const viewId = 'id-view-systems';
  const viewNodes: { id: string; elementRef?: string; label?: Text2; x: number; y: number; w: number; h: number }[] = [];
  const nodeOfElement = new Map<string, string>();
  const kindTitles: Record<SystemKind, Text2> = {
    information_system: { vi: 'Hệ thống thông tin', en: 'Information systems' },
    platform: { vi: 'Nền tảng', en: 'Platforms' },
    database: { vi: 'Cơ sở dữ liệu', en: 'Databases' },
    api: { vi: 'Giao diện lập trình (API)', en: 'APIs' },
  };
  let y = 20;
  for (const kind of Object.keys(kindTitles) as SystemKind[]) {
    const ofKind = model.systems.filter((s) => s.kind === kind);
    if (ofKind.length === 0) continue;
    viewNodes.push({ id: unique(`id-node-heading-${kind.replace(/_/g, '-')}`), label: kindTitles[kind], x: 20, y, w: 400, h: 30 });
    y += 40;
    ofKind.forEach((s, i) => {
      const sys = systemIds.get(s.id);
      if (!sys) return;
      const id = unique(`id-node-${sys.id.slice(3)}`);
      nodeOfElement.set(sys.id, id);
      viewNodes.push({ id, elementRef: sys.id, x: 20 + (i % 5) * 200, y: y + Math.floor(i / 5) * 80, w: 180, h: 60 });
    });
    y += Math.ceil(ofKind.length / 5) * 80 + 20;
  }
  const viewConnections = relationships
    .filter((r) => nodeOfElement.has(r.source) && nodeOfElement.has(r.target))
    .map((r) => ({ id: unique(`id-conn-${r.id.slice(3)}`), relationshipRef: r.id, source: nodeOfElement.get(r.source) ?? '', target: nodeOfElement.get(r.target) ?? '' }));

  // Organizations: Archi's model tree, one folder per category.
  const folders: { label: Text2; refs: string[] }[] = [
    { label: { vi: 'Khung kiến trúc số', en: 'Digital architecture framework' }, refs: [...layerIds.values(), ...componentIds.values()] },
    { label: { vi: 'Cơ quan', en: 'Agencies' }, refs: [...agencyIds.values()] },
    ...(Object.keys(kindTitles) as SystemKind[]).map((kind) => ({
      label: kindTitles[kind],
      refs: model.systems.filter((s) => s.kind === kind).map((s) => systemIds.get(s.id)?.id ?? ''),
    })),
    { label: { vi: 'Quan hệ', en: 'Relations' }, refs: relationships.map((r) => r.id) },
    { label: { vi: 'Khung nhìn', en: 'Views' }, refs: viewNodes.length > 0 ? [viewId] : [] },
  ].filter((f) => f.refs.length > 0);
  if (folders.length > 0) {
    const organizations = root.ele('organizations');
    for (const folder of folders) {
      const item = organizations.ele('item');
      addNames(item, 'label', folder.label);
      for (const ref of folder.refs) item.ele('item').att('identifierRef', ref);
    }
  }

  // Property definitions
  const definitions = root.ele('propertyDefinitions');
  for (const p of Object.values(props)) {
    const def = definitions.ele('propertyDefinition').att('identifier', p.id).att('type', p.type);
    addNames(def, 'name', { vi: p.vi, en: p.en });
  }

  if (viewNodes.length > 0) {
    const view = root.ele('views').ele('diagrams').ele('view').att('identifier', viewId).att(XSI_NS, 'xsi:type', 'Diagram');
    addNames(view, 'name', { vi: 'Tổng quan các hệ thống', en: 'Systems overview' });
    for (const n of viewNodes) {
      const node = view.ele('node').att('identifier', n.id);
      if (n.elementRef) node.att('elementRef', n.elementRef).att(XSI_NS, 'xsi:type', 'Element');
      else node.att(XSI_NS, 'xsi:type', 'Label');
      node.att('x', String(n.x)).att('y', String(n.y)).att('w', String(n.w)).att('h', String(n.h));
      if (n.label) addNames(node, 'label', n.label);
    }
    for (const c of viewConnections) {
      view
        .ele('connection')
        .att('identifier', c.id)
        .att('relationshipRef', c.relationshipRef)
        .att(XSI_NS, 'xsi:type', 'Relationship')
        .att('source', c.source)
        .att('target', c.target);
    }
  }

  return doc.end({ prettyPrint: true });
}

// ============================================================================ parse

export interface ImportedElement {
  identifier: string;
  type: string;
  /** The Vietnamese name (xml:lang="vi"), else the name without a language, else the first. */
  name: string;
  /** The English name (xml:lang="en"), when there is one. */
  nameEn?: string;
  documentation?: string;
  /** Property values by property definition name (its first name in the file). */
  properties: Record<string, string>;
  /** Line of the element in the file. */
  line?: number;
}

export interface ImportedRelationship {
  identifier: string;
  type: string;
  source: string;
  target: string;
  name?: string;
  nameEn?: string;
  line?: number;
}

export interface ImportedModel {
  name: string;
  elements: ImportedElement[];
  relationships: ImportedRelationship[];
}

export type ArchimateErrorCode = 'INVALID_ARCHIMATE' | 'ARCHIMATE_TOO_LARGE';

export class ArchimateError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
    readonly line?: number,
    readonly code: ArchimateErrorCode = 'INVALID_ARCHIMATE',
  ) {
    super(messageEn);
    this.name = 'ArchimateError';
  }
}

interface XNode {
  ns: string;
  local: string;
  /** Attributes without a namespace by local name; namespaced ones as "{uri}local". */
  attrs: Map<string, string>;
  children: XNode[];
  text: string;
  line: number | undefined;
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The five predefined XML entities. Given as an object, the parser decodes exactly these and numeric references. */
const xmlEntities = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

function lineIndex(text: string): (offset: number | undefined) => number | undefined {
  const starts: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i);
  return (offset) => {
    if (offset === undefined) return undefined;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 });
}

/**
 * Reads an ArchiMate Open Exchange file. Refuses files over `maxBytes`, any DTD (so no entity expansion),
 * malformed XML (with its line), other documents, and structural faults (missing identifier or type,
 * duplicate identifiers, relationships to unknown concepts).
 */
export function parseArchimate(xml: string | Uint8Array, options: { maxBytes?: number } = {}): ImportedModel {
  const maxBytes = options.maxBytes ?? MAX_ARCHIMATE_BYTES;
  const size = typeof xml === 'string' ? Buffer.byteLength(xml, 'utf8') : xml.byteLength;
  if (size > maxBytes) {
    throw new ArchimateError(
      `Tệp ArchiMate quá lớn (${mb(size)} MB, tối đa ${mb(maxBytes)} MB).`,
      `The ArchiMate file is too large (${mb(size)} MB; the limit is ${mb(maxBytes)} MB).`,
      undefined,
      'ARCHIMATE_TOO_LARGE',
    );
  }
  let text = typeof xml === 'string' ? xml : Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lineOf = lineIndex(text);
  if (text.trim() === '') throw new ArchimateError('Tệp rỗng.', 'The file is empty.');

  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    throw new ArchimateError(
      `Tệp có khai báo DOCTYPE (dòng ${lineOf(doctype.index)}). Tệp trao đổi ArchiMate không dùng DTD; vì an toàn, hệ thống không đọc DTD và thực thể.`,
      `The file declares a DOCTYPE (line ${lineOf(doctype.index)}). ArchiMate exchange files use no DTD; for safety, DTDs and entities are not processed.`,
      lineOf(doctype.index),
    );
  }

  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new ArchimateError(
      `XML không hợp lệ ở dòng ${line}, cột ${col}: ${msg}`,
      `Malformed XML at line ${line}, column ${col}: ${msg}`,
      line,
    );
  }

  let tree: unknown[];
  try {
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      captureMetaData: true,
      processEntities: true,
      // Typed as boolean; an object is the supported way to name the entity set (numeric references included).
      htmlEntities: xmlEntities as unknown as boolean,
    });
    tree = parser.parse(text) as unknown[];
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new ArchimateError(`Không đọc được tệp XML: ${msg}`, `The XML could not be read: ${msg}`);
  }

  const root = toNodes(tree, new Map([['xml', XML_NS]]), lineOf).find(() => true);
  if (!root || root.ns !== ARCHIMATE_NS || root.local !== 'model') {
    const found = root ? `<${root.local}>${root.ns ? ` (${root.ns})` : ''}` : '—';
    throw new ArchimateError(
      `Đây không phải mô hình ArchiMate theo định dạng trao đổi mở (Open Exchange Format): phần tử gốc là ${found}, cần <model> trong không gian tên ${ARCHIMATE_NS}.`,
      `This is not an ArchiMate Open Exchange Format model: the root element is ${found}; expected <model> in the namespace ${ARCHIMATE_NS}.`,
      root?.line,
    );
  }

  checkUniqueIdentifiers(root);

  const propertyNames = new Map<string, string>();
  for (const def of children(root, 'propertyDefinitions').flatMap((c) => children(c, 'propertyDefinition'))) {
    const id = def.attrs.get('identifier');
    const first = children(def, 'name')[0];
    if (id) propertyNames.set(id, first ? normaliseSpace(first.text) : id);
  }

  const elements: ImportedElement[] = [];
  for (const node of children(root, 'elements').flatMap((c) => children(c, 'element'))) {
    const { identifier, type } = identity(node, 'element', 'phần tử');
    const names = langTexts(node, 'name');
    const docs = langTexts(node, 'documentation');
    const element: ImportedElement = { identifier, type, name: normaliseSpace(pickVi(names) ?? ''), properties: readProperties(node, propertyNames), line: node.line };
    const nameEn = pickLang(names, 'en');
    if (nameEn !== undefined) element.nameEn = normaliseSpace(nameEn);
    const documentation = pickVi(docs)?.trim();
    if (documentation) element.documentation = documentation;
    elements.push(element);
  }

  const relationships: ImportedRelationship[] = [];
  for (const node of children(root, 'relationships').flatMap((c) => children(c, 'relationship'))) {
    const { identifier, type } = identity(node, 'relationship', 'quan hệ');
    const source = node.attrs.get('source')?.trim();
    const target = node.attrs.get('target')?.trim();
    if (!source || !target) {
      throw new ArchimateError(
        `Quan hệ «${identifier}» (dòng ${node.line ?? '?'}) thiếu nguồn (source) hoặc đích (target).`,
        `Relationship "${identifier}" (line ${node.line ?? '?'}) has no source or target.`,
        node.line,
      );
    }
    const names = langTexts(node, 'name');
    const relationship: ImportedRelationship = { identifier, type: type.replace(/(?<=.)Relationship$/, ''), source, target, line: node.line };
    const name = pickVi(names);
    if (name !== undefined) relationship.name = normaliseSpace(name);
    const nameEn = pickLang(names, 'en');
    if (nameEn !== undefined) relationship.nameEn = normaliseSpace(nameEn);
    relationships.push(relationship);
  }

  const concepts = new Set([...elements.map((e) => e.identifier), ...relationships.map((r) => r.identifier)]);
  for (const r of relationships) {
    for (const end of [r.source, r.target]) {
      if (!concepts.has(end)) {
        throw new ArchimateError(
          `Quan hệ «${r.identifier}» (dòng ${r.line ?? '?'}) trỏ tới «${end}», không có phần tử hay quan hệ nào mang định danh này.`,
          `Relationship "${r.identifier}" (line ${r.line ?? '?'}) points at "${end}", which no element or relationship has as its identifier.`,
          r.line,
        );
      }
    }
  }

  return { name: normaliseSpace(pickVi(langTexts(root, 'name')) ?? ''), elements, relationships };
}

function toNodes(items: unknown[], scope: Map<string, string>, lineOf: (offset: number | undefined) => number | undefined): XNode[] {
  const nodes: XNode[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const meta = (item as Record<symbol, { startIndex?: number } | undefined>)[META];
    const tag = Object.keys(record).find((k) => k !== ':@');
    if (tag === undefined || tag === '#text' || tag.startsWith('?')) continue;
    const rawAttrs = (record[':@'] ?? {}) as Record<string, string>;
    let local = scope;
    for (const [name, value] of Object.entries(rawAttrs)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (local === scope) local = new Map(scope);
        local.set(name === 'xmlns' ? '' : name.slice(6), value);
      }
    }
    const resolve = (qname: string, isAttribute: boolean): { ns: string; local: string } => {
      const colon = qname.indexOf(':');
      if (colon === -1) return { ns: isAttribute ? '' : (local.get('') ?? ''), local: qname };
      const prefix = qname.slice(0, colon);
      return { ns: local.get(prefix) ?? `unbound:${prefix}`, local: qname.slice(colon + 1) };
    };
    const attrs = new Map<string, string>();
    for (const [name, value] of Object.entries(rawAttrs)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const r = resolve(name, true);
      attrs.set(r.ns ? `{${r.ns}}${r.local}` : r.local, String(value));
    }
    const content = Array.isArray(record[tag]) ? (record[tag] as unknown[]) : [];
    let text = '';
    for (const c of content) {
      if (typeof c === 'object' && c !== null && '#text' in c) text += String((c as Record<string, unknown>)['#text']);
    }
    const name = resolve(tag, false);
    nodes.push({ ns: name.ns, local: name.local, attrs, children: toNodes(content, local, lineOf), text, line: lineOf(meta?.startIndex) });
  }
  return nodes;
}

function children(node: XNode, local: string): XNode[] {
  return node.children.filter((c) => c.ns === ARCHIMATE_NS && c.local === local);
}

function checkUniqueIdentifiers(root: XNode): void {
  const seen = new Map<string, number | undefined>();
  const visit = (node: XNode) => {
    const id = node.ns === ARCHIMATE_NS ? node.attrs.get('identifier') : undefined;
    if (id !== undefined) {
      if (seen.has(id)) {
        const first = seen.get(id);
        throw new ArchimateError(
          `Định danh «${id}» bị dùng hai lần (dòng ${first ?? '?'} và dòng ${node.line ?? '?'}); định danh trong tệp phải duy nhất.`,
          `The identifier "${id}" is used twice (lines ${first ?? '?'} and ${node.line ?? '?'}); identifiers must be unique in the file.`,
          node.line,
        );
      }
      seen.set(id, node.line);
    }
    node.children.forEach(visit);
  };
  visit(root);
}

function identity(node: XNode, what: string, whatVi: string): { identifier: string; type: string } {
  const identifier = node.attrs.get('identifier')?.trim();
  if (!identifier) {
    throw new ArchimateError(
      `Một ${whatVi} ở dòng ${node.line ?? '?'} thiếu định danh (identifier).`,
      `An ${what} at line ${node.line ?? '?'} has no identifier.`,
      node.line,
    );
  }
  const rawType = node.attrs.get(`{${XSI_NS}}type`)?.trim();
  if (!rawType) {
    throw new ArchimateError(
      `${whatVi[0]?.toUpperCase()}${whatVi.slice(1)} «${identifier}» ở dòng ${node.line ?? '?'} thiếu loại (xsi:type).`,
      `The ${what} "${identifier}" at line ${node.line ?? '?'} has no type (xsi:type).`,
      node.line,
    );
  }
  return { identifier, type: rawType.slice(rawType.indexOf(':') + 1) };
}

function langTexts(node: XNode, local: string): { lang: string | undefined; text: string }[] {
  return children(node, local).map((c) => ({ lang: c.attrs.get(`{${XML_NS}}lang`)?.toLowerCase(), text: c.text }));
}

function pickLang(list: { lang: string | undefined; text: string }[], lang: string): string | undefined {
  return list.find((t) => t.lang === lang || t.lang?.startsWith(`${lang}-`))?.text;
}

function pickVi(list: { lang: string | undefined; text: string }[]): string | undefined {
  return pickLang(list, 'vi') ?? list.find((t) => t.lang === undefined)?.text ?? list[0]?.text;
}

function normaliseSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function readProperties(node: XNode, names: Map<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const p of children(node, 'properties').flatMap((c) => children(c, 'property'))) {
    const ref = p.attrs.get('propertyDefinitionRef');
    if (!ref) continue;
    const value = pickVi(langTexts(p, 'value'));
    if (value !== undefined) result[names.get(ref) ?? ref] = value.normalize('NFC').trim();
  }
  return result;
}

// ============================================================================ import plan

export interface RegistryImportPlan {
  systems: { sourceId: string; registryId?: string; input: SystemInput }[];
  relations: { fromSourceId: string; toSourceId: string; type: RelationType }[];
  skipped: { identifier: string; type: string; reason: { vi: string; en: string } }[];
}

export interface RegistryImportContext {
  agencyIds: Set<string>;
  componentCodes: Set<string>;
  defaultAgencyId: string;
  /** Agency ids by name, keys folded lowercase. */
  agencyByName: Map<string, string>;
}

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
const kindOfType: Record<string, SystemKind> = {
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

function notASystem(type: string): { vi: string; en: string } {
  const family = typeFamilies.find((f) => f.types.includes(type));
  return family
    ? { vi: `${type} là ${family.vi}, không phải hệ thống thông tin, cơ sở dữ liệu, nền tảng hay API.`, en: `${type} is ${family.en}, not an information system, database, platform or API.` }
    : { vi: `Loại phần tử ${type} không tương ứng với loại hệ thống nào trong sổ đăng ký.`, en: `The element type ${type} matches no kind of system in the registry.` };
}

const layerCodes = ['I', 'II', 'III', 'IV'];
const codePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function propertyReader(element: ImportedElement): (name: PropName) => string | undefined {
  const byFolded = new Map<string, string>();
  for (const [key, value] of Object.entries(element.properties)) byFolded.set(foldForSearch(key), value);
  return (name) => {
    const p = props[name];
    for (const alias of [p.vi, p.en, p.key]) {
      const value = byFolded.get(foldForSearch(alias));
      if (value !== undefined && value.trim() !== '') return value.trim();
    }
    return undefined;
  };
}

function enumValue<T extends string>(values: readonly T[], raw: string | undefined): T | undefined {
  if (raw === undefined) return undefined;
  const normal = foldForSearch(raw).replace(/[\s-]+/g, '_');
  return values.find((v) => v === normal);
}

/** "Hệ thống thông tin giải quyết TTHC" → "HTTTGQTTHC": initials in ASCII, acronyms and numbers kept whole. */
export function codeFromName(name: string): string {
  let code = '';
  for (const word of name.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    const ascii = foldForSearch(word).toUpperCase().replace(/[^A-Z0-9]/g, '');
    if (!ascii) continue;
    const acronym = word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
    code += acronym || /^\d+$/.test(ascii) ? ascii : ascii[0];
  }
  code = code.slice(0, 30);
  return code.length >= 2 ? code : `HT${code}`;
}

/** Maps a parsed model onto registry systems and relations; reports what it leaves out and why. */
export function planRegistryImport(model: ImportedModel, ctx: RegistryImportContext): RegistryImportPlan {
  const plan: RegistryImportPlan = { systems: [], relations: [], skipped: [] };

  const agencyByFoldedName = new Map<string, string>();
  for (const [name, id] of ctx.agencyByName) agencyByFoldedName.set(foldForSearch(name), id);
  const agencyByElementId = new Map<string, string>([...ctx.agencyIds].map((id) => [archimateIds.agency(id), id]));
  const componentByElementId = new Map<string, string>([...ctx.componentCodes].map((code) => [archimateIds.component(code), code]));

  const elementById = new Map(model.elements.map((e) => [e.identifier, e]));
  const components = new Map<string, string>(); // element id → component code
  const agencies = new Map<string, string>(); // element id → agency id
  const systemElements: ImportedElement[] = [];

  for (const e of model.elements) {
    const prop = propertyReader(e);
    if (e.type === 'Grouping') {
      const code = [prop('frameworkCode'), componentByElementId.get(e.identifier), e.name.split(' ')[0]].find((c) => c !== undefined && ctx.componentCodes.has(c));
      if (code) {
        components.set(e.identifier, code);
        continue;
      }
      const layer = prop('frameworkCode') ?? /^id-layer-(I|II|III|IV)$/.exec(e.identifier)?.[1];
      if (layer && layerCodes.includes(layer)) continue;
    }
    if (e.type === 'BusinessActor') {
      const agency = [prop('agencyId'), agencyByElementId.get(e.identifier)].find((a) => a !== undefined && ctx.agencyIds.has(a)) ?? agencyByFoldedName.get(foldForSearch(e.name)) ?? (e.nameEn ? agencyByFoldedName.get(foldForSearch(e.nameEn)) : undefined);
      if (agency) {
        agencies.set(e.identifier, agency);
        continue;
      }
      plan.skipped.push({
        identifier: e.identifier,
        type: e.type,
        reason: { vi: `Tác nhân «${e.name}» không khớp với cơ quan nào trong danh mục; không phải hệ thống.`, en: `The actor "${e.name}" matches no agency in the directory; it is not a system.` },
      });
      continue;
    }
    if (kindOfType[e.type]) {
      systemElements.push(e);
      continue;
    }
    plan.skipped.push({ identifier: e.identifier, type: e.type, reason: notASystem(e.type) });
  }

  const systemIds = new Set(systemElements.map((e) => e.identifier));
  const usedCodes = new Set<string>();
  const uniqueCode = (base: string) => {
    let code = base;
    for (let n = 2; usedCodes.has(code.toUpperCase()); n++) code = `${base.slice(0, 36)}-${n}`;
    usedCodes.add(code.toUpperCase());
    return code;
  };
  // Codes the file gives are kept first, so derived ones make way for them.
  const givenCodes = new Map<string, string>();
  for (const e of systemElements) {
    const code = propertyReader(e)('code');
    if (code && codePattern.test(code) && code.length >= 2 && code.length <= 40 && !usedCodes.has(code.toUpperCase())) {
      usedCodes.add(code.toUpperCase());
      givenCodes.set(e.identifier, code);
    }
  }

  // Relationships by the elements they touch, so each system looks only at its own.
  const touching = new Map<string, ImportedRelationship[]>();
  for (const r of model.relationships) {
    for (const end of new Set([r.source, r.target])) {
      const list = touching.get(end);
      if (list) list.push(r);
      else touching.set(end, [r]);
    }
  }

  for (const e of systemElements) {
    const prop = propertyReader(e);
    const kind = kindOfType[e.type] as SystemKind;
    const own = touching.get(e.identifier) ?? [];

    // Owner: our property; else an actor linked to the element (named "owns" first, then assigned or associated from the actor); else the default.
    let owner = prop('owner');
    if (!owner || !ctx.agencyIds.has(owner)) {
      const linked = own
        .map((r) => {
          const actorEnd = r.target === e.identifier ? r.source : r.source === e.identifier ? r.target : undefined;
          const agency = actorEnd ? agencies.get(actorEnd) : undefined;
          if (!agency) return undefined;
          const fromActor = r.source === actorEnd;
          const rank = relNameOf([r.name, r.nameEn]) === 'owns' ? 0 : fromActor && (r.type === 'Assignment' || r.type === 'Association') ? 1 : r.type === 'Association' ? 2 : undefined;
          return rank === undefined ? undefined : { agency, rank };
        })
        .filter((x): x is { agency: string; rank: number } => x !== undefined)
        .sort((a, b) => a.rank - b.rank);
      owner = linked[0]?.agency ?? ctx.defaultAgencyId;
    }

    // Framework components linked to the element.
    const links = new Map<string, ComponentLink>();
    for (const r of own) {
      const towards = r.source === e.identifier ? components.get(r.target) : undefined;
      const from = r.target === e.identifier ? components.get(r.source) : undefined;
      const named = relNameOf([r.name, r.nameEn]);
      let code: string | undefined;
      let link: ComponentLink | undefined;
      if (towards && r.type === 'Realization') [code, link] = [towards, 'implements'];
      else if ((towards ?? from) && r.type === 'Association') [code, link] = [towards ?? from, named === 'implements' ? 'implements' : 'uses'];
      else if (from && r.type === 'Serving') [code, link] = [from, 'uses'];
      else if (from && (r.type === 'Composition' || r.type === 'Aggregation')) [code, link] = [from, 'implements'];
      if (code && link && links.get(code) !== 'implements') links.set(code, link);
    }
    const componentList = [...links].map(([code, link]) => ({ code, link }));

    const propLayer = prop('layer');
    const layer = propLayer && layerCodes.includes(propLayer) ? propLayer : (componentList[0]?.code.split('.')[0] ?? 'III');

    const level = Number(prop('securityLevel'));
    const securityLevel = Number.isInteger(level) && level >= 1 && level <= 5 ? { level, ...optional('approvalNumber', prop('securityApprovalNumber')), ...optional('approvalDate', isoDate(prop('securityApprovalDate'))) } : null;
    const year = Number(prop('yearStarted'));

    const nameVi = e.name || e.nameEn || e.identifier;
    const input: SystemInput = {
      code: givenCodes.get(e.identifier) ?? uniqueCode(codeFromName(nameVi)),
      kind,
      name: { vi: nameVi.slice(0, 300), en: (e.nameEn || nameVi).slice(0, 300) },
      ownerAgencyId: owner,
      contacts: [],
      purpose: (e.documentation ?? '').slice(0, 4000),
      audiences: [...new Set((prop('audiences') ?? '').split(',').map((a) => enumValue<Audience>(audienceValues, a)).filter((a): a is Audience => a !== undefined))],
      lifecycle: enumValue<Lifecycle>(lifecycles, prop('lifecycle')) ?? 'in_use',
      layer,
      components: componentList,
      securityLevel,
      hosting: enumValue<Hosting>(hostings, prop('hosting')) ?? 'unknown',
      ipv6: enumValue<Ipv6State>(ipv6States, prop('ipv6')) ?? 'unknown',
      authentication: [],
      uiLanguages: [],
      accessibility: 'unknown',
      secureSessions: false,
      accessLogging: false,
      departmentSoftware: false,
      dataObjects: [],
      interfaces: [],
      documents: [],
      ...optional('supplier', prop('supplier')?.slice(0, 300)),
      ...(Number.isInteger(year) && year >= 1990 && year <= 2100 ? { yearStarted: year } : {}),
      ...optional('url', prop('url')?.slice(0, 2000)),
    };
    const registryId = [prop('registryId'), /^id-sys-(.+)$/.exec(e.identifier)?.[1]].find((id) => id !== undefined && uuidPattern.test(id));
    plan.systems.push({ sourceId: e.identifier, ...(registryId ? { registryId: registryId.toLowerCase() } : {}), input });
  }

  // Relations between two systems.
  const seen = new Set<string>();
  const add = (from: string, to: string, type: RelationType) => {
    const key = `${from}\u0000${to}\u0000${type}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    plan.relations.push({ fromSourceId: from, toSourceId: to, type });
  };
  for (const r of model.relationships) {
    if (!systemIds.has(r.source) || !systemIds.has(r.target)) continue;
    const named = relNameOf([r.name, r.nameEn]);
    switch (r.type) {
      case 'Serving': // the source serves the target: the target uses it
      case 'Flow': // data flows from the source to the target: the receiver depends on the sender
        add(r.target, r.source, 'uses');
        break;
      case 'Access': // the source reads or writes the target
      case 'Triggering': // the source calls on the target
        add(r.source, r.target, 'uses');
        break;
      case 'Composition':
      case 'Aggregation': // whole → part
        add(r.target, r.source, 'part_of');
        break;
      case 'Association':
        if (named === 'replaces' || named === 'duplicates' || named === 'uses' || named === 'part_of') add(r.source, r.target, named);
        else plan.skipped.push({ identifier: r.identifier, type: r.type, reason: unmappedRelation(r, elementById) });
        break;
      default:
        plan.skipped.push({ identifier: r.identifier, type: r.type, reason: unmappedRelation(r, elementById) });
    }
  }

  return plan;
}

function unmappedRelation(r: ImportedRelationship, elements: Map<string, ImportedElement>): { vi: string; en: string } {
  const s = elements.get(r.source)?.name ?? r.source;
  const t = elements.get(r.target)?.name ?? r.target;
  const named = r.name ? ` «${r.name}»` : '';
  return {
    vi: `Quan hệ ${r.type}${named} giữa «${s}» và «${t}» không tương ứng với quan hệ nào của sổ đăng ký (sử dụng, là một phần của, thay thế, trùng lặp).`,
    en: `The ${r.type} relationship${r.name ? ` "${r.name}"` : ''} between "${s}" and "${t}" matches no registry relation (uses, part of, replaces, duplicates).`,
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value ? ({ [key]: value } as { [P in K]?: string }) : {};
}

function isoDate(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}
