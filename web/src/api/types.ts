/**
 * The Kiến trúc API's types, taken from the generated OpenAPI types (generated/schema.d.ts) under the names the pages
 * use; only what the document does not name (pages, unions of records) is written here. The fetch wrapper is client.ts.
 */
import type { components, paths } from './generated/schema';

type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'put' | 'patch';
/** The JSON an operation answers on success (200 or 201), from the generated document. */
type Json<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never;

export type Localised = Schemas['FrameworkComponent']['name'];

export type Role = Schemas['User']['role'];
export const ROLES: Role[] = ['admin', 'reviewer', 'officer', 'viewer'];

export type User = Schemas['User'];

/** Who is calling: user null for an anonymous visitor. */
export type Me = Json<'/api/v1/auth/me'>;
/** What a login answers: the user signed in. */
export type SignedIn = Json<'/api/v1/auth/login', 'post'>;

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export type Component = Schemas['FrameworkComponent'];

export type Layer = Framework['layers'][number];

export type Framework = Json<'/api/v1/framework'>;

export type AgencyKind = Schemas['Agency']['kind'];

export type Agency = Schemas['Agency'];

export type TaskStatus = Schemas['RoadmapTask']['status'];
export const TASK_STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'delayed', 'suspended'];
export type TaskPriority = Schemas['RoadmapTask']['priority'];

export type UnitRef = Schemas['RoadmapTask']['lead'];

export type Task = Schemas['RoadmapTask'];

export type ProgressEntry = Schemas['RoadmapProgress'];

export type TaskDetail = Json<'/api/v1/roadmap/tasks/{code}'>;

export type RoadmapGroup = Json<'/api/v1/roadmap/groups'>['items'][number];

export type ApiTokenItem = Json<'/api/v1/auth/tokens'>['items'][number];

export type AccessLogEntry = Json<'/api/v1/access-log'>['items'][number];

export type AuditEntry = Json<'/api/v1/audit'>['items'][number];

export type AuditVerification = Json<'/api/v1/audit/verify'>;

export type Providers = Json<'/api/v1/auth/providers'>;

// ---- IT application registry (task IV.1) ----

export const SYSTEM_KINDS = ['information_system', 'database', 'platform', 'api'] as const satisfies readonly SystemKind[];
export type SystemKind = Schemas['SystemInput']['kind'];
export const LIFECYCLES = ['planned', 'building', 'in_use', 'phasing_out', 'retired'] as const satisfies readonly Lifecycle[];
export type Lifecycle = Schemas['SystemInput']['lifecycle'];
export const AUDIENCES = ['internal', 'agencies', 'citizens', 'businesses'] as const satisfies readonly Audience[];
export type Audience = Schemas['SystemInput']['audiences'][number];
export const HOSTINGS = ['provincial_dc_hung_yen', 'provincial_dc_thai_binh', 'national_dc', 'ministry', 'commercial_cloud', 'vendor', 'on_premises', 'unknown'] as const satisfies readonly Hosting[];
export type Hosting = Schemas['SystemInput']['hosting'];
export const IPV6_STATES = ['ready', 'partial', 'not_ready', 'unknown'] as const satisfies readonly Ipv6State[];
export type Ipv6State = Schemas['SystemInput']['ipv6'];
export const AUTH_METHODS = ['vneid', 'provincial_sso', 'own', 'none'] as const satisfies readonly AuthMethod[];
export type AuthMethod = Schemas['SystemInput']['authentication'][number];
export const ACCESSIBILITY_LEVELS = ['wcag_aa', 'partial', 'none', 'unknown'] as const satisfies readonly AccessibilityLevel[];
export type AccessibilityLevel = Schemas['SystemInput']['accessibility'];
export const COMPONENT_LINKS = ['implements', 'uses'] as const satisfies readonly ComponentLink[];
export type ComponentLink = Schemas['SystemInput']['components'][number]['link'];
export const EXCHANGE_CHANNELS = ['lgsp', 'ndxp', 'direct', 'internal'] as const satisfies readonly ExchangeChannel[];
export type ExchangeChannel = Schemas['SystemInput']['interfaces'][number]['channel'];
export const DIRECTIONS = ['provides', 'consumes'] as const satisfies readonly Direction[];
export type Direction = Schemas['SystemInput']['interfaces'][number]['direction'];
export const DOCUMENT_KINDS = ['legal_basis', 'ministry_agreement', 'security_approval', 'design', 'investment_decision', 'other'] as const satisfies readonly DocumentKind[];
export type DocumentKind = Schemas['SystemInput']['documents'][number]['kind'];
export const RELATION_TYPES = ['uses', 'part_of', 'replaces', 'duplicates'] as const satisfies readonly RelationType[];
export type RelationType = Schemas['SystemRelation']['type'];
export const RECORD_STATUSES = ['draft', 'pending', 'approved', 'returned', 'rejected'] as const satisfies readonly RecordStatus[];
export type RecordStatus = Schemas['SystemRecord']['status'];
export const REQUEST_TYPES = ['establish', 'put_into_use', 'modify', 'retire'] as const satisfies readonly RequestType[];
export type RequestType = Schemas['RegistrationRequest']['type'];
export const REQUEST_STATUSES = ['pending', 'approved', 'returned', 'rejected'] as const satisfies readonly RequestStatus[];
export type RequestStatus = Schemas['RegistrationRequest']['status'];
export const OUTCOMES = ['fail', 'waived', 'not_checkable', 'pass', 'not_applicable'] as const satisfies readonly Outcome[];
export type Outcome = Schemas['ComplianceFinding']['outcome'];
export const COMPLIANCE_FILTERS = ['failing', 'warning', 'passing'] as const;
export type ComplianceFilter = (typeof COMPLIANCE_FILTERS)[number];

