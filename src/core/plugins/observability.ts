import fp from 'fastify-plugin';
import { Type } from '@sinclair/typebox';
import { ping } from '../db.js';
import { AppError } from '../errors.js';
import { ErrorSchema } from '../http.js';
import fs from 'node:fs';
import { packageVersion } from '../version.js';
import { signText, verifyText } from '../signing.js';
import { maintenanceFileOf } from '../config.js';
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

    // A load balancer asks every second or so; the answer is kept for HEALTH_CACHE_MS so that asking costs nothing.
    const maintenanceFile = maintenanceFileOf(app.ctx.config);
    let cached: { at: number; result: HealthResult } | null = null;
    type HealthResult = { ok: true; body: { status: 'ok'; version: string; database: { kind: string; latencyMs: number }; uptimeSeconds: number } } | { ok: false; error: AppError };
    const check = async (): Promise<HealthResult> => {
      if (maintenanceFile && fs.existsSync(maintenanceFile)) {
        return { ok: false, error: new AppError(503, 'MAINTENANCE', 'Máy chủ đang bảo trì: bộ cân bằng tải chuyển yêu cầu sang máy khác.', 'This server is in maintenance: the load balancer sends requests elsewhere.') };
      }
      const started = performance.now();
      try {
        await ping(database.db);
      } catch {
        return { ok: false, error: new AppError(503, 'DATABASE_UNAVAILABLE', 'Cơ sở dữ liệu không phản hồi.', 'The database does not answer.') };
      }
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      // The key signs the message log's seals and the gateway's tokens: a server that cannot sign must not serve.
      const probe = `health ${Date.now()}`;
      if (!verifyText(app.ctx.signingKey.publicKey, probe, signText(app.ctx.signingKey, probe))) {
        return { ok: false, error: new AppError(503, 'SIGNING_KEY_UNUSABLE', 'Khoá ký của nền tảng không dùng được.', 'The platform\u2019s signing key does not work.') };
      }
      return { ok: true, body: { status: 'ok', version: packageVersion, database: { kind: database.kind, latencyMs }, uptimeSeconds: Math.round(process.uptime()) } };
    };
    const health = async (): Promise<HealthResult> => {
      if (cached && Date.now() - cached.at < app.ctx.config.healthCacheMs) return cached.result;
      const result = await check();
      cached = { at: Date.now(), result };
      return result;
    };

    app.get(
      '/health',
      {
        schema: {
          operationId: 'getHealth',
          summary: 'Health: the service, its database and signing key; 503 in maintenance (a load balancer drains the server)',
          tags: ['system'],
          security: [],
          response: {
            200: Type.Object({ status: Type.Literal('ok'), version: Type.String(), database: Type.Object({ kind: Type.String(), latencyMs: Type.Number() }), uptimeSeconds: Type.Number() }),
            503: Type.Ref(ErrorSchema, { description: 'In maintenance, the database does not answer, or the signing key does not work' }),
          },
        },
      },
      async (_request, reply) => {
        const result = await health();
        if (!result.ok) throw result.error;
        return reply.send(result.body);
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
