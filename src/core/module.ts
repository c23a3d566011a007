import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { TSchema } from '@sinclair/typebox';
import type { Config } from './config.js';
import type { Database, Db } from './db.js';
import type { Policy } from './access.js';
import type { ModuleSettings } from './settings.js';

/**
 * What a process serves: `kientruc serve --role api` the API and web UI, `--role gateway` the LGSP gateway alone.
 * A module lists the roles it belongs to; `all` serves every module.
 */
export const processRoles = ['all', 'api', 'gateway'] as const;
export type ProcessRole = (typeof processRoles)[number];

/**
 * A typed hook a lower module offers to the modules above it (Backstage's extension points): the dictionary asks
 * "where is this element used?" without knowing the registry. The point is a token; implementations are added
 * per app when it is assembled, so two apps in one process (tests) never share them.
 */
export interface ExtensionPoint<T> {
  readonly id: string;
  /** Never set: carries the implementation's type. */
  readonly _type?: T;
}

export function createExtensionPoint<T>(id: string): ExtensionPoint<T> {
  return { id };
}

/** The implementations of every extension point of one app. */
export class Extensions {
  private readonly byPoint = new Map<string, unknown[]>();

  add<T>(point: ExtensionPoint<T>, implementation: T): void {
    const list = this.byPoint.get(point.id) ?? [];
    list.push(implementation);
    this.byPoint.set(point.id, list);
  }

  all<T>(point: ExtensionPoint<T>): readonly T[] {
    return (this.byPoint.get(point.id) ?? []) as T[];
  }
}

export interface SeedOptions {
  /** Optional data sets to load besides the module's own reference data, e.g. "known-systems". */
  optionalSets: ReadonlySet<string>;
}

export interface ModuleSeed {
  /** The data files it loads: a change to any of them makes start-up load the seed again. */
  files(options: SeedOptions): string[];
  /** Loads them (idempotently); returns counts for the console. */
  run(db: Db, options: SeedOptions): Promise<Record<string, unknown>>;
}

/** What a module receives when the app is assembled. */
export interface ModuleEnvironment {
  config: Config;
  database: Database;
  extensions: Extensions;
  /** Every served module's settings, read before any module connects. */
  settings: ReadonlyMap<string, unknown>;
  log: FastifyBaseLogger;
}

/**
 * Requests a module answers on the HTTP server itself, before Fastify: the LGSP gateway streams bodies it must not
 * parse and answers in X-Road's shapes, not the API's.
 */
export interface RawRoute {
  /** Path prefixes (or whole paths) it answers, e.g. "/r1/". */
  prefixes: readonly string[];
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/** One capability of the platform, declared in its folder's index.ts and listed once in src/modules/index.ts. */
export interface ModuleDefinition {
  id: string;
  /** OpenAPI tags of its operations. */
  tags: { name: string; description: string }[];
  /** URL prefix its routes are registered under, e.g. /api/v1/registry. */
  prefix: string;
  routes: FastifyPluginAsync;
  /** Schemas with an $id, added once so responses can refer to them. */
  schemas?: TSchema[];
  /** Its tables (its schema.ts); the migrations in drizzle/ are generated from them. */
  tables: Record<string, unknown>;
  seed?: ModuleSeed;
  /** Its own settings, read from the environment and validated when the app is assembled. */
  settings?: ModuleSettings;
  /** The rights it defines; /api/v1/auth/me tells the web app what the caller may do with them. */
  policy?: Policy<string>;
  /** Process roles that serve it. */
  roles: readonly ProcessRole[];
  /** Extension points it offers to the modules above it. */
  extensionPoints?: ExtensionPoint<unknown>[];
  /** Raw routes (see RawRoute), made once the app's context exists; they close with the app. */
  rawRoutes?(app: FastifyInstance): Promise<RawRoute[]>;
  /** Implements extension points of the modules below it; runs before any route is registered. */
  connect?(environment: ModuleEnvironment): void;
}

export function defineModule(definition: ModuleDefinition): ModuleDefinition {
  return definition;
}

/** The modules a process of this role serves, in the order listed (lower modules first). */
export function modulesForRole(modules: readonly ModuleDefinition[], role: ProcessRole): ModuleDefinition[] {
  return role === 'all' ? [...modules] : modules.filter((m) => m.roles.includes(role));
}
