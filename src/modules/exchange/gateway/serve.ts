// Assembles the gateway of one process: its directory, quota counter, log committer and the raw routes /r1/…,
// /listClients and /oauth2/token (docs/exchange-protocol.md §3.2, §8).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { besideDataDir } from '../../../core/config.js';
import type { RawRoute } from '../../../core/module.js';
import * as framework from '../../framework/api.js';
import * as registry from '../../registry/api.js';
import { issueToken, secretMatches } from '../credentials.js';
import { LogCommitter } from '../message-log/committer.js';
import type { MonitoringRecord } from '../message-log/record.js';
import { currentDescription } from '../services.js';
import { exchangeGatewaySettings } from '../settings.js';
import { Directory } from './directory.js';
import { listClients } from './metadata.js';
import { createGateway } from './proxy.js';
import { errorBody, gatewayErrors, type GatewayError } from './errors.js';
import { randomUUID } from 'node:crypto';
import { InProcessQuota, RedisQuota, type QuotaCounter } from './quota.js';
import { monitoringMetrics, NatsPublisher } from './monitoring-sinks.js';

const FORM_LIMIT = 8 * 1024;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** An X-Road error with our vi/en message (errors.ts), with the status of this route. */
function sendError(res: ServerResponse, status: number, error: GatewayError, headers: Record<string, string> = {}): void {
  const requestId = randomUUID();
  const body = errorBody(error, requestId);
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(body), 'x-road-error': error.type, 'x-road-request-id': requestId, ...headers });
  res.end(body);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > FORM_LIMIT) return null;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function formDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

