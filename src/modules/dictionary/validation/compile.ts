// Compiles an approved entity into per-field checker closures, once; then checks JSON records and tabular rows with them.
// Pure: no database, no I/O. The checkers report through a sink that receives a message *thunk*, so a caller keeping
// only the first N findings never builds the sentences of the others.
import type { DataType, ElementSpec, Localised, Problem, ResolvedAttribute, ResolvedEntity, ResolvedRule, ValidationFinding } from '../model.js';
import { expectedType, messages } from './messages.js';
import { parseDateTimeBound, parseFileDate, parseFileDateTime, parseIsoDate, parseRfc3339 } from '../../../core/tabular/dates.js';
import { decimalText, integerText, parseDecimal } from '../../../core/tabular/numbers.js';
import { codePointLength, cut, foldName, isBlank, nfc, trimValue } from './text.js';
import { compilePattern, type PatternMatcher } from './pattern.js';
import { detectLegacyText } from './legacy-text.js';

export type MessageThunk = () => Localised;

/** Receives every finding; `message` is called only when the finding is kept. */
export type Sink = (row: number, field: string, problem: Problem, value: string | undefined, message: MessageThunk) => void;

type TextChecker = (value: string, row: number, sink: Sink) => boolean;
type JsonChecker = (value: unknown, row: number, sink: Sink) => boolean;

export interface CompiledField {
  readonly name: string;
  readonly required: boolean;
  readonly many: boolean;
  readonly dataType: DataType;
  readonly attribute: ResolvedAttribute;
  /** The column names files may use for this field (name, element code, Vietnamese and English names). */
  readonly columnNames: readonly string[];
  /** Checks one non-blank file value (one item of a 'many' field); false when it reported a finding. */
  readonly checkText: TextChecker;
  /** Checks one present JSON value (one item of a 'many' field); false when it reported a finding. */
  readonly checkJson: JsonChecker;
  readonly missing: MessageThunk;
}

/** A cross-field rule: checks two present values of a record or row (the one under, the one above). */
export interface CompiledRule {
  readonly field: string;
  readonly within: string;
  readonly check: (value: string, above: string, row: number, sink: Sink) => boolean;
}

export interface CompiledEntity {
  readonly code: string;
  readonly version: string;
  readonly name: Localised;
  readonly fields: readonly CompiledField[];
  readonly rules: readonly CompiledRule[];
  readonly byName: ReadonlyMap<string, CompiledField>;
  /** Folded header names → fields, by precedence: attribute names, then element code and names, then synonyms. */
  readonly headerKeys: readonly ReadonlyMap<string, readonly CompiledField[]>[];
}

/** The pseudo-fields of findings about a whole record or row. */
export const RECORD_FIELD = '(bản ghi)';
export const ROW_FIELD = '(dòng)';

// ---- findings ----

export function makeFinding(row: number, field: string, problem: Problem, value: string | undefined, message: Localised): ValidationFinding {
  return value === undefined ? { row, field, problem, message } : { row, field, problem, value: cut(value, 200), message };
}

function sinkFor(emit: (finding: ValidationFinding) => void): Sink {
  return (row, field, problem, value, message) => emit(makeFinding(row, field, problem, value, message()));
}

/** A JSON value as text, for findings. */
export function displayJson(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

// ---- constraints ----

function nonNegativeInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * The element's pattern on a linear-time engine; undefined when there is none or it cannot run there (patterns are
 * checked when saved; one approved before that check that uses a backreference or lookaround is not applied).
 */
function patternOf(pattern: string | undefined): PatternMatcher | undefined {
  if (!pattern) return undefined;
  try {
    return compilePattern(pattern);
  } catch {
    return undefined;
  }
}

