import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { AppError, type ErrorBody } from './errors.js';

export const ErrorSchema = Type.Object(
  {
    code: Type.String({ description: 'Stable machine-readable code, e.g. VALIDATION_FAILED' }),
    message: Type.Object({ vi: Type.String(), en: Type.String() }),
    details: Type.Optional(Type.Unknown()),
  },
  { $id: 'Error', title: 'Error' },
);

const errorDescriptions: Record<number, string> = {
  400: 'Bad request: malformed JSON or a value that fails validation',
  401: 'Not logged in',
  403: 'Not allowed, or missing CSRF token',
  404: 'Not found',
  409: 'Conflicts with the current state',
  413: 'Body too large',
  415: 'Unsupported content type',
  429: 'Too many requests',
};

/** Error responses for a route's schema, described once. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  const out: Record<number, TSchema> = {};
  for (const status of statuses) out[status] = Type.Ref(ErrorSchema, { description: errorDescriptions[status] ?? 'Error' });
  return out;
}

/** A $ref to a shared schema (one definition in the OpenAPI document) that keeps the schema's static type for handlers. */
export function RefTo<T extends TSchema>(schema: T, options: { description?: string } = {}) {
  return Type.Unsafe<Static<T>>(Type.Ref(schema, options));
}

/** A whole number in a path or query string, bounded by what a PostgreSQL integer holds (a larger one is a 400, not a 500). */
export function IntegerParam(options: { minimum?: number; description?: string } = {}) {
  return Type.Integer({ minimum: 0, maximum: 2_147_483_647, ...options });
}

export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size' }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0, description: 'Items to skip' }),
};

export function Page<T extends TSchema>(item: T, title: string) {
  return Type.Object(
    {
      items: Type.Array(item),
      total: Type.Integer({ description: 'Items matching the filter, across all pages' }),
      limit: Type.Integer(),
      offset: Type.Integer(),
    },
    { title },
  );
}

/** A string enum with its exact TypeScript type, shown in OpenAPI as an enum. */
export function StringEnum<T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/**
 * The schema, or null. Written `type: [T, 'null']` when the schema has one type (null joins an enum): fast-json-stringify
 * serialises that with a typeof check, where it settles an anyOf by validating each value against the branches, formats
 * and all (a third of the time of a list of systems went there). References, literals and unions stay an anyOf.
 */
export function Nullable<T extends TSchema>(schema: T, options: { description?: string } = {}): TUnsafe<Static<T> | null> {
  const record = schema as Record<string, unknown>;
  if (typeof record.type !== 'string' || '$ref' in record || 'const' in record) return Type.Unsafe<Static<T> | null>(Type.Union([schema, Type.Null()], options));
  return Type.Unsafe<Static<T> | null>({ ...schema, ...options, type: [record.type, 'null'], ...(Array.isArray(record.enum) ? { enum: [...(record.enum as unknown[]), null] } : {}) });
}

export const Localised = Type.Object({ vi: Type.String(), en: Type.String() });

const guardAjv = addFormats.default(new Ajv.default({ allErrors: false, strict: false }));

/**
 * A type guard from a schema: for code whose request type TypeScript cannot resolve (a route registered by a generic
 * function), the value is checked again so its type is proven rather than asserted.
 */
export function typeGuard<T extends TSchema>(schema: T): (value: unknown) => value is Static<T> {
  const validate = guardAjv.compile(schema);
  return (value: unknown): value is Static<T> => validate(value) === true;
}


/** PostgreSQL text cannot hold U+0000: refuse it up front, as the caller's mistake it is. */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  // Only parsed JSON is walked. Uploads arrive as bytes or as the request stream itself: they are the file parsers'
  // business, and walking a stream's object graph (sockets, buffers, cycles) key by key never ends.
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return false;
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

/**
 * The query string and path parameters: text values (or lists of them) keyed by name. Their objects are made by the
 * router with a prototype of their own, so they are read as the plain maps they are, not walked like JSON.
 */
function textMapContainsNul(map: unknown): boolean {
  if (map === null || typeof map !== 'object') return false;
  return Object.entries(map).some(([k, v]) => k.includes('\u0000') || (Array.isArray(v) ? v.some((item) => containsNul(item)) : containsNul(v)));
}

