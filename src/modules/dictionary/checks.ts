// Normalising and checking the specs of elements, entities and code lists before they are saved: texts in NFC,
// patterns that compile, bounds that fit the data type, references (agencies, code lists, elements) that exist.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { foldForSearch, isIsoDate } from '../../core/text.js';
import * as framework from '../framework/api.js';
import { dictionaryObjects, type ObjectKind } from './schema.js';
import { classifyCodeListChange, classifyElementChange, classifyEntityChange, type ChangeKind } from './governance.js';
import type { CodeListSpec, ElementSpec, EntitySpec } from './model.js';
import { type SpecOf, findRow } from './records.js';
import { MAX_PROGRAM_SIZE, PatternError, compilePattern, type PatternProblem } from './validation/pattern.js';

export const nfc = (s: string) => s.normalize('NFC').trim();

export const optionalText = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : nfc(s));

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function normaliseElement(raw: ElementSpec): ElementSpec {
  return withoutUndefined({
    code: raw.code.trim(),
    name: { vi: nfc(raw.name.vi), en: nfc(raw.name.en) },
    definition: nfc(raw.definition),
    dataType: raw.dataType,
    pattern: raw.pattern === undefined || raw.pattern === '' ? undefined : raw.pattern,
    format: optionalText(raw.format),
    minLength: raw.minLength,
    maxLength: raw.maxLength,
    minimum: typeof raw.minimum === 'string' ? raw.minimum.trim() : raw.minimum,
    maximum: typeof raw.maximum === 'string' ? raw.maximum.trim() : raw.maximum,
    codeList: optionalText(raw.codeList),
    codeLevel: raw.codeLevel,
    classification: raw.classification,
    ownerAgencyId: raw.ownerAgencyId.trim(),
    steward: optionalText(raw.steward),
    synonyms: [...new Set(raw.synonyms.map(nfc).filter(Boolean))],
    externalRef: optionalText(raw.externalRef),
    examples: raw.examples.map((e) => e.normalize('NFC')),
  });
}

export function normaliseEntity(raw: EntitySpec): EntitySpec {
  return withoutUndefined({
    code: raw.code.trim(),
    name: { vi: nfc(raw.name.vi), en: nfc(raw.name.en) },
    definition: nfc(raw.definition),
    ownerAgencyId: raw.ownerAgencyId.trim(),
    steward: optionalText(raw.steward),
    attributes: raw.attributes.map((a) =>
      withoutUndefined({ element: a.element.trim(), name: optionalText(a.name), required: a.required, cardinality: a.cardinality, description: optionalText(a.description) }),
    ),
    relations: raw.relations.map((r) => withoutUndefined({ kind: r.kind, target: r.target.trim(), cardinality: r.cardinality, description: optionalText(r.description) })),
    rules: raw.rules?.length ? raw.rules.map((r) => withoutUndefined({ kind: r.kind, field: r.field.trim(), within: r.within.trim(), description: optionalText(r.description) })) : undefined,
  });
}

export function normaliseCodeList(raw: CodeListSpec): CodeListSpec {
  return withoutUndefined({
    code: raw.code.trim(),
    name: { vi: nfc(raw.name.vi), en: nfc(raw.name.en) },
    definition: nfc(raw.definition),
    ownerAgencyId: raw.ownerAgencyId.trim(),
    source: optionalText(raw.source),
    levels: raw.levels.map(nfc),
  });
}

/** The validator's own compilation (validation/pattern.ts), so a pattern accepted here runs there, in linear time. */
export { compilePattern };

