import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { systemActor } from '../../core/audit.js';
import { systems } from './schema.js';
import { checkReferences, insertSystem, knownReferences, normalise, reevaluate } from './service.js';
import type { SystemInput } from './model.js';

export const knownSystemsFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seed/known-systems.json');

interface KnownSystem extends Pick<SystemInput, 'code' | 'kind' | 'name' | 'ownerAgencyId' | 'purpose' | 'audiences' | 'lifecycle' | 'layer' | 'components'> {
  supplier?: string;
  yearStarted?: number;
  url?: string;
  sources: string[];
  note: string;
}

/** What public sources do not tell: left unknown or empty until the owner fills it in. */
function asInput(known: KnownSystem): SystemInput {
  return {
    code: known.code,
    kind: known.kind,
    name: known.name,
    ownerAgencyId: known.ownerAgencyId,
    contacts: [],
    purpose: `${known.purpose}\n\n${known.note}`.trim(),
    audiences: known.audiences,
    lifecycle: known.lifecycle,
    layer: known.layer,
    components: known.components,
    securityLevel: null,
    hosting: 'unknown',
    ipv6: 'unknown',
    authentication: [],
    uiLanguages: ['vi'],
    accessibility: 'unknown',
    secureSessions: false,
    accessLogging: false,
    departmentSoftware: false,
    dataObjects: [],
    interfaces: [],
    documents: known.sources.map((url, i) => ({ kind: 'other' as const, title: `Nguồn công khai ${i + 1}`, url })),
    ...(known.supplier ? { supplier: known.supplier } : {}),
    ...(known.yearStarted ? { yearStarted: known.yearStarted } : {}),
    ...(known.url ? { url: known.url } : {}),
  };
}

/**
 * Loads the province's systems as public sources report them, marked unverified, as drafts of their
 * owners to confirm. Codes already in the registry are left alone, so the owners' edits are kept.
 */
export async function seedKnownSystems(db: Db): Promise<{ added: number }> {
  if (!fs.existsSync(knownSystemsFile)) return { added: 0 };
  const known = (JSON.parse(fs.readFileSync(knownSystemsFile, 'utf8')) as KnownSystem[]).map((k) => normalise(asInput(k)));
  const present = new Set((await db.select({ code: systems.code }).from(systems).where(inArray(systems.code, known.map((k) => k.code)))).map((r) => r.code));
  const missing = known.filter((k) => !present.has(k.code));
  if (missing.length === 0) return { added: 0 };
  const references = await knownReferences(db);
  const ids = await db.transaction(async (tx) => {
    const added: string[] = [];
    for (const input of missing) {
      await checkReferences(tx, input, undefined, references);
      added.push((await insertSystem(tx, systemActor, input, { verified: false, changeNote: 'Nhập từ nguồn công khai, chờ chủ quản xác nhận' })).id);
    }
    return added;
  });
  await reevaluate(db, ids);
  return { added: ids.length };
}
