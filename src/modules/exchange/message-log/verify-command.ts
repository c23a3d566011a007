// The `kientruc verify-log` command: which keys are trusted, what is checked, what is printed.
import fs from 'node:fs';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { besideDataDir, signingKeyFileOf, type Config } from '../../../core/config.js';
import type { Db } from '../../../core/db.js';
import { existingSigningKey, keyIdOf } from '../../../core/signing.js';
import { verifyMessageLog, verifyRecord } from './verify.js';
import { archiveExpired, verifyArchive } from './archive.js';

function option(args: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === name && args[i + 1] !== undefined) values.push(args[++i]!);
  return values;
}

/** Exit status 0 when intact, 1 when the log was tampered with, 2 on a usage error. */
export async function verifyLogCommand(db: Db, config: Config, args: string[]): Promise<number> {
  const keys = new Map<string, KeyObject>();
  for (const file of option(args, '--public-key')) {
    // A private key file is accepted too: its public half is what verifies.
    const key = createPublicKey(fs.readFileSync(file, 'utf8'));
    keys.set(keyIdOf(key), key);
  }
  const archive = option(args, '--archive')[0];
  if (archive !== undefined) {
    // Offline: no database is read; without --public-key the archive's own keys are used, and said to be.
    const result = await verifyArchive(archive, keys);
    if (result.selfAssertedKeys.length > 0) console.log(`warning: trusting the key(s) the archive names (${result.selfAssertedKeys.join(', ')}); pass --public-key to check its origin`);
    if (result.ok) {
      console.log(`Archive intact: ${result.records} records, each proven by a signed seal.`);
      return 0;
    }
    console.error(`Archive BROKEN (${result.records} records):`);
    for (const p of result.problems.slice(0, 100)) console.error(`  ${p}`);
    return 1;
  }
  if (keys.size === 0) {
    const own = existingSigningKey({ pem: config.signingKey, file: signingKeyFileOf(config) });
    if (!own) {
      console.error('No trusted key: pass --public-key FILE (the platform\u2019s public key), or configure SIGNING_KEY / SIGNING_KEY_FILE.');
      return 2;
    }
    keys.set(own.keyId, own.publicKey);
    console.log(`Trusting this installation\u2019s signing key ${own.keyId}; pass --public-key to check against a key kept elsewhere.`);
  }
  const record = option(args, '--record')[0];
  if (record !== undefined) {
    const checks = await verifyRecord(db, record, keys);
    if (checks.length === 0) {
      console.error(`No message-log record with X-Road-Request-Id or X-Road-Id "${record}".`);
      return 1;
    }
    for (const c of checks) console.log(`record ${c.seq}: ${c.ok ? 'intact (its hash, inclusion proof and signed seal verify)' : `BROKEN — ${c.problems.join('; ')}`}`);
    return checks.every((c) => c.ok) ? 0 : 1;
  }
  const sealFile = option(args, '--seal-file')[0] ?? config.env.EXCHANGE_LOG_SEAL_FILE ?? besideDataDir(config, 'exchange-log-seals.jsonl');
  const result = await verifyMessageLog(db, { keys, sealFile });
  for (const w of result.warnings) console.log(`warning: ${w}`);
  if (result.ok) {
    console.log(`Message log intact: ${result.records} records in ${result.batches} signed batches.`);
    return 0;
  }
  console.error(`Message log BROKEN (${result.records} records, ${result.batches} batches checked):`);
  for (const p of result.problems) console.error(`  ${JSON.stringify(p)}`);
  return 1;
}

/** `kientruc archive-log --dir DIR`: archive the records past their retention, then prune them. */
export async function archiveLogCommand(db: Db, config: Config, args: string[]): Promise<number> {
  const dir = option(args, '--dir')[0];
  if (!dir) {
    console.error('archive-log needs --dir DIR, where the signed archives are written.');
    return 2;
  }
  const key = existingSigningKey({ pem: config.signingKey, file: signingKeyFileOf(config) });
  if (!key) {
    console.error('No signing key (SIGNING_KEY or SIGNING_KEY_FILE): an archive must be signed.');
    return 2;
  }
  const result = await archiveExpired(db, key, dir);
  console.log(result.file ? `Archived and pruned ${result.records} records: ${result.file}` : 'No record is past its retention.');
  return 0;
}
