// The LGSP gateway (cổng LGSP): X-Road's REST message protocol at /r1/… (docs/exchange-protocol.md §3–§5). It
// authenticates the client, checks rights, quota and size, streams the call to the provider's backend and back, and
// finishes each answer only once its message-log and monitoring records are committed.
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { Transform, type TransformCallback } from 'node:stream';
import { Pool } from 'undici';
import type { FastifyBaseLogger } from 'fastify';
import type { Dispatcher } from 'undici';
import type { KeyObject } from 'node:crypto';
import { packageVersion } from '../../../core/version.js';
import { INSTANCE, formatSubsystemId, parseSubsystemId } from '../identifiers.js';
import { parseApiKey, secretMatches, verifyToken } from '../credentials.js';
import type { LogCommitter, UnsequencedFields } from '../message-log/committer.js';
import type { LoggedMessage, MonitoringRecord } from '../message-log/record.js';
import { findRight, type Directory, type DirectoryService, type DirectorySnapshot } from './directory.js';
import { errorBody, GatewayError, gatewayErrors } from './errors.js';
import type { QuotaCounter } from './quota.js';
import { parseRequestTarget, type RequestTarget } from './request-target.js';
import { answerMetadata, isMetadataService } from './metadata.js';

export interface GatewayOptions {
  directory: Directory;
  committer: LogCommitter;
  quota: QuotaCounter;
  /** The key this process signs tokens with; older ones come from the directory. */
  currentKey: { keyId: string; publicKey: KeyObject };
  tokenIssuer: string;
  publicUrl: string;
  log: FastifyBaseLogger;
  /** Description lookup for getOpenAPI. */
  description: (serviceId: string) => Promise<{ document: Record<string, unknown>; format: 'json' | 'yaml' } | null>;
}

/** Hop-by-hop fields (RFC 9110 §7.6.1) and those PR-REST filters, never forwarded either way. */
const hopByHop = new Set(['connection', 'proxy-connection', 'keep-alive', 'te', 'transfer-encoding', 'upgrade', 'trailer', 'proxy-authorization', 'proxy-authenticate', 'host', 'user-agent', 'expect', 'content-length']);
const clientHeaders = ['x-road-client', 'information-mediator-client', 'x-govstack-client'] as const;
const reemitted = new Set(['x-road-userid', 'x-road-issue', 'x-road-represented-party']);
const responseDropped = new Set([...hopByHop, 'server']);
const USER_AGENT = `kientruc-lgsp/${packageVersion}`;
const internalIp = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address ?? '127.0.0.1';

function printableAscii(value: string, max: number): boolean {
  if (value.length === 0 || value.length > max) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Counts, hashes and keeps (up to a limit) a body while it streams; refuses it past its size limit. */
class BodyTap extends Transform {
  size = 0;
  private readonly sha = createHash('sha512');
  private kept: Buffer[] = [];
  private keptSize = 0;
  overLimit = false;

  constructor(
    private readonly limit: number,
    private readonly keepUpTo: number,
  ) {
    super();
  }

  /** Counts, hashes and keeps a chunk; false once the body is past its limit. */
  observe(chunk: Buffer): boolean {
    this.size += chunk.length;
    if (this.size > this.limit) {
      this.overLimit = true;
      return false;
    }
    this.sha.update(chunk);
    if (this.keptSize + chunk.length <= this.keepUpTo) {
      this.kept.push(chunk);
      this.keptSize += chunk.length;
    } else {
      this.keptSize = this.keepUpTo + 1;
      this.kept = [];
    }
    return true;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.observe(chunk)) done(null, chunk);
    else done(new Error('body over its limit'));
  }

  digest(): Buffer {
    return this.sha.copy().digest();
  }

  logged(logBodies: boolean): LoggedMessage['body'] {
    return logBodies && this.keptSize <= this.keepUpTo ? Buffer.concat(this.kept).toString('base64') : undefined;
  }
}

interface Call {
  xRequestId: string;
  xRoadId: string;
  method: string;
  requestIn: number;
  requestOut: number | null;
  responseIn: number | null;
  target: RequestTarget | null;
  client: string | null;
  credential: UnsequencedFields['credential'] | null;
  service: DirectoryService | null;
  endpoint: { method: string; path: string } | null;
  forwardedHeaders: [string, string][];
  forwardedTarget: string;
  requestTap: BodyTap | null;
  responseTap: BodyTap | null;
  responseHeaders: [string, string][];
  requestHash: string;
  optional: { userId: string | null; issue: string | null; representedParty: string | null };
}

