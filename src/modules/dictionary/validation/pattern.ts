// Element patterns are written by stewards and run on every value of every validation, anonymous ones included, so
// they must never backtrack catastrophically (`(a+)+` took 8.6 s on a 30-character value). A pattern is an ECMAScript
// regular expression (the JSON Schema export publishes it as such); it runs on RE2's linear-time engine (re2js), after
// a translation that keeps ECMAScript's meaning where RE2's differs (`.`, `\s`, `[]`). Patterns with no choice at all
// (no `|`, no variable quantifier: `\d{12}`, `0\d{9}`) cannot backtrack, so V8 runs them, at its speed.
import { RE2JS } from 're2js';

/** Why a pattern is refused; stable, for the API's error codes. */
export type PatternProblem = 'syntax' | 'backreference' | 'lookaround' | 'unsupported' | 'too_complex';

export class PatternError extends Error {
  constructor(
    readonly problem: PatternProblem,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface PatternMatcher {
  /** True when the whole value matches. */
  test(value: string): boolean;
  readonly engine: 'native' | 're2';
}

/** RE2 program instructions a pattern may compile to: bounds the work per character of every value it checks. */
export const MAX_PROGRAM_SIZE = 2000;

// ECMAScript's \s, as code point ranges (RE2's \s is only [\t\n\f\r ]).
const SPACE_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
// ECMAScript's `.` without the s flag: anything but a line terminator (RE2's stops at \n only).
const LINE_TERMINATORS: readonly (readonly [number, number])[] = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];
const MAX_CODE_POINT = 0x10ffff;

const hex = (c: number) => `\\x{${c.toString(16)}}`;
const ranges = (list: readonly (readonly [number, number])[]) => list.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
function complement(list: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  let next = 0;
  for (const [a, b] of list) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}
const SPACE = ranges(SPACE_RANGES);
const NOT_SPACE = ranges(complement(SPACE_RANGES));
const DOT = `[^${ranges(LINE_TERMINATORS)}]`;
const ANY = `[\\x{0}-\\x{10ffff}]`;
const NOTHING = `[^\\x{0}-\\x{10ffff}]`;

interface Translation {
  /** The pattern in RE2's syntax, with ECMAScript's meaning. */
  re2: string;
  /** No alternation and no variable quantifier anywhere: one way to match, nothing to backtrack. */
  fixed: boolean;
}

const isHex = (s: string) => /^[0-9a-fA-F]+$/.test(s);

/**
 * Rewrites an ECMAScript pattern (already known to compile with the u flag) in RE2's syntax. Throws a PatternError for
 * what RE2 cannot run in linear time: backreferences and lookaround.
 */
export function translatePattern(source: string): Translation {
  let out = '';
  let fixed = true;
  let inClass = false;
  const n = source.length;
  // An escape's code point, from \uXXXX (a surrogate pair written as two of them is one code point), \u{X}, \cX, \0.
  const codeEscape = (i: number): { code: number; end: number } | undefined => {
    const c = source[i + 1];
    if (c === 'u') {
      if (source[i + 2] === '{') {
        const close = source.indexOf('}', i + 3);
        return { code: parseInt(source.slice(i + 3, close), 16), end: close + 1 };
      }
      const unit = parseInt(source.slice(i + 2, i + 6), 16);
      if (unit >= 0xd800 && unit <= 0xdbff && source.startsWith('\\u', i + 6) && isHex(source.slice(i + 8, i + 12))) {
        const low = parseInt(source.slice(i + 8, i + 12), 16);
        if (low >= 0xdc00 && low <= 0xdfff) return { code: 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), end: i + 12 };
      }
      return { code: unit, end: i + 6 };
    }
    if (c === 'x') return { code: parseInt(source.slice(i + 2, i + 4), 16), end: i + 4 };
    if (c === 'c') return { code: (source.charCodeAt(i + 2) ?? 0) % 32, end: i + 3 };
    if (c === '0') return { code: 0, end: i + 2 };
    return undefined;
  };
  for (let i = 0; i < n; ) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const c = source[i + 1] ?? '';
      const code = codeEscape(i);
      if (code) {
        out += hex(code.code);
        i = code.end;
        continue;
      }
      if (!inClass && (/[1-9]/.test(c) || (c === 'k' && source[i + 2] === '<'))) {
        throw new PatternError('backreference', `\\${c}`);
      }
      if (c === 's') out += inClass ? SPACE : `[${SPACE}]`;
      else if (c === 'S') out += inClass ? NOT_SPACE : `[${NOT_SPACE}]`;
      else if (c === 'b' && inClass) out += hex(8);
      else if (c === 'p' || c === 'P') {
        // \p{…} is passed on as written: RE2 knows the general categories and scripts by their short names.
        const close = source.indexOf('}', i + 2);
        out += source.slice(i, close + 1);
        i = close + 1;
        continue;
      } else if (c === '/') out += '/';
      else out += `\\${c}`;
      i += 2;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === '[' ? '\\[' : ch;
      i++;
      continue;
    }
    if (ch === '[') {
      // ECMAScript's [] matches nothing and [^] anything; RE2 would read the ] as a member.
      if (source[i + 1] === ']') {
        out += NOTHING;
        i += 2;
        continue;
      }
      if (source.startsWith('^]', i + 1)) {
        out += ANY;
        i += 3;
        continue;
      }
      inClass = true;
      out += '[';
      i++;
      if (source[i] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    if (ch === '(' && source[i + 1] === '?') {
      const rest = source.slice(i + 2, i + 4);
      if (rest.startsWith('=') || rest.startsWith('!') || rest === '<=' || rest === '<!') throw new PatternError('lookaround', `(?${rest.startsWith('<') ? rest : rest[0]}`);
      if (rest.startsWith('<')) {
        out += '(?P<';
        i += 3;
        continue;
      }
      out += '(?';
      i += 2;
      continue;
    }
    if (ch === '.') out += DOT;
    else {
      if (ch === '|' || ch === '*' || ch === '+' || ch === '?') fixed = false;
      else if (ch === '{') {
        const quantifier = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (quantifier && quantifier[2] !== undefined && quantifier[3] !== quantifier[1]) fixed = false;
      }
      out += ch;
    }
    i++;
  }
  return { re2: out, fixed };
}

/**
 * Compiles an element's pattern for checking whole values: an ECMAScript regular expression (u flag) that RE2 can run.
 * Throws a PatternError saying why it cannot be used.
 */
export function compilePattern(pattern: string): PatternMatcher {
  const anchored = `^(?:${pattern})$`;
  let native: RegExp;
  try {
    native = new RegExp(anchored, 'u');
  } catch (err) {
    throw new PatternError('syntax', (err as Error).message);
  }
  const { re2, fixed } = translatePattern(pattern);
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(`^(?:${re2})$`);
  } catch (err) {
    throw new PatternError('unsupported', (err as Error).message);
  }
  if (compiled.programSize() > MAX_PROGRAM_SIZE) throw new PatternError('too_complex', String(compiled.programSize()));
  if (fixed) return { engine: 'native', test: (value) => native.test(value) };
  return { engine: 're2', test: (value) => compiled.testExact(value) };
}
