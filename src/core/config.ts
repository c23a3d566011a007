import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database (PGlite); ignored when databaseUrl is set. */
  dataDir: string;
  /** postgres://… — when set, the same code runs on that PostgreSQL server. */
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Public base URL, used for OIDC redirects and cookie security. */
  publicUrl: string;
  sessionTtlHours: number;
  bodyLimitBytes: number;
  logLevel: string;
  /** Serve the built web UI from this folder when it exists. */
  webDir: string;
  oidc: OidcConfig | undefined;
  /** Requests per minute from one address; 0 turns the limit off (benchmarks). */
  rateLimitPerMinute: number;
  /** Login attempts per minute from one address. */
  loginRateLimitPerMinute: number;
  /** Behind a load balancer: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** Access-log entries older than this are deleted (0 keeps them for ever). */
  accessLogRetentionDays: number;
  /** Load the Hưng Yên seed on start (SEED=0 skips it). */
  seed: boolean;
  /** With the seed, load the province's systems known from public sources into the registry (unverified). */
  seedKnownSystems: boolean;
  /** The platform's Ed25519 signing key as PEM (SIGNING_KEY); else signingKeyFile. */
  signingKey: string | undefined;
  /** PEM file of the signing key (SIGNING_KEY_FILE; default DATA_DIR/signing-key.pem), created on first start. */
  signingKeyFile: string | undefined;
  /** Where signed audit checkpoints are also appended (AUDIT_CHECKPOINT_FILE; default DATA_DIR/audit-checkpoints.jsonl). */
  auditCheckpointFile: string | undefined;
  /** Seconds between signed checkpoints of the audit trail (AUDIT_SEAL_INTERVAL_SECONDS; 0: only at shutdown). */
  auditSealIntervalSeconds: number;
  /** Milliseconds /health keeps its answer (HEALTH_CACHE_MS). */
  healthCacheMs: number;
  /** While this file exists, /health answers 503 so a load balancer drains the server (MAINTENANCE_FILE; `kientruc maintenance on`). */
  maintenanceFile: string | undefined;
  /** The environment the modules read their own settings from (core/settings.ts). */
  env: NodeJS.ProcessEnv;
  /** Values that take precedence over the environment, by module id and setting (tests). */
  moduleSettings: Record<string, Record<string, number | string>>;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** Name shown on the login button, e.g. "VNeID". */
  displayName: string;
  /** Role given to a user created on first OIDC login. */
  defaultRole: 'viewer' | 'officer' | 'reviewer' | 'admin';
  /** Allow http:// issuers (development and tests only). */
  allowInsecure: boolean;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = intFrom(env.PORT, 3000, 'PORT');
  const oidcIssuer = env.OIDC_ISSUER;
  const oidc: OidcConfig | undefined = oidcIssuer
    ? {
        issuer: oidcIssuer,
        clientId: env.OIDC_CLIENT_ID ?? '',
        clientSecret: env.OIDC_CLIENT_SECRET || undefined,
        displayName: env.OIDC_NAME ?? 'OpenID Connect',
        defaultRole: parseRole(env.OIDC_DEFAULT_ROLE ?? 'viewer'),
        allowInsecure: env.OIDC_ALLOW_INSECURE === '1' || env.OIDC_ALLOW_INSECURE === 'true',
      }
    : undefined;
  if (oidc && !oidc.clientId) throw new Error('OIDC_CLIENT_ID is required when OIDC_ISSUER is set');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    sessionTtlHours: intFrom(env.SESSION_TTL_HOURS, 8, 'SESSION_TTL_HOURS'),
    bodyLimitBytes: intFrom(env.BODY_LIMIT_BYTES, 1024 * 1024, 'BODY_LIMIT_BYTES'),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: path.resolve(env.WEB_DIR ?? 'dist/web'),
    oidc,
    rateLimitPerMinute: intFrom(env.RATE_LIMIT_PER_MINUTE, 1200, 'RATE_LIMIT_PER_MINUTE'),
    loginRateLimitPerMinute: intFrom(env.LOGIN_RATE_LIMIT_PER_MINUTE, 20, 'LOGIN_RATE_LIMIT_PER_MINUTE'),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    accessLogRetentionDays: intFrom(env.ACCESS_LOG_RETENTION_DAYS, 365, 'ACCESS_LOG_RETENTION_DAYS'),
    seed: env.SEED !== '0',
    seedKnownSystems: env.SEED_KNOWN_SYSTEMS !== '0',
    signingKey: env.SIGNING_KEY || undefined,
    signingKeyFile: env.SIGNING_KEY_FILE || undefined,
    auditCheckpointFile: env.AUDIT_CHECKPOINT_FILE || undefined,
    auditSealIntervalSeconds: intFrom(env.AUDIT_SEAL_INTERVAL_SECONDS, 10, 'AUDIT_SEAL_INTERVAL_SECONDS'),
    healthCacheMs: intFrom(env.HEALTH_CACHE_MS, 2000, 'HEALTH_CACHE_MS'),
    maintenanceFile: env.MAINTENANCE_FILE || undefined,
    env,
    moduleSettings: {},
    ...overrides,
  };
}

function parseRole(value: string): OidcConfig['defaultRole'] {
  if (value === 'viewer' || value === 'officer' || value === 'reviewer' || value === 'admin') return value;
  throw new Error(`OIDC_DEFAULT_ROLE must be viewer, officer, reviewer or admin, got "${value}"`);
}

/**
 * The signing key and the audit checkpoints are kept beside the data folder, not in it: a copy of the database's
 * folder must not carry the key that vouches for it. An in-memory database (tests) keeps no files.
 */
export function besideDataDir(config: Config, name: string): string | undefined {
  if (config.dataDir.startsWith('memory://')) return undefined;
  return path.join(path.dirname(config.dataDir), `${path.basename(config.dataDir)}-keys`, name);
}

export function signingKeyFileOf(config: Config): string | undefined {
  return config.signingKeyFile ?? besideDataDir(config, 'signing-key.pem');
}

export function auditCheckpointFileOf(config: Config): string | undefined {
  return config.auditCheckpointFile ?? besideDataDir(config, 'audit-checkpoints.jsonl');
}

export function maintenanceFileOf(config: Config): string | undefined {
  return config.maintenanceFile ?? besideDataDir(config, 'maintenance');
}
