// Two agencies' systems on the exchange for the gateway tests: a provider with a published service in front of a
// local backend, and a consumer with a credential. Backends record what reached them.
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { sampleSystem } from '../../helpers/fixtures.js';

export const base = '/api/v1/exchange';

export interface ReceivedCall {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** An echo backend: answers {method, url, body} as JSON; /slow waits 2 s; records every call it received. */
export async function startBackend(): Promise<{ url: string; received: ReceivedCall[]; close(): Promise<void> }> {
  const received: ReceivedCall[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const answer = () => {
        const text = JSON.stringify({ method: req.method, url: req.url, body: body.toString('utf8') });
        res.writeHead(200, { 'content-type': 'application/json', server: 'backend/1.0', 'x-road-id': 'forged', connection: 'keep-alive' });
        res.end(text);
      };
      if (req.url?.startsWith('/api/slow')) setTimeout(answer, 2000);
      else if (req.url?.startsWith('/api/big')) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(Buffer.alloc(300 * 1024, 7));
      } else answer();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A TCP server that answers any request with bytes that are not HTTP. */
export async function startGarbageBackend(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => socket.end('NOT HTTP AT ALL\r\n\r\n'));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export const description = (title = 'Tra cứu hồ sơ') =>
  JSON.stringify({
    openapi: '3.0.3',
    info: { title, version: '1.3.0' },
    servers: [{ url: 'http://backend.internal/api' }],
    paths: {
      '/items/{id}': { get: { operationId: 'getItem', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'The item' } } } },
      '/items': { post: { operationId: 'createItem', responses: { '201': { description: 'Created' } } } },
      '/slow': { get: { responses: { '200': { description: 'Slow' } } } },
      '/big': { get: { responses: { '200': { description: 'Big' } } } },
      '/upload': { post: { responses: { '200': { description: 'Upload' } } } },
    },
  });

export interface Exchange {
  t: TestApp;
  gatewayUrl: string;
  admin: TestClient;
  provider: TestClient;
  consumer: TestClient;
  providerSubsystem: { id: string; identifier: string };
  consumerSubsystem: { id: string; identifier: string };
  service: { id: string; identifier: string; endpoints: { id: string; method: string; path: string }[] };
  apiKey: string;
  close(): Promise<void>;
}

async function created<T>(res: { status: number; body: string; json<U>(): U }, status = 201): Promise<T> {
  assert.equal(res.status, status, res.body);
  return res.json<T>();
}

/** The app listening on a port, with the provider's service published and the consumer holding an API key. */
export async function startExchange(backendUrl: string, serviceSettings: Record<string, unknown> = {}, gatewaySettings: Record<string, number | string> = {}): Promise<Exchange> {
  const t = await startTestApp({ moduleSettings: { 'exchange-gateway': gatewaySettings } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const gatewayUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const admin = await t.as('admin');
  const provider = await t.as('officer', 'so-khcn');
  const consumer = await t.as('officer', 'so-y-te');
  const providerSystem = await created<{ id: string }>(await provider.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-HOSO' })));
  const consumerSystem = await created<{ id: string }>(await consumer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-YTE', ownerAgencyId: 'so-y-te' })));
  const providerMember = await created<{ id: string }>(await admin.post(`${base}/members`, { agencyId: 'so-khcn', memberClass: 'GOV' }));
  const consumerMember = await created<{ id: string }>(await admin.post(`${base}/members`, { agencyId: 'so-y-te', memberClass: 'GOV' }));
  const providerSubsystem = await created<{ id: string; identifier: string }>(await provider.post(`${base}/members/${providerMember.id}/subsystems`, { code: 'ho-so', systemId: providerSystem.id }));
  const consumerSubsystem = await created<{ id: string; identifier: string }>(await consumer.post(`${base}/members/${consumerMember.id}/subsystems`, { code: 'y-te', systemId: consumerSystem.id }));
  const draft = await created<Exchange['service']>(
    await provider.post(`${base}/subsystems/${providerSubsystem.id}/services`, { code: 'ho-so', backendUrl: `${backendUrl}/api`, description: description(), ...serviceSettings }),
  );
  const service = await created<Exchange['service']>(await provider.patch(`${base}/services/${draft.id}`, { status: 'published' }), 200);
  const key = await created<{ secret: string }>(await consumer.post(`${base}/subsystems/${consumerSubsystem.id}/credentials`, { type: 'api_key', label: 'test' }));
  return {
    t,
    gatewayUrl,
    admin,
    provider,
    consumer,
    providerSubsystem,
    consumerSubsystem,
    service,
    apiKey: key.secret,
    close: () => t.close(),
  };
}

export interface GatewayAnswer {
  status: number;
  headers: Headers;
  text: string;
  json<T>(): T;
}

/** A call through the gateway with fetch (undici), as a client program makes it. */
export async function call(x: Exchange, path: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<GatewayAnswer> {
  const res = await fetch(`${x.gatewayUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'x-road-client': x.consumerSubsystem.identifier, 'lgsp-api-key': x.apiKey, ...init.headers },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: <T>() => JSON.parse(text) as T };
}

/** A request written byte for byte on a socket: for targets and headers fetch would normalise or refuse. */
export function rawRequest(url: string, lines: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(lines));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('raw request timed out')));
  });
}
