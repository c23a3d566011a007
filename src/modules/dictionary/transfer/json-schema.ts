// An approved entity as a JSON Schema (draft 2020-12): the contract records exchanged between agencies must meet.
import { parseDecimal } from '../../../core/tabular/numbers.js';
import type { EntitySpec, ResolvedAttribute, ResolvedEntity } from '../model.js';

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
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: id,
    title: entity.name.vi,
    description: `${entity.definition} (${entity.name.en}; phiên bản ${resolved.version})`,
    $comment: `Kiến trúc data dictionary, entity ${entity.code} version ${resolved.version}`,
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  };
}
