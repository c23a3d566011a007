import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { runMigrations, type Database } from './core/db.js';
import type { Config } from './core/config.js';
import { getMeta, setMeta } from './core/meta.js';
import { ensureFirstAdmin } from './core/auth/service.js';
import type { SeedOptions } from './core/module.js';
import { modules } from './modules/index.js';

/** Changes whenever a seed file changes, so start-up loads the seed only when there is something new. */
function seedFingerprint(options: SeedOptions): string {
  const hash = createHash('sha256');
  for (const module of modules) for (const file of module.seed?.files(options) ?? []) if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  return hash.digest('hex');
}

export interface SeedRequest {
  force?: boolean;
  /** Also load the province's systems known from public sources into the registry (unverified). */
  knownSystems?: boolean;
}

/** Loads every module's seed, lower modules first, when the files changed since the last load (or always, when forced). */
export async function seedIfNeeded(database: Database, request: SeedRequest = {}) {
  const options: SeedOptions = { optionalSets: new Set(request.knownSystems ?? true ? ['known-systems'] : []) };
  const fingerprint = seedFingerprint(options);
  if (!request.force && (await getMeta(database.db, 'seed.fingerprint')) === fingerprint) return { seeded: false as const };
  let counts: Record<string, unknown> = {};
  for (const module of modules) if (module.seed) counts = { ...counts, ...(await module.seed.run(database.db, options)) };
  await setMeta(database.db, 'seed.fingerprint', fingerprint);
  return { seeded: true as const, counts };
}

/** Everything a fresh or existing database needs before serving: schema, seed, first administrator. */
export async function prepareDatabase(database: Database, config: Config) {
  await runMigrations(database);
  const seed = config.seed ? await seedIfNeeded(database, { knownSystems: config.seedKnownSystems }) : { seeded: false as const };
  const admin = await ensureFirstAdmin(database.db, config.adminEmail, config.adminPassword);
  return { seed, admin };
}
