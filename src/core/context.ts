import type { Config } from './config.js';
import type { Database, Db } from './db.js';
import type { Metrics } from './metrics.js';
import type { AccessLogWriter } from './access-log.js';
import type { AgencyCheck } from './auth/service.js';
import type { Extensions, ModuleDefinition } from './module.js';
import type { SigningKey } from './signing.js';

/** What every route plugin receives: decorated once on the root instance. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  metrics: Metrics;
  accessLog: AccessLogWriter;
  /** Answers from higher modules that core needs, registered when the app is assembled. */
  agencyExists: AgencyCheck;
  /** Implementations of the modules' extension points, added when the app is assembled. */
  extensions: Extensions;
  /** The platform's Ed25519 key: seals the audit trail (and will sign the LGSP message log). */
  signingKey: SigningKey;
  /** Each served module's own settings, by module id (read them with the module's defineSettings). */
  settings: ReadonlyMap<string, unknown>;
  /** The modules this process serves, lower ones first. */
  modules: readonly ModuleDefinition[];
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
