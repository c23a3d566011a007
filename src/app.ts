import { randomUUID } from 'node:crypto';
import http from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { auditCheckpointFileOf, signingKeyFileOf, type Config } from './core/config.js';
import { loadSigningKey } from './core/signing.js';
import { startAuditSealer } from './core/audit-seal.js';
import type { Database } from './core/db.js';
import { ErrorSchema, frameworkErrorHandler, installErrorHandling } from './core/http.js';
import { sharedSchemaController } from './core/schema-compilers.js';
import { createMetrics } from './core/metrics.js';
import { AccessLogWriter } from './core/access-log.js';
import { Extensions, modulesForRole, type ModuleDefinition, type ProcessRole, type RawRoute } from './core/module.js';
import { securityPlugin } from './core/plugins/security.js';
import { openApiPlugin } from './core/plugins/openapi.js';
import { identityPlugin } from './core/plugins/identity.js';
import { observabilityPlugin } from './core/plugins/observability.js';
import { webUiPlugin } from './core/plugins/web-ui.js';
import { authRoutes, authSchemas } from './core/auth/routes.js';
import { logRoutes } from './core/log-routes.js';
import { modules as allModules } from './modules/index.js';
import { agencyExists } from './modules/framework/api.js';

export interface BuildOptions {
  config: Config;
  database: Database;
  /** Pino logger options; false silences the app (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Which modules this process serves (`kientruc serve --role`); all by default. */
  role?: ProcessRole;
  /** The module list to choose from; the platform's own by default. */
  modules?: readonly ModuleDefinition[];
}

const coreTags = [
  { name: 'system', description: 'Health, metrics and this document' },
  { name: 'auth', description: 'Login, sessions, API tokens, OpenID Connect' },
  { name: 'users', description: 'User accounts and roles' },
  { name: 'logs', description: 'Access log (lưu vết truy cập) and audit trail' },
];

/** Assembles the app: core plugins, then each module of the role, lower modules first, then the web UI. */
export async function buildApp({ config, database, logger, role = 'all', modules = allModules }: BuildOptions): Promise<FastifyInstance> {
  // Raw routes are known only once the modules are registered; the server looks them up per request.
  const rawRoutes: RawRoute[] = [];
  const app = Fastify({
    serverFactory: (handler) =>
      http.createServer((req, res) => {
        const url = req.url ?? '/';
        for (const route of rawRoutes) {
          for (const prefix of route.prefixes) {
            if (prefix.endsWith('/') ? url.startsWith(prefix) : url === prefix || url.startsWith(`${prefix}?`)) return route.handle(req, res);
          }
        }
        handler(req, res);
      }),
    logger: logger ?? {
      level: config.logLevel,
      // Credentials never reach the logs.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    frameworkErrors: frameworkErrorHandler,
    schemaController: sharedSchemaController,
  });

  const served = modulesForRole(modules, role);
  // A bad value of a module's setting stops start-up here, naming the variable.
  const settings = new Map(served.filter((m) => m.settings).map((m) => [m.id, m.settings!.read(config.env, config.moduleSettings[m.id])]));
  const signingKey = loadSigningKey({ pem: config.signingKey, file: signingKeyFileOf(config) });
  const extensions = new Extensions();
  for (const module of served) module.connect?.({ config, database, extensions, settings, log: app.log });
  app.decorate('ctx', {
    config,
    database,
    db: database.db,
    metrics: createMetrics(),
    accessLog: new AccessLogWriter(database.db, app.log, config.accessLogRetentionDays),
    extensions,
    signingKey,
    settings,
    modules: served,
    agencyExists: (id: string) => agencyExists(database.db, id),
  });

  const sealer = startAuditSealer(database.db, signingKey, {
    intervalSeconds: config.auditSealIntervalSeconds,
    checkpointFile: auditCheckpointFileOf(config),
    onError: (err) => app.log.error({ err }, 'audit checkpoint failed'),
  });
  // The last changes are sealed before the database closes.
  app.addHook('onClose', () => sealer.stop());

  installErrorHandling(app);
  app.addSchema(ErrorSchema);
  for (const schema of [...authSchemas, ...served.flatMap((m) => m.schemas ?? [])]) app.addSchema(schema);

  await app.register(securityPlugin);
  await app.register(openApiPlugin, { tags: [...coreTags, ...served.flatMap((m) => m.tags)] });
  await app.register(identityPlugin);
  await app.register(observabilityPlugin);
  await app.register(authRoutes);
  await app.register(logRoutes);
  for (const module of served) await app.register(module.routes, { prefix: module.prefix });
  for (const module of served) if (module.rawRoutes) rawRoutes.push(...(await module.rawRoutes(app)));
  // The gateway process serves the exchange alone; the web UI comes from the API processes.
  if (role !== 'gateway') await app.register(webUiPlugin);
  return app;
}
