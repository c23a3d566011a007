import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Page, PageQuery, Nullable } from './http.js';
import { requireUser } from './auth/principal.js';
import { corePolicy } from './auth/access.js';
import { queryAccessLog } from './access-log.js';
import { queryAuditTrail } from './audit.js';
import { verifyAuditTrail } from './audit-seal.js';
import { auditCheckpointFileOf } from './config.js';

const AccessEntry = Type.Object(
  {
    id: Type.Integer(),
    at: Type.String({ format: 'date-time' }),
    requestId: Type.String(),
    userId: Nullable(Type.String()),
    tokenId: Nullable(Type.String()),
    ip: Type.String(),
    method: Type.String(),
    path: Type.String(),
    status: Type.Integer(),
    durationMs: Type.Number(),
    userAgent: Nullable(Type.String()),
  },
  { title: 'AccessLogEntry' },
);

const AuditEntry = Type.Object(
  {
    seq: Type.Integer(),
    at: Type.String({ format: 'date-time' }),
    actorId: Nullable(Type.String()),
    actorLabel: Type.String(),
    action: Type.String(),
    entity: Type.String(),
    entityId: Type.String(),
    before: Type.Unknown(),
    after: Type.Unknown(),
    requestId: Nullable(Type.String()),
    prevHash: Type.String(),
    hash: Type.String(),
  },
  { title: 'AuditEntry' },
);

export async function logRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;

  app.get(
    '/api/v1/access-log',
    {
      schema: {
        operationId: 'listAccessLog',
        summary: 'Access log: every request, newest first (administrators)',
        tags: ['logs'],
        querystring: Type.Object({
          userId: Type.Optional(Type.String({ format: 'uuid' })),
          method: Type.Optional(Type.String({ maxLength: 10, pattern: '^[A-Za-z]+$' })),
          path: Type.Optional(Type.String({ maxLength: 500, description: 'Path prefix' })),
          status: Type.Optional(Type.Integer({ minimum: 100, maximum: 599 })),
          from: Type.Optional(Type.String({ format: 'date-time' })),
          to: Type.Optional(Type.String({ format: 'date-time' })),
          ...PageQuery,
        }),
        response: { 200: Page(AccessEntry, 'AccessLogPage'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      corePolicy.require(requireUser(request), 'logs.read');
      await app.ctx.accessLog.flush();
      const q = request.query;
      const { items, total } = await queryAccessLog(db, {
        userId: q.userId,
        method: q.method,
        pathPrefix: q.path,
        status: q.status,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        limit: q.limit,
        offset: q.offset,
      });
      return { items: items.map((e) => ({ ...e, at: e.at.toISOString() })), total, limit: q.limit, offset: q.offset };
    },
  );

  app.get(
    '/api/v1/audit',
    {
      schema: {
        operationId: 'listAuditTrail',
        summary: 'Audit trail: every change with before and after, newest first (administrators)',
        tags: ['logs'],
        querystring: Type.Object({
          entity: Type.Optional(Type.String({ maxLength: 100 })),
          entityId: Type.Optional(Type.String({ maxLength: 200 })),
          actorId: Type.Optional(Type.String({ format: 'uuid' })),
          ...PageQuery,
        }),
        response: { 200: Page(AuditEntry, 'AuditPage'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      corePolicy.require(requireUser(request), 'logs.read');
      const q = request.query;
      const { items, total } = await queryAuditTrail(db, q);
      return { items: items.map((e) => ({ ...e, at: e.at.toISOString() })), total, limit: q.limit, offset: q.offset };
    },
  );

  app.get(
    '/api/v1/audit/verify',
    {
      schema: {
        operationId: 'verifyAuditTrail',
        summary: 'Check the audit trail: its hash chain and its signed checkpoints (administrators)',
        tags: ['logs'],
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            checked: Type.Integer({ description: 'Entries of the chain checked' }),
            checkpoints: Type.Integer({ description: 'Signed checkpoints checked (database and file)' }),
            sealedSeq: Type.Integer({ description: 'The newest entry a valid checkpoint vouches for' }),
            unsealed: Type.Integer({ description: 'Sequence numbers after it, protected by the chain alone until the next checkpoint' }),
            problems: Type.Array(Type.Object({ seq: Type.Integer(), problem: Type.String(), counter: Type.Optional(Type.Integer()) })),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => {
      corePolicy.require(requireUser(request), 'logs.read');
      const { signingKey } = app.ctx;
      return verifyAuditTrail(db, { publicKey: signingKey.publicKey, keyId: signingKey.keyId, checkpointFile: auditCheckpointFileOf(app.ctx.config) });
    },
  );
}
