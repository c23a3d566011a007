import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StringEnum } from '../../core/http.js';
import { identifierPattern, memberClasses } from './identifiers.js';
import { credentialTypes, serviceStatuses, subscriptionStatuses } from './schema.js';

const IdentifierPart = (description: string) => Type.String({ minLength: 1, maxLength: 255, pattern: identifierPattern, description });

export const SubsystemSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    identifier: Type.String({ description: 'INSTANCE/CLASS/MEMBER/SUBSYSTEM, as the X-Road-Client header names it' }),
    code: Type.String(),
    memberId: Type.String({ format: 'uuid' }),
    systemId: Type.String({ format: 'uuid', description: 'The registered system it is' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ExchangeSubsystem', title: 'ExchangeSubsystem' },
);

export const MemberSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    identifier: Type.String({ description: 'INSTANCE/CLASS/MEMBER' }),
    instance: Type.String(),
    memberClass: StringEnum(memberClasses),
    code: Type.String(),
    agencyId: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    subsystems: Type.Optional(Type.Array(Type.Ref(SubsystemSchema), { description: 'On the record of one member' })),
  },
  { $id: 'ExchangeMember', title: 'ExchangeMember' },
);

export const MemberInputSchema = Type.Object(
  {
    agencyId: Type.String({ minLength: 1, maxLength: 100, description: 'The agency of the framework that becomes a member' }),
    memberClass: StringEnum(memberClasses, { description: 'GOV: state bodies; ORG: other public organisations; COM: enterprises' }),
    code: Type.Optional(IdentifierPart('The member code: the agency\u2019s electronic identifier code (QĐ 20/2020/QĐ-TTg) when it has one; the agency\u2019s id by default')),
  },
  { additionalProperties: false },
);
export type MemberInput = Static<typeof MemberInputSchema>;

export const SubsystemInputSchema = Type.Object(
  {
    code: IdentifierPart('The subsystem code, unique within the member, e.g. mot-cua'),
    systemId: Type.String({ minLength: 1, maxLength: 64, description: 'The registered system (its id or code), owned by the member\u2019s agency' }),
  },
  { additionalProperties: false },
);
export type SubsystemInput = Static<typeof SubsystemInputSchema>;



const Uuid = (description?: string) => Type.String({ format: 'uuid', ...(description ? { description } : {}) });
const DateTime = (description?: string) => Type.String({ format: 'date-time', ...(description ? { description } : {}) });

const serviceSettings = {
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'Shown in the catalogue; the description’s info.title by default' })),
  backendUrl: Type.String({ minLength: 1, maxLength: 2048, description: 'Base URL of the provider’s REST API (http or https); {path} of a call is appended to it' }),
  timeoutMs: Type.Optional(Type.Integer({ minimum: 100, maximum: 300_000, description: 'Until the first response byte, and between body chunks (30 s by default)' })),
  maxRequestBytes: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 * 1024 * 1024, description: 'Largest request body (10 MiB by default)' })),
  maxResponseBytes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1024 * 1024 * 1024, description: 'Largest response body (50 MiB by default)' })),
  logBodies: Type.Optional(Type.Boolean({ description: 'Keep bodies in the message log (headers are always kept)' })),
  logBodyLimitBytes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1024 * 1024, description: 'Bodies larger than this are logged by their SHA-512 alone (64 KiB by default)' })),
  retentionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, description: 'Days the message log keeps this service’s records (365 by default)' })),
  themes: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20, description: 'Catalogue themes' })),
};

const descriptionSource = {
  description: Type.Optional(Type.String({ minLength: 1, maxLength: 5 * 1024 * 1024, description: 'The OpenAPI 3 description, JSON or YAML text' })),
  descriptionUrl: Type.Optional(Type.String({ minLength: 1, maxLength: 2048, description: 'Or its URL, on the backend’s own origin' })),
};

export const ServiceInputSchema = Type.Object(
  { code: IdentifierPart('The service code, unique within the subsystem, e.g. tra-cuu-ho-so'), ...serviceSettings, ...descriptionSource },
  { additionalProperties: false },
);
export type ServiceInput = Static<typeof ServiceInputSchema>;

