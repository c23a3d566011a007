// The public catalogue (as Estonia's RIHA publishes one): approved systems readable without login, each reduced to
// its public facts by one allow-list, publicCard. What a commune is served by is decided here (see servingCommune).
import type { Db } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import * as framework from '../framework/api.js';
import * as dictionary from '../dictionary/api.js';
import * as registry from '../registry/api.js';
import type { PublicSystem } from './api-schemas.js';

/** What a card names besides the system itself: agencies, framework components and approved dictionary elements. */
export interface CatalogueContext {
  agencies: Map<string, { name: { vi: string; en: string }; kind: string; adminUnitCode: string | null }>;
  components: Map<string, { vi: string; en: string }>;
  elements: Map<string, { vi: string; en: string }>;
}

/**
 * The bodies whose systems serve the whole province: every agency of the province except the communes themselves
 * (and the ministries and central bodies the decision cites, whose systems are national).
 */
const nonProvincialKinds: ReadonlySet<string> = new Set(['commune', 'ministry', 'central-agency']);
/** A provincial system reaches every commune when it serves more than its owner: other agencies, citizens or businesses. */
const beyondOwner: registry.Audience[] = ['agencies', 'citizens', 'businesses'];

const isProvincial = (kind: string) => !nonProvincialKinds.has(kind);

/**
 * The public card of an approved version. An allow-list: each public field is named here, and nothing else of the
 * record (security level, hosting, interfaces, contacts, documents, supplier, data object names and flags…) is read.
 */
export function publicCard(system: registry.ApprovedSystem, context: CatalogueContext): PublicSystem {
  const d = system.data;
  const owner = context.agencies.get(d.ownerAgencyId);
  const elementCodes = [...new Set(d.dataObjects.flatMap((o) => o.elements ?? []))].sort();
  return {
    code: d.code,
    kind: d.kind,
    name: { vi: d.name.vi, en: d.name.en || d.name.vi },
    owner: { id: d.ownerAgencyId, name: owner ? { vi: owner.name.vi, en: owner.name.en } : { vi: d.ownerAgencyId, en: d.ownerAgencyId } },
    purpose: d.purpose,
    layer: d.layer,
    lifecycle: d.lifecycle,
    components: d.components.map((c) => ({ code: c.code, link: c.link, name: context.components.get(c.code) ?? { vi: c.code, en: c.code } })),
    audiences: [...d.audiences],
    url: d.url ? d.url : null,
    dataElements: elementCodes.flatMap((code) => {
      const name = context.elements.get(code);
      return name ? [{ code, name: { vi: name.vi, en: name.en } }] : [];
    }),
    commune: owner?.kind === 'commune' && owner.adminUnitCode ? { code: owner.adminUnitCode, name: { vi: owner.name.vi, en: owner.name.en } } : null,
    servesEveryCommune: owner !== undefined && isProvincial(owner.kind) && d.audiences.some((a) => beyondOwner.includes(a)),
    version: system.version,
  };
}

async function contextFor(db: Db, systems: registry.ApprovedSystem[]): Promise<CatalogueContext> {
  const codes = [...new Set(systems.flatMap((s) => s.data.dataObjects.flatMap((o) => o.elements ?? [])))];
  const [agencyPage, components, elements] = await Promise.all([framework.listAgencies(db, { limit: 100_000, offset: 0 }), framework.listComponents(db, {}), dictionary.approvedElementNames(db, codes)]);
  return {
    agencies: new Map(agencyPage.items.map((a) => [a.id, { name: a.name, kind: a.kind, adminUnitCode: a.adminUnitCode }])),
    components: new Map(components.map((c) => [c.code, c.name])),
    elements,
  };
}

async function cards(db: Db, page: { items: registry.ApprovedSystem[]; total: number }) {
  const context = await contextFor(db, page.items);
  return { items: page.items.map((s) => publicCard(s, context)), total: page.total };
}

/** The systems serving a commune: those its People's Committee owns, and the provincial ones serving every commune. */
async function servingCommune(db: Db, commune: { id: string }): Promise<registry.ApprovedGroup[]> {
  const agencies = await framework.listAgencies(db, { limit: 100_000, offset: 0 });
  const provincial = agencies.items.filter((a) => isProvincial(a.kind)).map((a) => a.id);
  return [{ agencies: [commune.id] }, { agencies: provincial, audiences: beyondOwner }];
}

async function findCommune(db: Db, code: string) {
  const agency = await framework.communeAgency(db, code);
  if (!agency?.adminUnitCode) return null;
  const unit = await framework.getAdminUnit(db, agency.adminUnitCode);
  return { code: unit.code, name: unit.fullName, agency: { id: agency.id, name: agency.name } };
}

export interface CatalogueFilter {
  q?: string | undefined;
  agency?: string | undefined;
  component?: string | undefined;
  lifecycle?: registry.Lifecycle | undefined;
  kind?: registry.SystemKind | undefined;
  commune?: string | undefined;
  limit: number;
  offset: number;
}

export async function listPublicSystems(db: Db, filter: CatalogueFilter) {
  const { commune: communeCode, ...rest } = filter;
  let anyOf: registry.ApprovedGroup[] | undefined;
  if (communeCode) {
    const commune = await findCommune(db, communeCode);
    if (!commune) throw errors.field('commune', `Không có xã, phường "${communeCode}" của tỉnh.`, `There is no commune "${communeCode}" in the province.`, communeCode);
    anyOf = await servingCommune(db, commune.agency);
  }
  return cards(db, await registry.listApprovedSystems(db, { ...rest, anyOf }));
}

const systemWhat = { vi: 'hệ thống trong danh mục', en: 'catalogue system' };

/** One approved system's card; a system never approved is not found, whatever its state. */
export async function getPublicSystem(db: Db, code: string): Promise<PublicSystem> {
  const system = await registry.getApprovedSystem(db, code);
  if (!system) throw errors.notFound(systemWhat, code);
  const [card] = (await cards(db, { items: [system], total: 1 })).items;
  if (!card) throw errors.notFound(systemWhat, code);
  return card;
}

/** A commune and the approved systems serving it. */
export async function getCommune(db: Db, code: string, page: { q?: string | undefined; lifecycle?: registry.Lifecycle | undefined; limit: number; offset: number }) {
  const commune = await findCommune(db, code);
  if (!commune) throw errors.notFound({ vi: 'xã, phường', en: 'commune' }, code);
  const systems = await cards(db, await registry.listApprovedSystems(db, { ...page, anyOf: await servingCommune(db, commune.agency) }));
  return { commune, systems: { ...systems, limit: page.limit, offset: page.offset } };
}

/** The approved systems whose approved version holds an approved data element. */
export async function systemsHoldingElement(db: Db, code: string, filter: { agency?: string | undefined; lifecycle?: registry.Lifecycle | undefined; limit: number; offset: number }) {
  const names = await dictionary.approvedElementNames(db, [code]);
  if (!names.has(code)) {
    throw new AppError(404, 'NOT_FOUND', `Không có phần tử dữ liệu được phê duyệt "${code}".`, `There is no approved data element "${code}".`, { id: code });
  }
  return cards(db, await registry.listApprovedSystems(db, { ...filter, element: code }));
}
