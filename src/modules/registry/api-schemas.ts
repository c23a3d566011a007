import { Type } from '@sinclair/typebox';
import { Localised, StringEnum, Nullable } from '../../core/http.js';
import {
  accessibilityLevels,
  audiences,
  authMethods,
  componentLinks,
  documentKinds,
  exchangeChannels,
  hostings,
  ipv6States,
  lifecycles,
  registrationStatuses,
  relationTypes,
  requestStatuses,
  requestTypes,
  systemKinds,
} from './model.js';

const Text = (max: number, options: { description?: string } = {}) => Type.String({ maxLength: max, ...options });
const Required = (max: number, options: { description?: string } = {}) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S', ...options });
const DateString = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
/**
 * A web address: the same check for the form, the XLSX import and the ArchiMate import (they all meet this schema).
 * Empty clears it in a change.
 */
const WebAddress = Type.String({ maxLength: 2000, pattern: '^(https?://[^\\s/$.?#][^\\s]*)?$', description: 'An http:// or https:// address; empty to clear it' });

export const ContactSchema = Type.Object({ name: Required(200), role: Text(200), email: Type.Optional(Text(320)), phone: Type.Optional(Text(50)) }, { additionalProperties: false });
export const DataObjectSchema = Type.Object(
  {
    name: Required(200),
    description: Type.Optional(Text(2000)),
    personal: Type.Boolean(), // personal data under Decree 13/2023
    sensitive: Type.Boolean(), // sensitive personal data under Decree 13/2023
    elements: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100, uniqueItems: true, description: 'Codes of the data dictionary elements this data object holds' }),
    ),
  },
  { additionalProperties: false },
);
export const InterfaceSchema = Type.Object(
  {
    name: Required(200),
    direction: StringEnum(['provides', 'consumes'] as const),
    channel: StringEnum(exchangeChannels, { description: 'lgsp, ndxp, direct (point to point) or internal' }),
    protocol: Type.Optional(Text(100)),
    counterpartSystemId: Type.Optional(Type.String({ format: 'uuid' })), // the other side, when it is registered here
    counterpartAgencyId: Type.Optional(Text(100)), // the other side's agency, when it is not (e.g. a ministry's)
    published: Type.Optional(Type.Boolean({ description: 'Provided API registered and published in the catalogue (V-APEX)' })),
    catalogueUrl: Type.Optional(WebAddress),
  },
  { additionalProperties: false },
);
export const DocumentSchema = Type.Object(
  {
    kind: StringEnum(documentKinds),
    title: Required(500),
    number: Type.Optional(Text(100)),
    date: Type.Optional(DateString),
    issuer: Type.Optional(Text(300)),
    url: Type.Optional(WebAddress),
  },
  { additionalProperties: false },
);
export const SecurityLevelSchema = Type.Object(
  {
    level: Type.Integer({ minimum: 1, maximum: 5, description: 'Cấp độ 1–5 (Decree 85/2016)' }),
    approvalNumber: Type.Optional(Text(100)),
    approvalDate: Type.Optional(DateString),
  },
  { additionalProperties: false },
);

export const systemInputProperties = {
  code: Type.String({ minLength: 2, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description: 'Short code, e.g. HY-LGSP' }),
  kind: StringEnum(systemKinds),
  name: Type.Object({ vi: Required(300), en: Text(300) }, { additionalProperties: false }),
  ownerAgencyId: Required(100),
  contacts: Type.Array(ContactSchema, { maxItems: 20 }),
  purpose: Text(4000),
  audiences: Type.Array(StringEnum(audiences), { maxItems: 4, uniqueItems: true }),
  lifecycle: StringEnum(lifecycles),
  layer: Type.String({ pattern: '^(I|II|III|IV)$', description: 'Layer of the framework: I, II, III or IV' }),
  components: Type.Array(Type.Object({ code: Required(20), link: StringEnum(componentLinks) }, { additionalProperties: false }), { maxItems: 50 }),
  securityLevel: Nullable(SecurityLevelSchema),
  hosting: StringEnum(hostings),
  hostingNote: Type.Optional(Text(500)),
  ipv6: StringEnum(ipv6States),
  authentication: Type.Array(StringEnum(authMethods), { maxItems: 4, uniqueItems: true }),
  uiLanguages: Type.Array(Type.String({ minLength: 2, maxLength: 20, pattern: '^[a-zA-Z-]+$' }), { maxItems: 20, uniqueItems: true }),
  accessibility: StringEnum(accessibilityLevels),
  secureSessions: Type.Boolean(), // for citizen-facing channels (IV.2), with accessLogging
  accessLogging: Type.Boolean(),
  departmentSoftware: Type.Boolean(), // specialised software of a department (III.2): needs the ministry's written agreement
  dataObjects: Type.Array(DataObjectSchema, { maxItems: 200 }),
  interfaces: Type.Array(InterfaceSchema, { maxItems: 200 }),
  documents: Type.Array(DocumentSchema, { maxItems: 100 }),
  supplier: Type.Optional(Text(300)),
  yearStarted: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100 })),
  url: Type.Optional(WebAddress),
};

export const SystemInputSchema = Type.Object(systemInputProperties, { additionalProperties: false, $id: 'SystemInput', title: 'SystemInput' });