export async function gatewayRawRoutes(app: FastifyInstance): Promise<RawRoute[]> {
  const { db, config, signingKey } = app.ctx;
  const settings = exchangeGatewaySettings.of(app.ctx);
  const directory = new Directory(db, settings.directoryStalenessMs);
  const committer = new LogCommitter(db, signingKey, settings.sealFile ?? besideDataDir(config, 'exchange-log-seals.jsonl'), (err) => app.log.error({ err }, 'message log flush failed'));
  const quota: QuotaCounter = settings.redisUrl ? new RedisQuota(settings.redisUrl, (err) => app.log.warn({ err }, 'Redis unavailable: quotas counted in this process')) : new InProcessQuota();
  const observe = monitoringMetrics(app.ctx.metrics.registry);
  const nats = settings.natsUrl ? new NatsPublisher(settings.natsUrl, app.log) : null;
  // Calls between registered systems, reported to the registry in batches: its LGSP rule (II.2(1)) reads them.
  const traffic = new Map<string, registry.TrafficReport>();
  const countTraffic = (records: readonly MonitoringRecord[]) => {
    const snapshot = directory.peek();
    if (!snapshot) return;
    for (const r of records) {
      if (!r.succeeded || !r.clientXRoadInstance || !r.serviceCode) continue;
      const client = snapshot.clients.get(`${r.clientXRoadInstance}/${r.clientMemberClass}/${r.clientMemberCode}/${r.clientSubsystemCode}`);
      const provider = snapshot.clients.get(`${r.serviceXRoadInstance}/${r.serviceMemberClass}/${r.serviceMemberCode}/${r.serviceSubsystemCode}`);
      if (!client || !provider || client.systemId === provider.systemId) continue;
      const key = `${client.systemId} ${provider.systemId}`;
      const at = new Date(r.requestInTs);
      const entry = traffic.get(key);
      if (entry) {
        entry.calls++;
        if (at > entry.lastAt) entry.lastAt = at;
      } else traffic.set(key, { fromSystemId: client.systemId, toSystemId: provider.systemId, calls: 1, firstAt: at, lastAt: at });
    }
  };
  const reportTraffic = async () => {
    if (traffic.size === 0) return;
    const reports = [...traffic.values()];
    traffic.clear();
    await registry.recordIntegrationTraffic(db, reports).catch((err: unknown) => app.log.warn({ err }, 'traffic report to the registry failed'));
  };
  const reporter = setInterval(() => void reportTraffic(), settings.trafficReportMs);
  reporter.unref();
  committer.onCommitted = (records) => {
    observe(records);
    nats?.push(records);
    countTraffic(records);
  };
  const issuer = config.publicUrl;

  const gateway = createGateway({
    directory,
    committer,
    quota,
    currentKey: signingKey,
    tokenIssuer: issuer,
    publicUrl: config.publicUrl,
    log: app.log,
    description: (serviceId) => {
      return (async () => {
        const snapshot = await directory.current();
        const service = [...snapshot.services.values()].find((s) => s.id === serviceId);
        return service ? currentDescription(db, serviceId, `${config.publicUrl}/r1/${service.identifier}`) : null;
      })();
    },
  });

  // A change through this process's management API is seen by its gateway at once; other processes see it within
  // directoryStalenessMs (the stamp). onSend runs after the handler's transaction committed, before the answer leaves.
  app.addHook('onSend', async (request) => {
    if (request.method !== 'GET' && request.url.startsWith('/api/v1/exchange/')) directory.invalidate();
  });

  app.addHook('onClose', async () => {
    await committer.close();
    clearInterval(reporter);
    await reportTraffic();
    await gateway.close();
    await quota.close();
    await nats?.close();
  });

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, { error: 'invalid_request', error_description: 'POST only' }, { allow: 'POST' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return send(res, 400, { error: 'invalid_request', error_description: 'The body must be application/x-www-form-urlencoded' });
    }
    const form = await readForm(req);
    if (!form) return send(res, 413, { error: 'invalid_request', error_description: 'The body is too large' }, { connection: 'close' });
    if (form.get('grant_type') !== 'client_credentials') return send(res, 400, { error: 'unsupported_grant_type', error_description: 'Only client_credentials is supported' });
    let clientId = form.get('client_id');
    let clientSecret = form.get('client_secret');
    const authorization = req.headers.authorization;
    if (authorization?.startsWith('Basic ')) {
      const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) {
        // RFC 6749 §2.3.1: both parts are form-urlencoded inside the Basic credentials.
        clientId = formDecoded(decoded.slice(0, colon));
        clientSecret = formDecoded(decoded.slice(colon + 1));
      }
    }
    const invalidClient = () => send(res, 401, { error: 'invalid_client', error_description: 'Unknown, revoked or expired client, or a wrong secret' }, { 'www-authenticate': 'Basic realm="lgsp"' });
    if (!clientId || !clientSecret) return invalidClient();
    const snapshot = await directory.current();
    const credential = snapshot.credentialsByKeyId.get(clientId);
    if (!credential || credential.type !== 'oauth_client' || !secretMatches(clientSecret, credential.secretSha256)) return invalidClient();
    if (credential.expiresAt !== null && credential.expiresAt <= Date.now()) return invalidClient();
    const lifetime = Math.max(1, Math.min(settings.tokenLifetimeSeconds, 3600));
    const accessToken = await issueToken(signingKey, issuer, credential.client, clientId, lifetime);
    send(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: lifetime });
  }

  async function clients(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, gatewayErrors.badRequest('listClients chỉ nhận GET.', 'listClients takes GET only'), { allow: 'GET' });
    const url = new URL(req.url ?? '/', 'http://gateway');
    const instance = url.searchParams.get('instanceId') ?? url.searchParams.get('xRoadInstance');
    const snapshot = await directory.current();
    if (instance !== null && instance !== 'VN-HY') return send(res, 200, { member: [] });
    const agencies = await framework.listAgencies(db, { limit: 100_000, offset: 0 });
    const names = new Map(agencies.items.map((a) => [a.id, a.name.vi]));
    send(res, 200, listClients(snapshot, names));
  }

  const guarded = (fn: (req: IncomingMessage, res: ServerResponse) => Promise<void>) => (req: IncomingMessage, res: ServerResponse) => {
    fn(req, res).catch((err: unknown) => {
      app.log.error({ err }, 'gateway route failed');
      if (!res.headersSent) sendError(res, 500, gatewayErrors.internal());
      else res.destroy();
    });
  };

  return [
    { prefixes: ['/r1/'], handle: gateway.handle },
    { prefixes: ['/listClients'], handle: guarded(clients) },
    { prefixes: ['/oauth2/token'], handle: guarded(token) },
  ];
}