const patternRefusals: Record<PatternProblem, { code: string; vi: (detail: string) => string; en: (detail: string) => string }> = {
  syntax: {
    code: 'INVALID_PATTERN',
    vi: (d) => `Mẫu định dạng không phải biểu thức chính quy ECMAScript hợp lệ: ${d}`,
    en: (d) => `The pattern is not a valid ECMAScript regular expression: ${d}`,
  },
  backreference: {
    code: 'UNSUPPORTED_PATTERN',
    vi: (d) => `Mẫu định dạng dùng tham chiếu ngược (${d}), tính năng không được hỗ trợ vì có thể làm việc kiểm tra chạy rất lâu; hãy viết lại mẫu không dùng nó.`,
    en: (d) => `The pattern uses a backreference (${d}), which is not supported because it can make checking take very long; rewrite the pattern without it.`,
  },
  lookaround: {
    code: 'UNSUPPORTED_PATTERN',
    vi: (d) => `Mẫu định dạng dùng phép nhìn trước/nhìn sau (${d}), tính năng không được hỗ trợ vì có thể làm việc kiểm tra chạy rất lâu; hãy viết lại mẫu không dùng nó.`,
    en: (d) => `The pattern uses a lookahead or lookbehind (${d}), which is not supported because it can make checking take very long; rewrite the pattern without it.`,
  },
  unsupported: {
    code: 'UNSUPPORTED_PATTERN',
    vi: (d) => `Mẫu định dạng dùng cú pháp mà bộ kiểm tra thời gian tuyến tính (RE2) không hỗ trợ: ${d}`,
    en: (d) => `The pattern uses syntax the linear-time checker (RE2) does not support: ${d}`,
  },
  too_complex: {
    code: 'PATTERN_TOO_COMPLEX',
    vi: (d) => `Mẫu định dạng quá phức tạp (${d} lệnh; tối đa ${MAX_PROGRAM_SIZE}); hãy rút gọn các phép lặp.`,
    en: (d) => `The pattern is too complex (${d} instructions; at most ${MAX_PROGRAM_SIZE}); shorten its repetitions.`,
  },
};

/** Refuses a pattern the validator cannot run in linear time, with a stable code per reason. */
export function checkPattern(pattern: string): void {
  try {
    compilePattern(pattern);
  } catch (err) {
    if (!(err instanceof PatternError)) throw err;
    const refusal = patternRefusals[err.problem];
    throw new AppError(400, refusal.code, refusal.vi(err.detail), refusal.en(err.detail), [{ field: 'pattern', value: pattern, problem: err.problem }]);
  }
}

const ISO_TIME = /^T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A date bound is a real day; a date-time bound may add an ISO 8601 time to it. */
function isDateBound(text: string, withTime: boolean): boolean {
  return isIsoDate(text.slice(0, 10)) && (text.length === 10 || (withTime && ISO_TIME.test(text.slice(10))));
}

async function assertAgency(db: Executor, id: string): Promise<void> {
  if (!(await framework.agencyExists(db as Db, id))) {
    throw new AppError(400, 'UNKNOWN_AGENCY', `Không có cơ quan "${id}".`, `There is no agency "${id}".`, [{ field: 'ownerAgencyId', value: id }]);
  }
}

export async function checkElement(db: Executor, spec: ElementSpec): Promise<void> {
  await assertAgency(db, spec.ownerAgencyId);
  if (spec.pattern !== undefined) {
    checkPattern(spec.pattern);
    if (spec.dataType !== 'text' && spec.dataType !== 'code') {
      throw errors.field('pattern', 'Mẫu định dạng chỉ dùng cho kiểu văn bản hoặc mã.', 'A pattern applies only to text and code elements.');
    }
  }
  if (spec.minLength !== undefined && spec.maxLength !== undefined && spec.minLength > spec.maxLength) {
    throw errors.field('minLength', 'Độ dài tối thiểu lớn hơn độ dài tối đa.', 'The minimum length is greater than the maximum length.');
  }
  if ((spec.minLength !== undefined || spec.maxLength !== undefined) && spec.dataType !== 'text' && spec.dataType !== 'code') {
    throw errors.field('maxLength', 'Độ dài chỉ dùng cho kiểu văn bản hoặc mã.', 'Lengths apply only to text and code elements.');
  }
  for (const field of ['minimum', 'maximum'] as const) {
    const bound = spec[field];
    if (bound === undefined) continue;
    if (spec.dataType === 'integer' || spec.dataType === 'decimal') {
      if (typeof bound !== 'number' || (spec.dataType === 'integer' && !Number.isInteger(bound))) {
        throw errors.field(field, `Giới hạn phải là số ${spec.dataType === 'integer' ? 'nguyên' : ''}.`.replace(' .', '.'), `The bound must be ${spec.dataType === 'integer' ? 'an integer' : 'a number'}.`, bound);
      }
    } else if (spec.dataType === 'date' || spec.dataType === 'datetime') {
      const ok = typeof bound === 'string' && isDateBound(bound, spec.dataType === 'datetime');
      if (!ok) throw errors.field(field, 'Giới hạn phải là ngày dạng YYYY-MM-DD (hoặc ngày giờ ISO 8601).', 'The bound must be a date YYYY-MM-DD (or an ISO 8601 date-time).', bound);
    } else {
      throw errors.field(field, 'Giới hạn giá trị chỉ dùng cho kiểu số hoặc ngày.', 'Value bounds apply only to numbers and dates.', bound);
    }
  }
  if (spec.minimum !== undefined && spec.maximum !== undefined && spec.minimum > spec.maximum) {
    throw errors.field('minimum', 'Giá trị tối thiểu lớn hơn giá trị tối đa.', 'The minimum is greater than the maximum.');
  }
  if (spec.dataType === 'code') {
    if (!spec.codeList) throw errors.field('codeList', 'Phần tử kiểu mã phải có danh mục mã.', 'An element of type code needs a code list.');
    const list = await findRow(db, 'code_list', spec.codeList);
    if (!list) throw new AppError(400, 'UNKNOWN_CODE_LIST', `Không có danh mục mã "${spec.codeList}".`, `There is no code list "${spec.codeList}".`, [{ field: 'codeList', value: spec.codeList }]);
    if (list.status === 'deprecated') {
      throw new AppError(400, 'DEPRECATED_REFERENCE', `Danh mục mã "${spec.codeList}" đã ngừng sử dụng.`, `The code list "${spec.codeList}" is deprecated.`, [{ field: 'codeList', value: spec.codeList, replacedBy: list.replacedBy }]);
    }
    const levels = (list.spec as unknown as CodeListSpec).levels;
    if (spec.codeLevel !== undefined && levels.length > 0 && spec.codeLevel > levels.length) {
      throw errors.field('codeLevel', `Danh mục "${spec.codeList}" chỉ có ${levels.length} cấp.`, `The code list "${spec.codeList}" has only ${levels.length} levels.`, spec.codeLevel);
    }
  } else if (spec.codeList !== undefined || spec.codeLevel !== undefined) {
    throw errors.field('codeList', 'Chỉ phần tử kiểu mã mới có danh mục mã.', 'Only elements of type code have a code list.');
  }
}

