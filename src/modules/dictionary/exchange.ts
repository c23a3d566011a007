// The dictionary in other formats: entities as JSON Schema 2020-12 and CSV templates; elements and code lists from CSV/XLSX.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors.js';
import { classifications, dataTypes, type CodeItem, type ElementSpec, type EntitySpec, type ResolvedAttribute, type ResolvedEntity } from './model.js';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
/** Code lists up to this size are spelled out as an enum; larger ones would make the schema unreadable. */
const MAX_ENUM = 5000;

function typedExample(attribute: ResolvedAttribute, example: string): unknown {
  const type = attribute.element.dataType;
  if (type === 'integer' || type === 'decimal') {
    const n = Number(example.replace(',', '.'));
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

/** A CSV with the entity's columns (and, on request, one row of examples), UTF-8 with a BOM so Excel shows Vietnamese. */
export function entityCsvTemplate(resolved: ResolvedEntity, withExample: boolean): string {
  const header = resolved.attributes.map((a) => a.name);
  const rows: string[][] = [header];
  if (withExample) rows.push(resolved.attributes.map((a) => (a.cardinality === 'many' ? a.element.examples.slice(0, 2).join(';') : (a.element.examples[0] ?? ''))));
  return `\uFEFF${stringify(rows, { record_delimiter: '\r\n' })}`;
}

// ---- import ----

export const MAX_TABLE_BYTES = 10 * 1024 * 1024;
export const MAX_TABLE_ROWS = 20_000;

export interface RowError {
  row: number;
  field?: string | undefined;
  value?: string | undefined;
  message: { vi: string; en: string };
}

function tableError(code: string, vi: string, en: string): AppError {
  return new AppError(400, code, vi, en);
}

/** Reads a small CSV or XLSX table (imports, not validation) into a header and rows of text. */
export async function readTable(buffer: Buffer): Promise<{ header: string[]; rows: string[][] }> {
  if (buffer.length === 0) throw tableError('FILE_EMPTY', 'Tệp rỗng.', 'The file is empty.');
  if (buffer.length > MAX_TABLE_BYTES) {
    throw new AppError(413, 'FILE_TOO_LARGE', `Tệp quá lớn (tối đa ${MAX_TABLE_BYTES / 1024 / 1024} MB).`, `The file is too large (the limit is ${MAX_TABLE_BYTES / 1024 / 1024} MB).`);
  }
  let table: string[][];
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw tableError('FILE_NOT_XLSX', 'Tệp không phải bảng tính XLSX hợp lệ.', 'The file is not a valid XLSX workbook.');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw tableError('FILE_EMPTY', 'Bảng tính không có trang nào.', 'The workbook has no sheet.');
    if (sheet.actualRowCount > MAX_TABLE_ROWS + 1) throw tableError('TOO_MANY_ROWS', `Tối đa ${MAX_TABLE_ROWS} dòng mỗi lần nhập.`, `At most ${MAX_TABLE_ROWS} rows per import.`);
    table = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values: string[] = [];
      for (let c = 1; c <= Math.min(sheet.columnCount, 100); c++) {
        const cell = row.getCell(c);
        const v = cell.value;
        values.push(v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(cell.text ?? v));
      }
      table.push(values);
    });
  } else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      throw tableError(
        'FILE_ENCODING',
        'Tệp không ở mã UTF-8 (có thể là TCVN3, VNI hoặc Windows-1258). Hãy lưu lại tệp dưới dạng "CSV UTF-8" rồi tải lên lại.',
        'The file is not UTF-8 (perhaps TCVN3, VNI or Windows-1258). Save it as "CSV UTF-8" and upload it again.',
      );
    }
    if (text.includes('\u0000')) throw tableError('FILE_NOT_CSV', 'Tệp không phải CSV hoặc XLSX.', 'The file is neither CSV nor XLSX.');
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    try {
      table = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, to: MAX_TABLE_ROWS + 2 }) as string[][];
    } catch (err) {
      throw tableError('CSV_MALFORMED', `Tệp CSV không đọc được: ${(err as Error).message}`, `The CSV file cannot be read: ${(err as Error).message}`);
    }
    if (table.length > MAX_TABLE_ROWS + 1) throw tableError('TOO_MANY_ROWS', `Tối đa ${MAX_TABLE_ROWS} dòng mỗi lần nhập.`, `At most ${MAX_TABLE_ROWS} rows per import.`);
  }
  const [header, ...rows] = table;
  if (!header || header.every((h) => h.trim() === '')) throw tableError('FILE_EMPTY', 'Tệp không có dòng tiêu đề.', 'The file has no header row.');
  return { header: header.map((h) => h.trim().replace(/^\uFEFF/, '')), rows: rows.filter((r) => r.some((v) => v.trim() !== '')) };
}

const list = (text: string | undefined) => (text ?? '').split(';').map((s) => s.trim()).filter(Boolean);

/** Column names of the element import file (also what the export writes). */
export const elementColumns = [
  'code', 'name_vi', 'name_en', 'definition', 'data_type', 'pattern', 'format', 'min_length', 'max_length', 'minimum', 'maximum',
  'code_list', 'code_level', 'classification', 'owner_agency_id', 'steward', 'synonyms', 'external_ref', 'examples',
] as const;

