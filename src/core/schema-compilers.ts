/**
 * The compilers of route schemas: Ajv validators for requests and fast-json-stringify serializers for responses.
 *
 * Compiling them is most of an app's start-up (about 70 % of `ready()`), and every app of one process — the test
 * suite builds hundreds, `kientruc serve` may build one per role — compiles the same schemas. So a compiled
 * validator or serializer is kept per process, keyed by the text of its schema and of the shared schemas it may
 * reference; an app whose schemas are the same reuses it. Validators and serializers are pure functions of their
 * schemas, so sharing them changes nothing an app sees.
 *
 * Query strings and paths are text, so their numbers are coerced; bodies are JSON, so a string where a number
 * belongs is the caller's mistake and is rejected, never coerced.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type SchemaControllerOptions = NonNullable<FastifyServerOptions['schemaController']>;
type CompilersFactory = NonNullable<SchemaControllerOptions['compilersFactory']>;
type BuildValidator = NonNullable<CompilersFactory['buildValidator']>;
type BuildSerializer = NonNullable<CompilersFactory['buildSerializer']>;
type Serializer = ReturnType<ReturnType<BuildSerializer>>;

interface ValidatorSet {
  coercing: Ajv.default;
  strict: Ajv.default;
  compiled: Map<string, ValidateFunction>;
}

const validatorSets = new Map<string, ValidatorSet>();
const serializerSets = new Map<string, Map<string, Serializer>>();
const fastJsonStringify = SerializerSelector();

/** Counts for the tests and the start-up log: how many schemas were compiled and how many reused. */
export const schemaCompilerStats = { compiled: 0, reused: 0 };

function newAjv(coerceTypes: 'array' | false, sharedSchemas: Record<string, unknown>): Ajv.default {
  const ajv = addFormats.default(new Ajv.default({ allErrors: false, useDefaults: true, removeAdditional: false, strict: false, coerceTypes }));
  // Shared schemas (app.addSchema) are referenced by $id.
  for (const [id, schema] of Object.entries(sharedSchemas)) if (!ajv.getSchema(id)) ajv.addSchema(schema as object, id);
  return ajv;
}

function cached<T>(store: Map<string, T>, key: string, compile: () => T): T {
  const found = store.get(key);
  if (found) {
    schemaCompilerStats.reused += 1;
    return found;
  }
  const made = compile();
  store.set(key, made);
  schemaCompilerStats.compiled += 1;
  return made;
}

const buildValidator: BuildValidator = (externalSchemas) => {
  const shared = (externalSchemas ?? {}) as Record<string, unknown>;
  const setKey = JSON.stringify(shared);
  let set = validatorSets.get(setKey);
  if (!set) {
    set = { coercing: newAjv('array', shared), strict: newAjv(false, shared), compiled: new Map() };
    validatorSets.set(setKey, set);
  }
  const { coercing, strict, compiled } = set;
  return ({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strict : coercing;
    return cached(compiled, `${httpPart === 'body' ? 'body' : 'text'}\u0000${JSON.stringify(schema)}`, () => ajv.compile(schema));
  };
};

const buildSerializer: BuildSerializer = (externalSchemas, options) => {
  const setKey = JSON.stringify([externalSchemas ?? {}, options ?? {}]);
  let compiled = serializerSets.get(setKey);
  if (!compiled) {
    compiled = new Map();
    serializerSets.set(setKey, compiled);
  }
  const store = compiled;
  const compile = fastJsonStringify(externalSchemas, options);
  return (route) => cached(store, JSON.stringify(route.schema ?? null), () => compile(route));
};

/** The `schemaController` option of Fastify: every app of the process shares compiled schemas. */
export const sharedSchemaController: SchemaControllerOptions = { compilersFactory: { buildValidator, buildSerializer } };
