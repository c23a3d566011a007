import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import compress from '@fastify/compress';
import { Type } from '@sinclair/typebox';
import type { Config } from './core/config.js';
import { ping, type Database } from './core/db.js';
import { AppError, errors } from './core/errors.js';
import { ErrorSchema, installErrorHandling, installValidators } from './core/http.js';
import { createMetrics } from './core/metrics.js';
import { AccessLogWriter } from './core/access-log.js';
import { principalFromSession, principalFromToken } from './core/auth/service.js';
import { authRoutes, authSchemas, SESSION_COOKIE } from './core/auth/routes.js';
import { logRoutes } from './core/log-routes.js';
import { frameworkRoutes, frameworkSchemas } from './modules/framework/routes.js';
import { agencyExists } from './modules/framework/service.js';
import { registryRoutes } from './modules/registry/routes.js';
import { transferRoutes } from './modules/registry/transfer-routes.js';
import { registrySchemas } from './modules/registry/api-schemas.js';
import { dictionaryUsageProvider } from './modules/registry/service.js';
import { Extensions } from './core/module.js';
import { dictionaryUsageExtensionPoint } from './modules/dictionary/service.js';
import { dictionaryRoutes } from './modules/dictionary/routes.js';
import { dictionaryFileRoutes } from './modules/dictionary/file-routes.js';
import { dictionarySchemas } from './modules/dictionary/api-schemas.js';

const packageVersion = (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const STATIC_EXTENSIONS = /\.(js|mjs|css|map|json|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|txt|xml|webmanifest|geojson)$/i;

export interface BuildOptions {
  config: Config;
  database: Database;
  /** Pino logger options; false silences the app (tests). */
  logger?: boolean | Record<string, unknown>;
}

export async function buildApp({ config, database, logger }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      // Credentials never reach the logs.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
  });

  const metrics = createMetrics();
  const accessLog = new AccessLogWriter(database.db, app.log, config.accessLogRetentionDays);
  const extensions = new Extensions();
  extensions.add(dictionaryUsageExtensionPoint, dictionaryUsageProvider);
  app.decorate('ctx', { config, database, db: database.db, metrics, accessLog, extensions, agencyExists: (id: string) => agencyExists(database.db, id) });
  app.decorateRequest('principal', null);

  installValidators(app);
  installErrorHandling(app);
  app.addSchema(ErrorSchema);
  for (const schema of [...authSchemas, ...frameworkSchemas, ...registrySchemas, ...dictionarySchemas]) app.addSchema(schema);

  // Every route can answer a bad API token (401) and too many requests (429): say so once, for all.
  app.addHook('onRoute', (routeOptions) => {
    const schema = (routeOptions.schema ??= {});
    if (schema.hide) return;
    const response = (schema.response ??= {}) as Record<string, unknown>;
    response[401] ??= Type.Ref(ErrorSchema, { description: 'Not logged in, or the API token is not valid' });
    if (config.rateLimitPerMinute > 0) response[429] ??= Type.Ref(ErrorSchema, { description: 'Too many requests' });
  });

  await app.register(compress, { threshold: 2048 });
  await app.register(cookie);
  if (config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) =>
        new AppError(429, 'RATE_LIMITED', `Quá nhiều yêu cầu; hãy thử lại sau ${context.after}.`, `Too many requests; try again in ${context.after}.`),
    });
  }
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kiến trúc API',
        version: packageVersion,
        description:
          'Nền tảng kiến trúc số tỉnh Hưng Yên — the digital architecture platform of Hưng Yên province (Decision 2352/QĐ-UBND). ' +
          'Errors share one body: {code, message: {vi, en}, details}. Lists take limit and offset and return {items, total, limit, offset}.',
        license: { name: 'Proprietary (Hưng Yên province)', identifier: 'LicenseRef-HungYen' },
        contact: { name: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên' },
      },
      servers: [{ url: config.publicUrl, description: 'This server' }],
      tags: [
        { name: 'system', description: 'Health, metrics and this document' },
        { name: 'auth', description: 'Login, sessions, API tokens, OpenID Connect' },
        { name: 'users', description: 'User accounts and roles' },
        { name: 'logs', description: 'Access log (lưu vết truy cập) and audit trail' },
        { name: 'framework', description: 'The four layers of the framework and their components' },
        { name: 'agencies', description: 'Agencies and administrative units' },
        { name: 'roadmap', description: 'Roadmap tasks of section 2.1 and their progress' },
        { name: 'registry', description: 'IT application registry (task IV.1): systems, versions, relations, registration workflow, compliance' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Browser session; changes also need the X-CSRF-Token header' },
          bearer: { type: 'http', scheme: 'bearer', description: 'API token for machine clients' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });

  app.addHook('onRequest', async (request) => {
    await identify(app, request);
  });

  app.addHook('onResponse', async (request, reply) => {
    const durationMs = reply.elapsedTime;
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method: request.method, route }, durationMs / 1000);
    accessLog.add({
      at: new Date(),
      requestId: request.id,
      userId: request.principal?.userId ?? null,
      tokenId: request.principal?.tokenId ?? null,
      ip: request.ip,
      method: request.method,
      path: request.url.split('?')[0]?.slice(0, 2000) ?? '',
      status: reply.statusCode,
      durationMs,
      userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
    });
  });
  app.addHook('onClose', async () => {
    await accessLog.flush();
  });

  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Health: the service and its database',
        tags: ['system'],
        security: [],
        response: {
          200: Type.Object({ status: Type.Literal('ok'), version: Type.String(), database: Type.Object({ kind: Type.String(), latencyMs: Type.Number() }), uptimeSeconds: Type.Number() }),
          503: Type.Ref(ErrorSchema, { description: 'The database does not answer' }),
        },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      try {
        await ping(database.db);
      } catch {
        throw new AppError(503, 'DATABASE_UNAVAILABLE', 'Cơ sở dữ liệu không phản hồi.', 'The database does not answer.');
      }
      return reply.send({
        status: 'ok' as const,
        version: packageVersion,
        database: { kind: database.kind, latencyMs: Math.round((performance.now() - started) * 100) / 100 },
        uptimeSeconds: Math.round(process.uptime()),
      });
    },
  );

  app.get(
    '/metrics',
    {
      schema: {
        operationId: 'getMetrics',
        summary: 'Prometheus metrics',
        tags: ['system'],
        security: [],
        produces: ['text/plain'],
        response: { 200: Type.String({ description: 'Prometheus text exposition format' }) },
      },
    },
    async (_request, reply) => {
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  );

  app.get(
    '/openapi.json',
    {
      schema: {
        operationId: 'getOpenApi',
        summary: 'This API as OpenAPI 3.1',
        tags: ['system'],
        security: [],
        response: { 200: Type.Object({}, { additionalProperties: true, description: 'The OpenAPI document' }) },
      },
    },
    async () => app.swagger(),
  );

  await app.register(authRoutes);
  await app.register(logRoutes);
  await app.register(frameworkRoutes);
  await app.register(registryRoutes);
  await app.register(transferRoutes);
  await app.register(dictionaryRoutes);
  await app.register(dictionaryFileRoutes);
  await serveWebUi(app, config.webDir);
  return app;
}

