// The OpenAPI description a provider uploads when it registers a REST service (docs/exchange-protocol.md §2.3, §8):
// reading it (in a worker thread, so a large or hostile upload never blocks the event loop), the copy getOpenAPI
// shows (every `servers` entry pointing at the gateway), and the matcher of the endpoint templates that the rights
// check (§3.3 step 7) runs on every call.
import { Worker } from 'node:worker_threads';
import { AppError } from '../../core/errors.js';

export interface DescriptionEndpoint {
  /** Upper case: GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE. */
  method: string;
  /** The template as written in `paths`, e.g. `/ho-so/{id}`. */
  path: string;
  operationId: string | null;
  summary: string | null;
}

export interface ParsedDescription {
  document: Record<string, unknown>;
  format: 'json' | 'yaml';
  /** The `openapi` field, e.g. "3.0.3". */
  openapi: string;
  title: string;
  /** `info.version`: the serviceVersion of metadata and monitoring (§2.3). */
  version: string;
  /** Sorted by path, then method (code-unit order: `/a` before `/a/{id}`, DELETE before GET). */
  endpoints: DescriptionEndpoint[];
}

/** The operations of a path item, in the order OpenAPI 3.0/3.1 lists them. */
export const descriptionMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export const descriptionLimits = {
  bytes: 5 * 1024 * 1024,
  endpoints: 2000,
  depth: 64,
  /** Milliseconds a parse may take in the worker before it is terminated. */
  timeMs: 10_000,
  /** The worker's heap. */
  heapMb: 256,
} as const;

export function invalidDescription(vi: string, en: string, details: Record<string, unknown>[] = [{}]): AppError {
  return new AppError(
    400,
    'INVALID_OPENAPI',
    `Bản mô tả OpenAPI không hợp lệ: ${vi}`,
    `The OpenAPI description is not valid: ${en}`,
    details.map((d) => ({ field: 'description', ...d })),
  );
}

const tooComplex = () =>
  invalidDescription(
    `quá phức tạp để đọc (quá ${descriptionLimits.timeMs / 1000} giây hoặc quá ${descriptionLimits.heapMb} MB bộ nhớ).`,
    `it is too complex to read (over ${descriptionLimits.timeMs / 1000} s or over ${descriptionLimits.heapMb} MB of memory).`,
  );

/**
 * Reads and validates an uploaded description: OpenAPI 3.0.x or 3.1.x, JSON or YAML, at most 5 MB, 2,000 endpoints
 * and 64 levels of nesting, only references within the document. Anything else is AppError 400 INVALID_OPENAPI.
 */
export async function parseDescription(bytes: Buffer): Promise<ParsedDescription> {
  if (bytes.length > descriptionLimits.bytes) {
    throw invalidDescription('lớn hơn 5 MB.', 'it is larger than 5 MB.', [{ bytes: bytes.length, limit: descriptionLimits.bytes }]);
  }
  // A fresh buffer (the Buffer may be a view of Node's shared pool), transferred to the worker without a copy.
  const copy = new Uint8Array(bytes);
  const answer = await descriptionWorker.run(copy);
  if (answer.ok) return answer.value;
  const { error } = answer;
  throw new AppError(error.status, error.code, error.messageVi, error.messageEn, error.details);
}

// --- The worker ---------------------------------------------------------------------------------------------------

/** What the worker answers (openapi-worker.ts). */
export type WorkerAnswer =
  | { ok: true; value: ParsedDescription }
  | { ok: false; error: { status: number; code: string; messageVi: string; messageEn: string; details?: unknown } };

interface Job {
  bytes: Uint8Array<ArrayBuffer>;
  resolve: (answer: WorkerAnswer) => void;
  reject: (error: unknown) => void;
}

