import { openDatabase, runMigrations, type Database } from './core/db.js';
import type { Config } from './core/config.js';
import { getMeta, setMeta } from './core/meta.js';
import { ensureFirstAdmin } from './core/auth/service.js';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { frameworkSeedFiles, seedFramework } from './modules/framework/seed.js';
import { knownSystemsFile, seedKnownSystems } from './modules/registry/seed.js';
import { dictionarySeedFiles, seedDictionary } from './modules/dictionary/seed.js';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}

/** Changes whenever a seed file changes, so start-up loads the seed only when there is something new. */
function seedFingerprint(withKnownSystems: boolean): string {
  const hash = createHash('sha256');
  const files = [...frameworkSeedFiles, ...dictionarySeedFiles, ...(withKnownSystems ? [knownSystemsFile] : [])];
  for (const file of files) if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  return hash.digest('hex');
}

export interface SeedOptions {
  force?: boolean;
  /** Also load the province's systems known from public sources into the registry (unverified). */
  knownSystems?: boolean;
}

/** Loads the seed when the files changed since the last load (or always, when forced). */
export async function seedIfNeeded(database: Database, options: SeedOptions = {}) {
  const withKnownSystems = options.knownSystems ?? true;
  const fingerprint = seedFingerprint(withKnownSystems);
  if (!options.force && (await getMeta(database.db, 'seed.fingerprint')) === fingerprint) return { seeded: false as const };
  const counts = await seedFramework(database.db);
  const dictionary = await seedDictionary(database.db);
  const knownSystems = withKnownSystems ? (await seedKnownSystems(database.db)).added : 0;
  await setMeta(database.db, 'seed.fingerprint', fingerprint);
  return { seeded: true as const, counts: { ...counts, dictionary, knownSystems } };
}

/** Everything a fresh or existing database needs before serving: schema, seed, first administrator. */
export async function prepareDatabase(database: Database, config: Config) {
  await runMigrations(database);
  const seed = config.seed ? await seedIfNeeded(database, { knownSystems: config.seedKnownSystems }) : { seeded: false as const };
  const admin = await ensureFirstAdmin(database.db, config.adminEmail, config.adminPassword);
  return { seed, admin };
}