/** Who is calling: a bearer API token, or the session cookie (which then needs a CSRF token to change anything). */
async function identify(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  const { db } = app.ctx;
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const principal = match?.[1] ? await principalFromToken(db, match[1]) : null;
    if (!principal) {
      throw new AppError(401, 'INVALID_TOKEN', 'Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.', 'The API token is not valid, has expired or was revoked.');
    }
    request.principal = principal;
    return;
  }
  const cookieValue = request.cookies[SESSION_COOKIE];
  if (!cookieValue) return;
  const principal = await principalFromSession(db, cookieValue);
  if (!principal) return; // an expired session reads as anonymous
  if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== principal.csrfToken && !isLogin(request)) {
    throw errors.csrf();
  }
  request.principal = principal;
}

function isLogin(request: FastifyRequest): boolean {
  return request.url === '/api/v1/auth/login';
}

/** The built React app, with every non-API path answered by index.html so deep links work. */
async function serveWebUi(app: FastifyInstance, webDir: string): Promise<void> {
  const index = path.join(webDir, 'index.html');
  if (!fs.existsSync(index)) {
    app.log.warn({ webDir }, 'web UI not built: run npm run build');
    return;
  }
  await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true } }, async (request: FastifyRequest, reply: FastifyReply) => {
    const urlPath = request.url.split('?')[0] ?? '/';
    // A missing asset is a 404; any other path is a page of the app ("/roadmap/IV.1" included).
    if (urlPath.startsWith('/api/') || urlPath.startsWith('/assets/') || STATIC_EXTENSIONS.test(urlPath)) {
      const body = { code: 'ROUTE_NOT_FOUND', message: { vi: `Không có đường dẫn ${urlPath}.`, en: `There is no route ${urlPath}.` } };
      return reply.status(404).send(body);
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
