// Reading a filled import template (or an exported sheet) into system inputs, with per-row, per-field messages in
// Vietnamese and English. An enum cell may hold the code, the Vietnamese or English label (labels.json), or a former
// template label, with or without diacritics. The workbook is read in time linear in the cells it holds.
import type ExcelJS from 'exceljs';
import { spreadsheetDate } from '../../../../core/tabular/dates.js';
import { fileErrors } from '../../../../core/tabular/errors.js';
import { isLegacyExcel } from '../../../../core/tabular/sniff.js';
import { columnLetter, loadWorkbook, presentRows, rowCells, type CellScalar } from '../../../../core/tabular/xlsx.js';
import { MAX_UNPACKED_BYTES } from '../../../../core/tabular/zip.js';
import { foldForSearch } from '../../../../core/text.js';
import { registryLabels as labels, type Text } from '../../labels.js';
import {
  accessibilityLevels,
  audiences,
  authMethods,
  componentLinks,
  documentKinds,
  hostings,
  ipv6States,
  lifecycles,
  systemKinds,
  type Contact,
  type DataObject,
  type SystemDocument,
  type SystemInput,
} from '../../model.js';
import { AGENCIES_SHEET, COMPONENTS_SHEET, INSTRUCTIONS_SHEET, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, importColumns, layerCodes, registryColumns } from './columns.js';

export class SpreadsheetError extends Error {
  constructor(
    readonly code: 'INVALID_XLSX' | 'TOO_MANY_ROWS' | 'TOO_LARGE',
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'SpreadsheetError';
  }
}

/**
 * The labels the template carried before labels.json (e.g. «Đang dừng dần», «Sẵn sàng», «API (giao diện lập trình)»):
 * accepted on import as aliases, beside the codes and the labels.json wording, so that templates agencies already
 * filled in still import. Never written: the template, its instructions and its lists use labels.json.
 */
const formerLabels = {
  kind: {
    information_system: { vi: 'Hệ thống thông tin', en: 'Information system' },
    database: { vi: 'Cơ sở dữ liệu', en: 'Database' },
    platform: { vi: 'Nền tảng', en: 'Platform' },
    api: { vi: 'API (giao diện lập trình)', en: 'API' },
  },
  lifecycle: {
    planned: { vi: 'Dự kiến', en: 'Planned' },
    building: { vi: 'Đang xây dựng', en: 'Being built' },
    in_use: { vi: 'Đang sử dụng', en: 'In use' },
    phasing_out: { vi: 'Đang dừng dần', en: 'Phasing out' },
    retired: { vi: 'Đã dừng sử dụng', en: 'Retired' },
  },
  audiences: {
    internal: { vi: 'Nội bộ cơ quan', en: 'Internal' },
    agencies: { vi: 'Cơ quan nhà nước', en: 'Agencies' },
    citizens: { vi: 'Người dân', en: 'Citizens' },
    businesses: { vi: 'Doanh nghiệp', en: 'Businesses' },
  },
  hosting: {
    provincial_dc_hung_yen: { vi: 'Trung tâm dữ liệu tỉnh (Hưng Yên)', en: 'Provincial data centre (Hưng Yên)' },
    provincial_dc_thai_binh: { vi: 'Trung tâm dữ liệu tỉnh (Thái Bình cũ)', en: 'Provincial data centre (former Thái Bình)' },
    national_dc: { vi: 'Trung tâm dữ liệu quốc gia', en: 'National data centre' },
    ministry: { vi: 'Hạ tầng của Bộ, ngành', en: 'A ministry’s infrastructure' },
    commercial_cloud: { vi: 'Điện toán đám mây thương mại', en: 'Commercial cloud' },
    vendor: { vi: 'Hạ tầng của nhà cung cấp', en: 'Vendor’s infrastructure' },
    on_premises: { vi: 'Máy chủ tại cơ quan', en: 'On premises' },
    unknown: { vi: 'Chưa rõ', en: 'Unknown' },
  },
  ipv6: {
    ready: { vi: 'Sẵn sàng', en: 'Ready' },
    partial: { vi: 'Một phần', en: 'Partial' },
    not_ready: { vi: 'Chưa sẵn sàng', en: 'Not ready' },
    unknown: { vi: 'Chưa rõ', en: 'Unknown' },
  },
  authentication: {
    vneid: { vi: 'VNeID', en: 'VNeID' },
    provincial_sso: { vi: 'Đăng nhập một lần của tỉnh (SSO)', en: 'Provincial single sign-on' },
    own: { vi: 'Tài khoản riêng', en: 'Own accounts' },
    none: { vi: 'Không xác thực', en: 'None' },
  },
  accessibility: {
    wcag_aa: { vi: 'Đạt WCAG 2.1 mức AA', en: 'WCAG 2.1 AA' },
    partial: { vi: 'Một phần', en: 'Partial' },
    none: { vi: 'Không', en: 'None' },
    unknown: { vi: 'Chưa rõ', en: 'Unknown' },
  },
  componentLink: {
    implements: { vi: 'triển khai', en: 'implements' },
    uses: { vi: 'sử dụng', en: 'uses' },
  },
  documentKind: {
    legal_basis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
    ministry_agreement: { vi: 'Văn bản thống nhất của Bộ', en: 'Ministry agreement' },
    security_approval: { vi: 'Phê duyệt cấp độ an toàn', en: 'Security level approval' },
    design: { vi: 'Thiết kế', en: 'Design' },
    investment_decision: { vi: 'Quyết định đầu tư', en: 'Investment decision' },
    other: { vi: 'Khác', en: 'Other' },
  },
} as const;