/**
 * An entity's cross-field rules name two of its fields, each holding one code of the same code list, the one lower in
 * the list (a commune) than the other (a province) when the elements say their levels.
 */
function checkRules(spec: EntitySpec, elementOf: (code: string) => ElementSpec | undefined): void {
  const byName = new Map(spec.attributes.map((a) => [a.name ?? a.element, a]));
  const seen = new Set<string>();
  for (const [i, rule] of (spec.rules ?? []).entries()) {
    const at = `rules.${i}`;
    const key = `${rule.kind}:${rule.field}:${rule.within}`;
    if (seen.has(key)) throw errors.field(at, 'Quy tắc bị lặp lại.', 'The rule is given twice.', key);
    seen.add(key);
    if (rule.field === rule.within) throw errors.field(`${at}.within`, 'Quy tắc phải nối hai trường khác nhau.', 'A rule joins two different fields.', rule.within);
    const sides = (['field', 'within'] as const).map((side) => {
      const name = rule[side];
      const attribute = byName.get(name);
      if (!attribute) throw errors.field(`${at}.${side}`, `Thực thể không có trường "${name}".`, `The entity has no field "${name}".`, name);
      const element = elementOf(attribute.element);
      if (!element || element.dataType !== 'code' || !element.codeList) {
        throw errors.field(`${at}.${side}`, `Trường "${name}" không phải kiểu mã có danh mục.`, `The field "${name}" is not a code with a code list.`, name);
      }
      if (attribute.cardinality !== 'one') throw errors.field(`${at}.${side}`, `Trường "${name}" phải nhận một giá trị.`, `The field "${name}" must take a single value.`, name);
      return element;
    }) as [ElementSpec, ElementSpec];
    const [lower, upper] = sides;
    if (lower.codeList !== upper.codeList) {
      throw errors.field(
        `${at}.within`,
        `Hai trường phải dùng cùng một danh mục mã ("${lower.codeList}" và "${upper.codeList}").`,
        `Both fields must use the same code list ("${lower.codeList}" and "${upper.codeList}").`,
        rule.within,
      );
    }
    if (lower.codeLevel !== undefined && upper.codeLevel !== undefined && lower.codeLevel <= upper.codeLevel) {
      throw errors.field(
        `${at}.field`,
        `Trường "${rule.field}" (cấp ${lower.codeLevel}) phải ở cấp thấp hơn trường "${rule.within}" (cấp ${upper.codeLevel}).`,
        `The field "${rule.field}" (level ${lower.codeLevel}) must be at a lower level than "${rule.within}" (level ${upper.codeLevel}).`,
        rule.field,
      );
    }
  }
}

