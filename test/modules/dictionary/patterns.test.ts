// Element patterns on a linear-time engine (validation/pattern.ts): what is refused and why, that the translation to RE2
// keeps ECMAScript's meaning, and that a catastrophic pattern answers at once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import { AppError } from '../../../src/core/errors.js';
import { checkPattern } from '../../../src/modules/dictionary/checks.js';
import { compilePattern, PatternError, type PatternProblem } from '../../../src/modules/dictionary/validation/pattern.js';
import { compileEntity } from '../../../src/modules/dictionary/validation/compile.js';
import { validateRecords } from '../../../src/modules/dictionary/validation/files.js';
import type { ElementSpec } from '../../../src/modules/dictionary/model.js';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleElement } from '../../helpers/fixtures.js';

function problemOf(pattern: string): PatternProblem | undefined {
  try {
    compilePattern(pattern);
    return undefined;
  } catch (err) {
    assert.ok(err instanceof PatternError, String(err));
    return err.problem;
  }
}

describe('element patterns', () => {
  it('runs catastrophic patterns in linear time', () => {
    for (const pattern of ['(a+)+', '(a|a)*', '(a|aa)+', '(x+x+)+y', '(\\w+\\s?)*', '(.*a){10}', '([a-z]+)*[0-9]']) {
      const matcher = compilePattern(pattern);
      assert.equal(matcher.engine, 're2', pattern);
      const started = performance.now();
      assert.equal(matcher.test(`${'a'.repeat(5000)}!`), false, pattern);
      assert.ok(performance.now() - started < 500, `${pattern} took ${performance.now() - started} ms`);
    }
  });

  it('refuses backreferences, lookaround, syntax RE2 lacks and invalid expressions, each with its reason', () => {
    const cases: [string, PatternProblem][] = [
      ['(a)\\1', 'backreference'],
      ['(?<x>a)\\k<x>', 'backreference'],
      ['a(?=b)', 'lookaround'],
      ['a(?!b)', 'lookaround'],
      ['(?<=a)b', 'lookaround'],
      ['(?<!a)b', 'lookaround'],
      ['\\p{Script=Latin}+', 'unsupported'],
      ['a{1001}', 'unsupported'],
      ['[0-9', 'syntax'],
      ['(?i)abc', 'syntax'],
      ['a{2,1}', 'syntax'],
      ['[a-z]{1000}[0-9]{1000}[A-Z]{1000}', 'too_complex'],
    ];
    for (const [pattern, problem] of cases) assert.equal(problemOf(pattern), problem, pattern);
    // Inside a class, [\1] is not a backreference but a syntax error in Unicode mode; \b is a backspace there.
    assert.equal(problemOf('[\\b]'), undefined);
  });

  it('gives each refusal a stable code and a message in Vietnamese and English', () => {
    const codes: [string, string][] = [
      ['(a)\\1', 'UNSUPPORTED_PATTERN'],
      ['a(?=b)', 'UNSUPPORTED_PATTERN'],
      ['[0-9', 'INVALID_PATTERN'],
      ['[a-z]{1000}[0-9]{1000}[A-Z]{1000}', 'PATTERN_TOO_COMPLEX'],
    ];
    for (const [pattern, code] of codes) {
      let caught: unknown;
      try {
        checkPattern(pattern);
      } catch (err) {
        caught = err;
      }
      assert.ok(caught instanceof AppError, pattern);
      assert.equal(caught.status, 400);
      assert.equal(caught.code, code);
      assert.match(caught.messageVi, /Mẫu định dạng/);
      assert.match(caught.messageEn, /^The pattern/);
      assert.doesNotMatch(caught.messageEn, /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
    }
  });

  it('still runs every seed pattern, fixed ones on V8 and the others on RE2, with the same answers', () => {
    const seed = JSON.parse(fs.readFileSync('seed/dictionary/elements.json', 'utf8')) as ElementSpec[];
    const withPattern = seed.filter((e) => e.pattern);
    assert.ok(withPattern.length >= 6);
    for (const e of withPattern) {
      const matcher = compilePattern(e.pattern as string);
      const native = new RegExp(`^(?:${e.pattern as string})$`, 'u');
      for (const example of e.examples) assert.ok(matcher.test(example), `${e.code}: ${example}`);
      for (const value of [...e.examples.map((x) => `${x}x`), '', '0', 'abc', '012345678901', '0912345678', 'a@b.vn']) {
        assert.equal(matcher.test(value), native.test(value), `${e.code}: ${value}`);
      }
    }
    assert.equal(compilePattern('\\d{12}').engine, 'native');
    assert.equal(compilePattern('^[0-9]{5}$').engine, 'native');
    assert.equal(compilePattern('[0-9]{10}(-[0-9]{3})?').engine, 're2');
  });

  it('keeps ECMAScript’s meaning where RE2’s differs: dot, \\s, empty classes, escapes, astral characters', () => {
    const same = (pattern: string, values: string[]) => {
      const matcher = compilePattern(pattern);
      const native = new RegExp(`^(?:${pattern})$`, 'u');
      for (const v of values) assert.equal(matcher.test(v), native.test(v), `${pattern} on ${JSON.stringify(v)}`);
    };
    same('a.+b', ['axb', 'a\rb', 'a\u2028b', 'a\nb', 'a😀b']);
    same('a\\s+b', ['a b', 'a\u00a0b', 'a\u3000b', 'a\vb', 'a\tb', 'axb']);
    same('x[\\s,]+y', ['x ,y', 'x\u00a0y', 'x-y']);
    same('a\\S*b', ['axyb', 'a b', 'a\u00a0b']);
    same('[]a|b', ['a', 'b', ']a', '']);
    same('[^]+', ['abc', '\n', '']);
    same('\\u0041+\\u{1F600}?\\x42\\cJ?\\/', ['AAB/', 'A😀B\n/', 'B/']);
    same('\\uD83D\\uDE00+', ['😀😀', '\uD83D']);
    same('[\\b]+|[[a]+', ['\b\b', '[a[', 'a']);
    same('(?<year>\\d{4})-(?:0[1-9]|1[0-2])', ['2026-07', '2026-13']);
    same('[\\p{L} ]+', ['Nguyễn Thị Hà', 'Hà 1']);
    same('.{3}', ['😀😀😀', 'abc', 'ab']);
  });

  it('agrees with V8 on generated patterns and values (property)', () => {
    const atom = fc.constantFrom('a', 'b', '.', '\\s', '\\S', '\\d', '\\w', '[ab]', '[^a]', '[\\sa]', '(?:ab)', '(a|b)', '\\.', ' ', '\u00a0', '\n', 'é');
    const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,3}', '{0,}', '*?');
    const pattern = fc.array(fc.tuple(atom, quantifier).map(([a, q]) => a + q), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    const value = fc.array(fc.constantFrom('a', 'b', '1', ' ', '\u00a0', '\n', '\r', '.', 'é', '😀', '_'), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(pattern, fc.array(value, { minLength: 1, maxLength: 8 }), (p, values) => {
        const matcher = compilePattern(p);
        const native = new RegExp(`^(?:${p})$`, 'u');
        for (const v of values) assert.equal(matcher.test(v), native.test(v), `${p} on ${JSON.stringify(v)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('validates a 30-character value against (a+)+ at once', () => {
    const compiled = compileEntity({
      code: 'thu',
      version: '1.0',
      name: { vi: 'Thử', en: 'Test' },
      attributes: [
        {
          name: 'ma',
          required: true,
          cardinality: 'one',
          element: { code: 'ma', name: { vi: 'Mã', en: 'Code' }, definition: 'Mã', dataType: 'text', pattern: '(a+)+', classification: 'public', ownerAgencyId: 'x', synonyms: [], examples: [] },
        },
      ],
    });
    const started = performance.now();
    const result = validateRecords(compiled, [{ ma: `${'a'.repeat(29)}!` }, { ma: 'a'.repeat(30) }], { maxFindings: 10, maxBytes: 1e6 });
    assert.ok(performance.now() - started < 200, `took ${performance.now() - started} ms`);
    assert.deepEqual(result.findings.map((f) => [f.row, f.problem]), [[1, 'bad_format']]);
  });
});

describe('element patterns through the API', () => {
  let t: TestApp;
  let officer: TestClient;
  let reviewer: TestClient;
  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    reviewer = await t.as('reviewer');
  });
  after(() => t.close());

  it('refuses a pattern RE2 cannot run when it is saved, with 400 and its code, and keeps nothing', async () => {
    for (const [pattern, code] of [['(\\d)\\1', 'UNSUPPORTED_PATTERN'], ['\\d+(?=x)', 'UNSUPPORTED_PATTERN'], ['[0-9', 'INVALID_PATTERN']] as const) {
      const error = assertError(await officer.post('/api/v1/dictionary/elements', sampleElement({ code: 'mau_thu', pattern })), 400, code);
      assert.equal((error.details as { field: string }[])[0]?.field, 'pattern');
      assert.match(error.message.vi, /Mẫu định dạng/);
      assert.match(error.message.en, /^The pattern/);
    }
    assertError(await officer.get('/api/v1/dictionary/elements/mau_thu'), 404, 'NOT_FOUND');
  });

  it('answers an anonymous validation against an approved (a+)+ at once', async () => {
    assert.equal((await officer.post('/api/v1/dictionary/elements', sampleElement({ code: 'chuoi_a', pattern: '(a+)+', maxLength: undefined, examples: ['aaa'] }))).status, 201);
    await officer.post('/api/v1/dictionary/elements/chuoi_a/submit');
    assert.equal((await reviewer.post('/api/v1/dictionary/elements/chuoi_a/approve')).status, 200);
    const entity = { code: 'thu_mau', name: { vi: 'Thử mẫu', en: 'Pattern test' }, definition: 'Thử.', ownerAgencyId: 'so-khcn', attributes: [{ element: 'chuoi_a', required: true, cardinality: 'one' }], relations: [] };
    assert.equal((await officer.post('/api/v1/dictionary/entities', entity)).status, 201);
    await officer.post('/api/v1/dictionary/entities/thu_mau/submit');
    assert.equal((await reviewer.post('/api/v1/dictionary/entities/thu_mau/approve')).status, 200);
    const started = performance.now();
    const res = await t.anonymous.post('/api/v1/dictionary/entities/thu_mau/validate', [{ chuoi_a: `${'a'.repeat(29)}!` }, { chuoi_a: 'a'.repeat(30) }]);
    assert.ok(performance.now() - started < 1000, `took ${performance.now() - started} ms`);
    assert.equal(res.status, 200);
    const body = res.json<{ findings: { row: number; problem: string }[] }>();
    assert.deepEqual(body.findings.map((f) => [f.row, f.problem]), [[1, 'bad_format']]);
  });
});
