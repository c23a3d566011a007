// Matching a parsed ArchiMate model against the registry: which elements are systems (and of which kind), which
// records they update or create, which relationships become registry relations, and why the rest is skipped.
// Pure: no database, no I/O (the context carries what the registry knows).
import { foldForSearch } from '../../../../core/text.js';
import type { ImportedElement, ImportedModel, ImportedRelationship } from './parse.js';
import { archimateIds, kindOfType, notASystem, props, relNameOf, technologyTypes, type PropName } from './vocabulary.js';
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
  type RelationType,
  type SystemInput,
  type SystemKind,
} from '../../model.js';

export interface RegistryImportPlan {
  systems: { sourceId: string; registryId?: string; input: SystemInput }[];
  relations: { fromSourceId: string; toSourceId: string; type: RelationType; note?: string }[];
  skipped: { identifier: string; type: string; reason: { vi: string; en: string } }[];
}

export interface RegistryImportContext {
  agencyIds: Set<string>;
  componentCodes: Set<string>;
  defaultAgencyId: string;
  /** Agency ids by name, keys folded lowercase. */
  agencyByName: Map<string, string>;
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
    // Without our property or a component, technology-layer elements are infrastructure (layer I), the rest applications (III).
    const layer = propLayer && layerCodes.includes(propLayer) ? propLayer : (componentList[0]?.code.split('.')[0] ?? (technologyTypes.has(e.type) ? 'I' : 'III'));

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
  const skippedElements = new Set(plan.skipped.map((s) => s.identifier));
  for (const r of model.relationships) {
    const add = (from: string, to: string, type: RelationType) => {
      const key = `${from}\u0000${to}\u0000${type}`;
      if (from === to || seen.has(key)) return;
      seen.add(key);
      plan.relations.push({ fromSourceId: from, toSourceId: to, type, ...(r.documentation ? { note: r.documentation.slice(0, 1000) } : {}) });
    };
    const skippedEnd = [r.source, r.target].find((end) => skippedElements.has(end));
    if (skippedEnd !== undefined) {
      plan.skipped.push({ identifier: r.identifier, type: r.type, reason: endSkipped(r, skippedEnd, elementById) });
      continue;
    }
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

function endSkipped(r: ImportedRelationship, end: string, elements: Map<string, ImportedElement>): { vi: string; en: string } {
  const name = (id: string) => elements.get(id)?.name || id;
  return {
    vi: `Quan hệ ${r.type} giữa «${name(r.source)}» và «${name(r.target)}» bị bỏ qua vì phần tử «${name(end)}» ở một đầu đã bị bỏ qua (xem ở trên).`,
    en: `The ${r.type} relationship between "${name(r.source)}" and "${name(r.target)}" is skipped because its end "${name(end)}" is skipped (see above).`,
  };
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
