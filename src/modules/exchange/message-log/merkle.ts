// The Merkle tree of RFC 9162 §2.1 over a batch's record hashes: root, inclusion proofs and their verification.
import { createHash } from 'node:crypto';

const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);

/** leaf_i = SHA-256(0x00 ‖ raw32(hash_i)). */
export function leafHash(recordHashHex: string): Buffer {
  return createHash('sha256').update(LEAF).update(Buffer.from(recordHashHex, 'hex')).digest();
}

function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(NODE).update(left).update(right).digest();
}

/** The largest power of two smaller than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]); the empty tree's root is SHA-256 of nothing. */
export function merkleRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  // Bottom-up with RFC 9162's shape: pairing left to right and carrying an odd last node up gives the same tree as
  // splitting at the largest power of two, without recursion.
  let level: Buffer[] = [...leaves];
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(nodeHash(level[i]!, level[i + 1]!));
    if (level.length % 2 === 1) next.push(level[level.length - 1]!);
    level = next;
  }
  return level[0]!;
}

/** PATH(m, D[n]) of RFC 9162 §2.1.3.1: the audit path of leaf m, nearest sibling first. */
export function inclusionProof(leaves: readonly Buffer[], m: number): Buffer[] {
  if (!Number.isInteger(m) || m < 0 || m >= leaves.length) throw new RangeError(`leaf ${m} is not in a tree of ${leaves.length}`);
  const path: Buffer[] = [];
  let lo = 0;
  let hi = leaves.length;
  let index = m;
  const stack: Buffer[] = [];
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (index < k) {
      stack.push(merkleRoot(leaves.slice(lo + k, hi)));
      hi = lo + k;
    } else {
      stack.push(merkleRoot(leaves.slice(lo, lo + k)));
      lo += k;
      index -= k;
    }
  }
  // Collected from the root down; the proof lists the leaf's own level first.
  for (let i = stack.length - 1; i >= 0; i--) path.push(stack[i]!);
  return path;
}

/** RFC 9162 §2.1.3.2: whether the path proves the leaf at index in a tree of treeSize with that root. */
export function verifyInclusion(leaf: Buffer, index: number, treeSize: number, path: readonly Buffer[], root: Buffer): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(treeSize) || index < 0 || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}
