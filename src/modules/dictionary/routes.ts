import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { dictionarySettings } from './settings.js';
import { Type, type TSchema } from '@sinclair/typebox';
import { errors } from '../../core/errors.js';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Page, PageQuery, RefTo, StringEnum, typeGuard, Nullable } from '../../core/http.js';
import { actorOf, requireUser } from '../../core/auth/principal.js';
import { ETagHeader, etagOf, IfMatchHeaders, ifMatchVersions } from '../../core/preconditions.js';
import { classifications, dataTypes, governanceStatuses, problems } from './model.js';
import type { SpecOf } from './records.js';
import type { ObjectKind } from './schema.js';
import * as dictionary from './service.js';
import * as runs from './runs.js';
import { entityJsonSchema } from './transfer/json-schema.js';
import { entityCsvTemplate } from './transfer/template.js';
import { compileEntity } from './validation/compile.js';
import { validateRecords, writeFindingsCsv } from './validation/files.js';
import {
  ChangeSchema,
  CodeItemSchema,
  CodeListRecordSchema,
  CodeListSpecSchema,
  ElementRecordSchema,
  ElementSpecSchema,
  EntityRecordSchema,
  EntitySpecSchema,
  FindingSchema,
  SummarySchema,
  ValidationRunSchema,
} from './api-schemas.js';
import { PassThrough } from 'node:stream';

const tags = ['dictionary'];
const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) });

/** Anonymous visitors and vendors read the approved versions; signed-in users see working copies too. */
const isPublicView = (request: FastifyRequest) => request.principal === null;

/**
 * The routes of one kind. `input` carries its static type (TypeBox's phantom `static`), so the handlers' body types
 * below are the schema's own, checked where each kind is listed, not asserted in the handlers.
 */
interface KindRoutes<K extends ObjectKind> {
  kind: K;
  path: string;
  operation: string;
  plural: string;
  input: TSchema & { properties: Record<string, TSchema>; static: SpecOf<K> };
  record: TSchema & { $id?: string };
  filters: { [F in Exclude<keyof dictionary.ObjectFilter, 'q' | 'status' | 'owner' | 'limit' | 'offset'>]?: TSchema };
}

// One function declares the same routes for the three kinds. The schemas are erased to TSchema for the type
// provider (inferring through a generic TypeBox schema exceeds TypeScript's instantiation depth); the bodies are
// proven to be the kind's spec by a schema type guard, and the list's query is typed by the filters declared here.
const elementRoutes: KindRoutes<'element'> = {
    kind: 'element',
    path: 'elements',
    operation: 'Element',
    plural: 'Elements',
    input: ElementSpecSchema,
    record: ElementRecordSchema,
    filters: {
      classification: Type.Optional(StringEnum(classifications)),
      dataType: Type.Optional(StringEnum(dataTypes)),
      codeList: Type.Optional(Type.String({ maxLength: 64 })),
    },
  };
const entityRoutes: KindRoutes<'entity'> = { kind: 'entity', path: 'entities', operation: 'Entity', plural: 'Entities', input: EntitySpecSchema, record: EntityRecordSchema, filters: {} };
const codeListRoutes: KindRoutes<'code_list'> = { kind: 'code_list', path: 'code-lists', operation: 'CodeList', plural: 'CodeLists', input: CodeListSpecSchema, record: CodeListRecordSchema, filters: {} };