function numberBound(value: number | string | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = parseDecimal(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A date bound as YYYYMMDD; a date-time bound counts by its date. */
function dateBound(value: number | string | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const date = parseFileDate(v);
  const fallback = date < 0 ? parseIsoDate(v.slice(0, 10)) : date;
  return fallback < 0 ? undefined : fallback;
}

function dateTimeBound(value: number | string | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const t = parseDateTimeBound(value.trim());
  return Number.isNaN(t) ? undefined : t;
}

const digitsOnly = /^\d+$/;
/** Longest code a lost-zeros check pads to: identifiers (CCCD: 12 digits, tax codes: 13) stay below it. */
const MAX_ZERO_PADDED = 20;
/**
 * Zeros a value checked only by its pattern or length may have lost (a CCCD's province part 001–096 loses at most
 * two); more, and the value is more likely just wrong. A code list says which codes exist, so there it is not bounded.
 */
const MAX_LOST_ZEROS = 3;

/** Length and pattern checks on a string form; undefined when the element sets none. */
function stringConstraints(name: string, element: ElementSpec): ((s: string, row: number, sink: Sink) => boolean) | undefined {
  const pattern = patternOf(element.pattern);
  const minLength = nonNegativeInteger(element.minLength);
  const maxLength = nonNegativeInteger(element.maxLength);
  if (!pattern && minLength === undefined && maxLength === undefined) return undefined;
  const format = element.format?.trim() || element.pattern || '';
  const patternText = element.pattern ?? '';
  const fits = (s: string) => (maxLength === undefined || s.length <= maxLength) && (minLength === undefined || s.length >= minLength) && (!pattern || pattern.test(s));
  /**
   * Digits that fit once a few zeros are put back in front (1203004568 for 001203004568): a spreadsheet read them as a
   * number, which drops every leading zero, so the value itself starts with another digit.
   */
  const lostZeros = (s: string): string | undefined => {
    if (!digitsOnly.test(s) || s.charCodeAt(0) === 48) return undefined;
    const longest = Math.min(maxLength ?? MAX_ZERO_PADDED, MAX_ZERO_PADDED, s.length + MAX_LOST_ZEROS);
    for (let length = s.length + 1; length <= longest; length++) {
      const padded = s.padStart(length, '0');
      if (fits(padded)) return padded;
    }
    return undefined;
  };
  const wrongLength = (s: string, row: number, sink: Sink, report: () => void): false => {
    const padded = lostZeros(s);
    if (padded !== undefined) sink(row, name, 'leading_zeros_lost', s, () => messages.leadingZerosLost(name, s, padded));
    else report();
    return false;
  };
  // One finding per value: the length first (it also spares the pattern an overlong value), then the format.
  return (s, row, sink) => {
    const units = s.length;
    // A string has at most as many code points as UTF-16 units, and at least half as many.
    if (maxLength !== undefined && units > maxLength) {
      const length = codePointLength(s);
      if (length > maxLength) {
        sink(row, name, 'too_long', s, () => messages.tooLong(name, s, length, maxLength));
        return false;
      }
    }
    if (minLength !== undefined && units < 2 * minLength) {
      const length = units < minLength ? units : codePointLength(s);
      if (length < minLength) return wrongLength(s, row, sink, () => sink(row, name, 'too_short', s, () => messages.tooShort(name, s, length, minLength)));
    }
    if (pattern && !pattern.test(s)) return wrongLength(s, row, sink, () => sink(row, name, 'bad_format', s, () => messages.badFormat(name, s, format, patternText)));
    return true;
  };
}

// ---- checkers per data type ----

interface Checkers {
  text: TextChecker;
  json: JsonChecker;
}

const booleanWords = new Set(['true', 'false', '1', '0', 'có', 'co', 'không', 'khong', 'yes', 'no']);

function wrongTypeReporter(name: string, dataType: DataType, json: boolean) {
  const expected = expectedType(dataType, json);
  return (value: string, row: number, sink: Sink): false => {
    sink(row, name, 'wrong_type', value, () => messages.wrongType(name, value, expected));
    return false;
  };
}

function numericRange(name: string, element: ElementSpec) {
  const min = numberBound(element.minimum);
  const max = numberBound(element.maximum);
  if (min === undefined && max === undefined) return undefined;
  const minText = String(element.minimum);
  const maxText = String(element.maximum);
  return (n: number, shown: string, row: number, sink: Sink): boolean => {
    if (min !== undefined && n < min) {
      sink(row, name, 'out_of_range', shown, () => messages.belowMinimum(name, shown, minText, false));
      return false;
    }
    if (max !== undefined && n > max) {
      sink(row, name, 'out_of_range', shown, () => messages.aboveMaximum(name, shown, maxText, false));
      return false;
    }
    return true;
  };
}

/** Text typed in a TCVN3 or VNI font, then kept as Unicode: reported as such, instead of its length or format. */
function legacyReporter(name: string) {
  return (s: string, row: number, sink: Sink): boolean => {
    const legacy = detectLegacyText(s);
    if (!legacy) return true;
    sink(row, name, 'legacy_encoding', s, () => messages.legacyEncoding(name, s, legacy.encoding, legacy.decoded));
    return false;
  };
}

function textCheckers(name: string, element: ElementSpec): Checkers {
  const strings = stringConstraints(name, element);
  const wrongJson = wrongTypeReporter(name, 'text', true);
  const legacy = legacyReporter(name);
  const text: TextChecker = strings
    ? (v, row, sink) => {
        const s = nfc(v);
        return legacy(s, row, sink) && strings(s, row, sink);
      }
    : (v, row, sink) => legacy(v, row, sink);
  return {
    text,
    json: (v, row, sink) => (typeof v === 'string' ? text(v, row, sink) : wrongJson(displayJson(v), row, sink)),
  };
}

function numberCheckers(name: string, element: ElementSpec, integer: boolean): Checkers {
  const strings = stringConstraints(name, element);
  const range = numericRange(name, element);
  const dataType = integer ? 'integer' : 'decimal';
  const wrongText = wrongTypeReporter(name, dataType, false);
  const wrongJson = wrongTypeReporter(name, dataType, true);
  const shape = integer ? integerText : decimalText;
  return {
    text: (v, row, sink) => {
      const t = trimValue(v);
      if (!shape.test(t)) return wrongText(t, row, sink);
      if (range && !range(integer ? Number(t) : parseDecimal(t), t, row, sink)) return false;
      return !strings || strings(t, row, sink);
    },
    json: (v, row, sink) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v))) return wrongJson(displayJson(v), row, sink);
      if (range && !range(v, String(v), row, sink)) return false;
      return !strings || strings(String(v), row, sink);
    },
  };
}

