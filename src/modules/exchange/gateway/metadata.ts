// Metadata services (docs/exchange-protocol.md §8), bodies as GovStack's information-mediator-directory-services
// gives them: listClients, and per provider subsystem listMethods, allowedMethods and getOpenAPI.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stringify as toYaml } from 'yaml';
import { parseSubsystemId } from '../identifiers.js';
import { findRight, type DirectoryService, type DirectorySnapshot } from './directory.js';
import { gatewayErrors } from './errors.js';

const metadataServices = new Set(['listMethods', 'allowedMethods', 'getOpenAPI']);

export function isMetadataService(code: string): boolean {
  return metadataServices.has(code);
}

/** A path template as PR-MREST lists it: each `{param}` segment becomes `*`. */
export function listedPath(template: string): string {
  return template
    .split('/')
    .map((segment) => (segment.includes('{') ? '*' : segment))
    .join('/');
}

function serviceDetails(service: DirectoryService, endpointList: { method: string; path: string }[]) {
  const id = parseSubsystemId(service.provider.identifier)!;
  return {
    objectType: 'SERVICE',
    serviceType: 'OPENAPI3',
    instanceId: id.instance,
    memberClass: id.memberClass,
    memberCode: id.memberCode,
    applicationCode: id.subsystemCode,
    serviceCode: service.code,
    ...(service.serviceVersion ? { serviceVersion: service.serviceVersion } : {}),
    endpointList: { member: endpointList },
  };
}

function callable(service: DirectoryService, now: number): boolean {
  return service.status === 'published' || (service.status === 'deprecated' && (service.sunsetAt === null || service.sunsetAt > now));
}

/** The services of a provider subsystem; with `client`, only those it may call, each with the endpoints it may. */
export function methodsOf(snapshot: DirectorySnapshot, provider: string, serviceCode: string | null, client: string | null) {
  const now = Date.now();
  const member: ReturnType<typeof serviceDetails>[] = [];
  for (const service of snapshot.services.values()) {
    if (service.provider.identifier !== provider || !callable(service, now)) continue;
    if (serviceCode !== null && service.code !== serviceCode) continue;
    let endpoints = service.endpoints.map((e) => ({ method: e.method, path: listedPath(e.path) }));
    if (client !== null) {
      if (findRight(snapshot, service, client, null)) {
        endpoints = [{ method: '*', path: '**' }];
      } else {
        endpoints = service.endpoints.filter((e) => findRight(snapshot, service, client, e)).map((e) => ({ method: e.method, path: listedPath(e.path) }));
        if (endpoints.length === 0) continue;
      }
    }
    member.push(serviceDetails(service, endpoints));
  }
  member.sort((a, b) => (a.serviceCode < b.serviceCode ? -1 : a.serviceCode > b.serviceCode ? 1 : 0));
  return { member };
}

/** listClients: the members and their subsystems (applications) of this instance. */
export function listClients(snapshot: DirectorySnapshot, agencyNames: ReadonlyMap<string, string>) {
  const member: { name: string; id: Record<string, string> }[] = [];
  const seenMembers = new Set<string>();
  const sorted = [...snapshot.clients.values()].sort((a, b) => (a.identifier < b.identifier ? -1 : 1));
  for (const client of sorted) {
    const id = parseSubsystemId(client.identifier)!;
    const name = agencyNames.get(client.agencyId) ?? id.memberCode;
    const memberKey = `${id.instance}/${id.memberClass}/${id.memberCode}`;
    if (!seenMembers.has(memberKey)) {
      seenMembers.add(memberKey);
      member.push({ name, id: { objectType: 'MEMBER', instanceId: id.instance, memberClass: id.memberClass, memberCode: id.memberCode } });
    }
    member.push({ name, id: { objectType: 'APPLICATION', instanceId: id.instance, memberClass: id.memberClass, memberCode: id.memberCode, applicationCode: id.subsystemCode } });
  }
  return { member };
}

interface MetadataCall {
  call: { client: string | null };
  req: IncomingMessage;
  res: ServerResponse;
  snapshot: DirectorySnapshot;
  provider: string;
  publicUrl: string;
  description: (serviceId: string) => Promise<{ document: Record<string, unknown>; format: 'json' | 'yaml' } | null>;
  commit: (status: number) => Promise<unknown>;
  headers: () => Record<string, string>;
}

export async function answerMetadata(m: MetadataCall): Promise<void> {
  const url = new URL(m.req.url ?? '/', 'http://gateway');
  const code = url.pathname.split('/')[6] ?? '';
  let body: string;
  let type = 'application/json;charset=utf-8';
  if (code === 'getOpenAPI') {
    const serviceCode = url.searchParams.get('serviceCode');
    if (!serviceCode) throw gatewayErrors.badRequest('getOpenAPI cần tham số serviceCode.', 'getOpenAPI needs the serviceCode parameter');
    const service = m.snapshot.services.get(`${m.provider}/${serviceCode}`);
    if (!service) throw gatewayErrors.unknownService(`${m.provider}/${serviceCode}`);
    if (!callable(service, Date.now())) throw service.status === 'draft' ? gatewayErrors.draft(service.identifier) : gatewayErrors.retired(service.identifier);
    const found = await m.description(service.id);
    if (!found) throw gatewayErrors.unknownService(service.identifier);
    if (found.format === 'yaml') {
      body = toYaml(found.document);
      type = 'text/yaml;charset=utf-8';
    } else {
      body = JSON.stringify(found.document);
    }
  } else {
    const serviceId = url.searchParams.get('serviceId');
    body = JSON.stringify(methodsOf(m.snapshot, m.provider, serviceId, code === 'allowedMethods' ? m.call.client : null));
  }
  try {
    await m.commit(200);
  } catch {
    throw gatewayErrors.loggingFailed();
  }
  m.res.writeHead(200, { ...m.headers(), 'content-type': type, 'content-length': Buffer.byteLength(body) });
  m.res.end(body);
}