export const SystemChangesSchema = Type.Object(
  {
    ...Object.fromEntries(Object.entries(systemInputProperties).map(([k, v]) => [k, Type.Optional(v)])),
    changeNote: Type.Optional(Text(1000, { description: 'Why the record changed; kept with the version' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const WaiverSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    systemId: Type.String({ format: 'uuid' }),
    ruleId: Type.String(),
    reason: Type.String({ description: 'Why the exception was accepted' }),
    ownerLabel: Type.String({ description: 'The reviewer who accepted it' }),
    expiresOn: Type.String({ format: 'date', description: 'The last day it holds; after it the rule fails again' }),
    active: Type.Boolean({ description: 'Holds today' }),
    version: Type.Integer({ description: 'The system version it was accepted for' }),
    requestId: Nullable(Type.String({ format: 'uuid' })),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ComplianceWaiver', title: 'ComplianceWaiver', description: 'An exception to a compliance rule, accepted when a system failing it was approved' },
);

/** What a reviewer writes for each failing rule when approving a system that fails rules of severity error. */
export const WaiverInputSchema = Type.Object(
  {
    ruleId: Type.String({ minLength: 1, maxLength: 50 }),
    reason: Required(4000, { description: 'Why the exception is accepted' }),
    expiresOn: Type.String({ format: 'date', description: 'YYYY-MM-DD, after today: the last day the exception holds' }),
  },
  { additionalProperties: false },
);

/** failing: an error-severity rule fails; warnings_only: only warning rules fail (not a failure); passing: none fails. */
export const complianceResults = ['failing', 'warnings_only', 'passing'] as const;
export const ComplianceResultSchema = StringEnum(complianceResults, { description: 'failing: a rule of severity error fails; warnings_only: only warnings; passing: no rule fails' });

export const ComplianceSummarySchema = Type.Object({
  evaluatedAt: Type.String({ format: 'date-time' }),
  outcomes: Type.Record(Type.String(), Type.String()),
  errors: Type.Integer({ description: 'Failed rules of severity error' }),
  warnings: Type.Integer({ description: 'Failed rules of severity warning' }),
  waived: Type.Integer({ description: 'Failed rules covered by an exception that holds (counted neither as errors nor warnings)' }),
  result: ComplianceResultSchema,
});

export const SystemRecordSchema = Type.Object(
  {
    ...systemInputProperties,
    id: Type.String({ format: 'uuid' }),
    status: StringEnum(registrationStatuses, { description: 'Follows the last decision on its registration requests' }),
    verified: Type.Boolean({ description: 'false for records imported from public sources, until the owner confirms them' }),
    version: Type.Integer(),
    approvedVersion: Nullable(Type.Integer()),
    hasUnapprovedChanges: Type.Boolean({ description: 'Saved since the approved version: the status (e.g. approved) is that of the approved version, the changes are not approved yet' }),
    compliance: Nullable(ComplianceSummarySchema),
    waivers: Type.Optional(Type.Array(Type.Ref(WaiverSchema), { description: 'Exceptions to compliance rules, current and expired (on the record of one system)' })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SystemRecord', title: 'SystemRecord' },
);

/** What a list of systems shows: who, what, where in the framework, and its state; the record's body is left out. */
export const SystemSummarySchema = Type.Object(
  {
    id: SystemRecordSchema.properties.id,
    code: systemInputProperties.code,
    kind: systemInputProperties.kind,
    name: systemInputProperties.name,
    ownerAgencyId: systemInputProperties.ownerAgencyId,
    layer: systemInputProperties.layer,
    lifecycle: systemInputProperties.lifecycle,
    status: SystemRecordSchema.properties.status,
    verified: SystemRecordSchema.properties.verified,
    version: SystemRecordSchema.properties.version,
    approvedVersion: SystemRecordSchema.properties.approvedVersion,
    hasUnapprovedChanges: SystemRecordSchema.properties.hasUnapprovedChanges,
    compliance: SystemRecordSchema.properties.compliance,
    createdAt: SystemRecordSchema.properties.createdAt,
    updatedAt: SystemRecordSchema.properties.updatedAt,
  },
  { $id: 'SystemSummary', title: 'SystemSummary' },
);

export const FindingSchema = Type.Object(
  {
    ruleId: Type.String(),
    title: Localised,
    clause: Type.String(),
    severity: StringEnum(['error', 'warning'] as const),
    outcome: StringEnum(['pass', 'fail', 'not_applicable', 'not_checkable', 'waived'] as const, { description: 'waived: fails, but an exception that holds covers it (see waiver)' }),
    waiver: Type.Optional(Type.Ref(WaiverSchema)),
    message: Type.Optional(Localised),
    remedy: Localised,
    details: Type.Optional(Type.Unknown()),
  },
  { $id: 'ComplianceFinding', title: 'ComplianceFinding' },
);

export const RequestSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    systemId: Type.String({ format: 'uuid' }),
    system: Nullable(Type.Object({ code: Type.String(), nameVi: Type.String(), ownerAgencyId: Type.String() })),
    type: StringEnum(requestTypes),
    status: StringEnum(requestStatuses),
    version: Type.Integer(),
    note: Nullable(Type.String()),
    submittedByLabel: Type.String(),
    submittedAt: Type.String({ format: 'date-time' }),
    decidedByLabel: Nullable(Type.String()),
    decidedAt: Nullable(Type.String({ format: 'date-time' })),
    decisionComment: Nullable(Type.String()),
  },
  { $id: 'RegistrationRequest', title: 'RegistrationRequest' },
);

const SystemRef = Nullable(Type.Object({ id: Type.String(), code: Type.String(), nameVi: Type.String(), ownerAgencyId: Type.String() }));
export const RelationSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    fromId: Type.String({ format: 'uuid' }),
    toId: Type.String({ format: 'uuid' }),
    type: StringEnum(relationTypes, { description: 'uses (from uses to), part_of, replaces, duplicates' }),
    note: Nullable(Type.String()),
    from: SystemRef,
    to: SystemRef,
  },
  { $id: 'SystemRelation', title: 'SystemRelation' },
);

export const registrySchemas = [SystemInputSchema, WaiverSchema, SystemRecordSchema, SystemSummarySchema, FindingSchema, RequestSchema, RelationSchema];
