// Element and code-list imports from CSV or XLSX: the table read (core/tabular/table.ts), then converted row by row
// into specs and items, with per-row errors in Vietnamese and English.
import { AppError } from '../../../core/errors.js';
import { parseDecimal } from '../../../core/tabular/numbers.js';
import { readTable as readTabular } from '../../../core/tabular/table.js';
import { classifications, dataTypes, type CodeItem, type ElementSpec } from '../model.js';

export const MAX_TABLE_BYTES = 10 * 1024 * 1024;
export const MAX_TABLE_ROWS = 20_000;

export interface RowError {
  row: number;
  field?: string | undefined;
  value?: string | undefined;
  message: { vi: string; en: string };
}

/**
 * Reads a small CSV or XLSX table (imports, not validation) into a header and rows of text, with each row's number as
 * the spreadsheet shows it (the header is row 1): what row errors name.
 */
export function readTable(buffer: Buffer): Promise<{ header: string[]; rows: string[][]; rowNumbers: number[] }> {
  return readTabular(buffer, { maxBytes: MAX_TABLE_BYTES, maxRows: MAX_TABLE_ROWS });
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
    // Each missing column is a row error on the header row (row 1), in the shape the import routes declare.
    throw new AppError(
      400,
      'MISSING_COLUMNS',
      `Thiếu cột: ${missing.join(', ')}. Dòng đầu tiên của tệp phải có tên các cột này.`,
      `Missing columns: ${missing.join(', ')}. The first row of the file must name these columns.`,
      missing.map((field) => ({ row: 1, field, message: { vi: `Thiếu cột bắt buộc «${field}» ở dòng tiêu đề.`, en: `The required column "${field}" is missing from the header row.` } })),
    );
  }
  return index;
}

/** Turns rows into element specs, recording per-row errors for what cannot be converted (the API schema checks the rest). */
export function elementsFromTable(header: string[], rows: string[][], rowNumbers?: readonly number[]): { specs: { row: number; spec: ElementSpec }[]; errors: RowError[] } {
  const index = columnIndex(header, elementColumns, ['code', 'name_vi', 'name_en', 'definition', 'data_type', 'classification', 'owner_agency_id']);
  const specs: { row: number; spec: ElementSpec }[] = [];
  const errors: RowError[] = [];
  rows.forEach((values, i) => {
    const row = rowNumbers?.[i] ?? i + 2;
    const get = (c: string) => {
      const at = index.get(c);
      const v = at === undefined ? '' : (values[at] ?? '').trim();
      return v === '' ? undefined : v;
    };
    const number = (c: string, integer: boolean) => {
      const v = get(c);
      if (v === undefined) return undefined;
      const n = parseDecimal(v);
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

export function itemsFromTable(header: string[], rows: string[][], rowNumbers?: readonly number[]): { items: { row: number; item: CodeItem }[]; errors: RowError[] } {
  const index = columnIndex(header, itemColumns, ['code', 'name_vi']);
  const items: { row: number; item: CodeItem }[] = [];
  const errors: RowError[] = [];
  rows.forEach((values, i) => {
    const row = rowNumbers?.[i] ?? i + 2;
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

function isRowError(value: unknown): value is RowError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof RowError, unknown>>;
  const message = v.message as { vi?: unknown; en?: unknown } | undefined;
  return (
    Number.isInteger(v.row) &&
    typeof message?.vi === 'string' &&
    typeof message.en === 'string' &&
    (v.field === undefined || typeof v.field === 'string') &&
    (v.value === undefined || typeof v.value === 'string')
  );
}

/**
 * A 400 from an import in the shape its routes declare (details: rows, each with its message): details of any other
 * shape are left out, so the refusal still reaches the user instead of failing to serialise (a 500).
 */
export function asImportError(err: unknown): unknown {
  if (!(err instanceof AppError) || err.status !== 400 || err.details === undefined) return err;
  if (Array.isArray(err.details) && err.details.every(isRowError)) return err;
  return new AppError(400, err.code, err.messageVi, err.messageEn);
}

export function importFailed(errors: RowError[]): AppError {
  return new AppError(
    400,
    'IMPORT_FAILED',
    `Tệp có ${errors.length} lỗi; chưa nhập dòng nào. Hãy sửa theo từng dòng (số dòng như bảng tính hiển thị, dòng tiêu đề là dòng 1) rồi tải lên lại.`,
    `The file has ${errors.length} errors; nothing was imported. Fix them row by row (rows as the spreadsheet numbers them, the header being row 1) and upload again.`,
    errors.slice(0, 500),
  );
}
