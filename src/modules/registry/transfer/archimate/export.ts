// The registry as an ArchiMate 3.1 Open Exchange Format model (the mapping: vocabulary.ts): the framework, the
// agencies and the registered systems, so Archi and other EA tools open them. Pure: no database, no I/O.
import type { Relation, SystemKind, SystemRecord } from '../../model.js';
import {
  ARCHIMATE_NS,
  SCHEMA_LOCATION,
  XSI_NS,
  archimateIds,
  elementTypeOfKind,
  idPart,
  isAllowed,
  props,
  relNames,
  type PropName,
} from './vocabulary.js';
import { dropForbiddenXmlChars, writeDocument, XmlElement } from './xml-writer.js';

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

/** Text as the file carries it: NFC (as the registry stores it), without what XML 1.0 forbids, trimmed. */
function xmlText(text: string): string {
  return dropForbiddenXmlChars(text.normalize('NFC')).trim();
}

type Builder = XmlElement;
type Text2 = { vi: string; en: string };

function addNames(node: Builder, tag: 'name' | 'documentation' | 'label', text: Partial<Text2>): void {
  const vi = xmlText(text.vi ?? '');
  const en = xmlText(text.en ?? '');
  if (vi) node.ele(tag).att('xml:lang', 'vi').txt(vi);
  if (en) node.ele(tag).att('xml:lang', 'en').txt(en);
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

  const root = new XmlElement('model')
    .att('xmlns', ARCHIMATE_NS)
    .att('xmlns:xsi', XSI_NS)
    .att('xsi:schemaLocation', SCHEMA_LOCATION)
    .att('identifier', 'id-kientruc-model');
  addNames(root, 'name', { vi: model.title || 'Kiến trúc' });
  addNames(root, 'documentation', {
    vi: `Xuất từ sổ đăng ký ứng dụng CNTT của nền tảng Kiến trúc lúc ${model.generatedAt}: khung kiến trúc số, cơ quan và ${model.systems.length} hệ thống.`,
    en: `Exported from the IT application registry of the Kiến trúc platform at ${model.generatedAt}: the digital architecture framework, agencies and ${model.systems.length} systems.`,
  });
  addProperties(root, [['generatedAt', model.generatedAt]]);

  // Elements
  const elements = root.ele('elements');
  const element = (id: string, type: string) => elements.ele('element').att('identifier', id).att('xsi:type', type);
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
    addNames(node, 'name', { vi: xmlText(a.name.vi) || a.id, en: a.name.en });
    addProperties(node, [
      ['agencyId', a.id],
      ['agencyKind', a.kind],
    ]);
  }
  for (const s of model.systems) {
    const sys = systemIds.get(s.id);
    if (!sys) continue;
    const node = element(sys.id, sys.type);
    addNames(node, 'name', { vi: xmlText(s.name.vi) || s.code, en: s.name.en });
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
      const node = container.ele('relationship').att('identifier', r.id).att('source', r.source).att('target', r.target).att('xsi:type', r.type);
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
    const view = root.ele('views').ele('diagrams').ele('view').att('identifier', viewId).att('xsi:type', 'Diagram');
    addNames(view, 'name', { vi: 'Tổng quan các hệ thống', en: 'Systems overview' });
    for (const n of viewNodes) {
      const node = view.ele('node').att('identifier', n.id);
      if (n.elementRef) node.att('elementRef', n.elementRef).att('xsi:type', 'Element');
      else node.att('xsi:type', 'Label');
      node.att('x', String(n.x)).att('y', String(n.y)).att('w', String(n.w)).att('h', String(n.h));
      if (n.label) addNames(node, 'label', n.label);
    }
    for (const c of viewConnections) {
      view
        .ele('connection')
        .att('identifier', c.id)
        .att('relationshipRef', c.relationshipRef)
        .att('xsi:type', 'Relationship')
        .att('source', c.source)
        .att('target', c.target);
    }
  }

  return writeDocument(root);
}
