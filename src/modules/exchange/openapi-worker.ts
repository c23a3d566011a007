// The worker thread that reads an uploaded OpenAPI description (openapi-description.ts starts it): decoding, JSON or
// YAML, the limits, the endpoint list and the schema validation, all off the main thread, under a heap limit and a
// time limit. Every problem of the input becomes INVALID_OPENAPI; nothing here ever reads a file or a URL.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Validator } from '@seriousme/openapi-schema-validator';
import { isCollection, isScalar, parseDocument, visit } from 'yaml';
import { AppError } from '../../core/errors.js';
import {
  descriptionLimits,
  descriptionMethods,
  invalidDescription,
  segmentTokens,
  templateSegments,
  templateShape,
  type DescriptionEndpoint,
  type ParsedDescription,
  type WorkerAnswer,
} from './openapi-description.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

// The schema is compiled on first use, per OpenAPI version, and kept: the worker is reused.
// validate() is given only objects: given a string without a line break it would read a file of that name. Its $ref
// check (resolve.js) resolves only within the document (or an in-document $id) and never fetches; external
// references are refused before it runs anyway.
let validator: Validator | null = null;

/** Only the tags of YAML's core schema may be written explicitly: no !!binary, !!timestamp, !!set or custom tags. */
const coreTags = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
// Each alias counts the aliases inside what it repeats, so an alias bomb passes the limit after a few expansions, while
// a description that repeats an anchored node up to 100 times is read.
const maxAliasCount = 100;

/** The input's text in a message: at most 120 characters. */
const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

export async function readDescription(bytes: Uint8Array): Promise<ParsedDescription> {
  if (bytes.length > descriptionLimits.bytes) throw invalidDescription('lớn hơn 5 MB.', 'it is larger than 5 MB.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidDescription('không phải văn bản UTF-8 hợp lệ.', 'it is not valid UTF-8 text.');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw invalidDescription('tệp rỗng.', 'the file is empty.');
  const { value, format } = parseText(text);

  if (!isObject(value)) throw invalidDescription('nội dung không phải một đối tượng (object).', 'its content is not an object (a mapping at the top level).');
  if ('swagger' in value) {
    throw invalidDescription(
      'đây là bản mô tả Swagger 2.0, không được nhận. Hãy chuyển sang OpenAPI 3 (ví dụ bằng swagger2openapi hoặc editor.swagger.io) rồi tải lên lại.',
      'this is a Swagger 2.0 description, which is not accepted. Convert it to OpenAPI 3 (e.g. with swagger2openapi or editor.swagger.io) and upload it again.',
      [{ path: '/swagger', value: String(value.swagger) }],
    );
  }
  const openapi = value.openapi;
  if (typeof openapi !== 'string' || !isAcceptedVersion(openapi)) {
    throw invalidDescription(
      `trường "openapi" phải là phiên bản 3.0.x hoặc 3.1.x (đang là ${JSON.stringify(openapi) ?? 'trống'}).`,
      `the field "openapi" must be a version 3.0.x or 3.1.x (it is ${JSON.stringify(openapi) ?? 'missing'}).`,
      [{ path: '/openapi' }],
    );
  }
  checkTree(value);
  const endpoints = listEndpoints(value);
  await validate(value, openapi);
  const info = value.info as Json;
  return { document: value, format, openapi, title: String(info.title), version: String(info.version), endpoints };
}

function isAcceptedVersion(version: string): boolean {
  const parts = version.split('.');
  return parts.length === 3 && parts[0] === '3' && (parts[1] === '0' || parts[1] === '1') && /^\d{1,4}$/.test(parts[2] ?? '');
}

function parseText(text: string): { value: unknown; format: 'json' | 'yaml' } {
  const first = text.trimStart()[0];
  let jsonError: string | null = null;
  if (first === '{' || first === '[') {
    try {
      return { value: JSON.parse(text), format: 'json' };
    } catch (error) {
      jsonError = error instanceof Error ? error.message : String(error);
    }
  }
  try {
    return { value: parseYaml(text), format: 'yaml' };
  } catch (error) {
    // Text that looks like JSON but is not is reported as JSON; YAML's flow style gets its chance first.
    if (jsonError !== null) throw invalidDescription('không phải JSON hợp lệ.', 'it is not valid JSON.', [{ message: clip(jsonError) }]);
    throw error;
  }
}

function parseYaml(text: string): unknown {
  let doc;
  try {
    doc = parseDocument(text, { schema: 'core', merge: false, uniqueKeys: true, strict: true, prettyErrors: false, logLevel: 'silent' });
  } catch (error) {
    throw unreadable(error);
  }
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0];
    throw invalidDescription('không phải JSON hay YAML hợp lệ.', 'it is neither valid JSON nor valid YAML.', [
      { message: clip(problem.message.split('\n')[0] ?? ''), ...(at ? { line: at.line, column: at.col } : {}) },
    ]);
  }
  let tag: string | null = null;
  visit(doc, (_key, node) => {
    if ((isScalar(node) || isCollection(node)) && node.tag && !coreTags.has(node.tag)) {
      tag = node.tag;
      return visit.BREAK;
    }
    return undefined;
  });
  const unresolved = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag !== null || unresolved) {
    const name = clip(tag ?? unresolved?.message.split(' at ')[0] ?? '');
    throw invalidDescription(`dùng thẻ YAML riêng (${name}); chỉ nhận YAML thường.`, `it uses a custom YAML tag (${name}); only plain YAML is accepted.`);
  }
  try {
    return doc.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof Error && error.message.includes('Excessive alias count')) {
      throw invalidDescription(
        'có quá nhiều bí danh (alias) YAML, dấu hiệu của một "quả bom bí danh".',
        'it expands too many YAML aliases, the sign of an alias bomb ("billion laughs").',
      );
    }
    throw unreadable(error);
  }
}