export type Contact = Schemas['SystemInput']['contacts'][number];

export type DataObject = Schemas['SystemInput']['dataObjects'][number];

export type SystemInterface = Schemas['SystemInput']['interfaces'][number];

export type SystemDocument = Schemas['SystemInput']['documents'][number];

export type SecurityLevel = NonNullable<Schemas['SystemInput']['securityLevel']>;

export type SystemInput = Schemas['SystemInput'];

export type ComplianceSummary = NonNullable<Schemas['SystemRecord']['compliance']>;

export type SystemRecord = Schemas['SystemRecord'];

/** What a list of systems shows (view=summary): the record without its body. */
export type SystemSummary = Schemas['SystemSummary'];

export type Finding = Schemas['ComplianceFinding'];

export type ComplianceWaiver = Schemas['ComplianceWaiver'];

export type ComplianceResult = ComplianceSummary['result'];

export type SystemRelation = Schemas['SystemRelation'];

export type SystemGraph = Json<'/api/v1/registry/systems/{id}/graph'>;

export type SystemVersion = Json<'/api/v1/registry/systems/{id}/versions'>['items'][number];

export type FieldChange = Json<'/api/v1/registry/systems/{id}/diff'>['changes'][number];

export type RegistrationRequest = Schemas['RegistrationRequest'];

export type ComplianceRule = Json<'/api/v1/registry/rules'>['items'][number];

export type ComplianceOverview = Json<'/api/v1/registry/compliance'>;

export type AgencyLandscape = Json<'/api/v1/registry/agencies/{id}'>;

export type EvaluationResult = Json<'/api/v1/registry/compliance/evaluate', 'post'>;

/** The province-wide integration map: systems, relations and exchanges by channel. */
export type IntegrationMap = Json<'/api/v1/registry/landscape/map'>;
export type MapEdge = IntegrationMap['edges'][number];

/** The landscape heat map: framework components by agency. */
export type LandscapeHeatMap = Json<'/api/v1/registry/landscape/heatmap'>;
export type HeatMapCell = LandscapeHeatMap['cells'][number];

export interface ImportRowError {
  row: number;
  column: string;
  field: string;
  value: unknown;
  message: Localised;
}

export type ImportResult = Json<'/api/v1/registry/import/xlsx', 'post'>;

export type ArchimateImportResult = Json<'/api/v1/registry/import/archimate', 'post'>;

// ---- data dictionary (task IV.2) ----

export const DATA_TYPES = ['text', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'code'] as const satisfies readonly DataType[];
export type DataType = Schemas['DataElement']['dataType'];
export const CLASSIFICATIONS = ['public', 'internal', 'personal', 'sensitive'] as const satisfies readonly Classification[];
export type Classification = Schemas['DataElement']['classification'];
export const GOVERNANCE_STATUSES = ['draft', 'in_review', 'approved', 'deprecated'] as const satisfies readonly GovernanceStatus[];
export type GovernanceStatus = Schemas['DataElement']['status'];
export const CARDINALITIES = ['one', 'many'] as const satisfies readonly Cardinality[];
export type Cardinality = EntityAttribute['cardinality'];
export const ENTITY_RELATION_KINDS = ['has', 'belongs_to', 'refers_to'] as const satisfies readonly EntityRelationKind[];
export type EntityRelationKind = EntityRelation['kind'];
export const PROBLEMS = ['missing', 'wrong_type', 'bad_format', 'too_short', 'too_long', 'unknown_code', 'out_of_range', 'unknown_field', 'missing_column'] as const satisfies readonly Problem[];
/** The findings' problems, as the findings filter names them (the finding itself says only string). */
export type Problem = NonNullable<NonNullable<paths['/api/v1/dictionary/validation-runs/{id}/findings']['get']['parameters']['query']>['problem']>;
export const TRANSITIONS = ['submit', 'approve', 'return', 'deprecate'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** The three kinds of governed objects and the API path of each. */
export type DictionaryKind = 'element' | 'entity' | 'code_list';
export const DICTIONARY_PATHS: Record<DictionaryKind, 'elements' | 'entities' | 'code-lists'> = { element: 'elements', entity: 'entities', code_list: 'code-lists' };

export type ElementSpec = Schemas['DataElementInput'];

export type EntityAttribute = Schemas['EntityInput']['attributes'][number];

export type EntityRelation = NonNullable<Schemas['EntityInput']['relations']>[number];

export type EntitySpec = Schemas['EntityInput'];

export type CodeListSpec = Schemas['CodeListInput'];

export type CodeItem = Schemas['CodeItem'];

export type DataElement = Schemas['DataElement'];
export type DataEntity = Schemas['Entity'];
export type CodeList = Schemas['CodeList'];
export type DictionaryRecord = DataElement | DataEntity | CodeList;

export type DictionaryChange = Schemas['DictionaryChange'];

export type DictionaryVersion = Json<'/api/v1/dictionary/elements/{code}/versions'>[number];

export type DictionaryUsage = Json<'/api/v1/dictionary/elements/{code}/usages'>[number];

export type ValidationFinding = Schemas['ValidationFinding'];

export type ValidationSummary = Schemas['ValidationSummary'];

export type ValidationRun = Schemas['ValidationRun'];

/** A refused dictionary import: details are the rows in error. */
export interface DictionaryRowError {
  row: number;
  field?: string;
  value?: string;
  message: Localised;
}

export type ItemsSaved = Json<'/api/v1/dictionary/code-lists/{code}/items', 'put'>;

export type ElementsImported = Json<'/api/v1/dictionary/elements/import', 'post'>;

/** GET /api/v1/registry/data-mapping: data objects of registered systems mapped to approved elements. */
export type MappingConformance = Json<'/api/v1/registry/data-mapping'>;