export interface ImportError {
  /** Row number in the sheet (the header row for a missing column). */
  row: number;
  /** Column letter, e.g. "B" ('' when the column is missing). */
  column: string;
  /** Column key, e.g. "kind". */
  field: string;
  value: string;
  message: Text;
}

export interface ImportResult {
  rows: { row: number; input: SystemInput }[];
  errors: ImportError[];
  /** The owner agency each data row names (rows with errors included), so rights are checked on every row at once. */
  owners: { row: number; code: string; ownerAgencyId: string; column: string }[];
}

/** NFC, trimmed, NUL removed. */
function clean(text: string): string {
  return text.normalize('NFC').replaceAll('\u0000', '').trim();
}

function headerKey(text: string): string {
  return foldForSearch(clean(text).replace(/\s*\*\s*$/, ''));
}

/** Every importable column (and the export-only ones, recognised so they are not mistaken for data) by header text in vi or en, or key. */
const headerIndex = new Map<string, string>();
for (const c of [...importColumns, ...registryColumns, { key: 'owner_agency_name', header: { vi: 'Tên cơ quan chủ quản', en: 'Owner agency' } }]) {
  for (const h of [c.header.vi, c.header.en, c.key]) headerIndex.set(headerKey(h), c.key);
}
const importKeys = new Set(importColumns.map((c) => c.key));

function cellText(value: CellScalar): string {
  if (value === null) return '';
  return value instanceof Date ? (spreadsheetDate(value) ?? '') : clean(String(value));
}

/**
 * Lookup of an enum by code, by its label in labels.json (Vietnamese or English), or by a former template label;
 * case, spacing and diacritics do not matter. When two texts collide, labels.json wins over a former label.
 */
function enumLookup<T extends string>(codes: readonly T[], current: Record<T, Text>, former: Record<T, Text>, extra: Record<string, T> = {}): (raw: string) => T | undefined {
  const map = new Map<string, T>();
  const put = (text: string, code: T) => {
    map.set(clean(text).toLowerCase().replace(/\s+/g, ' '), code);
    map.set(foldForSearch(text), code);
  };
  for (const code of codes) {
    put(former[code].vi, code);
    put(former[code].en, code);
  }
  for (const code of codes) {
    put(code, code);
    put(code.replace(/_/g, ' '), code);
    put(current[code].vi, code);
    put(current[code].en, code);
  }
  for (const [text, code] of Object.entries(extra)) put(text, code);
  return (raw) => map.get(clean(raw).toLowerCase().replace(/\s+/g, ' ')) ?? map.get(foldForSearch(raw));
}