function booleanCheckers(name: string): Checkers {
  const wrongText = wrongTypeReporter(name, 'boolean', false);
  const wrongJson = wrongTypeReporter(name, 'boolean', true);
  return {
    text: (v, row, sink) => booleanWords.has(nfc(trimValue(v)).toLowerCase()) || wrongText(trimValue(v), row, sink),
    json: (v, row, sink) => typeof v === 'boolean' || wrongJson(displayJson(v), row, sink),
  };
}

function dateCheckers(name: string, element: ElementSpec): Checkers {
  const min = dateBound(element.minimum);
  const max = dateBound(element.maximum);
  const minText = String(element.minimum);
  const maxText = String(element.maximum);
  const wrongText = wrongTypeReporter(name, 'date', false);
  const wrongJson = wrongTypeReporter(name, 'date', true);
  const range = (date: number, shown: string, row: number, sink: Sink): boolean => {
    if (min !== undefined && date < min) {
      sink(row, name, 'out_of_range', shown, () => messages.belowMinimum(name, shown, minText, true));
      return false;
    }
    if (max !== undefined && date > max) {
      sink(row, name, 'out_of_range', shown, () => messages.aboveMaximum(name, shown, maxText, true));
      return false;
    }
    return true;
  };
  return {
    text: (v, row, sink) => {
      const t = trimValue(v);
      const date = parseFileDate(t);
      if (date < 0) return wrongText(t, row, sink);
      return range(date, t, row, sink);
    },
    json: (v, row, sink) => {
      const date = typeof v === 'string' ? parseIsoDate(v) : -1;
      if (date < 0) return wrongJson(displayJson(v), row, sink);
      return range(date, v as string, row, sink);
    },
  };
}

function dateTimeCheckers(name: string, element: ElementSpec): Checkers {
  const min = dateTimeBound(element.minimum);
  const max = dateTimeBound(element.maximum);
  const minText = String(element.minimum);
  const maxText = String(element.maximum);
  const wrongText = wrongTypeReporter(name, 'datetime', false);
  const wrongJson = wrongTypeReporter(name, 'datetime', true);
  const range = (t: number, shown: string, row: number, sink: Sink): boolean => {
    if (min !== undefined && t < min) {
      sink(row, name, 'out_of_range', shown, () => messages.belowMinimum(name, shown, minText, true));
      return false;
    }
    if (max !== undefined && t > max) {
      sink(row, name, 'out_of_range', shown, () => messages.aboveMaximum(name, shown, maxText, true));
      return false;
    }
    return true;
  };
  return {
    text: (v, row, sink) => {
      const s = trimValue(v);
      const t = parseFileDateTime(s);
      if (Number.isNaN(t)) return wrongText(s, row, sink);
      return range(t, s, row, sink);
    },
    json: (v, row, sink) => {
      const t = typeof v === 'string' ? parseRfc3339(v) : NaN;
      if (Number.isNaN(t)) return wrongJson(displayJson(v), row, sink);
      return range(t, v as string, row, sink);
    },
  };
}

