// The data dictionary's vocabulary: elements, entities built from them, code lists, and their governance.

export const dataTypes = ['text', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'code'] as const;
export type DataType = (typeof dataTypes)[number];

/** Decree 13/2023 on personal data protection, plus the public/internal split of open data. */
export const classifications = ['public', 'internal', 'personal', 'sensitive'] as const;
export type Classification = (typeof classifications)[number];

export const governanceStatuses = ['draft', 'in_review', 'approved', 'deprecated'] as const;
export type GovernanceStatus = (typeof governanceStatuses)[number];

export const cardinalities = ['one', 'many'] as const;
export type Cardinality = (typeof cardinalities)[number];

export type Localised = { vi: string; en: string };

/** What a steward writes about an element; everything versioned and change-logged. */
export interface ElementSpec {
  code: string;
  name: Localised;
  definition: string;
  dataType: DataType;
  /** An ECMAScript regular expression the whole value must match (anchored when validating). */
  pattern?: string | undefined;
  /** Human description of the format, e.g. "12 chữ số". */
  format?: string | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  /** For integer and decimal: numbers; for date and datetime: ISO strings. */
  minimum?: number | string | undefined;
  maximum?: number | string | undefined;
  /** For dataType "code": the code list whose approved items are the allowed values. */
  codeList?: string | undefined;
  /** For code lists with levels (e.g. administrative units): only items of this level are allowed. */
  codeLevel?: number | undefined;
  classification: Classification;
  ownerAgencyId: string;
  steward?: string | undefined;
  synonyms: string[];
  /** The national shared data dictionary's identifier (Decision 2439/QĐ-TTg), where one exists. */
  externalRef?: string | undefined;
  examples: string[];
}

export interface EntityAttribute {
  /** The element's code. */
  element: string;
  /** The field name in records and the column in files; defaults to the element's code. */
  name?: string | undefined;
  required: boolean;
  cardinality: Cardinality;
  description?: string | undefined;
}

export const entityRelationKinds = ['has', 'belongs_to', 'refers_to'] as const;
export type EntityRelationKind = (typeof entityRelationKinds)[number];

export interface EntityRelation {
  kind: EntityRelationKind;
  /** The other entity's code. */
  target: string;
  cardinality: Cardinality;
  description?: string | undefined;
}

export interface EntitySpec {
  code: string;
  name: Localised;
  definition: string;
  ownerAgencyId: string;
  steward?: string | undefined;
  attributes: EntityAttribute[];
  relations: EntityRelation[];
}

export interface CodeListSpec {
  code: string;
  name: Localised;
  definition: string;
  ownerAgencyId: string;
  /** Where the list comes from (a decision, a standard). */
  source?: string | undefined;
  /** Names of the levels, top first, for lists with a hierarchy (e.g. ["Tỉnh/thành phố", "Xã/phường/đặc khu"]). */
  levels: string[];
}

export interface CodeItem {
  code: string;
  name: Localised;
  /** The parent item's code in the same list (e.g. a commune's province). */
  parent?: string | undefined;
  /** 1 for top-level items. */
  level: number;
  validFrom?: string | undefined;
  validTo?: string | undefined;
}

/** The governed state every element, entity and code list carries. */
export interface Governance {
  status: GovernanceStatus;
  /** major.minor of the working copy. */
  version: string;
  /** The last approved version, which validation uses; null until the first approval. */
  approvedVersion: string | null;
  /** For deprecated objects: the code of what replaces it. */
  replacedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ElementRecord = ElementSpec & Governance & { id: string };
export type EntityRecord = EntitySpec & Governance & { id: string };
export type CodeListRecord = CodeListSpec & Governance & { id: string; itemCount: number };

/** Resolved, approved definitions the validator runs on. */
export interface ResolvedAttribute {
  name: string;
  required: boolean;
  cardinality: Cardinality;
  element: ElementSpec;
  /** For code elements: the allowed codes (valid today, of the element's level). */
  codes?: ReadonlySet<string> | undefined;
}

export interface ResolvedEntity {
  code: string;
  version: string;
  name: Localised;
  attributes: ResolvedAttribute[];
}

export const problems = ['missing', 'wrong_type', 'bad_format', 'too_short', 'too_long', 'unknown_code', 'out_of_range', 'unknown_field', 'missing_column'] as const;
export type Problem = (typeof problems)[number];

export interface ValidationFinding {
  /** 1-based record number (data rows in files, not counting the header); 0 for the file itself. */
  row: number;
  field: string;
  problem: Problem;
  /** The offending value, cut to 200 characters. */
  value?: string | undefined;
  message: Localised;
}

export interface ValidationSummary {
  rows: number;
  validRows: number;
  invalidRows: number;
  findings: number;
  /** Counts per field and problem: { "so_dinh_danh": { "bad_format": 12 } }. */
  byField: Record<string, Partial<Record<Problem, number>>>;
  /** True when more findings exist than were kept. */
  truncated: boolean;
}
