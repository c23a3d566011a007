// The OpenAPI description of a REST service (docs/exchange-protocol.md §2.3, §3.3 step 7, §8): what is accepted, what
// is refused and how, the copy getOpenAPI shows, and the matcher of endpoint templates.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { AppError } from '../../../src/core/errors.js';
import { compileEndpointMatcher, describeForGateway, descriptionLimits, parseDescription, type ParsedDescription } from '../../../src/modules/exchange/openapi-description.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../../fixtures/openapi/${name}`, import.meta.url));
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const ok = { '200': { description: 'ok' } };
const minimal = (paths: Record<string, unknown>, openapi = '3.0.3') => ({ openapi, info: { title: 't', version: '1' }, paths });

async function refused(bytes: Buffer, includes?: string): Promise<AppError> {
  try {
    await parseDescription(bytes);
  } catch (error) {
    assert.ok(error instanceof AppError, `an AppError, not ${String(error)}`);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'INVALID_OPENAPI');
    assert.ok(Array.isArray(error.details) && error.details.length > 0);
    for (const d of error.details as Record<string, unknown>[]) assert.equal(d.field, 'description');
    assert.ok(error.messageVi.length > 0 && error.messageEn.length > 0);
    if (includes) assert.ok(error.messageEn.includes(includes), `"${error.messageEn}" names "${includes}"`);
    return error;
  }
  assert.fail('the description was accepted');
}

const brief = (d: ParsedDescription) => d.endpoints.map((e) => `${e.method} ${e.path}`);

