import { Type, type Static } from '@sinclair/typebox';
import { Localised, StringEnum, Nullable } from '../../core/http.js';
import { cardinalities, classifications, dataTypes, entityRelationKinds, entityRuleKinds, governanceStatuses, problems, type Problem } from './model.js';

const Text = (max: number, options: { description?: string } = {}) => Type.String({ maxLength: max, ...options });
const Required = (max: number, options: { description?: string } = {}) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S', ...options });
export const CodeText = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
  description: 'Letters without diacritics, digits, _ . -; fixed once created',
});
const Names = Type.Object({ vi: Required(300), en: Required(300) }, { additionalProperties: false });
const Bound = Type.Union([Type.Number(), Type.String({ maxLength: 40 })], { description: 'A number for integer/decimal, an ISO date or date-time for date/datetime' });

export const ElementSpecSchema = Type.Object(
  {
    code: CodeText,
    name: Names,
    definition: Required(4000, { description: 'Business definition' }),
    dataType: StringEnum(dataTypes),
    pattern: Type.Optional(Text(500, { description: 'ECMAScript regular expression the whole value must match, run on a linear-time (RE2) engine: no backreferences or lookaround' })),
    format: Type.Optional(Text(200, { description: 'The format in words, e.g. "12 chữ số"' })),
    minLength: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
    minimum: Type.Optional(Bound),
    maximum: Type.Optional(Bound),
    codeList: Type.Optional(Text(64, { description: 'For dataType code: the code list of allowed values' })),
    codeLevel: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, description: 'Only items of this level of the code list' })),
    classification: StringEnum(classifications, { description: 'public, internal, personal or sensitive (sensitive personal data, Decree 13/2023)' }),
    ownerAgencyId: Required(100),
    steward: Type.Optional(Text(200)),
    synonyms: Type.Array(Required(200), { maxItems: 50 }),
    externalRef: Type.Optional(Text(200, { description: 'Identifier in the national shared data dictionary (Decision 2439/QĐ-TTg)' })),
    examples: Type.Array(Text(500), { maxItems: 20 }),
  },
  { $id: 'DataElementInput', title: 'DataElementInput', additionalProperties: false },
);

export const EntityAttributeSchema = Type.Object(
  {
    element: CodeText,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'Field and column name; the element code by default' })),
    required: Type.Boolean(),
    cardinality: StringEnum(cardinalities),
    description: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);
export const EntityRelationSchema = Type.Object(
  { kind: StringEnum(entityRelationKinds), target: CodeText, cardinality: StringEnum(cardinalities), description: Type.Optional(Text(1000)) },
  { additionalProperties: false },
);

const FieldName = (description: string) => Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z_][A-Za-z0-9_.-]*$', description });
export const EntityRuleSchema = Type.Object(
  {
    kind: StringEnum(entityRuleKinds, { description: 'code_within: the code in `field` lies under the code in `within` in their shared code list (a commune within its province)' }),
    field: FieldName('The field whose code must lie under the other'),
    within: FieldName('The field holding the code above it (a province)'),
    description: Type.Optional(Text(1000)),
  },
  { additionalProperties: false, description: 'A rule across fields, checked on every record and row where both values are present' },
);

export const EntitySpecSchema = Type.Object(
  {
    code: CodeText,
    name: Names,
    definition: Required(4000),
    ownerAgencyId: Required(100),
    steward: Type.Optional(Text(200)),
    attributes: Type.Array(EntityAttributeSchema, { minItems: 1, maxItems: 300 }),
    relations: Type.Array(EntityRelationSchema, { maxItems: 100 }),
    rules: Type.Optional(Type.Array(EntityRuleSchema, { maxItems: 50 })),
  },
  { $id: 'EntityInput', title: 'EntityInput', additionalProperties: false },
);

export const CodeListSpecSchema = Type.Object(
  {
    code: CodeText,
    name: Names,
    definition: Required(4000),
    ownerAgencyId: Required(100),
    source: Type.Optional(Text(1000)),
    levels: Type.Array(Required(100), { maxItems: 10 }),
  },
  { $id: 'CodeListInput', title: 'CodeListInput', additionalProperties: false },
);