/** Lengths of the list's codes made of digits that start with 0: where a value read as a number lost its zeros. */
function zeroPaddedLengths(codes: ReadonlySet<string>): number[] {
  const lengths = new Set<number>();
  for (const code of codes) if (code.length > 1 && code.charCodeAt(0) === 48 && /^\d+$/.test(code)) lengths.add(code.length);
  return [...lengths].sort((a, b) => a - b);
}


function codeCheckers(name: string, element: ElementSpec, codes: ReadonlySet<string> | undefined): Checkers {
  const strings = stringConstraints(name, element);
  const wrongJson = wrongTypeReporter(name, 'code', true);
  const padded = codes ? zeroPaddedLengths(codes) : [];
  /** The list's code this value would be with the zeros a spreadsheet dropped put back, if there is one. */
  const withZeros = (s: string): string | undefined => {
    if (padded.length === 0 || !digitsOnly.test(s) || s.charCodeAt(0) === 48) return undefined;
    for (const length of padded) {
      if (length <= s.length) continue;
      const code = s.padStart(length, '0');
      if (codes?.has(code)) return code;
    }
    return undefined;
  };
  // With a resolved code list, membership is the whole check; without one, the element's own format applies.
  const check = (s: string, row: number, sink: Sink): boolean => {
    if (codes) {
      if (codes.has(s)) return true;
      const code = withZeros(s);
      if (code !== undefined) sink(row, name, 'leading_zeros_lost', s, () => messages.leadingZerosLost(name, s, code));
      else sink(row, name, 'unknown_code', s, () => messages.unknownCode(name, s, element.codeList));
      return false;
    }
    return !strings || strings(s, row, sink);
  };
  return {
    text: (v, row, sink) => check(trimValue(v), row, sink),
    json: (v, row, sink) => (typeof v === 'string' ? check(v, row, sink) : wrongJson(displayJson(v), row, sink)),
  };
}

function checkersFor(attribute: ResolvedAttribute): Checkers {
  const { name, element } = attribute;
  switch (element.dataType) {
    case 'text':
      return textCheckers(name, element);
    case 'integer':
      return numberCheckers(name, element, true);
    case 'decimal':
      return numberCheckers(name, element, false);
    case 'boolean':
      return booleanCheckers(name);
    case 'date':
      return dateCheckers(name, element);
    case 'datetime':
      return dateTimeCheckers(name, element);
    case 'code':
      return codeCheckers(name, element, attribute.codes);
  }
}

// ---- rules across fields ----

/** Steps up a code list's tree at most: its levels are at most 10. */
const MAX_DEPTH = 16;

function compileRule(rule: ResolvedRule, attributes: readonly ResolvedAttribute[]): CompiledRule {
  const { field, within, parents } = rule;
  const lowerCodes = attributes.find((a) => a.name === field)?.codes;
  const upperCodes = attributes.find((a) => a.name === within)?.codes;
  return {
    field,
    within,
    check: (value, above, row, sink) => {
      // An unknown code was reported by its own field: the rule speaks only of known ones.
      if ((lowerCodes && !lowerCodes.has(value)) || (upperCodes && !upperCodes.has(above))) return true;
      let parent = parents.get(value);
      for (let depth = 0; parent !== undefined && depth < MAX_DEPTH; depth++) {
        if (parent === above) return true;
        parent = parents.get(parent);
      }
      const actual = parents.get(value);
      sink(row, field, 'inconsistent', value, () => messages.notWithin(field, value, actual, within, above));
      return false;
    },
  };
}

// ---- compiling ----

export function compileEntity(entity: ResolvedEntity): CompiledEntity {
  const fields: CompiledField[] = [];
  const byName = new Map<string, CompiledField>();
  const tiers = [new Map<string, CompiledField[]>(), new Map<string, CompiledField[]>(), new Map<string, CompiledField[]>()] as const;
  const addKey = (tier: Map<string, CompiledField[]>, name: string, field: CompiledField) => {
    const key = foldName(name);
    if (!key) return;
    const list = tier.get(key);
    if (!list) tier.set(key, [field]);
    else if (!list.includes(field)) list.push(field);
  };
  for (const attribute of entity.attributes) {
    if (byName.has(attribute.name)) continue;
    const { element } = attribute;
    const checkers = checkersFor(attribute);
    const columnNames = [...new Set([attribute.name, element.code, element.name.vi, element.name.en].filter((n) => n && n.trim()))];
    const name = attribute.name;
    const field: CompiledField = {
      name,
      required: attribute.required,
      many: attribute.cardinality === 'many',
      dataType: element.dataType,
      attribute,
      columnNames,
      checkText: checkers.text,
      checkJson: checkers.json,
      missing: () => messages.missing(name),
    };
    fields.push(field);
    byName.set(name, field);
    addKey(tiers[0], name, field);
    for (const n of [element.code, element.name.vi, element.name.en]) addKey(tiers[1], n, field);
    for (const n of element.synonyms ?? []) addKey(tiers[2], n, field);
  }
  const rules = (entity.rules ?? []).filter((r) => byName.has(r.field) && byName.has(r.within)).map((r) => compileRule(r, entity.attributes));
  return { code: entity.code, version: entity.version, name: entity.name, fields, rules, byName, headerKeys: tiers };
}