export const ServiceChangeSchema = Type.Object(
  {
    ...serviceSettings,
    backendUrl: Type.Optional(serviceSettings.backendUrl),
    status: Type.Optional(StringEnum(serviceStatuses, { description: 'draft → published → deprecated (needs sunsetAt) → retired' })),
    sunsetAt: Type.Optional(Nullable(DateTime('When a deprecated service stops answering (Sunset header, RFC 8594)'))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ServiceChange = Static<typeof ServiceChangeSchema>;

export const DescriptionInputSchema = Type.Object(descriptionSource, { additionalProperties: false, minProperties: 1 });

export const EndpointSchema = Type.Object(
  { id: Uuid(), method: Type.String(), path: Type.String(), summary: Nullable(Type.String()), removedInVersion: Nullable(Type.Integer({ description: 'Set when a newer description dropped it' })) },
  { $id: 'ExchangeEndpoint', title: 'ExchangeEndpoint' },
);

const serviceFields = {
  id: Uuid(),
  identifier: Type.String({ description: 'INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE' }),
  provider: Type.String({ description: 'The provider subsystem’s identifier' }),
  subsystemId: Uuid(),
  agencyId: Type.String(),
  code: Type.String(),
  title: Type.String(),
  status: StringEnum(serviceStatuses),
  sunsetAt: Nullable(DateTime()),
  serviceVersion: Nullable(Type.String({ description: 'info.version of the current description' })),
  backendUrl: Nullable(Type.String({ description: 'Shown only to those who manage the service' })),
  timeoutMs: Type.Integer(),
  maxRequestBytes: Type.Integer(),
  maxResponseBytes: Type.Integer(),
  logBodies: Type.Boolean(),
  logBodyLimitBytes: Type.Integer(),
  retentionDays: Type.Integer(),
  currentVersion: Type.Integer(),
  themes: Type.Array(Type.String()),
  createdAt: DateTime(),
  updatedAt: DateTime(),
};

export const ServiceSummarySchema = Type.Object(serviceFields, { $id: 'ExchangeServiceSummary', title: 'ExchangeServiceSummary' });

export const ServiceSchema = Type.Object(
  {
    ...serviceFields,
    endpoints: Type.Array(Type.Ref(EndpointSchema)),
    versions: Type.Array(
      Type.Object({ version: Type.Integer(), serviceVersion: Type.String(), openapi: Type.String(), format: StringEnum(['json', 'yaml'] as const), sha256: Type.String(), createdBy: Type.String(), createdAt: DateTime() }),
    ),
    canManage: Type.Boolean({ description: 'Whether the caller may change it' }),
  },
  { $id: 'ExchangeService', title: 'ExchangeService' },
);

export const CredentialInputSchema = Type.Object(
  {
    type: StringEnum(credentialTypes, { description: 'api_key: sent as LGSP-Api-Key; oauth_client: exchanged at /oauth2/token for short-lived tokens' }),
    label: Type.String({ minLength: 1, maxLength: 200 }),
    expiresAt: Type.Optional(Nullable(DateTime('After this the credential is refused; never by default'))),
  },
  { additionalProperties: false },
);
export type CredentialInput = Static<typeof CredentialInputSchema>;

export const CredentialSchema = Type.Object(
  {
    id: Uuid(),
    subsystemId: Uuid(),
    client: Type.String({ description: 'The subsystem it authenticates' }),
    type: StringEnum(credentialTypes),
    keyId: Type.String({ description: 'Public part: the OAuth client_id, or the middle of an API key' }),
    label: Type.String(),
    expiresAt: Nullable(DateTime()),
    revokedAt: Nullable(DateTime()),
    createdBy: Type.String(),
    createdAt: DateTime(),
    secret: Type.Optional(Type.String({ description: 'Only in the answer that creates it: the API key, or the OAuth client secret. Not kept; cannot be shown again' })),
  },
  { $id: 'ExchangeCredential', title: 'ExchangeCredential' },
);

export const GroupInputSchema = Type.Object(
  { code: IdentifierPart('Group code, unique in the instance'), description: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export const GroupMemberInputSchema = Type.Object({ client: Type.String({ minLength: 1, maxLength: 1100, description: 'INSTANCE/CLASS/MEMBER/SUBSYSTEM' }) }, { additionalProperties: false });

export const GroupSchema = Type.Object(
  { id: Uuid(), identifier: Type.String({ description: 'INSTANCE/CODE' }), instance: Type.String(), code: Type.String(), description: Type.String(), global: Type.Boolean(), members: Type.Array(Type.String()), createdAt: DateTime() },
  { $id: 'ExchangeGroup', title: 'ExchangeGroup' },
);

export const RightInputSchema = Type.Object(
  {
    client: Type.Optional(Type.String({ minLength: 1, maxLength: 1100, description: 'The client subsystem’s identifier INSTANCE/CLASS/MEMBER/SUBSYSTEM' })),
    groupId: Type.Optional(Uuid('Or an access-right group')),
    endpointIds: Type.Optional(Type.Array(Uuid(), { maxItems: 500, description: 'Single endpoints; none: the whole service' })),
  },
  { additionalProperties: false },
);
export type RightInput = Static<typeof RightInputSchema>;

export const RightSchema = Type.Object(
  {
    id: Uuid(),
    serviceId: Uuid(),
    endpoint: Nullable(Type.Object({ id: Uuid(), method: Type.String(), path: Type.String() }), { description: 'null: the whole service' }),
    client: Nullable(Type.String()),
    groupId: Nullable(Uuid()),
    subscriptionId: Nullable(Uuid()),
    grantedBy: Type.String(),
    grantedAt: DateTime(),
  },
  { $id: 'ExchangeRight', title: 'ExchangeRight' },
);

export const SubscriptionInputSchema = Type.Object(
  {
    clientSubsystemId: Uuid('The consumer’s subsystem, which will call'),
    serviceId: Uuid(),
    endpointIds: Type.Optional(Type.Array(Uuid(), { maxItems: 500, description: 'Single endpoints; none: the whole service' })),
    purpose: Type.String({ minLength: 3, maxLength: 2000, description: 'Mục đích sử dụng' }),
    legalBasis: Type.String({ minLength: 3, maxLength: 2000, description: 'Căn cứ pháp lý (Decree 13/2023 asks it for personal data)' }),
    personalData: Type.Optional(Type.Boolean({ description: 'The data asked for is personal data' })),
  },
  { additionalProperties: false },
);
export type SubscriptionInput = Static<typeof SubscriptionInputSchema>;

export const DecisionInputSchema = Type.Object(
  {
    decision: StringEnum(['approve', 'reject', 'revoke'] as const),
    quotaPerMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: '60 by default' })),
    quotaPerDay: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000, description: '10,000 by default' })),
    maxRequestBytes: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 * 1024 * 1024, description: 'Payload limit of this consumer (the service’s by default)' })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type DecisionInput = Static<typeof DecisionInputSchema>;

