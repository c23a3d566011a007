// The data dictionary's vocabulary: elements, entities built from them, code lists, and their governance.
// The enum values are kept here, once; the schemas of api-schemas.ts are built from them, and the record types are
// derived from those schemas (Static), so a field is declared in one place.
import type { Static } from '@sinclair/typebox';
import type {
  CodeItemSchema,
  CodeListRecordSchema,
  CodeListSpecSchema,
  ElementRecordSchema,
  ElementSpecSchema,
  EntityAttributeSchema,
  EntityRecordSchema,
  EntityRelationSchema,
  EntityRuleSchema,
  EntitySpecSchema,
  FindingSchema,
  GovernanceSchema,
  SummarySchema,
} from './api-schemas.js';

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

// The records below are the API's schemas (api-schemas.ts), the one source of their shape: the types are derived.

/** What a steward writes about an element; everything versioned and change-logged. */
export type ElementSpec = Static<typeof ElementSpecSchema>;
export type EntityAttribute = Static<typeof EntityAttributeSchema>;

export const entityRelationKinds = ['has', 'belongs_to', 'refers_to'] as const;
export type EntityRelationKind = (typeof entityRelationKinds)[number];

export type EntityRelation = Static<typeof EntityRelationSchema>;

export const entityRuleKinds = ['code_within'] as const;
export type EntityRuleKind = (typeof entityRuleKinds)[number];
export type EntityRule = Static<typeof EntityRuleSchema>;
export type EntitySpec = Static<typeof EntitySpecSchema>;
export type CodeListSpec = Static<typeof CodeListSpecSchema>;
export type CodeItem = Static<typeof CodeItemSchema>;

/** The governed state every element, entity and code list carries. */
export type Governance = Static<typeof GovernanceSchema>;

export type ElementRecord = Static<typeof ElementRecordSchema>;
export type EntityRecord = Static<typeof EntityRecordSchema>;
export type CodeListRecord = Static<typeof CodeListRecordSchema>;

/** Resolved, approved definitions the validator runs on. */
export interface ResolvedAttribute {
  name: string;
  required: boolean;
  cardinality: Cardinality;
  element: ElementSpec;
  /** For code elements: the allowed codes (valid today, of the element's level). */
  codes?: ReadonlySet<string> | undefined;
}

/** A cross-field rule with what checking it needs: each code's parent in the list (items valid today). */
export interface ResolvedRule extends EntityRule {
  parents: ReadonlyMap<string, string>;
}

export interface ResolvedEntity {
  code: string;
  version: string;
  name: Localised;
  attributes: ResolvedAttribute[];
  rules?: ResolvedRule[] | undefined;
}

export const problems = [
  'missing',
  'wrong_type',
  'bad_format',
  'too_short',
  'too_long',
  'unknown_code',
  'out_of_range',
  'unknown_field',
  'missing_column',
  // A code that lost its leading zeros (1 for 01: the column was read as numbers).
  'leading_zeros_lost',
  // Valid UTF-8 that is really text typed in a TCVN3 or VNI font (NguyÔn for Nguyễn).
  'legacy_encoding',
  // Values that contradict each other across fields (a commune outside the row's province).
  'inconsistent',
] as const;
export type Problem = (typeof problems)[number];

export type ValidationFinding = Static<typeof FindingSchema>;
export type ValidationSummary = Static<typeof SummarySchema>;