/**
 * The router's own refusals (a path that cannot be decoded, a parameter longer than the router takes) in the API's
 * error shape: passed to Fastify as its frameworkErrors option.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const mapped = toAppError(error) ?? new AppError(400, 'BAD_REQUEST', 'Yêu cầu không hợp lệ.', 'Bad request.');
  request.log.info({ code: mapped.code, status: mapped.status }, 'request refused');
  void reply.status(mapped.status).send(mapped.toBody());
}

export function installErrorHandling(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.body) || textMapContainsNul(request.query) || textMapContainsNul(request.params)) {
      throw new AppError(400, 'INVALID_TEXT', 'Dữ liệu chứa ký tự NUL (U+0000) không được phép.', 'The data contains the NUL character (U+0000), which is not allowed.');
    }
  });

  app.setErrorHandler((error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    // A refusal sent while the body is still arriving (a 2 GB upload refused from its length) closes the
    // connection, as nginx does: otherwise the server keeps reading and discarding the rest of it.
    if (!request.raw.complete) reply.header('connection', 'close');
    const mapped = toAppError(error);
    if (mapped) {
      if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code: mapped.code, status: mapped.status }, 'request refused');
      return reply.status(mapped.status).send(mapped.toBody());
    }
    request.log.error({ err: error }, 'unexpected error');
    const body: ErrorBody = {
      code: 'INTERNAL_ERROR',
      message: { vi: 'Lỗi hệ thống, vui lòng thử lại sau.', en: 'Internal error, please try again later.' },
      details: { requestId: request.id },
    };
    return reply.status(500).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      code: 'ROUTE_NOT_FOUND',
      message: {
        vi: `Không có đường dẫn ${request.method} ${request.url.split('?')[0]}.`,
        en: `There is no route ${request.method} ${request.url.split('?')[0]}.`,
      },
    };
    return reply.status(404).send(body);
  });
}

interface SchemaIssue {
  instancePath: string;
  keyword: string;
  message?: string | undefined;
  params: unknown;
}

/** The dotted field path of a JSON Schema error ("dataObjects.0.name"), or the missing property. */
export function issueField(issue: SchemaIssue, context?: string): string {
  return (
    [context, issue.instancePath.replace(/^\//, '').replace(/\//g, '.')].filter(Boolean).join('.') ||
    String((issue.params as { missingProperty?: string }).missingProperty ?? context ?? '')
  );
}

export interface ShapeIssue {
  field: string;
  problem: string;
  message: string | undefined;
}

/**
 * A check of a value against an API schema, for records that arrive other than as a request body (files, seeds):
 * they meet the same schema, and their issues name fields the same way.
 */
export function compileShapeCheck(schema: object): (value: unknown) => ShapeIssue[] {
  const check = addFormats.default(new Ajv.default({ allErrors: true, strict: false })).compile(schema);
  return (value) => (check(value) ? [] : (check.errors ?? []).map((e) => ({ field: issueField(e), problem: e.keyword, message: e.message })));
}

function toAppError(error: FastifyError | AppError): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const details = error.validation.map((issue) => ({
      field: issueField(issue, error.validationContext),
      problem: issue.keyword,
      message: issue.message,
      ...(issue.params as object),
    }));
    return new AppError(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', 'The request is not valid.', details);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Kiểu nội dung không được hỗ trợ; hãy gửi application/json.', 'Unsupported content type; send application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(400, 'EMPTY_BODY', 'Thân yêu cầu JSON đang trống.', 'The JSON body is empty.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return invalidJson();
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError(414, 'PARAMETER_TOO_LONG', 'Tham số trong đường dẫn quá dài.', 'A parameter in the path is too long.');
    case 'FST_ERR_BAD_URL':
      return new AppError(400, 'BAD_URL', 'Đường dẫn không hợp lệ.', 'The URL is not valid.');
    default:
      break;
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') return invalidJson();
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new AppError(status, error.code ?? 'BAD_REQUEST', 'Yêu cầu không hợp lệ.', error.message || 'Bad request.');
  }
  return undefined;
}

function invalidJson(): AppError {
  return new AppError(400, 'INVALID_JSON', 'Thân yêu cầu không phải JSON hợp lệ.', 'The request body is not valid JSON.');
}