describe('OpenAPI description: what is accepted', () => {
  it('reads a real YAML description (GovStack Digital Registries data API 1.3.0)', async () => {
    const d = await parseDescription(fixture('digital-registries-data-api-1.3.0.yaml'));
    assert.equal(d.format, 'yaml');
    assert.equal(d.openapi, '3.0.0');
    assert.equal(d.version, '1.3.0');
    assert.equal(d.title, 'GovStack Digital Registries BB API examples');
    assert.equal(d.endpoints.length, 10);
    assert.deepEqual(d.endpoints[0], { method: 'GET', path: '/data/myPersonalDataUsage', operationId: 'DPU', summary: null });
    assert.deepEqual(d.endpoints[1], { method: 'GET', path: '/data/{registryName}/{versionNumber}', operationId: 'list', summary: 'list' });
    const list = brief(d);
    for (const e of ['POST /data/{registryName}/{versionNumber}/create', 'PUT /data/{registryName}/{versionNumber}/updateEntries', 'DELETE /data/{registryName}/{versionNumber}/{ID}/delete']) {
      assert.ok(list.includes(e), e);
    }
    assert.equal(list[9], 'GET /data/{registryName}/{versionNumber}/{uuid}/readValue/{field}.{ext}');
    assert.ok(d.document.paths && typeof d.document.paths === 'object');
  });

  it('reads a real YAML description (GovStack Information Mediator directory services)', async () => {
    const d = await parseDescription(fixture('information-mediator-directory-services.yaml'));
    assert.equal(d.openapi, '3.0.0');
    assert.equal(d.version, '1.0');
    const r1 = '/r1/{instanceId}/{memberClass}/{memberCode}/{applicationCode}';
    assert.deepEqual(brief(d), ['GET /listClients', `GET ${r1}/allowedMethods`, `GET ${r1}/getOpenAPI`, `GET ${r1}/listMethods`]);
    assert.equal(d.endpoints[0]?.operationId, 'listClients');
  });

  it('reads a JSON description as FastAPI writes it (OpenAPI 3.1, components and $ref)', async () => {
    const d = await parseDescription(fixture('fastapi-3.1.json'));
    assert.equal(d.format, 'json');
    assert.equal(d.openapi, '3.1.0');
    assert.equal(d.title, 'Tra cứu hồ sơ');
    assert.equal(d.version, '0.2.1');
    assert.deepEqual(d.endpoints, [
      { method: 'GET', path: '/ho-so/', operationId: 'danh_sach_ho_so_ho_so__get', summary: 'Danh Sach Ho So' },
      { method: 'POST', path: '/ho-so/', operationId: 'tao_ho_so_ho_so__post', summary: 'Tao Ho So' },
      { method: 'GET', path: '/ho-so/{ma_ho_so}', operationId: 'doc_ho_so_ho_so__ma_ho_so__get', summary: 'Doc Ho So' },
    ]);
    // References are checked, not replaced: the document is kept as uploaded.
    assert.match(JSON.stringify(d.document), /#\/components\/schemas\/HoSo/);
  });

  it('reads a byte-order mark, all eight methods sorted by path then method, and a path item referenced within the document (3.1)', async () => {
    const item = Object.fromEntries(['trace', 'patch', 'head', 'options', 'delete', 'post', 'put', 'get'].map((m) => [m, { responses: ok }]));
    const doc = { ...minimal({ '/b': item, '/a': { $ref: '#/components/pathItems/A' } }, '3.1.1'), components: { pathItems: { A: { get: { responses: ok } } } } };
    const d = await parseDescription(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json(doc)]));
    assert.deepEqual(brief(d), ['GET /a', 'DELETE /b', 'GET /b', 'HEAD /b', 'OPTIONS /b', 'PATCH /b', 'POST /b', 'PUT /b', 'TRACE /b']);
  });

  it('reads a large description (1,500 endpoints, 0.7 MB)', async () => {
    const paths = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`/p${i}/{id}`, { get: { description: 'x'.repeat(400), responses: ok } }]));
    const bytes = json(minimal(paths));
    assert.ok(bytes.length > 500_000);
    const d = await parseDescription(bytes);
    assert.equal(d.endpoints.length, 1500);
  });

  it('gives the same endpoints whether a description is written as JSON or YAML (fast-check)', async () => {
    const segment = fc.constantFrom('ho-so', 'a', 'B', 'tai-lieu', '{id}', '{ma}.json', 'v-{n}', '1');
    const template = fc.array(segment, { maxLength: 4 }).map((s) => `/${s.join('/')}`);
    const operation = fc.record({ operationId: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }), summary: fc.option(fc.constantFrom('Tra cứu', 'a: b', '# not a comment', "it's", '123', 'true', 'null'), { nil: undefined }) });
    const pathItem = fc.dictionary(fc.constantFrom('get', 'put', 'post', 'delete', 'patch'), operation, { minKeys: 1 });
    const shape = (p: string) => p.replaceAll('{id}', '{}').replaceAll('{ma}', '{}').replaceAll('{n}', '{}');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(template, pathItem), { minLength: 1, maxLength: 8, selector: ([p]) => shape(p) }), async (items) => {
        const paths = Object.fromEntries(items.map(([p, ops]) => [p, Object.fromEntries(Object.entries(ops).map(([m, o]) => [m, { ...JSON.parse(JSON.stringify(o)), responses: ok }]))]));
        const doc = minimal(paths);
        const fromJson = await parseDescription(json(doc));
        const fromYaml = await parseDescription(Buffer.from(toYaml(doc)));
        assert.equal(fromJson.format, 'json');
        assert.equal(fromYaml.format, 'yaml');
        assert.deepEqual(fromYaml.endpoints, fromJson.endpoints);
        assert.deepEqual(fromYaml.document, fromJson.document);
        assert.equal(fromJson.endpoints.length, items.reduce((n, [, ops]) => n + Object.keys(ops).length, 0));
      }),
      { numRuns: 40 },
    );
  });
});

