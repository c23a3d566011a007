/**
 * The registry's record of an information system, database, platform or API, as the API and the
 * exchange formats (ArchiMate, CSV, XLSX) see it. Stored in `systems` (current state) and
 * `system_versions` (every saved state, append-only).
 *
 * The enum values are kept here, once; the schemas of api-schemas.ts are built from them, and the record types are
 * derived from those schemas (Static), so a field is declared in one place.
 */
import type { Static } from '@sinclair/typebox';
import type {
  ContactSchema,
  DataObjectSchema,
  DocumentSchema,
  InterfaceSchema,
  RelationSchema,
  SecurityLevelSchema,
  SystemInputSchema,
  SystemRecordSchema,
} from './api-schemas.js';

export const systemKinds = ['information_system', 'database', 'platform', 'api'] as const;
export type SystemKind = (typeof systemKinds)[number];

export const lifecycles = ['planned', 'building', 'in_use', 'phasing_out', 'retired'] as const;
export type Lifecycle = (typeof lifecycles)[number];

export const audiences = ['internal', 'agencies', 'citizens', 'businesses'] as const;
export type Audience = (typeof audiences)[number];

/** Where it runs: the provincial data centres (of the former Hưng Yên and Thái Bình), the national one, or elsewhere. */
export const hostings = ['provincial_dc_hung_yen', 'provincial_dc_thai_binh', 'national_dc', 'ministry', 'commercial_cloud', 'vendor', 'on_premises', 'unknown'] as const;
export type Hosting = (typeof hostings)[number];

export const ipv6States = ['ready', 'partial', 'not_ready', 'unknown'] as const;
export type Ipv6State = (typeof ipv6States)[number];

export const authMethods = ['vneid', 'provincial_sso', 'own', 'none'] as const;
export type AuthMethod = (typeof authMethods)[number];

export const accessibilityLevels = ['wcag_aa', 'partial', 'none', 'unknown'] as const;
export type AccessibilityLevel = (typeof accessibilityLevels)[number];

export const componentLinks = ['implements', 'uses'] as const;
export type ComponentLink = (typeof componentLinks)[number];

/** Through which channel an interface exchanges data: the provincial LGSP, the national NDXP, or point to point. */
export const exchangeChannels = ['lgsp', 'ndxp', 'direct', 'internal'] as const;
export type ExchangeChannel = (typeof exchangeChannels)[number];

export const documentKinds = ['legal_basis', 'ministry_agreement', 'security_approval', 'design', 'investment_decision', 'other'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** uses: A uses B (B is "used by" A); part_of: A is part of B; replaces: A replaces B; duplicates: A duplicates B. */
export const relationTypes = ['uses', 'part_of', 'replaces', 'duplicates'] as const;
export type RelationType = (typeof relationTypes)[number];

// The records below are the API's schemas (api-schemas.ts), the one source of their shape: the types are derived.

export type Contact = Static<typeof ContactSchema>;
export type DataObject = Static<typeof DataObjectSchema>;
export type SystemInterface = Static<typeof InterfaceSchema>;
export type SystemDocument = Static<typeof DocumentSchema>;
export type SecurityLevel = Static<typeof SecurityLevelSchema>;
/** What an officer fills in. Everything the compliance rules look at is here. */
export type SystemInput = Static<typeof SystemInputSchema>;

/** The displayed status follows the last decision on the system's registration requests. */
export const registrationStatuses = ['draft', 'pending', 'approved', 'returned', 'rejected'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** A stored system as the service handles it: the API's record without what is computed on reading (compliance, approvedVersion, hasUnapprovedChanges). */
export type SystemRecord = Omit<Static<typeof SystemRecordSchema>, 'approvedVersion' | 'compliance' | 'hasUnapprovedChanges' | 'waivers'>;

/** A relation between two systems, as stored (the API's SystemRelation adds its id and both ends' summaries). */
export type Relation = Pick<Static<typeof RelationSchema>, 'fromId' | 'toId' | 'type'> & { note?: string | undefined };

export const requestTypes = ['establish', 'put_into_use', 'modify', 'retire'] as const;
export type RequestType = (typeof requestTypes)[number];

export const requestStatuses = ['pending', 'approved', 'returned', 'rejected'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
