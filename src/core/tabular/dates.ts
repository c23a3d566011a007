// Dates in tabular files: ISO 8601 and the Vietnamese day-first forms (DD/MM/YYYY, DD/MM/YYYY HH:mm[:ss]), and the
// dates exceljs hands over for date cells.
//
// Two readings, for two callers: the strict, allocation-free parsers below run on every value of a date column during
// a streamed validation (a million rows); spreadsheetDate is the lenient one of the registry's template import (Date
// cells, Excel serial numbers, and . or - as separators as well as /).


function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= (isLeap(year) ? 29 : 28);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

function digit(value: string, i: number): number {
  const d = value.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function twoDigits(value: string, i: number): number {
  return digit(value, i) * 10 + digit(value, i + 1);
}

function fourDigits(value: string, i: number): number {
  return digit(value, i) * 1000 + digit(value, i + 1) * 100 + digit(value, i + 2) * 10 + digit(value, i + 3);
}

/** A date as the number YYYYMMDD, which orders like the date; -1 when not a real date. */
function dateNumber(year: number, month: number, day: number): number {
  return isRealDate(year, month, day) ? year * 10_000 + month * 100 + day : -1;
}

/** Strict "YYYY-MM-DD" (JSON): YYYYMMDD, or -1. */
export function parseIsoDate(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  return dateNumber(fourDigits(value, 0), twoDigits(value, 5), twoDigits(value, 8));
}

/** Files: "YYYY-MM-DD" or the Vietnamese "DD/MM/YYYY" (day and month may have one digit): YYYYMMDD, or -1. */
export function parseFileDate(value: string): number {
  const n = value.length;
  if (n === 10 && value.charCodeAt(4) === 45) return parseIsoDate(value);
  if (n < 8 || n > 10 || value.charCodeAt(n - 5) !== 47) return -1;
  const firstSlash = value.indexOf('/');
  if (firstSlash < 1 || firstSlash > 2) return -1;
  const monthLength = n - 5 - firstSlash - 1;
  if (monthLength < 1 || monthLength > 2) return -1;
  const day = firstSlash === 1 ? digit(value, 0) : twoDigits(value, 0);
  const month = monthLength === 1 ? digit(value, firstSlash + 1) : twoDigits(value, firstSlash + 1);
  return dateNumber(fourDigits(value, n - 4), month, day);
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Vietnam's offset, assumed for date-times written without one. */
const localOffsetMinutes = 7 * 60;

function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): number {
  if (!isRealDate(year, month, day) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return NaN;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + ms;
}

/**
 * YYYY-MM-DD[T ]HH:mm[:ss[.fff]][Z|±HH[:]MM|±HH]; strict (RFC 3339) wants the T, the seconds and a zone.
 * The instant in ms, NaN when not one. Written by hand: it runs on every value of a date-time column.
 */
function parseIsoDateTime(value: string, strict: boolean): number {
  const n = value.length;
  if (n < 16 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 || value.charCodeAt(13) !== 58) return NaN;
  const sep = value.charCodeAt(10);
  if (sep !== 84 && sep !== 116 && (strict || sep !== 32)) return NaN;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (i < n && value.charCodeAt(i) === 58) {
    second = twoDigits(value, i + 1);
    i += 3;
    if (i < n && value.charCodeAt(i) === 46) {
      i++;
      const start = i;
      let fraction = 0;
      let scale = 1;
      for (let d = digit(value, i); d >= 0 && i < n; d = digit(value, ++i)) {
        if (scale < 1000) {
          fraction = fraction * 10 + d;
          scale *= 10;
        }
      }
      if (i === start) return NaN;
      ms = (fraction * 1000) / scale;
    }
  } else if (strict) {
    return NaN;
  }
  let offset = localOffsetMinutes;
  if (i >= n) {
    if (strict || i > n) return NaN;
  } else {
    const z = value.charCodeAt(i);
    if (z === 90 || z === 122) {
      if (i + 1 !== n) return NaN;
      offset = 0;
    } else if (z === 43 || z === 45) {
      const rest = n - i - 1;
      let hours: number;
      let minutes = 0;
      if (rest === 5 && value.charCodeAt(i + 3) === 58) {
        hours = twoDigits(value, i + 1);
        minutes = twoDigits(value, i + 4);
      } else if (!strict && rest === 4) {
        hours = twoDigits(value, i + 1);
        minutes = twoDigits(value, i + 3);
      } else if (!strict && rest === 2) {
        hours = twoDigits(value, i + 1);
      } else {
        return NaN;
      }
      if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return NaN;
      offset = (z === 45 ? -1 : 1) * (hours * 60 + minutes);
    } else {
      return NaN;
    }
  }
  return instant(fourDigits(value, 0), twoDigits(value, 5), twoDigits(value, 8), twoDigits(value, 11), twoDigits(value, 14), second, ms, offset);
}

/** One or two digits at i, and where they end; -1 when none. */
function smallNumber(value: string, i: number): [number, number] {
  const a = digit(value, i);
  if (a < 0) return [-1, i];
  const b = digit(value, i + 1);
  return b < 0 ? [a, i + 1] : [a * 10 + b, i + 2];
}

/** D/M/YYYY H:mm[:ss] (one or more spaces, or a T, between the date and the time), as Vietnamese Excel writes it. */
function parseVnDateTime(value: string): number {
  const n = value.length;
  const [day, i1] = smallNumber(value, 0);
  if (day < 0 || value.charCodeAt(i1) !== 47) return NaN;
  const [month, i2] = smallNumber(value, i1 + 1);
  if (month < 0 || value.charCodeAt(i2) !== 47) return NaN;
  const year = fourDigits(value, i2 + 1);
  let i = i2 + 5;
  const gap = i;
  while (i < n && (value.charCodeAt(i) === 32 || value.charCodeAt(i) === 84)) i++;
  if (i === gap) return NaN;
  const [hour, i3] = smallNumber(value, i);
  if (hour < 0 || value.charCodeAt(i3) !== 58) return NaN;
  const minute = twoDigits(value, i3 + 1);
  let end = i3 + 3;
  let second = 0;
  if (end < n && value.charCodeAt(end) === 58) {
    second = twoDigits(value, end + 1);
    end += 3;
  }
  if (end !== n) return NaN;
  return instant(year, month, day, hour, minute, second, 0, localOffsetMinutes);
}

/** Strict RFC 3339 date-time (JSON); the instant in ms, NaN when not one. */
export function parseRfc3339(value: string): number {
  return parseIsoDateTime(value, true);
}

/** Files: ISO 8601 with a time (offset optional, +07:00 assumed), or "DD/MM/YYYY HH:mm[:ss]"; the instant, NaN when not one. */
export function parseFileDateTime(value: string): number {
  return value.length >= 16 && value.charCodeAt(4) === 45 ? parseIsoDateTime(value, false) : parseVnDateTime(value);
}

/** A bound for date-time ranges: a date-time, or a date meaning its midnight in Vietnam. */
export function parseDateTimeBound(value: string): number {
  const t = parseFileDateTime(value);
  if (!Number.isNaN(t)) return t;
  const date = parseFileDate(value);
  if (date < 0) return NaN;
  return instant(Math.floor(date / 10_000), Math.floor(date / 100) % 100, date % 100, 0, 0, 0, 0, localOffsetMinutes);
}

/** A date as Excel shows it: exceljs gives the cell's wall-clock time in UTC fields. */
export function excelDateText(date: Date, dateOnly: boolean): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
  const h = date.getUTCHours();
  const mi = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  if (dateOnly || (h === 0 && mi === 0 && s === 0 && date.getUTCMilliseconds() === 0)) return day;
  return `${day}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
}

// ---- the lenient reading of one spreadsheet cell ----

/** A Date's calendar day as YYYY-MM-DD, from its UTC fields (exceljs gives a cell's wall-clock time in UTC fields). */
export function isoDateOf(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2100) return undefined;
  return isoDateOf(date);
}

/**
 * A cell as a date YYYY-MM-DD (years 1900–2100): a Date cell, an Excel serial number (a date typed in a cell formatted as
 * a number), "YYYY-M-D", or the Vietnamese "D/M/YYYY" (also with . or -). Undefined when it is none of these.
 */
export function spreadsheetDate(value: string | number | boolean | Date | null): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoDateOf(value);
  if (typeof value === 'number' && value > 20000 && value < 80000 && Number.isInteger(value)) {
    return isoDateOf(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000)); // an Excel serial date
  }
  const text = value === null ? '' : String(value).normalize('NFC').replaceAll('\u0000', '').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}
