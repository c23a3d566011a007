/** The Kiến trúc API: the types of what it returns (the fetch wrapper is client.ts). */

export interface Localised {
  vi: string;
  en: string;
}

export type Role = 'admin' | 'reviewer' | 'officer' | 'viewer';
export const ROLES: Role[] = ['admin', 'reviewer', 'officer', 'viewer'];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  active: boolean;
  hasPassword: boolean;
  oidcIssuer: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface Me {
  user: User;
  via: 'session' | 'token';
  csrfToken: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Component {
  code: string;
  layer: string;
  scope: 'national' | 'provincial';
  position: number;
  group: Localised | null;
  name: Localised;
  shortName: string | null;
  description: Localised;
  clause: string;
  legalBasis: string[];
}

export interface Layer {
  code: string;
  position: number;
  name: Localised;
  description: Localised;
  scopes: { scope: 'national' | 'provincial'; title: Localised; components: Component[] }[];
}

export interface Framework {
  source: { number: string; date: string; issuer: string; title: Localised };
  layers: Layer[];
  principles: { code: string; clause: string; text: Localised }[];
}

export type AgencyKind =
  | 'province'
  | 'people-committee-office'
  | 'department'
  | 'police'
  | 'inspectorate'
  | 'steering-committee'
  | 'commune'
  | 'ministry'
  | 'central-agency';

export interface Agency {
  id: string;
  kind: AgencyKind;
  name: Localised;
  shortName: string | null;
  parentId: string | null;
  adminUnitCode: string | null;
  namedInDecision: boolean;
  clauses: string[];
}

export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'delayed' | 'suspended';
export const TASK_STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'delayed', 'suspended'];
export type TaskPriority = 'priority' | 'annual_plan' | 'plan';

export interface UnitRef {
  text: string;
  agencies: string[];
  groups: string[];
}

export interface Task {
  code: string;
  group: string;
  position: number;
  title: Localised;
  lead: UnitRef;
  coordinating: UnitRef;
  period: { from: number; to: number };
  priority: TaskPriority;
  priorityText: string;
  status: TaskStatus;
  statusUpdatedAt: string | null;
}

export interface ProgressEntry {
  id: string;
  taskCode: string;
  status: TaskStatus;
  note: string;
  reportedOn: string;
  authorId: string | null;
  authorLabel: string;
  createdAt: string;
}

export type TaskDetail = Task & { progress: ProgressEntry[] };

export interface RoadmapGroup {
  code: string;
  name: Localised;
}