function unreadable(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof RangeError) {
    return invalidDescription(`lồng sâu hơn ${descriptionLimits.depth} cấp.`, `it is nested deeper than ${descriptionLimits.depth} levels.`);
  }
  return invalidDescription('không đọc được.', 'it cannot be read.', [{ message: clip(error instanceof Error ? error.message : String(error)) }]);
}

const pointer = (parts: readonly string[]) => clip(parts.map((p) => `/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`).join(''));

/** Nesting, JSON values only, no __proto__ key, and only references within the document. */
function checkTree(root: Json): void {
  const path: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return;
      throw invalidDescription(`có số không hữu hạn tại ${pointer(path)}.`, `it has a number that is not finite at ${pointer(path)}.`, [{ path: pointer(path) }]);
    }
    const array = Array.isArray(value);
    if (!array && (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)) {
      throw invalidDescription(`có giá trị không phải JSON tại ${pointer(path)}.`, `it has a value that is not JSON at ${pointer(path)}.`, [{ path: pointer(path) }]);
    }
    if (depth > descriptionLimits.depth) {
      throw invalidDescription(`lồng sâu hơn ${descriptionLimits.depth} cấp.`, `it is nested deeper than ${descriptionLimits.depth} levels.`, [{ path: pointer(path.slice(0, 8)) + '/…' }]);
    }
    const entries: [string, unknown][] = array ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    for (const [key, child] of entries) {
      path.push(key);
      if (!array) {
        if (key === '__proto__') throw invalidDescription(`có khoá "__proto__" tại ${pointer(path)}.`, `it has the key "__proto__" at ${pointer(path)}.`, [{ path: pointer(path) }]);
        if ((key === '$ref' || key === '$dynamicRef') && typeof child === 'string' && !child.startsWith('#')) {
          throw invalidDescription(
            `tham chiếu ra ngoài tài liệu (${key} "${clip(child)}" tại ${pointer(path)}); chỉ nhận tham chiếu trong tài liệu (bắt đầu bằng #).`,
            `it refers outside itself (${key} "${clip(child)}" at ${pointer(path)}); only references within the document (starting with #) are accepted.`,
            [{ path: pointer(path), value: clip(child) }],
          );
        }
      }
      walk(child, depth + 1);
      path.pop();
    }
  };
  walk(root, 1);
}

/** Follows a reference within the document (`#/components/pathItems/x`); null when it does not resolve. */
function localRef(root: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return null;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    let part: string;
    try {
      part = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    } catch {
      return null;
    }
    if (!isObject(node) && !Array.isArray(node)) return null;
    if (!Object.hasOwn(node, part)) return null;
    node = (node as Json)[part];
  }
  return node;
}

