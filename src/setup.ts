import { openDatabase, runMigrations, type Database } from './core/db.js';
import type { Config } from './core/config.js';
import { getMeta, setMeta } from './core/meta.js';
import { ensureFirstAdmin } from './core/auth/service.js';
import { seedFingerprint, seedFramework } from './modules/framework/seed.js';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}

/** Loads the seed when the files changed since the last load (or always, when forced). */
export async function seedIfNeeded(database: Database, force = false): Promise<{ seeded: boolean; counts?: Awaited<ReturnType<typeof seedFramework>> }> {
  const fingerprint = seedFingerprint();
  if (!force && (await getMeta(database.db, 'seed.fingerprint')) === fingerprint) return { seeded: false };
  const counts = await seedFramework(database.db);
  await setMeta(database.db, 'seed.fingerprint', fingerprint);
  return { seeded: true, counts };
}

/** Everything a fresh or existing database needs before serving: schema, seed, first administrator. */
export async function prepareDatabase(database: Database, config: Config) {
  await runMigrations(database);
  const seed = config.seed ? await seedIfNeeded(database) : { seeded: false };
  const admin = await ensureFirstAdmin(database.db, config.adminEmail, config.adminPassword);
  return { seed, admin };
}