export interface ApiTokenItem {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AccessLogEntry {
  id: number;
  at: string;
  requestId: string;
  userId: string | null;
  tokenId: string | null;
  ip: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  userAgent: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  problems: { seq: number; problem: string }[];
}

export interface Providers {
  local: boolean;
  oidc: { id: string; name: string; loginUrl: string }[];
}

// ---- IT application registry (task IV.1); mirrors src/modules/registry/model.ts ----

export const SYSTEM_KINDS = ['information_system', 'database', 'platform', 'api'] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];
export const LIFECYCLES = ['planned', 'building', 'in_use', 'phasing_out', 'retired'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];
export const AUDIENCES = ['internal', 'agencies', 'citizens', 'businesses'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const HOSTINGS = ['provincial_dc_hung_yen', 'provincial_dc_thai_binh', 'national_dc', 'ministry', 'commercial_cloud', 'vendor', 'on_premises', 'unknown'] as const;
export type Hosting = (typeof HOSTINGS)[number];
export const IPV6_STATES = ['ready', 'partial', 'not_ready', 'unknown'] as const;
export type Ipv6State = (typeof IPV6_STATES)[number];
export const AUTH_METHODS = ['vneid', 'provincial_sso', 'own', 'none'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];
export const ACCESSIBILITY_LEVELS = ['wcag_aa', 'partial', 'none', 'unknown'] as const;
export type AccessibilityLevel = (typeof ACCESSIBILITY_LEVELS)[number];
export const COMPONENT_LINKS = ['implements', 'uses'] as const;
export type ComponentLink = (typeof COMPONENT_LINKS)[number];
export const EXCHANGE_CHANNELS = ['lgsp', 'ndxp', 'direct', 'internal'] as const;
export type ExchangeChannel = (typeof EXCHANGE_CHANNELS)[number];
export const DIRECTIONS = ['provides', 'consumes'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DOCUMENT_KINDS = ['legal_basis', 'ministry_agreement', 'security_approval', 'design', 'investment_decision', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const RELATION_TYPES = ['uses', 'part_of', 'replaces', 'duplicates'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export const RECORD_STATUSES = ['draft', 'pending', 'approved', 'returned', 'rejected'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];
export const REQUEST_TYPES = ['establish', 'put_into_use', 'modify', 'retire'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const REQUEST_STATUSES = ['pending', 'approved', 'returned', 'rejected'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OUTCOMES = ['fail', 'not_checkable', 'pass', 'not_applicable'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const COMPLIANCE_FILTERS = ['failing', 'warning', 'passing'] as const;
export type ComplianceFilter = (typeof COMPLIANCE_FILTERS)[number];

export interface Contact {
  name: string;
  role: string;
  email?: string;
  phone?: string;
}

export interface DataObject {
  name: string;
  description?: string;
  personal: boolean;
  sensitive: boolean;
  /** Codes of the data dictionary elements it holds. */
  elements?: string[];
}

export interface SystemInterface {
  name: string;
  direction: Direction;
  channel: ExchangeChannel;
  protocol?: string;
  counterpartSystemId?: string;
  counterpartAgencyId?: string;
  published?: boolean;
  catalogueUrl?: string;
}

export interface SystemDocument {
  kind: DocumentKind;
  title: string;
  number?: string;
  date?: string;
  issuer?: string;
  url?: string;
}

export interface SecurityLevel {
  level: number;
  approvalNumber?: string;
  approvalDate?: string;
}

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
  hostingNote?: string;
  ipv6: Ipv6State;
  authentication: AuthMethod[];
  uiLanguages: string[];
  accessibility: AccessibilityLevel;
  secureSessions: boolean;
  accessLogging: boolean;
  departmentSoftware: boolean;
  dataObjects: DataObject[];
  interfaces: SystemInterface[];
  documents: SystemDocument[];
  supplier?: string;
  yearStarted?: number;
  url?: string;
}

export interface ComplianceSummary {
  evaluatedAt: string;
  outcomes: Record<string, Outcome>;
  errors: number;
  warnings: number;
}

export interface SystemRecord extends SystemInput {
  id: string;
  status: RecordStatus;
  verified: boolean;
  version: number;
  approvedVersion: number | null;
  compliance: ComplianceSummary | null;
  createdAt: string;
  updatedAt: string;
}

export interface Finding {
  ruleId: string;
  title: Localised;
  clause: string;
  severity: 'error' | 'warning';
  outcome: Outcome;
  message?: Localised;
  remedy: Localised;
}

export interface SystemRef {
  id: string;
  code: string;
  nameVi: string;
  ownerAgencyId: string;
}

export interface SystemRelation {
  id: string;
  fromId: string;
  toId: string;
  type: RelationType;
  note: string | null;
  from: SystemRef | null;
  to: SystemRef | null;
}

export interface SystemGraph {
  rootId: string;
  nodes: { id: string; code: string; nameVi: string; kind: string; ownerAgencyId: string; lifecycle: string; errors: number; warnings: number }[];
  edges: { id: string; fromId: string; toId: string; type: RelationType }[];
}

export interface SystemVersion {
  version: number;
  lifecycle: Lifecycle;
  changeNote: string | null;
  authorLabel: string;
  createdAt: string;
  approved: boolean;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RegistrationRequest {
  id: string;
  systemId: string;
  system: { code: string; nameVi: string; ownerAgencyId: string } | null;
  type: RequestType;
  status: RequestStatus;
  version: number;
  note: string | null;
  submittedByLabel: string;
  submittedAt: string;
  decidedByLabel: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
}

export interface ComplianceRule {
  id: string;
  title: Localised;
  clause: string;
  severity: 'error' | 'warning';
  remedy: Localised;
}

export interface RuleCounts {
  pass: number;
  fail: number;
  not_applicable: number;
  not_checkable: number;
}

export interface ComplianceOverview {
  totals: { systems: number; failing: number; warning: number; passing: number };
  byRule: ({ ruleId: string; title: Localised; clause: string; severity: 'error' | 'warning' } & RuleCounts)[];
  byAgency: { agencyId: string; systems: number; failing: number; warning: number; passing: number }[];
}

export interface AgencyLandscape {
  agency: Agency;
  systems: SystemRecord[];
  compliance: ComplianceOverview;
}

export interface EvaluationResult {
  systems: number;
  rules: number;
  errors: number;
  warnings: number;
}

export interface ImportRowError {
  row: number;
  column: string;
  field: string;
  value: unknown;
  message: Localised;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged?: number;
  rows?: number;
}

export interface ArchimateImportResult {
  created: number;
  updated: number;
  unchanged?: number;
  relations: number;
  skipped: { identifier: string; type: string; reason: Localised }[];
}

// ---- data dictionary (task IV.2); mirrors src/modules/dictionary/model.ts and api-schemas.ts ----

export const DATA_TYPES = ['text', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'code'] as const;
export type DataType = (typeof DATA_TYPES)[number];
export const CLASSIFICATIONS = ['public', 'internal', 'personal', 'sensitive'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const GOVERNANCE_STATUSES = ['draft', 'in_review', 'approved', 'deprecated'] as const;
export type GovernanceStatus = (typeof GOVERNANCE_STATUSES)[number];
export const CARDINALITIES = ['one', 'many'] as const;
export type Cardinality = (typeof CARDINALITIES)[number];
export const ENTITY_RELATION_KINDS = ['has', 'belongs_to', 'refers_to'] as const;
export type EntityRelationKind = (typeof ENTITY_RELATION_KINDS)[number];
export const PROBLEMS = ['missing', 'wrong_type', 'bad_format', 'too_short', 'too_long', 'unknown_code', 'out_of_range', 'unknown_field', 'missing_column'] as const;
export type Problem = (typeof PROBLEMS)[number];
export const TRANSITIONS = ['submit', 'approve', 'return', 'deprecate'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** The three kinds of governed objects and the API path of each. */
export type DictionaryKind = 'element' | 'entity' | 'code_list';
export const DICTIONARY_PATHS: Record<DictionaryKind, 'elements' | 'entities' | 'code-lists'> = { element: 'elements', entity: 'entities', code_list: 'code-lists' };

export interface ElementSpec {
  code: string;
  name: Localised;
  definition: string;
  dataType: DataType;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number | string;
  maximum?: number | string;
  codeList?: string;
  codeLevel?: number;
  classification: Classification;
  ownerAgencyId: string;
  steward?: string;
  synonyms: string[];
  externalRef?: string;
  examples: string[];
}

export interface EntityAttribute {
  element: string;
  name?: string;
  required: boolean;
  cardinality: Cardinality;
  description?: string;
}

export interface EntityRelation {
  kind: EntityRelationKind;
  target: string;
  cardinality: Cardinality;
  description?: string;
}

export interface EntitySpec {
  code: string;
  name: Localised;
  definition: string;
  ownerAgencyId: string;
  steward?: string;
  attributes: EntityAttribute[];
  relations: EntityRelation[];
}

export interface CodeListSpec {
  code: string;
  name: Localised;
  definition: string;
  ownerAgencyId: string;
  source?: string;
  levels: string[];
}

export interface CodeItem {
  code: string;
  name: Localised;
  parent?: string;
  level: number;
  validFrom?: string;
  validTo?: string;
}

export interface Governance {
  id: string;
  status: GovernanceStatus;
  /** major.minor of the working copy (anonymous visitors get the approved one). */
  version: string;
  approvedVersion: string | null;
  replacedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export type DataElement = ElementSpec & Governance;
export type DataEntity = EntitySpec & Governance;
export type CodeList = CodeListSpec & Governance & { itemCount: number };
export type DictionaryRecord = DataElement | DataEntity | CodeList;

export interface DictionaryChange {
  id: number;
  action: string;
  version: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  comment: string | null;
  actor: string;
  at: string;
}

export interface DictionaryVersion {
  version: string;
  spec: unknown;
  approvedBy: string | null;
  approvedAt: string;
}

export interface DictionaryUsage {
  /** "entity", "element" or "registry" (a registered system). */
  source: string;
  code: string;
  name: string;
}

export interface ValidationFinding {
  row: number;
  field: string;
  problem: Problem;
  value?: string | null;
  message: Localised;
}

export interface ValidationSummary {
  rows: number;
  validRows: number;
  invalidRows: number;
  findings: number;
  byField: Record<string, Partial<Record<Problem, number>>>;
  truncated: boolean;
}

export interface ValidationRun {
  id: string;
  entityCode: string;
  entityVersion: string;
  source: 'json' | 'csv' | 'xlsx';
  fileName: string | null;
  bytes: number | null;
  createdBy: string;
  summary: ValidationSummary;
  durationMs: number;
  createdAt: string;
}

/** A refused dictionary import: details are the rows in error. */
export interface DictionaryRowError {
  row: number;
  field?: string;
  value?: string;
  message: Localised;
}

export interface ItemsSaved {
  added: number;
  changed: number;
  unchanged: number;
  version: string;
}

export interface ElementsImported {
  created: number;
  updated: number;
  unchanged: number;
  rows: number;
}

/** GET /api/v1/registry/data-mapping: data objects of registered systems mapped to approved elements. */
export interface MappingConformance {
  systems: { id: string; code: string; nameVi: string; ownerAgencyId: string; total: number; mapped: number }[];
  agencies: { agencyId: string; systems: number; total: number; mapped: number; share: number | null }[];
  total: number;
  mapped: number;
  share: number | null;
}