export const CodeItemSchema = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 64, pattern: '^\\S(.*\\S)?$' }),
    name: Names,
    parent: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    level: Type.Integer({ minimum: 1, maximum: 10 }),
    validFrom: Type.Optional(Type.String({ format: 'date' })),
    validTo: Type.Optional(Type.String({ format: 'date' })),
  },
  { $id: 'CodeItem', title: 'CodeItem', additionalProperties: false },
);

const governanceFields = {
  status: StringEnum(governanceStatuses),
  version: Type.String({ description: 'major.minor of the working copy' }),
  approvedVersion: Nullable(Type.String({ description: 'The version validation uses; null until approved' })),
  revision: Type.Integer({ description: 'Counts every save and governance step; the ETag, to send back as If-Match' }),
  replacedBy: Nullable(Type.String()), // for deprecated objects: the code of what replaces it
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
};
/** The governed state every element, entity and code list carries (for its type; not in the document by itself). */
export const GovernanceSchema = Type.Object(governanceFields);
const governance = {
  id: Type.String({ format: 'uuid' }),
  ...governanceFields,
};

export const ElementRecordSchema = Type.Object(
  { ...ElementSpecSchema.properties, ...governance },
  { $id: 'DataElement', title: 'DataElement' },
);
export const EntityRecordSchema = Type.Object({ ...EntitySpecSchema.properties, ...governance }, { $id: 'Entity', title: 'Entity' });
export const CodeListRecordSchema = Type.Object(
  { ...CodeListSpecSchema.properties, ...governance, itemCount: Type.Integer() },
  { $id: 'CodeList', title: 'CodeList' },
);

export const ChangeSchema = Type.Object(
  {
    id: Type.Integer(),
    action: Type.String({ description: 'create, update, submit, approve, return, deprecate, items' }),
    version: Type.String(),
    field: Nullable(Type.String()),
    oldValue: Type.Unknown(),
    newValue: Type.Unknown(),
    comment: Nullable(Type.String()),
    actor: Type.String(),
    at: Type.String({ format: 'date-time' }),
  },
  { $id: 'DictionaryChange', title: 'DictionaryChange' },
);

export const FindingSchema = Type.Object(
  {
    row: Type.Integer({
      description: 'The row as the spreadsheet shows it, the header being row 1 (CSV: the record\u2019s number counting the header as 1; XLSX: the sheet\u2019s row); 0 for the file as a whole. JSON: the record\u2019s position, from 1',
    }),
    field: Type.String(),
    // Typed as a Problem for the server; in the document a plain string described in words (clients tolerate new problems).
    problem: Type.Unsafe<Problem>(Type.String({ description: problems.join(', ') })),
    value: Type.Optional(Nullable(Type.String())),
    message: Localised,
  },
  { $id: 'ValidationFinding', title: 'ValidationFinding' },
);

export const SummarySchema = Type.Object(
  {
    rows: Type.Integer(),
    validRows: Type.Integer(),
    invalidRows: Type.Integer(),
    findings: Type.Integer(),
    byField: Type.Unsafe<Record<string, Partial<Record<Problem, number>>>>(Type.Record(Type.String(), Type.Record(Type.String(), Type.Integer()))),
    truncated: Type.Boolean({ description: 'More findings exist than were kept' }),
  },
  { $id: 'ValidationSummary', title: 'ValidationSummary' },
);

export const ValidationRunSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    entityCode: Type.String(),
    entityVersion: Type.String(),
    source: StringEnum(['json', 'csv', 'xlsx'] as const),
    fileName: Nullable(Type.String()),
    bytes: Nullable(Type.Integer()),
    createdBy: Type.String(),
    summary: Type.Ref(SummarySchema),
    durationMs: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ValidationRun', title: 'ValidationRun' },
);

export type ElementSpecInput = Static<typeof ElementSpecSchema>;
export type EntitySpecInput = Static<typeof EntitySpecSchema>;
export type CodeListSpecInput = Static<typeof CodeListSpecSchema>;
export type CodeItemInput = Static<typeof CodeItemSchema>;

export const dictionarySchemas = [ElementSpecSchema, EntitySpecSchema, CodeListSpecSchema, CodeItemSchema, ElementRecordSchema, EntityRecordSchema, CodeListRecordSchema, ChangeSchema, FindingSchema, SummarySchema, ValidationRunSchema];
