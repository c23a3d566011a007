// The shapes of the message log's records and of operational-monitoring records (docs/exchange-protocol.md §6.1, §7).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../core/audit.js';

export interface LoggedMessage {
  headers: [string, string][];
  bodySize: number;
  /** base64 SHA-512 of the whole body. */
  bodySha512: string;
  /** base64 of the body when the service logs bodies and it fits the limit. */
  body?: string;
  bodyTruncated: boolean;
}

/** The hashed fields of one message-log record. */
export interface LogFields {
  v: 1;
  seq: number;
  xRequestId: string;
  xRoadId: string;
  role: 'Producer' | 'Client';
  client: string;
  service: string;
  serviceVersion: string | null;
  endpoint: { method: string; path: string } | null;
  request: LoggedMessage & { method: string; target: string };
  response: (LoggedMessage & { status: number }) | null;
  requestHash: string;
  credential: { type: 'apiKey' | 'oauth' | 'mtls' | 'peer'; id: string };
  outcome: { succeeded: boolean; faultCode: string | null; faultString: string | null };
  peer: Record<string, string> | null;
  ts: { requestIn: number; requestOut: number | null; responseIn: number | null; responseOut: number };
}

export const LOG_GENESIS_HASH = '0'.repeat(64);

/** hash_i = hex(SHA-256(ascii(hash_{i-1}) ‖ utf8(canonicalJson(fields_i)))), as the audit trail chains its entries. */
export function recordHash(prevHash: string, fields: LogFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');
}

/** PR-OPMON 1.6 Annex B fields (Unix ms, monitoringDataTs in s), plus lgspEndpoint. */
export interface MonitoringRecord {
  monitoringDataTs: number;
  securityServerInternalIp: string;
  securityServerType: 'Producer' | 'Client';
  requestInTs: number;
  requestOutTs: number | null;
  responseInTs: number | null;
  responseOutTs: number;
  clientXRoadInstance: string | null;
  clientMemberClass: string | null;
  clientMemberCode: string | null;
  clientSubsystemCode: string | null;
  serviceXRoadInstance: string | null;
  serviceMemberClass: string | null;
  serviceMemberCode: string | null;
  serviceSubsystemCode: string | null;
  serviceCode: string | null;
  serviceVersion: string | null;
  restMethod: string;
  restPath: string | null;
  messageId: string;
  xRequestId: string;
  messageUserId: string | null;
  messageIssue: string | null;
  representedPartyClass: string | null;
  representedPartyCode: string | null;
  messageProtocolVersion: 'r1';
  clientSecurityServerAddress: string | null;
  serviceSecurityServerAddress: string | null;
  requestSize: number;
  responseSize: number;
  statusCode: number;
  succeeded: boolean;
  faultCode: string | null;
  faultString: string | null;
  serviceType: 'OPENAPI3';
  lgspEndpoint: string | null;
}