const lookups = {
  kind: enumLookup(systemKinds, labels.kind, formerLabels.kind, { api: 'api', 'he thong': 'information_system', csdl: 'database' }),
  lifecycle: enumLookup(lifecycles, labels.lifecycle, formerLabels.lifecycle),
  audiences: enumLookup(audiences, labels.audience, formerLabels.audiences),
  hosting: enumLookup(hostings, labels.hosting, formerLabels.hosting),
  ipv6: enumLookup(ipv6States, labels.ipv6, formerLabels.ipv6),
  authentication: enumLookup(authMethods, labels.authentication, formerLabels.authentication, { sso: 'provincial_sso' }),
  accessibility: enumLookup(accessibilityLevels, labels.accessibility, formerLabels.accessibility),
  componentLink: enumLookup(componentLinks, labels.componentLink, formerLabels.componentLink),
  documentKind: enumLookup(documentKinds, labels.documentKind, formerLabels.documentKind),
};

const trueWords = new Set(['co', 'x', 'yes', 'y', 'true', '1', 'dung', 'da co']);
const falseWords = new Set(['khong', 'no', 'n', 'false', '0', 'sai', 'chua']);

const codePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9][0-9 .()-]{5,}$/;

/** Reads a filled template (or an exported sheet): finds the data sheet and its header, checks every field of every row. */
export async function parseImportXlsx(buffer: Buffer, ctx: { agencyIds: Set<string>; componentCodes: Set<string> }): Promise<ImportResult> {
  const notXlsx = () =>
    new SpreadsheetError(
      'INVALID_XLSX',
      'Tệp không phải là bảng tính Excel (.xlsx) hợp lệ hoặc không có trang dữ liệu «Hệ thống» với dòng tiêu đề của mẫu nhập.',
      'The file is not a valid Excel workbook (.xlsx), or it has no "Hệ thống" data sheet with the template’s header row.',
    );
  if (buffer.length > MAX_IMPORT_BYTES) {
    throw new SpreadsheetError(
      'TOO_LARGE',
      `Tệp quá lớn (tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
      `The file is too large (the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
    );
  }
  if (isLegacyExcel(buffer)) throw fileErrors.legacyExcel();
  const workbook = await loadWorkbook(buffer);
  if (workbook === 'not_xlsx') throw notXlsx();
  if (workbook === 'too_large') {
    throw new SpreadsheetError(
      'TOO_LARGE',
      `Tệp quá lớn khi giải nén (tối đa ${MAX_UNPACKED_BYTES / 1024 / 1024} MB).`,
      `The file is too large once unpacked (the limit is ${MAX_UNPACKED_BYTES / 1024 / 1024} MB).`,
    );
  }

  const found = findDataSheet(workbook);
  if (!found) throw notXlsx();
  const { sheet, headerRow, columns } = found;
  // Rows holding a value, each with its cells: the work follows what the sheet holds, not its last row number.
  const rows = [...presentRows(sheet, headerRow + 1)];

  if (rows.length > MAX_IMPORT_ROWS) {
    const wanted = new Set(columns.map((c) => c.index));
    const dataRows = rows.filter((row) => row.cells.some((c) => wanted.has(c.column) && cellText(c.value) !== '')).length;
    if (dataRows > MAX_IMPORT_ROWS) {
      throw new SpreadsheetError(
        'TOO_MANY_ROWS',
        `Tệp có ${dataRows} dòng dữ liệu, vượt quá giới hạn ${MAX_IMPORT_ROWS} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`,
        `The file has ${dataRows} data rows, more than the ${MAX_IMPORT_ROWS} an import may carry. Split it into several files.`,
      );
    }
  }

  const result: ImportResult = { rows: [], errors: [], owners: [] };
  const columnOf = new Map(columns.map((c) => [c.key, c]));
  for (const c of importColumns.filter((c) => c.required && c.key !== 'layer')) {
    if (!columnOf.has(c.key)) {
      result.errors.push({
        row: headerRow,
        column: '',
        field: c.key,
        value: '',
        message: { vi: `Thiếu cột bắt buộc «${c.header.vi}».`, en: `The required column "${c.header.en}" is missing.` },
      });
    }
  }
  if (result.errors.length > 0) return result;

  const codes = new Map<string, number>();
  let count = 0;
  const keyOfColumn = new Map(columns.map((c) => [c.index, c.key]));
  for (const row of rows) {
    const r = row.number;
    const raw = new Map<string, CellScalar>();
    for (const c of columns) raw.set(c.key, null);
    for (const cell of row.cells) {
      const key = keyOfColumn.get(cell.column);
      if (key !== undefined) raw.set(key, cell.value);
    }
    if ([...raw.values()].every((v) => cellText(v) === '')) continue;
    if (++count > MAX_IMPORT_ROWS) {
      throw new SpreadsheetError(
        'TOO_MANY_ROWS',
        `Tệp có hơn ${MAX_IMPORT_ROWS} dòng dữ liệu, vượt quá giới hạn mỗi lần nhập. Hãy chia thành nhiều tệp.`,
        `The file has more than the ${MAX_IMPORT_ROWS} data rows an import may carry. Split it into several files.`,
      );
    }
    const parsed = parseRow(r, raw, (key) => columnOf.get(key)?.letter ?? '', ctx);
    const code = parsed.input?.code ?? cellText(raw.get('code') ?? null);
    if (code && codePattern.test(code)) {
      const first = codes.get(code.toUpperCase());
      if (first !== undefined) {
        parsed.errors.push({
          row: r,
          column: columnOf.get('code')?.letter ?? '',
          field: 'code',
          value: code,
          message: { vi: `Mã «${code}» trùng với dòng ${first}.`, en: `The code "${code}" is already used on row ${first}.` },
        });
      } else {
        codes.set(code.toUpperCase(), r);
      }
    }
    if (parsed.ownerAgencyId) result.owners.push({ row: r, code, ownerAgencyId: parsed.ownerAgencyId, column: columnOf.get('owner_agency_id')?.letter ?? '' });
    if (parsed.errors.length > 0 || !parsed.input) result.errors.push(...parsed.errors);
    else result.rows.push({ row: r, input: parsed.input });
  }
  return result;
}

interface FoundColumn {
  key: string;
  index: number;
  letter: string;
}

function findDataSheet(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; headerRow: number; columns: FoundColumn[] } | undefined {
  const preferred = new Set(['he thong', 'systems', 'data', 'du lieu']);
  const sheets = [...workbook.worksheets].sort((a, b) => Number(preferred.has(foldForSearch(b.name))) - Number(preferred.has(foldForSearch(a.name))));
  for (const sheet of sheets) {
    for (let r = 1; r <= 10; r++) {
      const columns: FoundColumn[] = [];
      const seen = new Set<string>();
      for (const [index, value] of rowCells(sheet, r)) {
        const text = cellText(value);
        const key = text ? headerIndex.get(headerKey(text)) : undefined;
        if (key && importKeys.has(key) && !seen.has(key)) {
          seen.add(key);
          columns.push({ key, index, letter: columnLetter(index) });
        }
      }
      if (seen.has('code') && seen.has('name_vi') && columns.length >= 3) return { sheet, headerRow: r, columns };
    }
  }
  return undefined;
}

function parseRow(
  row: number,
  raw: Map<string, CellScalar>,
  letterOf: (key: string) => string,
  ctx: { agencyIds: Set<string>; componentCodes: Set<string> },
): { input?: SystemInput; errors: ImportError[]; ownerAgencyId?: string | undefined } {
  const errors: ImportError[] = [];
  const fail = (field: string, value: string, vi: string, en: string) => errors.push({ row, column: letterOf(field), field, value, message: { vi, en } });
  const text = (key: string) => cellText(raw.get(key) ?? null);
  const header = (key: string) => importColumns.find((c) => c.key === key)?.header ?? { vi: key, en: key };
  const required = (key: string): string => {
    const value = text(key);
    if (!value) fail(key, '', `Thiếu giá trị bắt buộc ở cột «${header(key).vi}».`, `The required column "${header(key).en}" is empty.`);
    return value;
  };
  const maxLength = (key: string, value: string, max: number) => {
    if (value.length > max) fail(key, value, `«${header(key).vi}» dài quá ${max} ký tự.`, `"${header(key).en}" is longer than ${max} characters.`);
    return value.slice(0, max);
  };
  const oneOf = <T extends string>(key: string, lookup: (raw: string) => T | undefined, fallback?: T): T | undefined => {
    const value = text(key);
    if (!value) return fallback;
    const found = lookup(value);
    if (!found) fail(key, value, `Giá trị «${value}» không hợp lệ ở cột «${header(key).vi}»; xem trang «${INSTRUCTIONS_SHEET}».`, `"${value}" is not an allowed value of "${header(key).en}"; see the "${INSTRUCTIONS_SHEET}" sheet.`);
    return found;
  };
  const manyOf = <T extends string>(key: string, lookup: (raw: string) => T | undefined): T[] => {
    const result: T[] = [];
    for (const part of split(text(key), /[,;\n]/)) {
      const found = lookup(part);
      if (!found) fail(key, part, `Giá trị «${part}» không hợp lệ ở cột «${header(key).vi}».`, `"${part}" is not an allowed value of "${header(key).en}".`);
      else if (!result.includes(found)) result.push(found);
    }
    return result;
  };
  const bool = (key: string): boolean => {
    const value = raw.get(key) ?? null;
    if (typeof value === 'boolean') return value;
    const t = cellText(value);
    if (!t) return false;
    const folded = foldForSearch(t);
    if (trueWords.has(folded)) return true;
    if (falseWords.has(folded)) return false;
    fail(key, t, `Cột «${header(key).vi}» nhận «Có» hoặc «Không», không phải «${t}».`, `"${header(key).en}" takes Yes or No, not "${t}".`);
    return false;
  };

  // Identity
  const code = required('code');
  if (code && (!codePattern.test(code) || code.length < 2 || code.length > 40)) {
    fail('code', code, 'Mã chỉ gồm 2–40 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới; bắt đầu bằng chữ hoặc số.', 'A code is 2–40 characters: ASCII letters, digits, dot, dash or underscore, starting with a letter or digit.');
  }
  const requiredOneOf = <T extends string>(key: string, lookup: (raw: string) => T | undefined): T | undefined => (required(key) ? oneOf(key, lookup) : undefined);
  const kind = requiredOneOf('kind', lookups.kind);
  const nameVi = maxLength('name_vi', required('name_vi'), 300);
  const nameEn = maxLength('name_en', text('name_en'), 300);
  const owner = required('owner_agency_id');
  const ownerId = owner ? agencyId(owner, ctx.agencyIds) : undefined;
  if (owner && !ownerId) fail('owner_agency_id', owner, `Không có cơ quan mã «${owner}»; xem trang «${AGENCIES_SHEET}».`, `There is no agency "${owner}"; see the "${AGENCIES_SHEET}" sheet.`);
  const lifecycle = requiredOneOf('lifecycle', lookups.lifecycle);

  // Framework
  const components: SystemInput['components'] = [];
  for (const part of split(text('components'), /[;\n]/)) {
    const colon = part.indexOf(':');
    const componentCode = (colon >= 0 ? part.slice(0, colon) : part).replace(/\s+/g, '');
    const linkText = colon >= 0 ? part.slice(colon + 1).trim() : '';
    const link = linkText ? lookups.componentLink(linkText) : 'implements';
    if (!ctx.componentCodes.has(componentCode)) {
      fail('components', part, `Không có thành phần mã «${componentCode}» trong khung kiến trúc; xem trang «${COMPONENTS_SHEET}».`, `There is no framework component "${componentCode}"; see the "${COMPONENTS_SHEET}" sheet.`);
    } else if (!link) {
      fail('components', part, `Quan hệ «${linkText}» không hợp lệ; dùng «triển khai» (implements) hoặc «sử dụng» (uses).`, `The link "${linkText}" is not allowed; use implements or uses.`);
    } else if (!components.some((c) => c.code === componentCode)) {
      components.push({ code: componentCode, link });
    }
  }
  if (components.length > 50) fail('components', text('components'), 'Tối đa 50 thành phần.', 'At most 50 components.');
  let layer = text('layer').toUpperCase();
  if (layer && !(layerCodes as readonly string[]).includes(layer)) {
    fail('layer', text('layer'), 'Lớp là I, II, III hoặc IV.', 'The layer is I, II, III or IV.');
  } else if (!layer) {
    layer = components[0]?.code.split('.')[0] ?? '';
    if (!layer) fail('layer', '', 'Thiếu lớp kiến trúc (I–IV); có thể để trống nếu đã ghi thành phần.', 'The layer (I–IV) is missing; it may be left blank when components are given.');
  }

  // Security level
  let securityLevel: SystemInput['securityLevel'] = null;
  const levelRaw = raw.get('security_level') ?? null;
  const levelText = cellText(levelRaw);
  const approvalNumber = text('security_approval_number');
  const approvalDateRaw = raw.get('security_approval_date') ?? null;
  const approvalDateText = cellText(approvalDateRaw);
  const approvalDate = approvalDateText ? spreadsheetDate(approvalDateRaw) : undefined;
  if (approvalDateText && !approvalDate) {
    fail('security_approval_date', approvalDateText, `Ngày «${approvalDateText}» không hợp lệ; dùng YYYY-MM-DD hoặc DD/MM/YYYY.`, `"${approvalDateText}" is not a valid date; use YYYY-MM-DD or DD/MM/YYYY.`);
  }
  if (levelText) {
    const level = Number(levelText);
    if (!Number.isInteger(level) || level < 1 || level > 5) {
      fail('security_level', levelText, 'Cấp độ an toàn là số nguyên từ 1 đến 5 (Nghị định 85/2016).', 'The security level is a whole number from 1 to 5 (Decree 85/2016).');
    } else {
      securityLevel = { level, ...(approvalNumber ? { approvalNumber: maxLength('security_approval_number', approvalNumber, 100) } : {}), ...(approvalDate ? { approvalDate } : {}) };
    }
  } else if (approvalNumber || approvalDateText) {
    fail('security_level', '', 'Có văn bản phê duyệt nhưng thiếu cấp độ an toàn.', 'An approval is given but the security level is missing.');
  }

  // Operation
  const hosting = oneOf('hosting', lookups.hosting, 'unknown');
  const hostingNote = maxLength('hosting_note', text('hosting_note'), 500);
  const ipv6 = oneOf('ipv6', lookups.ipv6, 'unknown');
  const authentication = manyOf('authentication', lookups.authentication);
  const uiLanguages: string[] = [];
  for (const lang of split(text('ui_languages'), /[,;\s]+/)) {
    if (!/^[a-zA-Z-]{2,20}$/.test(lang)) fail('ui_languages', lang, `«${lang}» không phải mã ngôn ngữ (vi, en, ...).`, `"${lang}" is not a language code (vi, en, ...).`);
    else if (!uiLanguages.includes(lang.toLowerCase())) uiLanguages.push(lang.toLowerCase());
  }
  const accessibility = oneOf('accessibility', lookups.accessibility, 'unknown');
  const secureSessions = bool('secure_sessions');
  const accessLogging = bool('access_logging');
  const departmentSoftware = bool('department_software');

  // Lists in a cell
  const dataObjects: DataObject[] = [];
  for (const entry of split(text('data_objects'), /[;\n]/)) {
    // "Name [personal] {ELEMENT, ELEMENT}": the braces name the dictionary elements it holds (II.2(6)).
    const brace = entry.endsWith('}') ? entry.lastIndexOf('{') : -1;
    const elements = brace >= 0 ? [...new Set(split(entry.slice(brace + 1, -1), /[,\s]+/))] : [];
    const part = (brace >= 0 ? entry.slice(0, brace) : entry).trim();
    if (elements.some((c) => !/^[A-Za-z0-9_.-]{1,64}$/.test(c))) {
      fail('data_objects', entry, `«${entry}»: mã phần tử dữ liệu trong {…} chỉ gồm chữ, số, «_», «.», «-».`, `"${entry}": element codes in {…} are letters, digits, "_", "." or "-".`);
      continue;
    }
    const bracket = part.endsWith(']') ? part.lastIndexOf('[') : -1;
    const name = (bracket >= 0 ? part.slice(0, bracket) : part).trim();
    const flags = bracket >= 0 ? split(part.slice(bracket + 1, -1), /[,|/]/).map((f) => foldForSearch(f)) : [];
    const unknown = flags.filter((f) => !['personal', 'sensitive', 'ca nhan', 'nhay cam'].includes(f));
    if (!name || unknown.length > 0) {
      fail('data_objects', part, `«${part}»: ghi «Tên [personal]» hoặc «Tên [sensitive]».`, `"${part}": write "Name [personal]" or "Name [sensitive]".`);
      continue;
    }
    const sensitive = flags.includes('sensitive') || flags.includes('nhay cam');
    dataObjects.push({ name: name.slice(0, 200), personal: sensitive || flags.includes('personal') || flags.includes('ca nhan'), sensitive, ...(elements.length ? { elements } : {}) });
  }
  const contacts: Contact[] = [];
  for (const part of split(text('contacts'), /[;\n]/)) {
    const contact = parseContact(part);
    if (!contact) fail('contacts', part, `«${part}»: ghi «Họ tên (vai trò) email điện thoại».`, `"${part}": write "Name (role) email phone".`);
    else contacts.push(contact);
  }
  const documents: SystemDocument[] = [];
  for (const part of split(text('documents'), /[;\n]/)) {
    const [kindText = '', title = '', number = '', date = '', issuer = '', url = ''] = part.split('|').map((p) => p.trim());
    const docKind = lookups.documentKind(kindText);
    const docDate = date ? spreadsheetDate(date) : undefined;
    if (!docKind || !title || (date && !docDate)) {
      fail('documents', part, `«${part}»: ghi «loại | tiêu đề | số | ngày | cơ quan ban hành | đường dẫn».`, `"${part}": write "kind | title | number | date | issuer | url".`);
      continue;
    }
    documents.push({ kind: docKind, title: title.slice(0, 500), ...(number ? { number } : {}), ...(docDate ? { date: docDate } : {}), ...(issuer ? { issuer } : {}), ...(url ? { url } : {}) });
  }

  const supplier = maxLength('supplier', text('supplier'), 300);
  const yearText = text('year_started');
  const year = Number(yearText);
  if (yearText && (!Number.isInteger(year) || year < 1990 || year > 2100)) fail('year_started', yearText, 'Năm đưa vào sử dụng là số từ 1990 đến 2100.', 'The year started is a number from 1990 to 2100.');
  const url = maxLength('url', text('url'), 2000);
  const purpose = maxLength('purpose', text('purpose'), 4000);
  const audienceList = manyOf('audiences', lookups.audiences);

  if (errors.length > 0 || !kind || !lifecycle || !ownerId || !hosting || !ipv6 || !accessibility) return { errors, ownerAgencyId: ownerId };
  return {
    ownerAgencyId: ownerId,
    errors,
    input: {
      code,
      kind,
      name: { vi: nameVi, en: nameEn },
      ownerAgencyId: ownerId,
      contacts,
      purpose,
      audiences: audienceList,
      lifecycle,
      layer,
      components,
      securityLevel,
      hosting,
      ...(hostingNote ? { hostingNote } : {}),
      ipv6,
      authentication,
      uiLanguages,
      accessibility,
      secureSessions,
      accessLogging,
      departmentSoftware,
      dataObjects,
      interfaces: [],
      documents,
      ...(supplier ? { supplier } : {}),
      ...(yearText ? { yearStarted: year } : {}),
      ...(url ? { url } : {}),
    },
  };
}

function split(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** An agency id as typed, or as "id — name" copied from the agencies sheet. */
function agencyId(value: string, known: Set<string>): string | undefined {
  if (known.has(value)) return value;
  const lower = value.toLowerCase();
  if (known.has(lower)) return lower;
  const head = value.split(/\s+[—–-]\s+/)[0]?.trim();
  return head && known.has(head) ? head : undefined;
}

/** "Nguyễn Văn An (quản trị hệ thống) an.nv@hungyen.gov.vn 0221 3550 123" */
function parseContact(text: string): Contact | undefined {
  if (text.length > 600) return undefined; // bounds the work of the patterns below
  const m = /^([^()]+)(?:\(([^)]*)\))?\s*(.*)$/.exec(text);
  if (!m) return undefined;
  let name = (m[1] ?? '').trim();
  const role = (m[2] ?? '').trim();
  let rest = (m[3] ?? '').trim();
  if (!m[2]) {
    // Without a role, the email and phone follow the name directly.
    const at = name.search(/\S+@\S+/);
    const digits = name.search(/\+?\d[\d .()-]{5,}$/);
    const cut = [at, digits].filter((i) => i > 0).sort((a, b) => a - b)[0];
    if (cut !== undefined) [name, rest] = [name.slice(0, cut).trim(), `${name.slice(cut)} ${rest}`.trim()];
  }
  const email = rest.split(/\s+/).find((t) => emailPattern.test(t));
  const phone = rest.replace(email ?? '', '').trim();
  if (!name || name.length > 200 || (phone && !phonePattern.test(phone))) return undefined;
  return { name, role: role.slice(0, 200), ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}
