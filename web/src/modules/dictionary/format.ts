import type { TFunction } from 'i18next';
import { ApiError, XLSX_TYPE } from '../../api/client';
import type { DictionaryRowError } from '../../api/types';

// ---- field names in the change log and in form errors ----

const KNOWN_FIELDS = [
  'code',
  'name',
  'definition',
  'dataType',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'codeList',
  'codeLevel',
  'classification',
  'ownerAgencyId',
  'steward',
  'synonyms',
  'externalRef',
  'examples',
  'attributes',
  'relations',
  'source',
  'levels',
  'status',
  'replacedBy',
  'comment',
  'changeNote',
];

/** "name.vi" → "Tên (tiếng Việt)"; "attributes.2.element" → "Thuộc tính 3 › Phần tử dữ liệu"; "items.11953" → "Mã 11953". */
export function dictionaryFieldLabel(path: string, t: TFunction): string {
  if (path === 'name.vi') return t('dictionary.field.nameVi');
  if (path === 'name.en') return t('dictionary.field.nameEn');
  if (KNOWN_FIELDS.includes(path)) return t(`dictionary.field.${path}`);
  const item = /^items\.(.+)$/.exec(path);
  if (item?.[1] && !/^\d+(\.|$)/.test(item[1])) return t('dictionary.itemField', { code: item[1] });
  const parts = path.split('.');
  const out: string[] = [];
  for (const part of parts) {
    if (/^\d+$/.test(part) && out.length) {
      out[out.length - 1] = `${out[out.length - 1]} ${Number(part) + 1}`;
      continue;
    }
    // An attribute's name is its field (column) name, not the entity's name.
    if (part === 'name' && parts[0] === 'attributes') out.push(t('dictionary.col.fieldName'));
    else out.push(t(`dictionary.field.${part}`, { defaultValue: part }));
  }
  return out.join(' › ');
}

/** A logged value as words: statuses, types and classifications by their labels; lists joined; objects as JSON. */
export function formatChangeValue(field: string | null, value: unknown, t: TFunction, agencyName: (id: string) => string = (id) => id): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'ownerAgencyId' && typeof value === 'string') return agencyName(value);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (field === 'status' && typeof value === 'string') return t(`dictionary.status.${value}`, { defaultValue: value });
  if (field === 'dataType' && typeof value === 'string') return t(`dictionary.dataType.${value}`, { defaultValue: value });
  if (field === 'classification' && typeof value === 'string') return t(`dictionary.classification.${value}`, { defaultValue: value });
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('; ');
    return value.map((v) => formatChangeValue(null, v, t, agencyName)).join('; ');
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // A code list item: "11953 Phường Phố Hiến (cấp 2, thuộc 33)".
    if (typeof v.code === 'string' && typeof v.name === 'object' && v.name !== null && 'vi' in v.name) {
      const name = (v.name as { vi: string }).vi;
      const extra = [typeof v.level === 'number' ? t('dictionary.levelN', { n: v.level }) : '', typeof v.parent === 'string' ? t('dictionary.parentIs', { code: v.parent }) : ''].filter(Boolean).join(', ');
      return `${v.code} ${name}${extra ? ` (${extra})` : ''}`;
    }
    // An attribute: "ho_va_ten (bắt buộc)".
    if (typeof v.element === 'string') return `${typeof v.name === 'string' ? `${v.name} = ` : ''}${v.element}${v.required ? ` (${t('dictionary.requiredShort')})` : ''}${v.cardinality === 'many' ? ` [${t('dictionary.cardinality.many')}]` : ''}`;
    if (typeof v.target === 'string' && typeof v.kind === 'string') return `${t(`dictionary.relationKind.${v.kind}`, { defaultValue: v.kind })} ${v.target}`;
    return JSON.stringify(value);
  }
  return String(value);
}

// ---- forms ----

/** The id of a form control for a field path: attributes.0.element → df-attributes-0-element. */
export function dictFieldId(path: string): string {
  return `df-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** Lines or semicolons → a list of non-empty, trimmed values. */
export function splitList(text: string, separator: RegExp = /\r?\n|;/): string[] {
  return text
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);
}

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

// ---- files ----

/** The content type to send a chosen file with: the browser's, else by its name (CSV by default). */
export function fileContentType(file: File): string {
  if (file.type) return file.type;
  return /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv';
}

/** The rows in error of a refused import (IMPORT_FAILED: details is the list of rows). */
export function importRowErrors(err: unknown): DictionaryRowError[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return [];
  return (err.details as DictionaryRowError[]).filter((d) => typeof d === 'object' && d !== null && typeof d.row === 'number' && typeof d.message === 'object');
}

export function formatBytes(bytes: number | null | undefined, lang: 'vi' | 'en'): string {
  if (bytes === null || bytes === undefined) return '—';
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  if (bytes < 1024) return `${bytes.toLocaleString(locale)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

/** A share 0…1 as a percentage: 0.857 → "85,7 %" (vi) or "85.7%" (en). */
export function formatShare(share: number | null, lang: 'vi' | 'en'): string {
  if (share === null) return '—';
  const text = (share * 100).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return lang === 'vi' ? `${text} %` : `${text}%`;
}