// ---- JSON records ----

function isAbsentJson(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && isBlank(value));
}

/** Checks a JSON record through a sink; true when it has no finding. */
export function checkRecordWith(compiled: CompiledEntity, record: unknown, row: number, sink: Sink): boolean {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    const shown = displayJson(record);
    sink(row, RECORD_FIELD, 'wrong_type', shown, () => messages.notAnObject(shown));
    return false;
  }
  const object = record as Record<string, unknown>;
  let ok = true;
  for (const field of compiled.fields) {
    const value = Object.hasOwn(object, field.name) ? object[field.name] : undefined;
    let present = !isAbsentJson(value);
    if (present && field.many) {
      if (!Array.isArray(value)) {
        const shown = displayJson(value);
        sink(row, field.name, 'wrong_type', shown, () => messages.notAList(field.name, shown));
        ok = false;
        continue;
      }
      present = false;
      for (const item of value) {
        if (isAbsentJson(item)) continue;
        present = true;
        if (!field.checkJson(item, row, sink)) ok = false;
      }
    } else if (present) {
      if (Array.isArray(value)) {
        const shown = displayJson(value);
        sink(row, field.name, 'wrong_type', shown, () => messages.notOne(field.name, shown));
        ok = false;
        continue;
      }
      if (!field.checkJson(value, row, sink)) ok = false;
    }
    if (!present && field.required) {
      sink(row, field.name, 'missing', undefined, field.missing);
      ok = false;
    }
  }
  for (const rule of compiled.rules) {
    const value = object[rule.field];
    const above = object[rule.within];
    if (typeof value === 'string' && typeof above === 'string' && !isBlank(value) && !isBlank(above) && !rule.check(value, above, row, sink)) ok = false;
  }
  for (const key of Object.keys(object)) {
    if (compiled.byName.has(key)) continue;
    sink(row, key, 'unknown_field', displayJson(object[key]), () => messages.unknownProperty(key, compiled.code));
    ok = false;
  }
  return ok;
}

/**
 * Validates one JSON record (an object). Absent values are undefined, null, or a blank string; 'many' fields take arrays.
 * Properties the entity does not define are 'unknown_field'. True when the record is valid.
 */
export function checkRecord(compiled: CompiledEntity, record: unknown, row: number, emit: (f: ValidationFinding) => void): boolean {
  return checkRecordWith(compiled, record, row, sinkFor(emit));
}

// ---- tabular rows ----

export interface BoundColumns {
  /** Findings about the header itself (its row, 1): unknown, ambiguous or repeated columns; missing required columns. */
  fileFindings: ValidationFinding[];
  /** Checks one data row (all values strings); true when valid. A row lacking a required column is never valid. */
  checkRow(values: string[], row: number, emit: (f: ValidationFinding) => void): boolean;
}

export interface BoundHeader {
  /** Number of header cells. */
  readonly width: number;
  /** Data type of the field bound to each column, for readers that turn typed cells (XLSX dates) into text. */
  readonly columnTypes: readonly (DataType | undefined)[];
  readonly check: (values: readonly string[], row: number, sink: Sink) => boolean;
}

interface Column {
  readonly index: number;
  readonly field: CompiledField;
  readonly name: string;
  readonly required: boolean;
  readonly many: boolean;
  readonly checkText: TextChecker;
}

/** Items of a 'many' file value, separated by ';'. -1 when there is none, else 1 valid / 0 invalid. */
function checkManyText(field: CompiledField, value: string, row: number, sink: Sink): number {
  let present = false;
  let ok = true;
  for (const part of value.split(';')) {
    if (isBlank(part)) continue;
    present = true;
    if (!field.checkText(trimValue(part), row, sink)) ok = false;
  }
  return present ? (ok ? 1 : 0) : -1;
}

