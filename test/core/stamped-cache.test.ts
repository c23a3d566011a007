// The cache of serialised pages: bounded in size, least recently used out first, and never a value under another
// stamp or key than the one it was kept under.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { StampedCache } from '../../src/core/stamped-cache.js';

type Operation = { kind: 'set'; stamp: string; key: string; value: string } | { kind: 'get'; stamp: string; key: string };

const stamps = fc.constantFrom('s1', 's2', 's3');
const keys = fc.constantFrom('a', 'b', 'c', 'd', 'a\u0000b', '');
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), stamp: stamps, key: keys, value: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('get' as const), stamp: stamps, key: keys }),
);

describe('stamped cache', () => {
  it('holds at most its size, gives back only what was kept under that stamp and key, and drops the least recently used (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 200 }), fc.integer({ min: 0, max: 120 }), (operations, maxSize) => {
        const cache = new StampedCache(maxSize, 60);
        // The model: entries in use order, oldest first.
        const model: { stamp: string; key: string; value: string }[] = [];
        for (const op of operations) {
          const index = model.findIndex((e) => e.stamp === op.stamp && e.key === op.key);
          if (op.kind === 'get') {
            const found = cache.get(op.stamp, op.key);
            assert.equal(found, index >= 0 ? model[index]?.value : undefined);
            if (index >= 0) model.push(...model.splice(index, 1));
            continue;
          }
          cache.set(op.stamp, op.key, op.value);
          // A new value replaces the old, even one too large to keep.
          if (index >= 0) model.splice(index, 1);
          if (op.value.length > 60) continue;
          model.push({ stamp: op.stamp, key: op.key, value: op.value });
          let size = model.reduce((n, e) => n + e.value.length, 0);
          while (size > maxSize && model.length) size -= model.shift()?.value.length ?? 0;
          assert.ok(cache.bytes <= maxSize);
          assert.equal(cache.bytes, size);
          assert.equal(cache.count, model.length);
        }
      }),
    );
  });

  it('keeps no entry larger than its entry limit', () => {
    const cache = new StampedCache(1000, 10);
    cache.set('s', 'k', 'x'.repeat(11));
    assert.equal(cache.get('s', 'k'), undefined);
    assert.equal(cache.bytes, 0);
    cache.set('s', 'k', 'x'.repeat(10));
    assert.equal(cache.get('s', 'k'), 'x'.repeat(10));
    cache.set('s', 'k', 'y'.repeat(11));
    assert.equal(cache.get('s', 'k'), undefined, 'a value too large to keep still replaces the one kept');
  });
});
