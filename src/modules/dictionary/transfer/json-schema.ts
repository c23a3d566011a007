// An approved entity as a JSON Schema (draft 2020-12): the contract records exchanged between agencies must meet.
import { parseDecimal } from '../../../core/tabular/numbers.js';
import type { EntitySpec, ResolvedAttribute, ResolvedEntity, ResolvedRule } from '../model.js';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
/** Code lists up to this size are spelled out as an enum; larger ones would make the schema unreadable. */
const MAX_ENUM = 5000;

function typedExample(attribute: ResolvedAttribute, example: string): unknown {
  const type = attribute.element.dataType;
  if (type === 'integer' || type === 'decimal') {
    const n = parseDecimal(example);
    return Number.isFinite(n) ? n : undefined;
  }
  if (type === 'boolean') return example === 'true' ? true : example === 'false' ? false : undefined;
  return example;
}

function valueSchema(attribute: ResolvedAttribute): Record<string, unknown> {
  const e = attribute.element;
  const schema: Record<string, unknown> = {};
  switch (e.dataType) {
    case 'text':
    case 'code':
      schema.type = 'string';
      // JSON Schema patterns are not anchored; the dictionary's patterns describe the whole value.
      if (e.pattern) schema.pattern = `^(?:${e.pattern})$`;
      if (e.minLength !== undefined) schema.minLength = e.minLength;
      if (e.maxLength !== undefined) schema.maxLength = e.maxLength;
      if (e.dataType === 'code' && attribute.codes && attribute.codes.size <= MAX_ENUM) schema.enum = [...attribute.codes].sort();
      break;
    case 'integer':
    case 'decimal':
      schema.type = e.dataType === 'integer' ? 'integer' : 'number';
      if (typeof e.minimum === 'number') schema.minimum = e.minimum;
      if (typeof e.maximum === 'number') schema.maximum = e.maximum;
      break;
    case 'boolean':
      schema.type = 'boolean';
      break;
    case 'date':
      schema.type = 'string';
      schema.format = 'date';
      break;
    case 'datetime':
      schema.type = 'string';
      schema.format = 'date-time';
      break;
  }
  return schema;
}

function describe(attribute: ResolvedAttribute): string {
  const e = attribute.element;
  const notes = [e.definition];
  if (e.format) notes.push(`Định dạng: ${e.format}.`);
  if (e.codeList) notes.push(`Danh mục mã: ${e.codeList}${e.codeLevel ? ` (cấp ${e.codeLevel})` : ''}.`);
  if ((e.dataType === 'date' || e.dataType === 'datetime') && (e.minimum !== undefined || e.maximum !== undefined)) {
    notes.push(`Khoảng giá trị: ${e.minimum ?? '…'} – ${e.maximum ?? '…'}.`);
  }
  notes.push(`Phân loại: ${e.classification}.`);
  return notes.join(' ');
}

/**
 * A code_within rule as JSON Schema, where the codes are few enough to spell out: for each code above (a province),
 * if the record holds it, the code under it (a commune) is one of its descendants. Undefined for larger lists.
 */
function ruleSchemas(rule: ResolvedRule, resolved: ResolvedEntity): Record<string, unknown>[] | undefined {
  const lower = resolved.attributes.find((a) => a.name === rule.field);
  const upper = resolved.attributes.find((a) => a.name === rule.within);
  if (!lower?.codes || !upper?.codes || lower.codes.size > MAX_ENUM) return undefined;
  const under = new Map<string, string[]>();
  for (const code of lower.codes) {
    let parent = rule.parents.get(code);
    for (let depth = 0; parent !== undefined && depth < 16; depth++) {
      if (upper.codes.has(parent)) {
        const list = under.get(parent) ?? [];
        list.push(code);
        under.set(parent, list);
      }
      parent = rule.parents.get(parent);
    }
  }
  return [...upper.codes].sort().map((above) => ({
    if: { properties: { [rule.within]: { const: above } }, required: [rule.within] },
    then: { properties: { [rule.field]: { enum: (under.get(above) ?? []).sort() } } },
  }));
}

/** The approved entity as a JSON Schema (draft 2020-12) that records exchanged between agencies must meet. */
export function entityJsonSchema(entity: EntitySpec, resolved: ResolvedEntity, id: string): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const attribute of resolved.attributes) {
    const value = valueSchema(attribute);
    const examples = attribute.element.examples.map((x) => typedExample(attribute, x)).filter((x) => x !== undefined);
    const annotations = {
      title: attribute.element.name.vi,
      description: describe(attribute),
      ...(examples.length ? { examples: attribute.cardinality === 'many' ? [examples] : examples } : {}),
    };
    properties[attribute.name] =
      attribute.cardinality === 'many' ? { ...annotations, type: 'array', items: value, ...(attribute.required ? { minItems: 1 } : {}) } : { ...annotations, ...value };
    if (attribute.required) required.push(attribute.name);
  }
  // Rules across fields: spelled out as if/then where the codes are few enough, else named in the comment only.
  const allOf: Record<string, unknown>[] = [];
  const unexpressed: string[] = [];
  for (const rule of resolved.rules ?? []) {
    const schemas = ruleSchemas(rule, resolved);
    if (schemas) allOf.push(...schemas);
    else unexpressed.push(`${rule.field} within ${rule.within}`);
  }
  const rulesNote = (resolved.rules ?? []).length
    ? `; rules across fields: ${(resolved.rules ?? []).map((r) => `${r.field} lies under ${r.within} in their code list`).join(', ')}${unexpressed.length ? ` (not expressed here: ${unexpressed.join(', ')})` : ''}`
    : '';
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: id,
    title: entity.name.vi,
    description: `${entity.definition} (${entity.name.en}; phiên bản ${resolved.version})`,
    $comment: `Kiến trúc data dictionary, entity ${entity.code} version ${resolved.version}${rulesNote}`,
    type: 'object',
    properties,
    required,
    ...(allOf.length ? { allOf } : {}),
    additionalProperties: false,
  };
}