export async function checkEntity(db: Executor, spec: EntitySpec): Promise<void> {
  await assertAgency(db, spec.ownerAgencyId);
  const names = new Set<string>();
  const elementCodes = [...new Set(spec.attributes.map((a) => a.element))];
  const elements = elementCodes.length
    ? await db
        .select({ code: dictionaryObjects.code, status: dictionaryObjects.status, replacedBy: dictionaryObjects.replacedBy, spec: dictionaryObjects.spec })
        .from(dictionaryObjects)
        .where(and(eq(dictionaryObjects.kind, 'element'), inArray(dictionaryObjects.code, elementCodes)))
    : [];
  const byCode = new Map(elements.map((e) => [e.code, e]));
  for (const [i, attribute] of spec.attributes.entries()) {
    const field = `attributes.${i}`;
    const name = attribute.name ?? attribute.element;
    if (names.has(name)) throw errors.field(`${field}.name`, `Tên trường "${name}" bị trùng.`, `The field name "${name}" is used twice.`, name);
    names.add(name);
    const element = byCode.get(attribute.element);
    if (!element) {
      throw new AppError(400, 'UNKNOWN_ELEMENT', `Không có phần tử dữ liệu "${attribute.element}".`, `There is no data element "${attribute.element}".`, [{ field: `${field}.element`, value: attribute.element }]);
    }
    if (element.status === 'deprecated') {
      const hintVi = element.replacedBy ? ` Hãy dùng "${element.replacedBy}".` : '';
      const hintEn = element.replacedBy ? ` Use "${element.replacedBy}".` : '';
      throw new AppError(
        400,
        'DEPRECATED_REFERENCE',
        `Phần tử dữ liệu "${attribute.element}" đã ngừng sử dụng.${hintVi}`,
        `The data element "${attribute.element}" is deprecated.${hintEn}`,
        [{ field: `${field}.element`, value: attribute.element, replacedBy: element.replacedBy }],
      );
    }
  }
  checkRules(spec, (code) => byCode.get(code)?.spec as unknown as ElementSpec | undefined);
  for (const [i, relation] of spec.relations.entries()) {
    if (relation.target === spec.code) continue;
    const target = await findRow(db, 'entity', relation.target);
    if (!target) {
      throw new AppError(400, 'UNKNOWN_ENTITY', `Không có thực thể "${relation.target}".`, `There is no entity "${relation.target}".`, [{ field: `relations.${i}.target`, value: relation.target }]);
    }
    if (target.status === 'deprecated') {
      throw new AppError(400, 'DEPRECATED_REFERENCE', `Thực thể "${relation.target}" đã ngừng sử dụng.`, `The entity "${relation.target}" is deprecated.`, [{ field: `relations.${i}.target`, value: relation.target }]);
    }
  }
}

export async function checkSpec(db: Executor, kind: ObjectKind, spec: ElementSpec | EntitySpec | CodeListSpec): Promise<void> {
  if (kind === 'element') await checkElement(db, spec as ElementSpec);
  else if (kind === 'entity') await checkEntity(db, spec as EntitySpec);
  else await assertAgency(db, spec.ownerAgencyId);
}

export function normaliseSpec<K extends ObjectKind>(kind: K, raw: SpecOf<K>): SpecOf<K> {
  if (kind === 'element') return normaliseElement(raw as ElementSpec) as SpecOf<K>;
  if (kind === 'entity') return normaliseEntity(raw as EntitySpec) as SpecOf<K>;
  return normaliseCodeList(raw as CodeListSpec) as SpecOf<K>;
}

export function classify(kind: ObjectKind, before: object, after: object): ChangeKind {
  if (kind === 'element') return classifyElementChange(before as ElementSpec, after as ElementSpec);
  if (kind === 'entity') return classifyEntityChange(before as EntitySpec, after as EntitySpec);
  return classifyCodeListChange(before as CodeListSpec, after as CodeListSpec);
}

export function searchTextOf(kind: ObjectKind, spec: ElementSpec | EntitySpec | CodeListSpec): string {
  const parts = [spec.code, spec.name.vi, spec.name.en, spec.definition];
  if (kind === 'element') parts.push(...(spec as ElementSpec).synonyms, (spec as ElementSpec).externalRef ?? '');
  return foldForSearch(parts.join(' '));
}
