import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp, type TestClient, type TestResponse } from '../helpers/app.js';
import { injectionStrings } from '../helpers/assert.js';
import { sampleSystem } from '../helpers/fixtures.js';

// Every operation of /openapi.json, every path and query parameter, with values a careless or hostile caller sends:
// no answer may be a 5xx, and every refusal has the API's error shape (a code and a message in vi and en).

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string; enum?: unknown[]; default?: unknown };
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, unknown> };
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

// One of each kind of mistake: NUL, numbers too large or malformed for any column, wrong types, an overlong
// string, a broken escape, and the injection strings of helpers/assert.ts.
const hostileValues = ['\u0000', '99999999999999999999', '-1', '1e309', '1.5', 'true', '[]', '%', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e \ufeff', 'x'.repeat(5000), ...injectionStrings.slice(0, 3), injectionStrings[injectionStrings.length - 1]!];

/** Bodies of the wrong shape for an operation that takes JSON. */
const hostileBodies: string[] = [
  'null',
  '[]',
  '"text"',
  '12',
  '{"a":"\\u0000"}',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  '{',
  // Deep nesting: a parser or validator that recurses must not overflow the stack.
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
];

// Logging out would end the fuzzing session; everything else may be called with anything.
const skipped = new Set(['logout']);

let t: TestApp;
let admin: TestClient;
let operations: { method: string; path: string; operation: Operation }[];
/** Existing records, so that fuzzing one parameter of a path reaches the code behind the others. */
const existing: [RegExp, string][] = [];

before(async () => {
  t = await startTestApp();
  admin = await t.as('admin');
  const created = await admin.post('/api/v1/registry/systems', sampleSystem());
  assert.equal(created.status, 201, created.body);
  const user = (await admin.get('/api/v1/auth/me')).json<{ user: { id: string } }>().user;
  existing.push(
    [/^\/api\/v1\/registry\/systems\/\{id\}/, sampleSystem().code],
    [/^\/api\/v1\/users\/\{id\}/, user.id],
    [/^\/api\/v1\/(agencies|registry\/agencies)\/\{id\}/, 'so-khcn'],
    [/^\/api\/v1\/roadmap\/tasks\/\{code\}/, 'IV.1'],
    [/^\/api\/v1\/admin-units\/\{code\}/, '33'],
    [/^\/api\/v1\/dictionary\/code-lists\/\{code\}/, 'don-vi-hanh-chinh'],
  );
  const doc = (await t.anonymous.get('/openapi.json')).json<OpenApi>();
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation }))
      .filter(({ operation }) => !skipped.has(operation.operationId ?? '')),
  );
});

after(async () => {
  await t?.close();
});

function url(path: string, target: Parameter | undefined, value: string): string {
  const known = existing.find(([pattern]) => pattern.test(path))?.[1];
  const filled = path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    if (target?.in === 'path' && target.name === name) return encodeURIComponent(value);
    // The first parameter of a known resource names an existing record; any further one stays a plain token.
    return known && path.indexOf(whole) === path.indexOf('{') ? encodeURIComponent(known) : 'x';
  });
  const query = target?.in === 'query' ? `?${encodeURIComponent(target.name)}=${encodeURIComponent(value)}` : '';
  return `${filled}${query}`;
}

function assertNoServerError(res: TestResponse, what: string): void {
  assert.ok(res.status < 500, `${what} answered ${res.status}: ${res.body.slice(0, 300)}`);
  if (res.status >= 400 && String(res.headers['content-type'] ?? '').includes('json')) {
    const body = res.json<{ code?: unknown; message?: { vi?: unknown; en?: unknown } }>();
    assert.equal(typeof body.code, 'string', `${what}: the error has a code: ${res.body.slice(0, 300)}`);
    assert.ok(typeof body.message?.vi === 'string' && typeof body.message.en === 'string', `${what}: the error says it in vi and en: ${res.body.slice(0, 300)}`);
  }
}

test('no parameter value makes any operation fail with a 5xx', async () => {
  assert.ok(operations.length > 50, `the document lists the operations (${operations.length})`);
  let sent = 0;
  for (const { method, path, operation } of operations) {
    const parameters = (operation.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
    const body = operation.requestBody ? {} : undefined;
    for (const parameter of parameters) {
      for (const value of hostileValues) {
        const target = url(path, parameter, value);
        const res = await admin.request(method as 'GET', target, body);
        assertNoServerError(res, `${method} ${target.slice(0, 200)} (${parameter.in} ${parameter.name})`);
        sent++;
      }
    }
  }
  assert.ok(sent > 500, `sent ${sent} requests`);
});

test('no body of the wrong shape makes any operation fail with a 5xx', async () => {
  for (const { method, path, operation } of operations) {
    const content = Object.keys(operation.requestBody?.content ?? {});
    if (!content.includes('application/json')) continue;
    const target = url(path, undefined, '');
    for (const body of hostileBodies) {
      const res = await admin.request(method as 'POST', target, body, { 'content-type': 'application/json' });
      assertNoServerError(res, `${method} ${target} with body ${body.slice(0, 40)}`);
    }
  }
});

test('an overlong path parameter is refused in the API error shape', async () => {
  const res = await admin.get(`/api/v1/agencies/${'a'.repeat(500)}`);
  assert.ok(res.status >= 400 && res.status < 500, `answered ${res.status}`);
  assertNoServerError(res, 'overlong path parameter');
});