export const SubscriptionSchema = Type.Object(
  {
    id: Uuid(),
    client: Type.String(),
    clientSubsystemId: Nullable(Uuid()),
    serviceId: Uuid(),
    service: Type.String({ description: 'The service identifier' }),
    serviceTitle: Type.String(),
    endpointIds: Type.Array(Uuid()),
    endpoints: Type.Array(Type.Object({ id: Uuid(), method: Type.String(), path: Type.String() }), { description: 'The endpoints asked for; none: the whole service' }),
    purpose: Type.String(),
    legalBasis: Type.String(),
    personalData: Type.Boolean(),
    status: StringEnum(subscriptionStatuses),
    quotaPerMinute: Type.Integer(),
    quotaPerDay: Type.Integer(),
    maxRequestBytes: Type.Integer(),
    requestedBy: Type.String(),
    requestedAt: DateTime(),
    decidedBy: Nullable(Type.String()),
    decidedAt: Nullable(DateTime()),
    decisionNote: Nullable(Type.String()),
  },
  { $id: 'ExchangeSubscription', title: 'ExchangeSubscription' },
);

const HealthStats = Type.Object({
  successfulRequestCount: Type.Integer(),
  unsuccessfulRequestCount: Type.Integer(),
  requestMinDuration: Nullable(Type.Integer({ description: 'ms' })),
  requestAverageDuration: Nullable(Type.Number({ description: 'ms' })),
  requestMaxDuration: Nullable(Type.Integer({ description: 'ms' })),
});
const HealthPeriods = Type.Object({ lastHour: HealthStats, lastDay: HealthStats, lastWeek: HealthStats });