export function createGateway(options: GatewayOptions) {
  const pools = new Map<string, Pool>();
  const poolFor = (origin: string): Pool => {
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { connections: 64, connect: { timeout: 5_000 }, pipelining: 1 });
      pools.set(origin, pool);
    }
    return pool;
  };

  function baseHeaders(call: Call): Record<string, string> {
    const headers: Record<string, string> = { 'x-road-id': call.xRoadId, 'x-road-request-id': call.xRequestId };
    if (call.client) headers['x-road-client'] = call.client;
    if (call.service) headers['x-road-service'] = call.service.identifier;
    if (call.requestHash) headers['x-road-request-hash'] = call.requestHash;
    return headers;
  }

  function monitoringRecord(call: Call, statusCode: number, error: GatewayError | null, responseOut: number): MonitoringRecord {
    const client = call.client ? parseSubsystemId(call.client) : null;
    const t = call.target;
    return {
      monitoringDataTs: Math.floor(responseOut / 1000),
      securityServerInternalIp: internalIp,
      securityServerType: 'Producer',
      requestInTs: call.requestIn,
      requestOutTs: call.requestOut,
      responseInTs: call.responseIn,
      responseOutTs: responseOut,
      clientXRoadInstance: client?.instance ?? null,
      clientMemberClass: client?.memberClass ?? null,
      clientMemberCode: client?.memberCode ?? null,
      clientSubsystemCode: client?.subsystemCode ?? null,
      serviceXRoadInstance: t?.instance ?? null,
      serviceMemberClass: t?.memberClass ?? null,
      serviceMemberCode: t?.memberCode ?? null,
      serviceSubsystemCode: t?.subsystemCode ?? null,
      serviceCode: t?.serviceCode ?? null,
      serviceVersion: call.service?.serviceVersion ?? null,
      restMethod: call.method,
      restPath: t ? t.rawPath || '/' : null,
      messageId: call.xRoadId,
      xRequestId: call.xRequestId,
      messageUserId: call.optional.userId,
      messageIssue: call.optional.issue,
      representedPartyClass: call.optional.representedParty?.split('/')[0] ?? null,
      representedPartyCode: call.optional.representedParty?.split('/')[1] ?? null,
      messageProtocolVersion: 'r1',
      clientSecurityServerAddress: null,
      serviceSecurityServerAddress: null,
      requestSize: call.requestTap?.size ?? 0,
      responseSize: call.responseTap?.size ?? 0,
      statusCode,
      succeeded: error === null,
      faultCode: error?.type ?? null,
      faultString: error?.en ?? null,
      serviceType: 'OPENAPI3',
      lgspEndpoint: call.endpoint ? `${call.endpoint.method} ${call.endpoint.path}` : null,
    };
  }

  function logFields(call: Call, status: number | null, error: GatewayError | null, responseOut: number): UnsequencedFields {
    const logBodies = call.service?.logBodies ?? false;
    const message = (tap: BodyTap | null, headers: [string, string][]): LoggedMessage => {
      const body = tap?.logged(logBodies);
      return {
        headers,
        bodySize: tap?.size ?? 0,
        bodySha512: (tap ?? new BodyTap(0, 0)).digest().toString('base64'),
        ...(body !== undefined ? { body } : {}),
        bodyTruncated: logBodies && (tap?.size ?? 0) > 0 && body === undefined,
      };
    };
    return {
      v: 1,
      xRequestId: call.xRequestId,
      xRoadId: call.xRoadId,
      role: 'Producer',
      client: call.client ?? '',
      service: call.service?.identifier ?? (call.target ? `${call.target.instance}/${call.target.memberClass}/${call.target.memberCode}/${call.target.subsystemCode}/${call.target.serviceCode}` : ''),
      serviceVersion: call.service?.serviceVersion ?? null,
      endpoint: call.endpoint,
      request: { method: call.method, target: call.forwardedTarget, ...message(call.requestTap, call.forwardedHeaders) },
      response: status === null ? null : { status, ...message(call.responseTap, call.responseHeaders) },
      requestHash: call.requestHash,
      credential: call.credential ?? { type: 'apiKey', id: '' },
      outcome: { succeeded: error === null, faultCode: error?.type ?? null, faultString: error?.en ?? null },
      peer: null,
      ts: { requestIn: call.requestIn, requestOut: call.requestOut, responseIn: call.responseIn, responseOut },
    };
  }

  /** Commits the records of a call: with a log record once it was authenticated (§6), else monitoring alone. */
  function commit(call: Call, status: number | null, error: GatewayError | null): Promise<number | null> {
    const now = Date.now();
    const record = monitoringRecord(call, status ?? 502, error, now);
    const log = call.credential ? { fields: logFields(call, status, error, now), serviceId: call.service?.id ?? null } : null;
    return options.committer.commit({ serviceId: call.service?.id ?? null, record }, log);
  }

  async function answerError(call: Call, res: ServerResponse, error: GatewayError): Promise<void> {
    const body = errorBody(error, call.xRequestId);
    call.responseHeaders = [['content-type', 'application/json;charset=utf-8']];
    const logged = commit(call, error.status, error);
    if (call.credential) {
      try {
        await logged;
      } catch {
        error = gatewayErrors.loggingFailed();
      }
    } else {
      // Unauthenticated refusals get a monitoring record only, and wait for nothing.
      logged.catch(() => {});
    }
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    res.writeHead(error.status, {
      ...baseHeaders(call),
      ...error.headers,
      'x-road-error': error.type,
      'content-type': 'application/json;charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  }

  function clientOf(req: IncomingMessage): string {
    let found: string | undefined;
    for (const name of clientHeaders) {
      const value = req.headers[name];
      if (value === undefined) continue;
      if (Array.isArray(value)) throw gatewayErrors.badRequest(`Tiêu đề ${name} xuất hiện nhiều lần.`, `The ${name} header appears more than once`);
      if (found !== undefined && found !== value) throw gatewayErrors.badRequest('Các tiêu đề định danh bên gọi không thống nhất.', 'The client identifier headers disagree');
      found = value;
    }
    if (found === undefined) throw gatewayErrors.badRequest('Thiếu tiêu đề X-Road-Client (INSTANCE/CLASS/MEMBER/SUBSYSTEM).', 'The X-Road-Client header (INSTANCE/CLASS/MEMBER/SUBSYSTEM) is missing');
    const parsed = parseSubsystemId(found);
    if (!parsed) throw gatewayErrors.badRequest(`X-Road-Client "${found}" không phải định danh INSTANCE/CLASS/MEMBER/SUBSYSTEM hợp lệ.`, `X-Road-Client "${found}" is not a valid INSTANCE/CLASS/MEMBER/SUBSYSTEM identifier`);
    return formatSubsystemId(parsed);
  }

  /** Step 4: the credential, of this client. Returns what the log names, and whether Authorization carried it. */
  async function authenticate(req: IncomingMessage, snapshot: DirectorySnapshot, client: string): Promise<{ credential: UnsequencedFields['credential']; consumedAuthorization: boolean }> {
    const apiKey = single(req.headers['lgsp-api-key']);
    if (apiKey !== undefined) {
      const parsed = parseApiKey(apiKey);
      const credential = parsed ? snapshot.credentialsByKeyId.get(parsed.keyId) : undefined;
      if (!parsed || !credential || credential.type !== 'api_key' || !secretMatches(parsed.secret, credential.secretSha256)) {
        throw gatewayErrors.invalidCredential('Khoá API không đúng hoặc đã bị thu hồi.', 'The API key is wrong or revoked');
      }
      if (credential.expiresAt !== null && credential.expiresAt <= Date.now()) throw gatewayErrors.invalidCredential('Khoá API đã hết hạn.', 'The API key has expired');
      if (credential.client !== client) throw gatewayErrors.invalidCredential('Khoá API thuộc hệ thống con khác.', 'The API key belongs to another subsystem');
      return { credential: { type: 'apiKey', id: credential.id }, consumedAuthorization: false };
    }
    const lgspAuthorization = single(req.headers['lgsp-authorization']);
    const authorization = lgspAuthorization ?? single(req.headers.authorization);
    if (authorization !== undefined && authorization.startsWith('Bearer ')) {
      const keys = snapshot.publicKeys.has(options.currentKey.keyId) ? snapshot.publicKeys : new Map([...snapshot.publicKeys, [options.currentKey.keyId, options.currentKey.publicKey]]);
      const claims = await verifyToken(authorization.slice(7).trim(), options.tokenIssuer, keys);
      if (claims) {
        if (claims.client !== client) throw gatewayErrors.invalidCredential('Mã truy cập cấp cho hệ thống con khác.', 'The access token was issued to another subsystem');
        // Verified in memory: a revoked client gets no new tokens, and those issued live until they expire (§3.2).
        return { credential: { type: 'oauth', id: claims.credentialId }, consumedAuthorization: lgspAuthorization === undefined };
      }
      if (lgspAuthorization !== undefined) throw gatewayErrors.invalidCredential('Mã truy cập không hợp lệ hoặc đã hết hạn.', 'The access token is invalid or expired');
    }
    if (authorization !== undefined && lgspAuthorization === undefined && authorization.startsWith('Bearer ')) {
      throw gatewayErrors.invalidCredential('Mã truy cập không hợp lệ hoặc đã hết hạn.', 'The access token is invalid or expired');
    }
    throw gatewayErrors.invalidCredential('Thiếu thông tin xác thực: tiêu đề LGSP-Api-Key hoặc Authorization: Bearer.', 'No credential: send LGSP-Api-Key or Authorization: Bearer');
  }

  function forwardHeaders(req: IncomingMessage, call: Call, consumedAuthorization: boolean): [string, string][] {
    const connectionNamed = new Set((single(req.headers.connection) ?? '').toLowerCase().split(',').map((s) => s.trim()).filter(Boolean));
    const out: [string, string][] = [];
    const raw = req.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      const value = raw[i + 1]!;
      if (hopByHop.has(name) || connectionNamed.has(name) || name === 'lgsp-api-key' || name === 'lgsp-authorization') continue;
      if (name === 'authorization' && consumedAuthorization) continue;
      if (name.startsWith('x-road-') || name === 'information-mediator-client' || name === 'x-govstack-client') {
        if (reemitted.has(name) && printableAscii(value, 255)) out.push([name, value]);
        continue;
      }
      out.push([name, value]);
    }
    const length = single(req.headers['content-length']);
    if (length !== undefined) out.push(['content-length', length]);
    out.push(['user-agent', USER_AGENT], ['x-road-client', call.client!], ['x-road-service', call.service!.identifier], ['x-road-id', call.xRoadId], ['x-road-request-id', call.xRequestId]);
    return out;
  }

  function requestHash(call: Call): string {
    let head = `${call.method} ${call.forwardedTarget}\n`;
    for (const [name, value] of call.forwardedHeaders) head += `${name}:${value}\n`;
    const tap = call.requestTap;
    if (!tap || tap.size === 0) return createHash('sha512').update(head).digest('base64');
    const headDigest = createHash('sha512').update(head).digest();
    return createHash('sha512').update(headDigest).update(tap.digest()).digest('base64');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const clientXRoadId = single(req.headers['x-road-id']);
    const call: Call = {
      xRequestId: randomUUID(),
      xRoadId: clientXRoadId !== undefined && printableAscii(clientXRoadId, 255) ? clientXRoadId : randomUUID(),
      method: req.method ?? 'GET',
      requestIn: Date.now(),
      requestOut: null,
      responseIn: null,
      target: null,
      client: null,
      credential: null,
      service: null,
      endpoint: null,
      forwardedHeaders: [],
      forwardedTarget: '',
      requestTap: null,
      responseTap: null,
      responseHeaders: [],
      requestHash: '',
      optional: {
        userId: printableOrNull(single(req.headers['x-road-userid'])),
        issue: printableOrNull(single(req.headers['x-road-issue'])),
        representedParty: printableOrNull(single(req.headers['x-road-represented-party'])),
      },
    };
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    try {
      call.target = parseRequestTarget(req.url ?? '/');
      const client = clientOf(req);
      let snapshot: DirectorySnapshot;
      try {
        snapshot = await options.directory.current();
      } catch (err) {
        options.log.error({ err }, 'gateway directory unavailable');
        throw gatewayErrors.database();
      }
      if (parseSubsystemId(client)?.instance !== INSTANCE || !snapshot.clients.has(client)) throw gatewayErrors.unknownClient(client);
      call.client = client;
      const { credential, consumedAuthorization } = await authenticate(req, snapshot, client);
      call.credential = credential;
      const t = call.target;
      const provider = formatSubsystemId({ instance: t.instance, memberClass: t.memberClass, memberCode: t.memberCode, subsystemCode: t.subsystemCode });
      if (!snapshot.clients.has(provider)) throw gatewayErrors.unknownProvider(provider);
      if (isMetadataService(t.serviceCode)) {
        await answerMetadata({ call, req, res, snapshot, provider, publicUrl: options.publicUrl, description: options.description, commit: (status) => commit(call, status, null), headers: () => baseHeaders(call) });
        return;
      }
      const serviceId = `${provider}/${t.serviceCode}`;
      const service = snapshot.services.get(serviceId);
      if (!service) throw gatewayErrors.unknownService(serviceId);
      call.service = service;
      if (service.status === 'draft') throw gatewayErrors.draft(serviceId);
      if (service.status === 'retired' || (service.status === 'deprecated' && service.sunsetAt !== null && service.sunsetAt <= Date.now())) throw gatewayErrors.retired(serviceId);
      call.endpoint = service.match(call.method, t.segments);
      const right = findRight(snapshot, service, client, call.endpoint);
      if (!right) throw gatewayErrors.accessDenied(client, call.method, call.endpoint?.path ?? (t.rawPath || '/'));
      if (right.quota) {
        const verdict = await options.quota.admit(right.quota.subscriptionId, right.quota.perMinute, right.quota.perDay);
        if (!verdict.ok) throw gatewayErrors.quotaExceeded(verdict.window, verdict.limit, verdict.retryAfterSeconds);
      }
      const limit = Math.min(service.maxRequestBytes, right.quota?.maxRequestBytes ?? Infinity);
      const declared = Number(single(req.headers['content-length']) ?? 0);
      if (declared > limit) throw gatewayErrors.tooLarge(limit);
      await forward(req, res, call, service, limit, consumedAuthorization, abort.signal);
    } catch (err) {
      const error = err instanceof GatewayError ? err : internalError(err);
      // The rest of a refused body is not read: the connection closes after the answer.
      if (!req.complete) res.shouldKeepAlive = false;
      await answerError(call, res, error).catch((e: unknown) => {
        options.log.error({ err: e }, 'gateway answer failed');
        res.destroy();
      });
    }
  }

  function internalError(err: unknown): GatewayError {
    options.log.error({ err }, 'gateway internal error');
    return gatewayErrors.internal();
  }

  async function forward(req: IncomingMessage, res: ServerResponse, call: Call, service: DirectoryService, limit: number, consumedAuthorization: boolean, signal: AbortSignal): Promise<void> {
    const base = new URL(service.backendUrl);
    const t = call.target!;
    const basePath = base.pathname === '/' ? '' : base.pathname;
    call.forwardedTarget = `${basePath}${t.rawPath}${t.query ? `?${t.query}` : ''}` || '/';
    call.forwardedHeaders = forwardHeaders(req, call, consumedAuthorization);
    const hasBody = req.headers['content-length'] !== undefined ? Number(req.headers['content-length']) > 0 : req.headers['transfer-encoding'] !== undefined;
    const requestTap = new BodyTap(limit, service.logBodies ? service.logBodyLimitBytes : 0);
    call.requestTap = requestTap;
    const requestDone = new Promise<void>((resolve, reject) => {
      if (!hasBody) {
        requestTap.end();
        resolve();
        return;
      }
      requestTap.on('finish', resolve);
      requestTap.on('error', reject);
      req.on('aborted', () => reject(new Error('client aborted')));
    });
    // Awaited below once the backend answered; an early failure must not leave its rejection unobserved.
    requestDone.catch(() => {});
    if (hasBody) req.pipe(requestTap);
    call.requestOut = Date.now();
    let response: Dispatcher.ResponseData;
    try {
      response = await poolFor(base.origin).request({
        method: call.method as Dispatcher.HttpMethod,
        path: call.forwardedTarget,
        headers: call.forwardedHeaders.flat(),
        body: hasBody ? requestTap : null,
        headersTimeout: service.timeoutMs,
        bodyTimeout: service.timeoutMs,
        signal,
      });
    } catch (err) {
      if (requestTap.overLimit) throw gatewayErrors.tooLarge(limit);
      throw backendError(err, service.timeoutMs);
    }
    call.responseIn = Date.now();
    try {
      await requestDone;
    } catch {
      response.body.destroy();
      if (requestTap.overLimit) throw gatewayErrors.tooLarge(limit);
      throw gatewayErrors.badRequest('Bên gọi ngắt kết nối giữa chừng.', 'The client aborted its request');
    }
    call.requestHash = requestHash(call);
    const responseHeaders = backendHeaders(response.headers);
    call.responseHeaders = responseHeaders;
    const responseTap = new BodyTap(service.maxResponseBytes, service.logBodies ? service.logBodyLimitBytes : 0);
    call.responseTap = responseTap;

    // The last chunk is held until the records are committed: a client never sees a complete answer the log lacks.
    let held: Buffer | null = null;
    let headersWritten = false;
    const writeHeaders = () => {
      const out: Record<string, string | string[]> = {};
      for (const [name, value] of responseHeaders) {
        const existing = out[name];
        out[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
      }
      const length = response.headers['content-length'];
      if (typeof length === 'string') out['content-length'] = length;
      if (service.status === 'deprecated' && service.sunsetAt !== null) {
        out.deprecation = `@${Math.floor(service.sunsetAt / 1000)}`;
        out.sunset = new Date(service.sunsetAt).toUTCString();
      }
      res.writeHead(response.statusCode, { ...out, ...baseHeaders(call) });
      headersWritten = true;
    };
    try {
      for await (const chunk of response.body) {
        const buffer = chunk as Buffer;
        if (!responseTap.observe(buffer)) throw new Error('response over its limit');
        if (held) {
          if (!headersWritten) writeHeaders();
          if (!res.write(held)) await waitDrain(res, signal);
        }
        held = buffer;
      }
    } catch (err) {
      if (responseTap.overLimit) {
        if (!headersWritten) throw gatewayErrors.responseTooLarge(service.maxResponseBytes);
      } else if (!headersWritten) {
        throw backendError(err, service.timeoutMs);
      }
      // Headers already sent: the client sees a cut connection, and the records say why.
      const error = responseTap.overLimit ? gatewayErrors.responseTooLarge(service.maxResponseBytes) : backendError(err, service.timeoutMs);
      await commit(call, response.statusCode, error).catch(() => {});
      res.destroy();
      return;
    }
    try {
      await commit(call, response.statusCode, null);
    } catch {
      if (!headersWritten) throw gatewayErrors.loggingFailed();
      res.destroy();
      return;
    }
    if (!headersWritten) writeHeaders();
    if (held) res.end(held);
    else res.end();
  }

  return {
    handle(req: IncomingMessage, res: ServerResponse): void {
      void handle(req, res);
    },
    async close(): Promise<void> {
      await Promise.all([...pools.values()].map((p) => p.close()));
      pools.clear();
    },
  };
}

function waitDrain(res: ServerResponse, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('client gone'));
    const done = () => {
      res.off('close', gone);
      resolve();
    };
    const gone = () => {
      res.off('drain', done);
      reject(new Error('client gone'));
    };
    res.once('drain', done);
    res.once('close', gone);
  });
}

function printableOrNull(value: string | undefined): string | null {
  return value !== undefined && printableAscii(value, 255) ? value : null;
}

function backendHeaders(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const connectionNamed = new Set(String(headers.connection ?? '').toLowerCase().split(',').map((s) => s.trim()).filter(Boolean));
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || responseDropped.has(lower) || connectionNamed.has(lower) || lower.startsWith('x-road-')) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.push([lower, v]);
  }
  return out;
}

function backendError(err: unknown, timeoutMs: number): GatewayError {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return gatewayErrors.timeout(timeoutMs);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'UND_ERR_CONNECT_TIMEOUT') return gatewayErrors.unreachable(code);
  if (code === 'UND_ERR_ABORTED' || (err as Error).name === 'AbortError') return gatewayErrors.badRequest('Bên gọi ngắt kết nối giữa chừng.', 'The client aborted its request');
  return gatewayErrors.garbage(code || (err as Error).message);
}
