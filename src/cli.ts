import fs from 'node:fs';
import path from 'node:path';
import { auditCheckpointFileOf, loadConfig, maintenanceFileOf, signingKeyFileOf } from './core/config.js';
import { existingSigningKey } from './core/signing.js';
import { verifyAuditTrail } from './core/audit-seal.js';
import { openDatabase, runMigrations, type Database } from './core/db.js';
import { backupDatabase, restoreDatabase } from './core/backup.js';
import { verifyAuditChain } from './core/audit.js';
import { processRoles, type ProcessRole } from './core/module.js';

// The app and the modules are loaded only by the commands that use them (serve, seed, demo, openapi): loading
// them takes longer than a backup or an audit check of a small database.
const loadSetup = () => import('./setup.js');
const loadApp = () => import('./app.js');

const usage = `kientruc — nền tảng kiến trúc số tỉnh Hưng Yên

Usage: kientruc <command>
  serve [--role R] migrate, seed on first start, and serve API and web UI (default); R chooses the modules
                   this process serves: all (default), api, gateway
  migrate          apply database migrations
  seed             load the Hưng Yên framework, roadmap, agencies and administrative units
  backup FILE      write all data to FILE (gzipped JSON lines)
  restore FILE     replace all data with FILE's
  verify-audit     check the audit trail's hash chain and signed checkpoints; exit 1 if it was tampered with
  verify-log [--public-key FILE]… [--record ID | --archive FILE] [--seal-file FILE]
                   check the LGSP message log (every record, batch root and signed seal), one record by its
                   inclusion proof, or an archive offline; exit 1 if it was tampered with
  archive-log --dir DIR
                   write the message-log records past their service's retention to a signed archive, then prune them
  maintenance on|off  drain this server: /health answers 503 while on (the LGSP gateway keeps answering calls)
  demo [N]         add N generated systems (default 300) to the registry, for demos and benchmarks
  openapi          print the OpenAPI document

Configuration comes from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, ADMIN_EMAIL,
ADMIN_PASSWORD, PUBLIC_URL, SESSION_TTL_HOURS, BODY_LIMIT_BYTES, LOG_LEVEL, OIDC_* (see README).`;

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...args] = argv;
  const config = loadConfig();
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(usage);
    return 0;
  }
  if (command === 'openapi') {
    const database = await openDatabase({ dataDir: 'memory://' });
    const { buildApp } = await loadApp();
    const app = await buildApp({ config, database, logger: false });
    await app.ready();
    // Wait until the document is flushed: exiting with a pipe still full would cut it short.
    await new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`, () => resolve()));
    await app.close();
    await database.close();
    return 0;
  }
  if (command === 'maintenance') {
    // Before the database is opened: the embedded one is the running server's alone.
    const file = maintenanceFileOf(config);
    if (!file) throw new Error('maintenance needs MAINTENANCE_FILE or a DATA_DIR on disk');
    if (args[0] === 'on') {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${new Date().toISOString()}\n`);
      console.log(`Maintenance on (${file}): /health answers 503 within HEALTH_CACHE_MS.`);
    } else if (args[0] === 'off') {
      fs.rmSync(file, { force: true });
      console.log('Maintenance off.');
    } else throw new Error('maintenance takes on or off');
    return 0;
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    switch (command) {
      case 'serve':
        return await serve(config, database, roleOf(args));
      case 'migrate':
        await runMigrations(database);
        console.log(`Migrations applied (${database.kind}: ${database.location}).`);
        return 0;
      case 'seed': {
        await runMigrations(database);
        const { seedIfNeeded } = await loadSetup();
        const result = await seedIfNeeded(database, { force: true, knownSystems: config.seedKnownSystems });
        console.log('Seed loaded:', JSON.stringify(result.counts));
        return 0;
      }
      case 'backup': {
        const file = requireFile(args);
        const result = await backupDatabase(database.db, file);
        console.log(`Backup written to ${file}: ${result.rows} rows from ${result.tables} tables.`);
        return 0;
      }
      case 'restore': {
        const file = requireFile(args);
        await runMigrations(database);
        const result = await restoreDatabase(database.db, file);
        console.log(`Restored ${result.rows} rows into ${result.tables} tables from ${file}.`);
        // The restored trail carries its own checkpoints; later ones describe a history that was replaced on purpose.
        const checkpoints = auditCheckpointFileOf(config);
        if (checkpoints && fs.existsSync(checkpoints)) {
          const kept = `${checkpoints}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
          fs.renameSync(checkpoints, kept);
          console.log(`Audit checkpoints of the replaced history kept in ${kept}.`);
        }
        return 0;
      }
      case 'demo': {
        const count = Number(args[0] ?? 300);
        if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error('demo takes a number of systems from 1 to 100000');
        const [{ prepareDatabase }, { generateDemoSystems }] = await Promise.all([loadSetup(), import('./modules/registry/api.js')]);
        await prepareDatabase(database, config);
        const result = await generateDemoSystems(database.db, count);
        console.log(`Demo data: ${result.systems} systems and ${result.relations} relations added.`);
        return 0;
      }
      case 'verify-audit': {
        const key = existingSigningKey({ pem: config.signingKey, file: signingKeyFileOf(config) });
        if (!key) {
          const chain = await verifyAuditChain(database.db);
          console.error('No signing key (SIGNING_KEY or SIGNING_KEY_FILE): only the hash chain is checked, not the signed checkpoints.');
          return reportAudit(chain.ok, chain.checked, chain.problems);
        }
        const result = await verifyAuditTrail(database.db, { publicKey: key.publicKey, keyId: key.keyId, checkpointFile: auditCheckpointFileOf(config) });
        if (result.ok) console.log(`Checkpoints: ${result.checkpoints} signed (key ${key.keyId}), sealed up to entry ${result.sealedSeq}; ${result.unsealed} newer not yet sealed.`);
        return reportAudit(result.ok, result.checked, result.problems);
      }
      case 'verify-log': {
        const { verifyLogCommand } = await import('./modules/exchange/message-log/verify-command.js');
        return await verifyLogCommand(database.db, config, args);
      }
      case 'archive-log': {
        const { archiveLogCommand } = await import('./modules/exchange/message-log/verify-command.js');
        return await archiveLogCommand(database.db, config, args);
      }
      default:
        console.error(`Unknown command "${command}".\n\n${usage}`);
        return 2;
    }
  } finally {
    if (command !== 'serve') await database.close();
  }
}

function reportAudit(ok: boolean, checked: number, problems: { seq: number; problem: string; counter?: number }[]): number {
  if (ok) {
    console.log(`Audit trail intact: ${checked} entries checked.`);
    return 0;
  }
  console.error(`Audit trail BROKEN (${checked} entries checked):`);
  for (const p of problems) console.error(`  entry ${p.seq}${p.counter ? ` (checkpoint ${p.counter})` : ''}: ${p.problem}`);
  return 1;
}

function requireFile(args: string[]): string {
  const file = args[0];
  if (!file) throw new Error('missing FILE argument');
  return file;
}

function roleOf(args: string[]): ProcessRole {
  const at = args.indexOf('--role');
  if (at < 0) return 'all';
  const role = args[at + 1];
  if (!processRoles.includes(role as ProcessRole)) throw new Error(`--role takes one of: ${processRoles.join(', ')}`);
  return role as ProcessRole;
}

async function serve(config: ReturnType<typeof loadConfig>, database: Database, role: ProcessRole): Promise<number> {
  const [{ prepareDatabase }, { buildApp }] = await Promise.all([loadSetup(), loadApp()]);
  const { admin, seed } = await prepareDatabase(database, config);
  if (admin.generatedPassword) {
    // Shown once, on the console only: it is never written to the logs.
    process.stdout.write(
      `\n  Tài khoản quản trị đầu tiên / first administrator:\n    ${admin.email}\n    mật khẩu / password: ${admin.generatedPassword}\n  Hãy đổi mật khẩu sau khi đăng nhập. Change it after logging in.\n\n`,
    );
  }
  const app = await buildApp({ config, database, role });
  if (seed.seeded) app.log.info({ counts: seed.counts }, 'seed loaded');
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: database.kind, location: database.location, url: config.publicUrl }, 'Kiến trúc is serving');
  return -1; // keep running
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