/**
 * One long-lived worker, reused, one parse at a time, rather than a worker per parse:
 * - the first validation in a thread compiles the OpenAPI meta-schema with ajv (measured here ≈ 300 ms for 3.0 and
 *   ≈ 180 ms for 3.1), and starting a worker under tsx costs ≈ 300 ms more; a reused worker pays both once. The same
 *   cost is why even small inputs are not parsed inline: compiling the schema would block the event loop;
 * - uploads are rare and the machine small, so one thread is enough; one job at a time means the time limit and a
 *   terminate (or an out-of-memory end) concern that job alone: the next job gets a fresh worker;
 * - the worker is unref'd while idle (it keeps no process alive) and ended after a minute idle, which gives back the
 *   memory a large parse left in its heap.
 */
class DescriptionWorker {
  private worker: Worker | null = null;
  private current: { job: Job; timer: NodeJS.Timeout } | null = null;
  private readonly queue: Job[] = [];
  private idleTimer: NodeJS.Timeout | null = null;

  run(bytes: Uint8Array<ArrayBuffer>): Promise<WorkerAnswer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ bytes, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      this.idleTimer ??= setTimeout(() => this.stop(), 60_000).unref();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    let worker: Worker;
    try {
      worker = this.worker ?? this.start();
    } catch (error) {
      job.reject(error);
      this.next();
      return;
    }
    worker.ref();
    const timer = setTimeout(() => {
      this.stop();
      this.finish((j) => j.reject(tooComplex()));
    }, descriptionLimits.timeMs);
    this.current = { job, timer };
    worker.postMessage(job.bytes, [job.bytes.buffer]);
  }

  /** Settles the current job, then starts the next. */
  private finish(settle: (job: Job) => void): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = null;
    settle(current.job);
    this.next();
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
  }

  private start(): Worker {
    const worker = spawnWorker();
    worker.on('message', (answer: WorkerAnswer) => {
      if (worker === this.worker) this.finish((job) => job.resolve(answer));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (worker !== this.worker) return;
      this.worker = null;
      // Out of memory is the input's doing; anything else (the worker failed to load) is ours, a 500.
      this.finish((job) => job.reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : error));
    });
    worker.on('exit', (code) => {
      if (worker !== this.worker) return;
      this.worker = null;
      this.finish((job) => job.reject(new Error(`The OpenAPI description worker ended (exit code ${code}) before it answered.`)));
    });
    this.worker = worker;
    return worker;
  }
}

const descriptionWorker = new DescriptionWorker();