function listEndpoints(root: Json): DescriptionEndpoint[] {
  const paths = root.paths;
  if (!isObject(paths) || Object.keys(paths).length === 0) {
    throw invalidDescription('không có đường dẫn nào (paths).', 'it has no paths.', [{ path: '/paths' }]);
  }
  const endpoints: DescriptionEndpoint[] = [];
  const shapes = new Map<string, string>();
  for (const [path, declared] of Object.entries(paths)) {
    const at = [{ path: pointer(['paths', path]) }];
    const shown = clip(path);
    if (!path.startsWith('/')) throw invalidDescription(`đường dẫn "${shown}" không bắt đầu bằng "/".`, `the path "${shown}" does not start with "/".`, at);
    const shape = templateShape(path);
    if (shape === null || templateSegments(path).some((s) => segmentTokens(s) === null)) {
      throw invalidDescription(
        `đường dẫn "${shown}" có mẫu tham số sai: mỗi tham số là {tên} nằm trong một đoạn.`,
        `the path "${shown}" has a malformed template: each parameter is {name} within one segment.`,
        at,
      );
    }
    const same = shapes.get(shape);
    if (same !== undefined) {
      throw invalidDescription(
        `hai đường dẫn "${clip(same)}" và "${shown}" là cùng một mẫu (OpenAPI không cho phép).`,
        `the paths "${clip(same)}" and "${shown}" are the same template (OpenAPI forbids this).`,
        at,
      );
    }
    shapes.set(shape, path);
    // A path item may be a reference within the document (3.1: components/pathItems), followed a few steps at most.
    let item: unknown = declared;
    for (let hops = 0; hops < 8 && isObject(item) && typeof item.$ref === 'string'; hops++) item = localRef(root, item.$ref);
    if (!isObject(item)) continue; // the schema validation says what is wrong
    for (const method of descriptionMethods) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      endpoints.push({
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : null,
        summary: typeof operation.summary === 'string' ? operation.summary : null,
      });
    }
    if (endpoints.length > descriptionLimits.endpoints) {
      throw invalidDescription(
        `có hơn ${descriptionLimits.endpoints.toLocaleString('vi-VN')} điểm cuối (endpoint).`,
        `it has more than ${descriptionLimits.endpoints.toLocaleString('en-GB')} endpoints.`,
        [{ path: '/paths', limit: descriptionLimits.endpoints }],
      );
    }
  }
  if (endpoints.length === 0) throw invalidDescription('không có thao tác nào trong paths.', 'it has no operation in its paths.', [{ path: '/paths' }]);
  // By code unit, not locale: the same order on every machine.
  const key = (e: DescriptionEndpoint) => [e.path, e.method] as const;
  return endpoints.sort((a, b) => {
    const [pa, ma] = key(a);
    const [pb, mb] = key(b);
    return pa < pb ? -1 : pa > pb ? 1 : ma < mb ? -1 : ma > mb ? 1 : 0;
  });
}

async function validate(document: Json, openapi: string): Promise<void> {
  validator ??= new Validator();
  let result: Awaited<ReturnType<Validator['validate']>>;
  try {
    result = await validator.validate(document);
  } catch (error) {
    throw unreadable(error);
  }
  if (result.valid) return;
  const minor = openapi.split('.').slice(0, 2).join('.');
  if (typeof result.errors === 'string' || !result.errors) {
    throw invalidDescription(`có tham chiếu $ref không giải được.`, `it has a $ref that does not resolve.`, [{ message: clip(result.errors ?? 'invalid') }]);
  }
  throw invalidDescription(
    `không đúng lược đồ OpenAPI ${minor}.`,
    `it does not conform to the OpenAPI ${minor} schema.`,
    result.errors.slice(0, 5).map((e) => ({ path: clip(e.instancePath || '/'), message: clip(e.message ?? e.keyword) })),
  );
}

function answer(error: unknown): WorkerAnswer {
  const e = unreadable(error);
  return { ok: false, error: { status: e.status, code: e.code, messageVi: e.messageVi, messageEn: e.messageEn, details: e.details } };
}

if (!isMainThread && parentPort && isObject(workerData) && workerData.role === 'openapi-description') {
  const port = parentPort;
  port.on('message', (bytes: Uint8Array) => {
    readDescription(bytes).then(
      (value) => port.postMessage({ ok: true, value } satisfies WorkerAnswer),
      (error: unknown) => port.postMessage(answer(error)),
    );
  });
}
