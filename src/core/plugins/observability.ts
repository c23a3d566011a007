import fp from 'fastify-plugin';
import { Type } from '@sinclair/typebox';
import { ping } from '../db.js';
import { AppError } from '../errors.js';
import { ErrorSchema } from '../http.js';
import { packageVersion } from '../version.js';
import { isStaticAsset } from './web-ui.js';

/** Metrics and the access log ("lưu vết truy cập") for every request; /health and /metrics. */
export const observabilityPlugin = fp(
  async (app) => {
    const { metrics, accessLog, database } = app.ctx;

    app.addHook('onResponse', async (request, reply) => {
      const durationMs = reply.elapsedTime;
      const route = request.routeOptions.url ?? 'unmatched';
      metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
      metrics.duration.observe({ method: request.method, route }, durationMs / 1000);
      // The access log records who called the API and opened which page; the app's own script and style files
      // would drown that (a page view fetches a dozen), so they are counted in the metrics only.
      const path = request.url.split('?')[0]?.slice(0, 2000) ?? '';
      if (isStaticAsset(path)) return;
      accessLog.add({
        at: new Date(),
        requestId: request.id,
        userId: request.principal?.userId ?? null,
        tokenId: request.principal?.tokenId ?? null,
        ip: request.ip,
        method: request.method,
        path,
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
  },
  { name: 'kientruc-observability', dependencies: ['kientruc-openapi'] },
);