describe('OpenAPI description: what is refused', () => {
  it('refuses Swagger 2.0 and says to convert it', async () => {
    const error = await refused(json({ swagger: '2.0', info: { title: 't', version: '1' }, paths: {} }), 'Convert it to OpenAPI 3');
    assert.match(error.messageEn, /swagger2openapi/);
    assert.match(error.messageVi, /OpenAPI 3/);
    await refused(Buffer.from('swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n'), 'Swagger 2.0');
  });

  it('refuses other versions: 3.2, 4, none', async () => {
    for (const openapi of ['3.2.0', '4.0.0', '3.0', 3.1, undefined]) await refused(json({ ...minimal({ '/a': { get: { responses: ok } } }), openapi }), 'openapi');
  });

  it('refuses an external $ref, a file or a URL, and never fetches it', async () => {
    for (const ref of ['https://example.com/common.yaml#/Ok', './common.yaml#/components/responses/Ok', 'common.json', '/etc/passwd']) {
      const error = await refused(json(minimal({ '/a': { get: { responses: { '200': { $ref: ref } } } } })), 'refers outside itself');
      assert.deepEqual((error.details as unknown[])[0], { field: 'description', path: '/paths/~1a/get/responses/200/$ref', value: ref });
    }
    await refused(json(minimal({ '/a': { get: { responses: { '200': { $ref: '#/components/responses/Missing' } } } } })), 'does not resolve');
  });

  it('refuses a YAML alias bomb ("billion laughs") quickly', async () => {
    const lines = ['openapi: 3.0.3', 'info: {title: t, version: "1"}', 'paths: {}', 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) lines.push(`x-${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
    const started = performance.now();
    await refused(Buffer.from(lines.join('\n')), 'alias');
    assert.ok(performance.now() - started < 2000);
  });

  it('refuses YAML with custom or non-JSON tags', async () => {
    await refused(Buffer.from('openapi: 3.0.3\ninfo: {title: !foo t, version: "1"}\npaths: {/a: {get: {responses: {"200": {description: ok}}}}}\n'), 'custom YAML tag');
    await refused(Buffer.from('openapi: 3.0.3\ninfo: {title: t, version: "1"}\nx-b: !!binary aGVsbG8=\npaths: {/a: {get: {responses: {"200": {description: ok}}}}}\n'), 'custom YAML tag');
    await refused(Buffer.from('openapi: 3.0.3\ninfo: {title: t, version: "1"}\nx-b: !<tag:example.com,2026:x> 1\npaths: {/a: {get: {responses: {"200": {description: ok}}}}}\n'), 'custom YAML tag');
  });

  it('refuses nesting deeper than 64, as JSON or YAML, however deep', async () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 100; i++) schema = { type: 'object', properties: { x: schema } };
    const doc = { ...minimal({ '/a': { get: { responses: ok } } }), components: { schemas: { Deep: schema } } };
    await refused(json(doc), 'nested deeper than 64');
    await refused(Buffer.from(toYaml(doc)), 'nested deeper than 64');
    await refused(Buffer.from(`${'['.repeat(200_000)}${']'.repeat(200_000)}`));
    await refused(Buffer.from(`x: ${'['.repeat(50_000)}`));
  });

  it('refuses more than 2,000 endpoints', async () => {
    const paths = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`/p${i}`, { get: { responses: ok } }]));
    await refused(json(minimal(paths)), 'more than 2,000 endpoints');
  });

  it('refuses over 5 MB, empty, bad UTF-8, not JSON or YAML, not an object', async () => {
    await refused(Buffer.alloc(5 * 1024 * 1024 + 1, 0x20), 'larger than 5 MB');
    await refused(Buffer.from(''), 'empty');
    await refused(Buffer.from([0x6f, 0x70, 0xc3, 0x28]), 'UTF-8');
    await refused(Buffer.from('{"openapi": "3.0.3",'), 'not valid JSON');
    await refused(Buffer.from('a: [1, 2\nb: }'), 'neither valid JSON nor valid YAML');
    await refused(Buffer.from('a: 1\na: 2\n'));
    for (const text of ['[1, 2]', '"openapi"', '42', 'null', '- a\n- b\n']) await refused(Buffer.from(text), 'not an object');
  });

  it('refuses no paths, a path not starting with "/", a malformed or repeated template, a schema-invalid description', async () => {
    await refused(json({ openapi: '3.1.0', info: { title: 't', version: '1' }, webhooks: {} }), 'no paths');
    await refused(json(minimal({})), 'no paths');
    await refused(json(minimal({ a: { get: { responses: ok } } })), 'does not start with "/"');
    for (const p of ['/a/{id', '/a/id}', '/a/{}', '/a/{b{c}}', '/a/{b/c}']) await refused(json(minimal({ [p]: { get: { responses: ok } } })), 'malformed template');
    await refused(json(minimal({ '/a/{x}': { get: { responses: ok } }, '/a/{y}': { put: { responses: ok } } })), 'same template');
    const error = await refused(json(minimal({ '/a': { get: { summary: 1 } } })), 'OpenAPI 3.0 schema');
    assert.ok((error.details as { path?: string }[]).some((d) => d.path?.startsWith('/paths/~1a/get')));
    await refused(json({ openapi: '3.0.3', paths: { '/a': { get: { responses: ok } } } }), 'schema');
    await refused(json({ ...minimal({ '/a': { get: { responses: ok } } }), ['__proto__']: { polluted: true } }), '__proto__');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('ends a parse over the time limit as "too complex", and the next parse gets a fresh worker', async () => {
    const paths = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`/p${i}`, { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: Object.fromEntries(Array.from({ length: 40 }, (_, j) => [`f${j}`, { type: 'string' }])) } } } } } } }]));
    const slow = Buffer.from(toYaml(minimal(paths)));
    // The limit is lowered for this test only (10 s otherwise).
    const limits = descriptionLimits as { timeMs: number };
    const saved = limits.timeMs;
    limits.timeMs = 30;
    try {
      await refused(slow, 'too complex');
    } finally {
      limits.timeMs = saved;
    }
    const [a, b] = await Promise.all([parseDescription(slow), parseDescription(fixture('information-mediator-directory-services.yaml'))]);
    assert.equal(a.endpoints.length, 300);
    assert.equal(b.endpoints.length, 4);
  });

  it('answers INVALID_OPENAPI to any bytes, never another exception (fast-check)', async () => {
    const prefixes = ['', 'openapi: 3.0.3\n', '{"openapi":"3.1.0","paths":', 'swagger: "2.0"\n', 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 300 }), async (prefix, bytes) => {
        await refused(Buffer.concat([Buffer.from(prefix), bytes]));
      }),
      { numRuns: 150 },
    );
  });
});

describe('OpenAPI description for the gateway (getOpenAPI)', () => {
  it('replaces every servers entry at every level and leaves the input unchanged', () => {
    const backend = [{ url: 'http://10.0.0.5:8080/api', description: 'backend' }];
    const op = () => ({ servers: backend, responses: { '200': { description: 'ok', links: { next: { operationId: 'x', server: backend[0] } } } } });
    const document: Record<string, unknown> = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      servers: backend,
      paths: {
        '/a': { servers: backend, get: op(), post: { ...op(), callbacks: { onDone: { '{$request.body#/cb}': { servers: backend, post: op() } } } } },
        '/b': { get: { responses: ok } },
      },
      webhooks: { ping: { servers: backend, post: op() } },
      components: { schemas: { Server: { type: 'object', properties: { servers: { type: 'array' } } } }, pathItems: { P: { servers: backend, get: op() } } },
    };
    const before = structuredClone(document);
    const url = 'https://lgsp.hungyen.gov.vn/r1/VN-HY/GOV/so-tai-chinh/ke-toan/tra-cuu-ho-so';
    const copy = describeForGateway(document, url);
    assert.deepEqual(document, before);
    const text = JSON.stringify(copy);
    assert.ok(!text.includes('10.0.0.5'), text);
    assert.deepEqual(copy.servers, [{ url }]);
    const paths = copy.paths as Record<string, Record<string, Record<string, unknown>>>;
    assert.deepEqual(paths['/a']?.servers, [{ url }]);
    assert.deepEqual(paths['/a']?.get?.servers, [{ url }]);
    assert.equal(paths['/b']?.servers, undefined, 'no servers is added below the top level');
    // 10 servers lists (top; /a, its get and post; the callback's path item and post; the webhook and its post; the
    // component path item and its get) and 5 links' server (one per operation): each one the gateway's.
    assert.equal(text.split(`"url":"${url}"`).length - 1, 15);
    // A schema property that happens to be called "servers" is data, not a server list.
    assert.deepEqual((copy.components as { schemas: unknown }).schemas, (document.components as { schemas: unknown }).schemas);
  });

  it('adds the top-level server when there is none (a real description without servers, a minimal one)', async () => {
    const d = await parseDescription(fixture('information-mediator-directory-services.yaml'));
    const copy = describeForGateway(d.document, 'https://gw/r1/VN-HY/GOV/m/s/svc');
    assert.deepEqual(copy.servers, [{ url: 'https://gw/r1/VN-HY/GOV/m/s/svc' }]);
    const bare = describeForGateway(minimal({ '/a': { get: { responses: ok } } }), 'https://gw/x');
    assert.deepEqual(bare.servers, [{ url: 'https://gw/x' }]);
  });
});

describe('endpoint matcher', () => {
  const endpoints = [
    { method: 'GET', path: '/' },
    { method: 'GET', path: '/ho-so/{id}' },
    { method: 'GET', path: '/ho-so/moi' },
    { method: 'POST', path: '/ho-so/{id}' },
    { method: 'GET', path: '/a/{x}/c' },
    { method: 'GET', path: '/{y}/b/d' },
    { method: 'GET', path: '/tep/{ten}.{duoi}' },
    { method: 'GET', path: '/tep/{ten}.json' },
    { method: 'GET', path: '/v/x-{id}' },
    { method: 'GET', path: '/caf%C3%A9' },
  ];
  const match = compileEndpointMatcher(endpoints);
  const path = (method: string, segments: string[]) => match(method, segments)?.path ?? null;

  it('prefers a literal segment to a parameter, and backtracks when the literal leads nowhere', () => {
    assert.equal(path('GET', ['ho-so', 'moi']), '/ho-so/moi');
    assert.equal(path('GET', ['ho-so', 'cu']), '/ho-so/{id}');
    assert.equal(path('POST', ['ho-so', 'moi']), '/ho-so/{id}', 'the literal has no POST; the template with a POST matches');
    assert.equal(path('GET', ['a', 'b', 'd']), '/{y}/b/d');
    assert.equal(path('GET', ['a', 'z', 'c']), '/a/{x}/c');
    assert.equal(path('GET', []), '/');
    assert.equal(path('DELETE', ['ho-so', 'moi']), null);
    assert.equal(path('get', ['ho-so', 'moi']), null, 'methods are case-sensitive');
    assert.equal(path('GET', ['Ho-so', 'moi']), null, 'literals are case-sensitive');
    assert.equal(path('GET', ['café']), '/caf%C3%A9', 'literal text is compared decoded');
  });

  it('never lets {param} match an empty segment or two segments', () => {
    assert.equal(path('GET', ['ho-so', '']), null);
    assert.equal(path('GET', ['ho-so', 'a', 'b']), null);
    assert.equal(path('GET', ['ho-so']), null);
    assert.equal(path('GET', ['v', 'x-']), null);
    assert.equal(path('GET', ['tep', '.json']), null);
    assert.equal(path('GET', ['tep', 'a.']), null);
  });

  it('matches partly templated segments without regular expressions', () => {
    assert.equal(path('GET', ['tep', 'bao-cao.json']), '/tep/{ten}.json', 'more literal text wins');
    assert.equal(path('GET', ['tep', 'bao-cao.pdf']), '/tep/{ten}.{duoi}');
    assert.equal(path('GET', ['tep', 'a.b.c']), '/tep/{ten}.{duoi}');
    assert.equal(path('GET', ['tep', 'abc']), null);
    assert.equal(path('GET', ['v', 'x-12']), '/v/x-{id}');
    assert.equal(path('GET', ['v', 'y-12']), null);
    // Regular-expression characters are plain text.
    const m = compileEndpointMatcher([{ method: 'GET', path: '/r/(.*)+{id}[a]' }]);
    assert.equal(m('GET', ['r', '(.*)+1[a]'])?.path, '/r/(.*)+{id}[a]');
    assert.equal(m('GET', ['r', 'xx1[a]']), null);
  });

  // The reference: every template checked on its own, by brute force; the most concrete first (per segment: literal,
  // then partly templated with more literal text, then parameter), and the first listed among equals.
  type Token = { literal: string } | { param: true };
  const tokens = (segment: string): Token[] => {
    const out: Token[] = [];
    let rest = segment;
    while (rest) {
      const open = rest.indexOf('{');
      if (open < 0) {
        out.push({ literal: rest });
        break;
      }
      if (open > 0) out.push({ literal: rest.slice(0, open) });
      const close = rest.indexOf('}', open);
      out.push({ param: true });
      rest = rest.slice(close + 1);
    }
    return out;
  };
  const matchTokens = (ts: Token[], s: string): boolean => {
    const [first, ...more] = ts;
    if (!first) return s === '';
    if ('literal' in first) return s.startsWith(first.literal) && matchTokens(more, s.slice(first.literal.length));
    for (let n = 1; n <= s.length; n++) if (matchTokens(more, s.slice(n))) return true;
    return false;
  };
  const rank = (segment: string): (number | string)[] => {
    const ts = tokens(segment);
    if (!ts.some((t) => 'param' in t)) return [0];
    if (ts.length === 1) return [2];
    const literal = ts.reduce((n, t) => n + ('literal' in t ? t.literal.length : 0), 0);
    return [1, -literal, ts.map((t) => ('literal' in t ? t.literal : '{}')).join('')];
  };
  const compare = (a: (number | string)[][], b: (number | string)[][]): number => {
    for (let i = 0; i < a.length; i++) {
      const x = a[i] as (number | string)[];
      const y = b[i] as (number | string)[];
      for (let j = 0; j < Math.max(x.length, y.length); j++) {
        const p = x[j];
        const q = y[j];
        if (p === q) continue;
        if (p === undefined) return -1;
        if (q === undefined) return 1;
        return p < q ? -1 : 1;
      }
    }
    return 0;
  };
  const reference = <E extends { method: string; path: string }>(list: E[], method: string, segments: readonly string[]): E | null => {
    const split = (p: string) => (p === '/' ? [] : p.slice(1).split('/'));
    const candidates = list.filter((e) => {
      const template = split(e.path);
      return e.method === method && template.length === segments.length && template.every((t, i) => matchTokens(tokens(t), segments[i] as string));
    });
    candidates.sort((a, b) => compare(split(a.path).map(rank), split(b.path).map(rank)));
    return candidates[0] ?? null;
  };

  it('agrees with a brute-force reference on generated templates and paths (fast-check)', () => {
    const templateSegment = fc.constantFrom('a', 'b', 'ab', 'x-1', '{p}', '{q}', '{p}.json', 'x-{id}', '{a}.{b}', '{a}{b}', '{a}-{b}.{c}');
    const requestSegment = fc.constantFrom('a', 'b', 'ab', 'x-1', 'x-', 'x-x', 'q.json', '.json', 'a.b', 'a.b.c', 'a-b.c', 'json', '', 'a-.json');
    const endpoint = fc.record({ method: fc.constantFrom('GET', 'POST'), path: fc.array(templateSegment, { maxLength: 4 }).map((s) => `/${s.join('/')}`) });
    fc.assert(
      fc.property(fc.array(endpoint, { maxLength: 25 }), fc.array(fc.tuple(fc.constantFrom('GET', 'POST'), fc.array(requestSegment, { maxLength: 4 })), { maxLength: 20 }), (list, requests) => {
        const matcher = compileEndpointMatcher(list);
        for (const [method, segments] of requests) assert.equal(matcher(method, segments), reference(list, method, segments), `${method} /${segments.join('/')}`);
      }),
      { numRuns: 300 },
    );
  });
});