function columnIndex(header: string[], columns: readonly string[], required: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = h.toLowerCase().replace(/[\s-]+/g, '_');
    if (columns.includes(key)) index.set(key, i);
  });
  const missing = required.filter((c) => !index.has(c));
  if (missing.length) {
    throw new AppError(400, 'MISSING_COLUMNS', `Thiếu cột: ${missing.join(', ')}.`, `Missing columns: ${missing.join(', ')}.`, missing.map((field) => ({ row: 1, field })));
  }
  return index;
}

/** Turns rows into element specs, recording per-row errors for what cannot be converted (the API schema checks the rest). */
export function elementsFromTable(header: string[], rows: string[][]): { specs: { row: number; spec: ElementSpec }[]; errors: RowError[] } {
  const index = columnIndex(header, elementColumns, ['code', 'name_vi', 'name_en', 'definition', 'data_type', 'classification', 'owner_agency_id']);
  const specs: { row: number; spec: ElementSpec }[] = [];
  const errors: RowError[] = [];
  rows.forEach((values, i) => {
    const row = i + 2;
    const get = (c: string) => {
      const at = index.get(c);
      const v = at === undefined ? '' : (values[at] ?? '').trim();
      return v === '' ? undefined : v;
    };
    const number = (c: string, integer: boolean) => {
      const v = get(c);
      if (v === undefined) return undefined;
      const n = Number(v.replace(',', '.'));
      if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
        errors.push({ row, field: c, value: v, message: { vi: `Cột ${c}: "${v}" không phải số.`, en: `Column ${c}: "${v}" is not a number.` } });
        return undefined;
      }
      return n;
    };
    const dataType = get('data_type') ?? '';
    if (!(dataTypes as readonly string[]).includes(dataType)) {
      errors.push({ row, field: 'data_type', value: dataType, message: { vi: `Kiểu dữ liệu "${dataType}" không hợp lệ (${dataTypes.join(', ')}).`, en: `Data type "${dataType}" is not valid (${dataTypes.join(', ')}).` } });
    }
    const classification = get('classification') ?? '';
    if (!(classifications as readonly string[]).includes(classification)) {
      errors.push({ row, field: 'classification', value: classification, message: { vi: `Phân loại "${classification}" không hợp lệ (${classifications.join(', ')}).`, en: `Classification "${classification}" is not valid (${classifications.join(', ')}).` } });
    }
    const bound = (c: string) => (dataType === 'integer' || dataType === 'decimal' ? number(c, dataType === 'integer') : get(c));
    const spec: ElementSpec = {
      code: get('code') ?? '',
      name: { vi: get('name_vi') ?? '', en: get('name_en') ?? '' },
      definition: get('definition') ?? '',
      dataType: dataType as ElementSpec['dataType'],
      pattern: get('pattern'),
      format: get('format'),
      minLength: number('min_length', true),
      maxLength: number('max_length', true),
      minimum: bound('minimum'),
      maximum: bound('maximum'),
      codeList: get('code_list'),
      codeLevel: number('code_level', true),
      classification: classification as ElementSpec['classification'],
      ownerAgencyId: get('owner_agency_id') ?? '',
      steward: get('steward'),
      synonyms: list(get('synonyms')),
      externalRef: get('external_ref'),
      examples: list(get('examples')),
    };
    specs.push({ row, spec: Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined)) as unknown as ElementSpec });
  });
  return { specs, errors };
}

export const itemColumns = ['code', 'name_vi', 'name_en', 'parent', 'level', 'valid_from', 'valid_to'] as const;

export function itemsFromTable(header: string[], rows: string[][]): { items: { row: number; item: CodeItem }[]; errors: RowError[] } {
  const index = columnIndex(header, itemColumns, ['code', 'name_vi']);
  const items: { row: number; item: CodeItem }[] = [];
  const errors: RowError[] = [];
  rows.forEach((values, i) => {
    const row = i + 2;
    const get = (c: string) => {
      const at = index.get(c);
      const v = at === undefined ? '' : (values[at] ?? '').trim();
      return v === '' ? undefined : v;
    };
    const levelText = get('level');
    const level = levelText === undefined ? (get('parent') ? 2 : 1) : Number(levelText);
    if (!Number.isInteger(level) || level < 1 || level > 10) {
      errors.push({ row, field: 'level', value: levelText, message: { vi: `Cấp "${levelText}" không hợp lệ (1–10).`, en: `Level "${levelText}" is not valid (1–10).` } });
    }
    for (const c of ['valid_from', 'valid_to']) {
      const v = get(c);
      if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
        errors.push({ row, field: c, value: v, message: { vi: `Cột ${c}: "${v}" không phải ngày YYYY-MM-DD.`, en: `Column ${c}: "${v}" is not a date YYYY-MM-DD.` } });
      }
    }
    const code = get('code');
    const nameVi = get('name_vi');
    if (!code || !nameVi) {
      errors.push({ row, field: code ? 'name_vi' : 'code', message: { vi: 'Thiếu mã hoặc tên.', en: 'The code or the name is missing.' } });
      return;
    }
    const item: CodeItem = { code, name: { vi: nameVi, en: get('name_en') ?? nameVi }, level, parent: get('parent'), validFrom: get('valid_from'), validTo: get('valid_to') };
    items.push({ row, item: Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as unknown as CodeItem });
  });
  return { items, errors };
}

export function importFailed(errors: RowError[]): AppError {
  return new AppError(
    400,
    'IMPORT_FAILED',
    `Tệp có ${errors.length} lỗi; chưa nhập dòng nào. Hãy sửa theo từng dòng rồi tải lên lại.`,
    `The file has ${errors.length} errors; nothing was imported. Fix them row by row and upload again.`,
    errors.slice(0, 500),
  );
}
