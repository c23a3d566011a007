/**
 * The registry's record of an information system, database, platform or API, as the API and the
 * exchange formats (ArchiMate, CSV, XLSX) see it. Stored in `systems` (current state) and
 * `system_versions` (every saved state, append-only).
 */

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

export interface Contact {
  name: string;
  role: string;
  email?: string | undefined;
  phone?: string | undefined;
}

export interface DataObject {
  name: string;
  description?: string | undefined;
  /** Personal data under Decree 13/2023. */
  personal: boolean;
  /** Sensitive personal data under Decree 13/2023. */
  sensitive: boolean;
  /** Codes of the data dictionary's elements this data object holds (II.2(6)). */
  elements?: string[] | undefined;
}

export interface SystemInterface {
  name: string;
  direction: 'provides' | 'consumes';
  channel: ExchangeChannel;
  protocol?: string | undefined;
  /** The system on the other side, when it is registered here. */
  counterpartSystemId?: string | undefined;
  /** The other side's agency, when the system is not registered (e.g. a ministry's). */
  counterpartAgencyId?: string | undefined;
  /** For provided APIs: registered and published in the API catalogue (V-APEX / the provincial portal). */
  published?: boolean | undefined;
  catalogueUrl?: string | undefined;
}

export interface SystemDocument {
  kind: DocumentKind;
  title: string;
  number?: string | undefined;
  /** YYYY-MM-DD */
  date?: string | undefined;
  issuer?: string | undefined;
  url?: string | undefined;
}

export interface SecurityLevel {
  /** Cấp độ 1–5 under Decree 85/2016. */
  level: number;
  approvalNumber?: string | undefined;
  /** YYYY-MM-DD */
  approvalDate?: string | undefined;
}

/** What an officer fills in. Everything the compliance rules look at is here. */
export interface SystemInput {
  code: string;
  kind: SystemKind;
  name: { vi: string; en: string };
  ownerAgencyId: string;
  contacts: Contact[];
  purpose: string;
  audiences: Audience[];
  lifecycle: Lifecycle;
  layer: string;
  components: { code: string; link: ComponentLink }[];
  securityLevel: SecurityLevel | null;
  hosting: Hosting;
  hostingNote?: string | undefined;
  ipv6: Ipv6State;
  authentication: AuthMethod[];
  uiLanguages: string[];
  accessibility: AccessibilityLevel;
  /** For citizen-facing channels (IV.2): secure session management and access logging. */
  secureSessions: boolean;
  accessLogging: boolean;
  /** Specialised software of a department (III.2): needs the ministry's written agreement. */
  departmentSoftware: boolean;
  dataObjects: DataObject[];
  interfaces: SystemInterface[];
  documents: SystemDocument[];
  supplier?: string | undefined;
  yearStarted?: number | undefined;
  url?: string | undefined;
}

/** The displayed status follows the last decision on the system's registration requests. */
export const registrationStatuses = ['draft', 'pending', 'approved', 'returned', 'rejected'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export interface SystemRecord extends SystemInput {
  id: string;
  status: RegistrationStatus;
  /** Imported from public sources and not yet confirmed by the owner. */
  verified: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Relation {
  fromId: string;
  toId: string;
  type: RelationType;
  note?: string | undefined;
}

export const requestTypes = ['establish', 'put_into_use', 'modify', 'retire'] as const;
export type RequestType = (typeof requestTypes)[number];

export const requestStatuses = ['pending', 'approved', 'returned', 'rejected'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
