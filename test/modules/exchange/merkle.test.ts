import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { inclusionProof, leafHash, merkleRoot, verifyInclusion } from '../../../src/modules/exchange/message-log/merkle.js';

const sha = (...parts: Buffer[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** RFC 9162 §2.1.1 as written: split at the largest power of two smaller than n. */
function referenceRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha();
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha(Buffer.from([1]), referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

const leavesArb = fc.array(fc.uint8Array({ minLength: 32, maxLength: 32 }), { minLength: 1, maxLength: 70 }).map((a) => a.map((b) => leafHash(Buffer.from(b).toString('hex'))));

describe('message-log Merkle tree (RFC 9162 §2.1)', () => {
  it('gives the root of the certificate-transparency test vector', () => {
    // The eight inputs of RFC 6962's reference tests (certificate-transparency merkle_tree_test), hashed as leaves.
    const inputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
    const leaves = inputs.map((hex) => sha(Buffer.from([0]), Buffer.from(hex, 'hex')));
    assert.equal(merkleRoot(leaves).toString('hex'), '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
    assert.equal(merkleRoot(leaves.slice(0, 1)).toString('hex'), '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  });

  it('computes the same root as the recursive definition', () => {
    fc.assert(fc.property(leavesArb, (leaves) => assert.deepEqual(merkleRoot(leaves), referenceRoot(leaves))));
  });

  it('proves every leaf, and no proof holds for another leaf, index, path or root (the seal signs the size itself)', () => {
    fc.assert(
      fc.property(leavesArb, fc.nat(), (leaves, pick) => {
        const root = merkleRoot(leaves);
        const m = pick % leaves.length;
        const path = inclusionProof(leaves, m);
        assert.ok(verifyInclusion(leaves[m]!, m, leaves.length, path, root));
        const other = sha(Buffer.from('other'));
        assert.equal(verifyInclusion(other, m, leaves.length, path, root), false);
        if (leaves.length > 1) {
          const wrongIndex = (m + 1) % leaves.length;
          if (!leaves[wrongIndex]!.equals(leaves[m]!)) assert.equal(verifyInclusion(leaves[m]!, wrongIndex, leaves.length, path, root), false);
        }
        assert.equal(verifyInclusion(leaves[m]!, m, leaves.length, path, other), false);
        if (path.length > 0) {
          const bent = path.map((p, i) => (i === 0 ? sha(p) : p));
          assert.equal(verifyInclusion(leaves[m]!, m, leaves.length, bent, root), false);
        }
      }),
    );
  });

  it('refuses an index outside the tree', () => {
    const leaves = [leafHash('00'.repeat(32))];
    assert.throws(() => inclusionProof(leaves, 1), RangeError);
    assert.equal(verifyInclusion(leaves[0]!, 1, 1, [], merkleRoot(leaves)), false);
    assert.equal(verifyInclusion(leaves[0]!, -1, 1, [], merkleRoot(leaves)), false);
  });
});