export async function dictionaryRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;
  const settings = dictionarySettings.of(app.ctx);
  const usageProviders = () => app.ctx.extensions.all(dictionary.dictionaryUsageExtensionPoint);

  const kindRoutes = <K extends ObjectKind>(k: KindRoutes<K>) => {
    const base = `/${k.path}`;
    const recordRef = Type.Ref(k.record);
    const recordWithETag = Type.Ref(k.record, { headers: ETagHeader });
    const withETag = <T extends { revision: number }>(reply: FastifyReply, record: T) => reply.header('etag', etagOf(record.revision)).send(record);
    const what = dictionary.kindNames[k.kind].en;
    const updateSchema = Type.Object({ ...k.input.properties, changeNote: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });
    // The route schema has validated the body; these checks prove its type to the compiler too (a generic route's
    // body type stays unresolved), so no handler asserts a type.
    const isSpec = typeGuard(k.input);
    const isUpdate = typeGuard(Type.Unsafe<SpecOf<K> & { changeNote?: string }>(updateSchema));
    const specBody = (body: unknown): SpecOf<K> => {
      if (isSpec(body)) return body;
      throw errors.invalid('Nội dung gửi lên không đúng cấu trúc.', 'The request body does not have the expected shape.');
    };
    const updateBody = (body: unknown) => {
      if (isUpdate(body)) {
        const { changeNote, ...spec } = body;
        if (isSpec(spec)) return { changeNote, spec };
      }
      throw errors.invalid('Nội dung gửi lên không đúng cấu trúc.', 'The request body does not have the expected shape.');
    };

    app.get<{ Querystring: dictionary.ObjectFilter }>(
      base,
      {
        schema: {
          operationId: `list${k.plural}`,
          summary: `${what}s: search (diacritics ignored) and filters; anonymous callers see approved versions only`,
          tags,
          querystring: Type.Object({
            q: Type.Optional(Type.String({ maxLength: 200 })),
            status: Type.Optional(StringEnum(governanceStatuses)),
            owner: Type.Optional(Type.String({ maxLength: 100, description: 'Owner agency id' })),
            ...k.filters,
            ...PageQuery,
          }),
          response: { 200: Page(recordRef, `${k.operation}Page`), ...errorResponses(400) },
        },
      },
      async (request) => {
        const { query } = request;
        return { ...(await dictionary.listObjects(db, k.kind, query, isPublicView(request))), limit: query.limit, offset: query.offset };
      },
    );

    app.post(
      base,
      {
        schema: {
          operationId: `create${k.operation}`,
          summary: `Create a ${what} (a draft of its owner agency)`,
          tags,
          body: Type.Ref(k.input),
          response: { 201: recordWithETag, ...errorResponses(400, 403, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const principal = requireUser(request);
        const record = await dictionary.createObject(db, principal, actorOf(request), k.kind, specBody(request.body));
        return withETag(reply.status(201), record);
      },
    );

    app.get(
      `${base}/:code`,
      { schema: { operationId: `get${k.operation}`, summary: `One ${what}`, tags, params: CodeParams, response: { 200: recordWithETag, ...errorResponses(404) } } },
      async (request, reply) => withETag(reply, await dictionary.getObject(db, k.kind, request.params.code, isPublicView(request))),
    );

    app.put(
      `${base}/:code`,
      {
        schema: {
          operationId: `update${k.operation}`,
          summary: `Change a ${what}: the version moves (major for breaking changes, minor otherwise) and every changed field is logged`,
          tags,
          params: CodeParams,
          headers: IfMatchHeaders,
          body: updateSchema,
          response: { 200: recordWithETag, ...errorResponses(400, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const principal = requireUser(request);
        const { changeNote, spec } = updateBody(request.body);
        const ifMatch = ifMatchVersions(request.headers['if-match']);
        return withETag(reply, await dictionary.updateObject(db, principal, actorOf(request), k.kind, request.params.code, spec, changeNote, { ifMatch }));
      },
    );

    app.delete(
      `${base}/:code`,
      {
        schema: {
          operationId: `delete${k.operation}`,
          summary: `Delete a ${what} nothing uses (what is in use can only be deprecated)`,
          tags,
          params: CodeParams,
          response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(403, 404, 409) },
        },
      },
      async (request, reply) => {
        const principal = requireUser(request);
        await dictionary.deleteObject(db, principal, actorOf(request), k.kind, request.params.code, usageProviders());
        return reply.status(204).send(null);
      },
    );

    app.post(
      `${base}/:code/:step`,
      {
        schema: {
          operationId: `transition${k.operation}`,
          summary: `Governance: submit (draft → in review), approve or return (reviewers), deprecate with a replacement (reviewers)`,
          tags,
          params: Type.Object({ code: CodeParams.properties.code, step: StringEnum(dictionary.transitions) }),
          headers: IfMatchHeaders,
          body: Type.Optional(
            Type.Object(
              { comment: Type.Optional(Type.String({ maxLength: 2000 })), replacedBy: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) },
              { additionalProperties: false },
            ),
          ),
          response: { 200: recordWithETag, ...errorResponses(400, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const principal = requireUser(request);
        const ifMatch = ifMatchVersions(request.headers['if-match']);
        return withETag(reply, await dictionary.transition(db, principal, actorOf(request), k.kind, request.params.code, request.params.step, request.body ?? {}, usageProviders(), { ifMatch }));
      },
    );

    app.get(
      `${base}/:code/changes`,
      {
        schema: {
          operationId: `list${k.operation}Changes`,
          summary: `The field-level change log of a ${what}: who, when, old and new value`,
          tags,
          params: CodeParams,
          querystring: Type.Object(PageQuery),
          response: { 200: Page(Type.Ref(ChangeSchema), `${k.operation}ChangePage`), ...errorResponses(404) },
        },
      },
      async (request) => {
        requireUser(request);
        return { ...(await dictionary.listChanges(db, k.kind, request.params.code, request.query)), ...request.query };
      },
    );

    app.get(
      `${base}/:code/versions`,
      {
        schema: {
          operationId: `list${k.operation}Versions`,
          summary: `Every approved version of a ${what}`,
          tags,
          params: CodeParams,
          response: {
            200: Type.Array(Type.Object({ version: Type.String(), spec: Type.Unknown(), approvedBy: Nullable(Type.String()), approvedAt: Type.String({ format: 'date-time' }) })),
            ...errorResponses(404),
          },
        },
      },
      async (request) => dictionary.listVersions(db, k.kind, request.params.code, isPublicView(request)),
    );

    app.get(
      `${base}/:code/usages`,
      {
        schema: {
          operationId: `list${k.operation}Usages`,
          summary: `Where a ${what} is used (entities, elements, registered systems)`,
          tags,
          params: CodeParams,
          response: { 200: Type.Array(Type.Object({ source: Type.String(), code: Type.String(), name: Type.String() })), ...errorResponses(404) },
        },
      },
      async (request) => {
        requireUser(request);
        await dictionary.getObject(db, k.kind, request.params.code, false);
        return dictionary.usagesOf(db, k.kind, request.params.code, usageProviders());
      },
    );
  };
  kindRoutes(elementRoutes);
  kindRoutes(entityRoutes);
  kindRoutes(codeListRoutes);

  // ---- code list items ----

  const ItemPage = Page(Type.Ref(CodeItemSchema), 'CodeItemPage');
  app.get(
    '/code-lists/:code/items',
    {
      schema: {
        operationId: 'listCodeItems',
        summary: 'Items of a code list: look up by code or by name, diacritics ignored ("pho hien" finds "Phường Phố Hiến")',
        tags,
        params: CodeParams,
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          parent: Type.Optional(Type.String({ maxLength: 64, description: 'Only children of this code' })),
          level: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
          at: Type.Optional(Type.String({ format: 'date', description: 'Only items valid on this day' })),
          ...PageQuery,
        }),
        response: { 200: ItemPage, ...errorResponses(400, 404) },
      },
    },
    async (request) => ({ ...(await dictionary.listItems(db, request.params.code, request.query, isPublicView(request))), limit: request.query.limit, offset: request.query.offset }),
  );

  app.get(
    '/code-lists/:code/items/:item',
    {
      schema: {
        operationId: 'getCodeItem',
        summary: 'One item of a code list, by its code',
        tags,
        params: Type.Object({ code: CodeParams.properties.code, item: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: Type.Ref(CodeItemSchema), ...errorResponses(404) },
      },
    },
    async (request) => dictionary.getItem(db, request.params.code, request.params.item, isPublicView(request)),
  );

  app.put(
    '/code-lists/:code/items',
    {
      schema: {
        operationId: 'saveCodeItems',
        summary: 'Add or change items (parents must exist one level up, without cycles); the list version moves and each item change is logged',
        tags,
        params: CodeParams,
        body: Type.Object({ items: Type.Array(RefTo(CodeItemSchema), { minItems: 1, maxItems: 5000 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ added: Type.Integer(), changed: Type.Integer(), unchanged: Type.Integer(), version: Type.String() }), ...errorResponses(400, 403, 404, 409, 413) },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      return dictionary.saveItems(db, principal, actorOf(request), request.params.code, request.body.items);
    },
  );

  app.delete(
    '/code-lists/:code/items/:item',
    {
      schema: {
        operationId: 'deleteCodeItem',
        summary: 'Remove an item without children (to retire one in use, set its validTo instead)',
        tags,
        params: Type.Object({ code: CodeParams.properties.code, item: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses(403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      await dictionary.deleteItem(db, principal, actorOf(request), request.params.code, request.params.item);
      return reply.status(204).send(null);
    },
  );

  // ---- entities as JSON Schema and CSV template ----

  app.get(
    '/entities/:code/schema.json',
    {
      schema: {
        operationId: 'getEntityJsonSchema',
        summary: 'The approved entity as JSON Schema (draft 2020-12)',
        tags,
        params: CodeParams,
        produces: ['application/schema+json'],
        response: { 200: Type.Object({}, { additionalProperties: true, description: 'A JSON Schema 2020-12 document' }), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const { entity, resolved } = await dictionary.approvedEntity(db, request.params.code, isPublicView(request));
      const id = `${app.ctx.config.publicUrl}/api/v1/dictionary/entities/${encodeURIComponent(entity.code)}/schema.json`;
      const body = JSON.stringify(entityJsonSchema(entity, resolved, id), null, 2);
      return reply.type('application/schema+json; charset=utf-8').header('content-disposition', `attachment; filename="${entity.code}.schema.json"`).send(body);
    },
  );

  app.get(
    '/entities/:code/template.csv',
    {
      schema: {
        operationId: 'getEntityCsvTemplate',
        summary: 'A CSV template with the approved entity\u2019s columns, for agencies to fill in',
        tags,
        params: CodeParams,
        querystring: Type.Object({ example: Type.Optional(Type.Boolean({ description: 'Add one row of example values' })) }),
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV, UTF-8 with BOM' }), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const { entity, resolved } = await dictionary.approvedEntity(db, request.params.code, isPublicView(request));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${entity.code}-mau.csv"`)
        .send(entityCsvTemplate(resolved, request.query.example ?? false));
    },
  );

  // ---- validation of JSON records ----

  app.post(
    '/entities/:code/validate',
    {
      schema: {
        operationId: 'validateRecords',
        summary: 'Validate a JSON record or an array of records against the approved entity; Accept: text/csv returns the findings as CSV',
        tags,
        params: CodeParams,
        body: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Array(Type.Unknown(), { maxItems: 10_000 })], { description: 'One record, or an array of records' }),
        response: {
          200: Type.Object({ entity: Type.String(), version: Type.String(), summary: Type.Ref(SummarySchema), findings: Type.Array(Type.Ref(FindingSchema)) }),
          ...errorResponses(400, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const resolved = await dictionary.resolveEntity(db, request.params.code, isPublicView(request));
      const body = request.body;
      const records = Array.isArray(body) ? body : [body];
      const result = validateRecords(compileEntity(resolved), records, { maxFindings: settings.validationMaxFindings, maxBytes: settings.validationMaxBytes });
      if ((request.headers.accept ?? '').includes('text/csv')) {
        // A stream is sent as is; the JSON response schema does not apply to it.
        const out = new PassThrough();
        void writeFindingsCsv(result.findings, out).catch((err: Error) => out.destroy(err));
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${resolved.code}-ket-qua-kiem-tra.csv"`).send(out as never);
      }
      return { entity: resolved.code, version: resolved.version, summary: result.summary, findings: result.findings };
    },
  );

  // ---- validation runs ----

  app.get(
    '/validation-runs',
    {
      schema: {
        operationId: 'listValidationRuns',
        summary: 'Past validations of files (yours and your agency\u2019s; all for reviewers)',
        tags,
        querystring: Type.Object({ entity: Type.Optional(Type.String({ maxLength: 64 })), ...PageQuery }),
        response: { 200: Page(Type.Ref(ValidationRunSchema), 'ValidationRunPage'), ...errorResponses(400) },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      return { ...(await runs.listRuns(db, principal, request.query)), limit: request.query.limit, offset: request.query.offset };
    },
  );

  const RunParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
  app.get(
    '/validation-runs/:id',
    { schema: { operationId: 'getValidationRun', summary: 'One validation run and its summary', tags, params: RunParams, response: { 200: Type.Ref(ValidationRunSchema), ...errorResponses(404) } } },
    async (request) => runs.getRun(db, requireUser(request), request.params.id),
  );

  app.get(
    '/validation-runs/:id/findings',
    {
      schema: {
        operationId: 'listValidationFindings',
        summary: 'Findings of a run, row by row, with messages in Vietnamese and English',
        tags,
        params: RunParams,
        querystring: Type.Object({ field: Type.Optional(Type.String({ maxLength: 200 })), problem: Type.Optional(StringEnum(problems)), ...PageQuery }),
        response: { 200: Page(Type.Ref(FindingSchema), 'ValidationFindingPage'), ...errorResponses(400, 404) },
      },
    },
    async (request) => ({ ...(await runs.listFindings(db, requireUser(request), request.params.id, request.query)), limit: request.query.limit, offset: request.query.offset }),
  );

  app.get(
    '/validation-runs/:id/findings.csv',
    {
      schema: {
        operationId: 'downloadValidationFindings',
        summary: 'All kept findings of a run as CSV (UTF-8 with BOM; row, field, problem, value, message_vi, message_en)',
        tags,
        params: RunParams,
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV' }), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const run = await runs.getRun(db, principal, request.params.id);
      // Streamed page by page from the database; the declared string schema does not serialise streams.
      const out = new PassThrough();
      void writeFindingsCsv(runs.runFindings(db, principal, run.id), out).catch((err: Error) => out.destroy(err));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="ket-qua-kiem-tra-${run.entityCode}.csv"`).send(out as never);
    },
  );
}

