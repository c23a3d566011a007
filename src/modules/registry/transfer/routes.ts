import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Localised } from '../../../core/http.js';
import { AppError } from '../../../core/errors.js';
import { actorOf, requireUser } from '../../../core/auth/principal.js';
import { registryPolicy } from '../access.js';
import { MAX_ARCHIMATE_BYTES } from './archimate/parse.js';
import { exportArchimateFile, exportCsv, exportXlsx, importArchimateFile, importTemplate, importXlsxFile } from './service.js';
import { MAX_IMPORT_BYTES } from './spreadsheet/columns.js';

const tags = ['registry'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DryRun = Type.Object({ dryRun: Type.Boolean({ default: false, description: 'Check and count, write nothing' }) });

/** The uploaded file, or a 415 when the body came as another content type (e.g. JSON). */
function fileBody(body: unknown, expected: string): Buffer {
  if (Buffer.isBuffer(body)) return body;
  throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `Hãy gửi tệp với Content-Type ${expected}.`, `Send the file with Content-Type ${expected}.`);
}

/** Exchange of the whole model: ArchiMate 3.1 Open Exchange Format, CSV and XLSX. */
export async function transferRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;

  // Files arrive as the raw request body; parsers here apply to this plugin's routes only.
  app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'buffer', bodyLimit: MAX_ARCHIMATE_BYTES }, (_request, body, done) => done(null, body));
  app.addContentTypeParser([XLSX_TYPE, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) => done(null, body));
  const download = (name: string) => `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}`;

  app.get(
    '/export/archimate',
    {
      schema: {
        operationId: 'exportArchimate',
        summary: 'The whole model (layers, components, agencies, systems, relations) in the ArchiMate 3.1 Open Exchange Format',
        tags,
        produces: ['application/xml'],
        response: { 200: Type.String({ description: 'An ArchiMate Open Exchange Format document' }) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const xml = await exportArchimateFile(db);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `${download('kientruc-hung-yen')}.xml"`)
        .send(xml);
    },
  );

  app.post(
    '/import/archimate',
    {
      bodyLimit: MAX_ARCHIMATE_BYTES,
      schema: {
        operationId: 'importArchimate',
        summary: 'Import an ArchiMate Open Exchange file (e.g. exported by Archi): elements become systems, relationships relations',
        description: 'Send the file as the request body with Content-Type application/xml. All or nothing.',
        tags,
        consumes: ['application/xml'],
        querystring: DryRun,
        response: {
          200: Type.Object({
            created: Type.Integer(),
            updated: Type.Integer(),
            unchanged: Type.Integer(),
            relations: Type.Integer(),
            skipped: Type.Array(Type.Object({ identifier: Type.String(), type: Type.String(), reason: Localised })),
          }),
          ...errorResponses(400, 403, 413, 415),
        },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      registryPolicy.require(principal, 'registry.model.import');
      return importArchimateFile(db, principal, actorOf(request), fileBody(request.body, 'application/xml'), { dryRun: request.query.dryRun });
    },
  );

  app.get(
    '/export/csv',
    {
      schema: {
        operationId: 'exportRegistryCsv',
        summary: 'The registry as CSV (UTF-8 with BOM, Vietnamese headers)',
        tags,
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV' }) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `${download('so-dang-ky-ung-dung')}.csv"`).send(await exportCsv(db));
    },
  );

  app.get(
    '/export/xlsx',
    {
      schema: {
        operationId: 'exportRegistryXlsx',
        summary: 'The registry as an Excel workbook',
        tags,
        produces: [XLSX_TYPE],
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'XLSX workbook' }) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      return reply.type(XLSX_TYPE).header('content-disposition', `${download('so-dang-ky-ung-dung')}.xlsx"`).send(await exportXlsx(db));
    },
  );

  app.get(
    '/import/template.xlsx',
    {
      schema: {
        operationId: 'getRegistryImportTemplate',
        summary: 'The XLSX template agencies fill in to register systems in bulk',
        tags,
        produces: [XLSX_TYPE],
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'XLSX workbook with instructions and value lists' }) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      return reply.type(XLSX_TYPE).header('content-disposition', 'attachment; filename="mau-dang-ky-he-thong.xlsx"').send(await importTemplate(db));
    },
  );

  const ImportError = Type.Object({ row: Type.Integer(), column: Type.String(), field: Type.String(), value: Type.String(), message: Localised });

  app.post(
    '/import/xlsx',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        operationId: 'importRegistryXlsx',
        summary: 'Import systems from the filled XLSX template; any error and nothing is written',
        description: `Send the workbook as the request body with Content-Type ${XLSX_TYPE}. A 400 IMPORT_FAILED lists every error by row and field in details.errors.`,
        tags,
        consumes: [XLSX_TYPE],
        querystring: DryRun,
        response: {
          200: Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(), rows: Type.Integer() }),
          400: Type.Object(
            { code: Type.String(), message: Localised, details: Type.Optional(Type.Object({ errors: Type.Optional(Type.Array(ImportError)) }, { additionalProperties: true })) },
            { description: 'Not an XLSX file, or rows in error (details.errors)' },
          ),
          ...errorResponses(403, 413, 415),
        },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      return importXlsxFile(db, principal, actorOf(request), fileBody(request.body, XLSX_TYPE), { dryRun: request.query.dryRun });
    },
  );
}
