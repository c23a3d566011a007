// CPU time of the gateway process by part of the /r1/… request path, from a V8 CPU profile written by
// bench/lib/profile-on-signal.ts (BENCH_PROFILE=1 npx tsx bench/exchange.ts).

import { breakdown as breakdownBy, type CpuProfile, type ProfilePart } from './cpu-profile.js';

export type { CpuProfile };

/** Parts of the request path, matched on a frame's function and file; the frame nearest the sample decides. */
const parts: ProfilePart[] = [
  { part: 'garbage collection', match: (name) => name === '(garbage collector)' },
  { part: 'message log: records, hashes, Merkle, seal (committer)', match: (_n, url) => url.includes('exchange/message-log/') || url.includes('core/audit.') || url.includes('core/signing') },
  { part: 'SQL building and row mapping (drizzle)', match: (_n, url) => url.includes('drizzle-orm') },
  { part: 'database driver (pg / PGlite)', match: (_n, url) => /node_modules\/(pg|pg-protocol|pg-pool|pg-types|@electric-sql)\//.test(url) },
  { part: 'quota', match: (_n, url) => url.includes('gateway/quota') },
  { part: 'directory, rights', match: (_n, url) => url.includes('gateway/directory') },
  { part: 'auth: API key check (credentials)', match: (_n, url) => url.includes('exchange/credentials') },
  { part: 'monitoring sinks, metrics (prom-client)', match: (_n, url) => url.includes('monitoring-sinks') || url.includes('prom-client') },
  { part: 'undici (backend client)', match: (_n, url) => url.includes('node_modules/undici') || url.startsWith('node:internal/deps/undici') },
  { part: 'request target parsing', match: (_n, url) => url.includes('gateway/request-target') },
  { part: 'gateway proxy.ts (headers, hashing, streaming)', match: (_n, url) => url.includes('gateway/proxy') },
  { part: 'crypto (hashes, UUIDs)', match: (_n, url) => url.startsWith('node:crypto') || url.startsWith('node:internal/crypto') },
  { part: 'Fastify (hooks, routing, access log)', match: (_n, url) => url.includes('node_modules/fastify') || url.includes('node_modules/@fastify') || url.includes('find-my-way') || url.includes('core/access-log') || url.includes('plugins/') },
  { part: 'socket writes (writev)', match: (name) => name === 'writev' || name === 'writeBuffer' || name === 'writeUtf8String' },
  { part: 'HTTP (node:http, net, streams)', match: (_n, url) => url.startsWith('node:_http') || url.startsWith('node:net') || url.startsWith('node:internal/stream') || url.startsWith('node:stream') || url.startsWith('node:internal/http') },
  { part: 'idle', match: (name) => name === '(idle)' || name === '(program)' },
];

export function breakdown(profile: CpuProfile): { part: string; ms: number }[] {
  return breakdownBy(profile, parts);
}

/** The functions with the most self time. */
export function topSelf(profile: CpuProfile, n: number): { frame: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    const key = f ? `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${f.lineNumber + 1}` : '?';
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].map(([frame, ms]) => ({ frame, ms })).sort((a, b) => b.ms - a.ms).slice(0, n);
}
