// Preloaded into the gateway by bench:exchange when BENCH_TRACE=1 (node --import): times the message log's group
// commits (LogCommitter.flush: one transaction per batch) and the wait of each call for its commit, and prints a
// summary on stderr on SIGUSR1 (and resets it). Observation only: the committer's behaviour is unchanged.
import { LogCommitter } from '../../src/modules/exchange/message-log/committer.js';

type Flush = (batch: unknown[]) => Promise<unknown>;
type Commit = (...args: unknown[]) => Promise<unknown>;
const proto = LogCommitter.prototype as unknown as { flush: Flush; commit: Commit };
let flushes: { ms: number; size: number }[] = [];
let waits: number[] = [];
let started = performance.now();

const originalFlush = proto.flush;
proto.flush = async function (this: unknown, batch: unknown[]) {
  const t0 = performance.now();
  try {
    return await originalFlush.call(this, batch);
  } finally {
    flushes.push({ ms: performance.now() - t0, size: batch.length });
  }
};
const originalCommit = proto.commit;
proto.commit = function (this: unknown, ...args: unknown[]) {
  const t0 = performance.now();
  const p = originalCommit.apply(this, args);
  void p.then(() => waits.push(performance.now() - t0), () => undefined);
  return p;
};

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
process.on('SIGUSR1', () => {
  const seconds = (performance.now() - started) / 1000;
  const ms = flushes.map((f) => f.ms).sort((a, b) => a - b);
  const sizes = flushes.map((f) => f.size);
  const busy = ms.reduce((n, x) => n + x, 0) / 1000;
  const w = [...waits].sort((a, b) => a - b);
  process.stderr.write(
    `TRACE ${JSON.stringify({
      seconds: +seconds.toFixed(1),
      flushes: flushes.length,
      flushesPerS: +(flushes.length / seconds).toFixed(1),
      meanBatch: +(sizes.reduce((n, x) => n + x, 0) / (sizes.length || 1)).toFixed(1),
      maxBatch: Math.max(0, ...sizes),
      flushMs: { p50: +pct(ms, 50).toFixed(2), p99: +pct(ms, 99).toFixed(2), mean: +((busy * 1000) / (ms.length || 1)).toFixed(2) },
      flushBusyShare: +(busy / seconds).toFixed(2),
      commitWaitMs: { p50: +pct(w, 50).toFixed(2), p99: +pct(w, 99).toFixed(2) },
    })}\n`,
  );
  flushes = [];
  waits = [];
  started = performance.now();
});