/** Binds header cells to fields, reporting header findings on the header's spreadsheet row (1 for CSV) to the sink. */
export function bindColumns(compiled: CompiledEntity, header: readonly string[], sink: Sink, headerRow = 1): BoundHeader {
  const keys = header.map((cell) => foldName(String(cell ?? '')));
  const boundTo: (CompiledField | undefined)[] = new Array<CompiledField | undefined>(header.length).fill(undefined);
  const settled: boolean[] = keys.map((key) => key === '');
  const taken = new Set<CompiledField>();
  const notes: { index: number; report: () => void }[] = [];
  // Exact field names first, wherever they stand, then element codes and names, then synonyms.
  for (const tier of compiled.headerKeys) {
    for (let i = 0; i < keys.length; i++) {
      if (settled[i]) continue;
      const candidates = tier.get(keys[i] ?? '');
      if (!candidates) continue;
      settled[i] = true;
      const column = String(header[i]).trim();
      const field = candidates[0] as CompiledField;
      if (candidates.length > 1) {
        // Several fields share this element or name: no guessing, even if only one of them is still unbound.
        const names = candidates.map((f) => f.name);
        notes.push({ index: i, report: () => sink(headerRow, column, 'unknown_field', column, () => messages.ambiguousColumn(column, names)) });
      } else if (taken.has(field)) {
        notes.push({ index: i, report: () => sink(headerRow, column, 'unknown_field', column, () => messages.duplicateColumn(column, field.name)) });
      } else {
        boundTo[i] = field;
        taken.add(field);
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    if (settled[i]) continue;
    const column = String(header[i]).trim();
    notes.push({ index: i, report: () => sink(headerRow, column, 'unknown_field', column, () => messages.unknownColumn(column, compiled.code)) });
  }
  notes.sort((a, b) => a.index - b.index);
  for (const note of notes) note.report();
  let requiredColumnMissing = false;
  for (const field of compiled.fields) {
    if (taken.has(field) || !field.required) continue;
    requiredColumnMissing = true;
    sink(headerRow, field.name, 'missing_column', undefined, () => messages.missingColumn(field.name, [...field.columnNames]));
  }

  const columns: Column[] = [];
  for (let i = 0; i < boundTo.length; i++) {
    const field = boundTo[i];
    if (field) columns.push({ index: i, field, name: field.name, required: field.required, many: field.many, checkText: field.checkText });
  }
  const count = columns.length;
  const columnOf = (name: string) => columns.find((c) => c.name === name)?.index;
  const rules = compiled.rules.flatMap((rule) => {
    const at = columnOf(rule.field);
    const above = columnOf(rule.within);
    return at === undefined || above === undefined ? [] : [{ rule, at, above }];
  });
  const check = (values: readonly string[], row: number, rowSink: Sink): boolean => {
    let ok = !requiredColumnMissing;
    for (let c = 0; c < count; c++) {
      const column = columns[c] as Column;
      const value = values[column.index];
      if (value !== undefined && !isBlank(value)) {
        if (!column.many) {
          if (!column.checkText(value, row, rowSink)) ok = false;
          continue;
        }
        const result = checkManyText(column.field, value, row, rowSink);
        if (result === 0) ok = false;
        if (result >= 0) continue;
      }
      if (column.required) {
        rowSink(row, column.name, 'missing', undefined, column.field.missing);
        ok = false;
      }
    }
    for (let r = 0; r < rules.length; r++) {
      const { rule, at, above } = rules[r] as (typeof rules)[number];
      const value = values[at];
      const upper = values[above];
      if (value === undefined || upper === undefined || isBlank(value) || isBlank(upper)) continue;
      if (!rule.check(trimValue(value), trimValue(upper), row, rowSink)) ok = false;
    }
    return ok;
  };
  return { width: header.length, columnTypes: boundTo.map((f) => f?.dataType), check };
}

/**
 * Binds a file's header row. A column matches a field when, trimmed, without diacritics and case, it equals the field's
 * name, its element's code, or the element's Vietnamese or English name (then, failing those, a synonym).
 */
export function bindHeader(compiled: CompiledEntity, header: string[]): BoundColumns {
  const fileFindings: ValidationFinding[] = [];
  const bound = bindColumns(compiled, header, sinkFor((f) => fileFindings.push(f)));
  return {
    fileFindings,
    checkRow: (values, row, emit) => bound.check(values, row, sinkFor(emit)),
  };
}
