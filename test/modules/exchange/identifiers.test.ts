// Identifiers of the exchange (docs/exchange-protocol.md §2): PR-REST's allow-list, and reading what is written.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatSubsystemId, identifierPattern, isIdentifierPart, parseSubsystemId } from '../../../src/modules/exchange/identifiers.js';

const allowedChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'()+,-.=?".split('');
const part = fc.array(fc.constantFrom(...allowedChars), { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''));

describe('exchange identifiers', () => {
  it('reads back every identifier it writes, whatever its allowed characters (fast-check)', () => {
    fc.assert(
      fc.property(part, part, part, part, (instance, memberClass, memberCode, subsystemCode) => {
        const id = { instance, memberClass, memberCode, subsystemCode };
        assert.deepEqual(parseSubsystemId(formatSubsystemId(id)), id);
      }),
    );
  });

  it('refuses a part with any character outside the allow-list, and empty or overlong parts (fast-check)', () => {
    const outside = fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }).filter((s) => [...s].some((c) => !allowedChars.includes(c)));
    fc.assert(
      fc.property(part, outside, part, (before, bad, after) => {
        assert.equal(isIdentifierPart(`${before}${bad}${after}`), false);
        assert.equal(parseSubsystemId(`VN-HY/GOV/${before}${bad}${after}/mot-cua`), null);
      }),
    );
    for (const bad of ['', 'x'.repeat(256), 'a/b', 'a:b', 'a;b', 'a%2Fb', 'a\\b', 'a b', 'a_b', 'Sở', 'a\u0000b', 'a\r\nb']) assert.equal(isIdentifierPart(bad), false, JSON.stringify(bad));
    for (const good of ['VN-HY', 'GOV', '000.00.00.H33', 'so-khcn', "a'(b)+c,d=e?f", 'x'.repeat(255)]) assert.equal(isIdentifierPart(good), true, good);
  });

  it('gives the API\u2019s schemas a pattern that accepts exactly what isIdentifierPart accepts (fast-check)', () => {
    const pattern = new RegExp(identifierPattern);
    fc.assert(fc.property(fc.oneof(part, fc.string({ maxLength: 6, unit: 'binary' })), (value) => assert.equal(pattern.test(value), isIdentifierPart(value))));
  });

  it('reads only identifiers of four parts', () => {
    for (const text of ['VN-HY/GOV/so-khcn', 'VN-HY/GOV/so-khcn/mot-cua/extra', '/GOV/so-khcn/mot-cua', 'VN-HY//so-khcn/mot-cua', '']) assert.equal(parseSubsystemId(text), null, text);
    assert.deepEqual(parseSubsystemId('VN-HY/GOV/000.00.00.H33/mot-cua'), { instance: 'VN-HY', memberClass: 'GOV', memberCode: '000.00.00.H33', subsystemCode: 'mot-cua' });
  });
});