export const ServiceHealthSchema = Type.Object(
  {
    serviceId: Uuid(),
    service: Type.String(),
    lastSuccessfulRequestTimestamp: Nullable(DateTime()),
    lastUnsuccessfulRequestTimestamp: Nullable(DateTime()),
    periods: HealthPeriods,
    endpoints: Type.Array(Type.Object({ method: Type.String(), path: Type.String(), lastSuccessfulRequestTimestamp: Nullable(DateTime()), lastUnsuccessfulRequestTimestamp: Nullable(DateTime()), periods: HealthPeriods })),
  },
  { $id: 'ExchangeServiceHealth', title: 'ExchangeServiceHealth' },
);

export const LogPageSchema = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        xRequestId: Uuid(),
        xRoadId: Type.String(),
        client: Type.String(),
        service: Type.String(),
        loggedAt: DateTime(),
        batch: Type.Integer(),
        pruned: Type.Boolean({ description: 'Its content was removed by retention after export to a signed archive' }),
        method: Nullable(Type.String()),
        target: Nullable(Type.String()),
        status: Nullable(Type.Integer()),
        succeeded: Nullable(Type.Boolean()),
        faultCode: Nullable(Type.String()),
      }),
    ),
    nextBefore: Nullable(Type.Integer({ description: 'Pass as before for the next page' })),
  },
  { $id: 'ExchangeLogPage', title: 'ExchangeLogPage' },
);

export const LogRecordSchema = Type.Object(
  {
    seq: Type.Integer(),
    xRequestId: Uuid(),
    xRoadId: Type.String(),
    loggedAt: DateTime(),
    fields: Nullable(Type.Object({}, { additionalProperties: true, description: 'The hashed fields (docs/exchange-protocol.md §6.1)' })),
    prevHash: Type.String(),
    hash: Type.String(),
    proof: Nullable(
      Type.Object({
        seq: Type.Integer(),
        xRequestId: Type.String(),
        xRoadId: Type.String(),
        hash: Type.String(),
        batch: Type.Integer(),
        leafIndex: Type.Integer(),
        treeSize: Type.Integer(),
        auditPath: Type.Array(Type.String()),
        seal: Type.Object({ text: Type.String(), signature: Type.String(), keyId: Type.String() }),
      }),
    ),
    verification: Type.Object({ ok: Type.Boolean(), problems: Type.Array(Type.String()) }),
  },
  { $id: 'ExchangeLogRecord', title: 'ExchangeLogRecord' },
);

export const TrafficSchema = Type.Object(
  {
    at: DateTime(),
    windowSeconds: Type.Integer(),
    services: Type.Array(
      Type.Object({ service: Type.String(), serviceId: Nullable(Uuid()), calls: Type.Integer(), perSecond: Type.Number(), errors: Type.Integer(), p95Ms: Nullable(Type.Number()) }),
    ),
  },
  { $id: 'ExchangeTraffic', title: 'ExchangeTraffic' },
);

export const SystemExchangeSchema = Type.Object(
  {
    systemId: Uuid(),
    subsystem: Nullable(Type.String({ description: 'Its subsystem identifier; null when it is not on the exchange' })),
    provides: Type.Array(
      Type.Object({ serviceId: Uuid(), code: Type.String(), title: Type.String(), status: StringEnum(serviceStatuses), calls: Type.Integer(), errors: Type.Integer(), clients: Type.Integer(), lastCallAt: Nullable(DateTime()) }),
    ),
    consumes: Type.Array(Type.Object({ serviceId: Uuid(), service: Type.String(), title: Type.String(), calls: Type.Integer(), errors: Type.Integer(), lastCallAt: Nullable(DateTime()) })),
  },
  { $id: 'ExchangeSystem', title: 'ExchangeSystem' },
);

export const exchangeSchemas = [SystemExchangeSchema, TrafficSchema, LogPageSchema, LogRecordSchema, ServiceHealthSchema, SubsystemSchema, MemberSchema, EndpointSchema, ServiceSummarySchema, ServiceSchema, CredentialSchema, GroupSchema, RightSchema, SubscriptionSchema];