function spawnWorker(): Worker {
  const options = {
    workerData: { role: 'openapi-description' },
    resourceLimits: { maxOldGenerationSizeMb: descriptionLimits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  };
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./openapi-worker.js', here), options);
  // Run from source through tsx (`tsx src/cli.ts`, `node --import tsx --test`). A worker inherits execArgv, but on
  // Node 20 tsx's loader registers itself only in the main thread, so a .ts entry fails with
  // ERR_UNKNOWN_FILE_EXTENSION; tsx's API loads it (and the .ts files it imports) in the worker instead.
  const entry = new URL('./openapi-worker.ts', here).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(here)}));`;
  return new Worker(code, { ...options, eval: true });
}

// --- The copy shown by getOpenAPI (§8) ----------------------------------------------------------------------------

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A deep copy of the description in which every `servers` list (top level, each path item, each operation, also of
 * callbacks, webhooks and components) is `[{ url: gatewayServiceUrl }]`, and every link's `server` is that server:
 * the backend address never shows. The top level gets it even without one. The input is left unchanged.
 */
export function describeForGateway(document: Record<string, unknown>, gatewayServiceUrl: string): Record<string, unknown> {
  const copy = structuredClone(document);
  const server = () => ({ url: gatewayServiceUrl });
  const servers = (owner: Json) => {
    if ('servers' in owner) owner.servers = [server()];
  };
  const links = (response: unknown) => {
    if (!isObject(response) || !isObject(response.links)) return;
    for (const link of Object.values(response.links)) if (isObject(link) && 'server' in link) link.server = server();
  };
  const callbacks = (map: unknown) => {
    if (!isObject(map)) return;
    for (const callback of Object.values(map)) if (isObject(callback)) for (const item of Object.values(callback)) pathItem(item);
  };
  const operation = (op: unknown) => {
    if (!isObject(op)) return;
    servers(op);
    if (isObject(op.responses)) for (const response of Object.values(op.responses)) links(response);
    callbacks(op.callbacks);
  };
  const pathItem = (item: unknown) => {
    if (!isObject(item)) return;
    servers(item);
    for (const method of descriptionMethods) operation(item[method]);
  };
  copy.servers = [server()];
  for (const key of ['paths', 'webhooks'] as const) {
    const items = copy[key];
    if (isObject(items)) for (const item of Object.values(items)) pathItem(item);
  }
  const components = copy.components;
  if (isObject(components)) {
    if (isObject(components.pathItems)) for (const item of Object.values(components.pathItems)) pathItem(item);
    callbacks(components.callbacks);
    if (isObject(components.responses)) for (const response of Object.values(components.responses)) links(response);
    if (isObject(components.links)) links({ links: components.links });
  }
  return copy;
}

// --- Path templates -----------------------------------------------------------------------------------------------

/** A segment of a template: literal text and parameters (`{name}`), in order. Literal text is percent-decoded once. */
export type TemplateToken = { literal: string } | { param: string };

/** The segments of a path template, relative to the service: `/` has none. */
export function templateSegments(path: string): string[] {
  if (path === '/' || path === '') return [];
  return (path.startsWith('/') ? path.slice(1) : path).split('/');
}

/** The tokens of one template segment; null when its braces are not well formed (`{`, `}`, `{}`, `{a{b}}`). */
export function segmentTokens(segment: string): TemplateToken[] | null {
  const tokens: TemplateToken[] = [];
  let i = 0;
  while (i < segment.length) {
    const open = segment.indexOf('{', i);
    const literalEnd = open < 0 ? segment.length : open;
    const literal = segment.slice(i, literalEnd);
    if (literal.includes('}')) return null;
    if (literal) tokens.push({ literal: decodeOnce(literal) });
    if (open < 0) break;
    const close = segment.indexOf('}', open + 1);
    if (close < 0) return null;
    const name = segment.slice(open + 1, close);
    if (!name || name.includes('{')) return null;
    tokens.push({ param: name });
    i = close + 1;
  }
  return tokens;
}

/** The shape of a template, parameter names left out: two paths of one shape are the same template to OpenAPI. */
export function templateShape(path: string): string | null {
  const shapes: string[] = [];
  for (const segment of templateSegments(path)) {
    const tokens = segmentTokens(segment);
    if (!tokens) return null;
    shapes.push(shapeOf(tokens));
  }
  return `/${shapes.join('/')}`;
}

function shapeOf(tokens: TemplateToken[]): string {
  // Literal text cannot hold a brace, so "{}" marks a parameter unambiguously.
  return tokens.map((t) => ('param' in t ? '{}' : t.literal)).join('');
}

function decodeOnce(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// --- The matcher (§3.3 step 7) ------------------------------------------------------------------------------------

/**
 * One template segment with literal text and parameters mixed (`{a}.{b}`, `x-{id}`), matched by hand, no regular
 * expression: each parameter takes at least one character, literal text between parameters is found at its leftmost
 * place (which leaves the most room to what follows, so no backtracking is needed), and the last literal must end the
 * segment when no parameter follows it.
 */
interface PartialSegment {
  head: string;
  /** Parameters (how many, at least one) then the literal after them. */
  groups: { params: number; literal: string }[];
  /** Parameters after the last literal; 0 when the segment ends with literal text. */
  tail: number;
}

function compilePartial(tokens: TemplateToken[]): PartialSegment {
  let i = 0;
  let head = '';
  const first = tokens[0];
  if (first && 'literal' in first) {
    head = first.literal;
    i = 1;
  }
  const groups: { params: number; literal: string }[] = [];
  let params = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i] as TemplateToken;
    if ('param' in token) params++;
    else {
      // Two literals in a row cannot come from segmentTokens, but join them if they do.
      const last = groups[groups.length - 1];
      if (params === 0 && last) last.literal += token.literal;
      else groups.push({ params, literal: token.literal });
      params = 0;
    }
  }
  return { head, groups, tail: params };
}

function matchPartial(pattern: PartialSegment, segment: string): boolean {
  if (!segment.startsWith(pattern.head)) return false;
  let pos = pattern.head.length;
  const last = pattern.groups.length - 1;
  for (let g = 0; g <= last; g++) {
    const { params, literal } = pattern.groups[g] as { params: number; literal: string };
    if (g === last && pattern.tail === 0) {
      const start = segment.length - literal.length;
      return start >= pos + params && segment.endsWith(literal);
    }
    const at = segment.indexOf(literal, pos + params);
    if (at < 0) return false;
    pos = at + literal.length;
  }
  return segment.length - pos >= pattern.tail;
}

interface TrieNode<E> {
  literal: Map<string, TrieNode<E>>;
  /** Sorted: more literal characters first, then by shape. */
  partial: { shape: string; literalLength: number; pattern: PartialSegment; node: TrieNode<E> }[];
  param: TrieNode<E> | null;
  /** By method; the first endpoint of a template and method wins. */
  endpoints: Map<string, E>;
}

const newNode = <E>(): TrieNode<E> => ({ literal: new Map(), partial: [], param: null, endpoints: new Map() });

/**
 * Compiles endpoint templates into a matcher of a request's method and path segments (split, decoded once, relative to
 * the service: `[]` is "/"). `{param}` matches exactly one non-empty segment; a literal segment matches exactly
 * (case-sensitive, percent-decoded once). At each position a literal wins over a partly templated segment, which wins
 * over a plain parameter (OpenAPI: concrete paths first); among partly templated segments the one with more literal
 * characters wins. The answer is the first endpoint in that order with the method and a template that matches the
 * whole path, or null. A trie by segment: each node is visited at most once per call.
 */
export function compileEndpointMatcher<E extends { method: string; path: string }>(endpoints: readonly E[]): (method: string, segments: readonly string[]) => E | null {
  const root = newNode<E>();
  for (const endpoint of endpoints) {
    let node = root;
    for (const segment of templateSegments(endpoint.path)) {
      const tokens = segmentTokens(segment);
      // A malformed segment (parseDescription refuses them) is taken as literal text.
      if (!tokens || !tokens.some((t) => 'param' in t)) {
        const text = tokens ? shapeOf(tokens) : segment;
        let child = node.literal.get(text);
        if (!child) node.literal.set(text, (child = newNode()));
        node = child;
      } else if (tokens.length === 1) {
        node = node.param ??= newNode();
      } else {
        const shape = shapeOf(tokens);
        let entry = node.partial.find((p) => p.shape === shape);
        if (!entry) {
          const literalLength = tokens.reduce((n, t) => n + ('literal' in t ? t.literal.length : 0), 0);
          entry = { shape, literalLength, pattern: compilePartial(tokens), node: newNode() };
          node.partial.push(entry);
          node.partial.sort((a, b) => b.literalLength - a.literalLength || (a.shape < b.shape ? -1 : a.shape > b.shape ? 1 : 0));
        }
        node = entry.node;
      }
    }
    if (!node.endpoints.has(endpoint.method)) node.endpoints.set(endpoint.method, endpoint);
  }

  const find = (node: TrieNode<E>, method: string, segments: readonly string[], i: number): E | null => {
    if (i === segments.length) return node.endpoints.get(method) ?? null;
    const segment = segments[i] as string;
    const literal = node.literal.get(segment);
    if (literal) {
      const found = find(literal, method, segments, i + 1);
      if (found) return found;
    }
    if (segment === '') return null;
    for (const partial of node.partial) {
      if (!matchPartial(partial.pattern, segment)) continue;
      const found = find(partial.node, method, segments, i + 1);
      if (found) return found;
    }
    return node.param ? find(node.param, method, segments, i + 1) : null;
  };
  return (method, segments) => find(root, method, segments, 0);
}
