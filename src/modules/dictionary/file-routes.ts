// Routes that take files as the raw request body: validation of large files (streamed) and imports (small, buffered).
import type { FastifyInstance } from 'fastify';
import { dictionarySettings } from './settings.js';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Readable } from 'node:stream';
import { errorResponses, Localised, StringEnum } from '../../core/http.js';
import { AppError } from '../../core/errors.js';
import { actorOf, requireUser } from '../../core/auth/principal.js';
import * as dictionary from './service.js';
import * as runs from './runs.js';
import { asImportError, elementsFromTable, importFailed, itemsFromTable, MAX_TABLE_BYTES, readTable } from './transfer/import.js';
import { compileEntity } from './validation/compile.js';
import { sniffFormat, validateCsv, validateXlsx } from './validation/files.js';
import { ValidationRunSchema } from './api-schemas.js';
import { fileErrors } from '../../core/tabular/errors.js';
import { isLegacyExcel } from '../../core/tabular/sniff.js';

const tags = ['dictionary'];
const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What browsers and curl send for CSV and XLSX files (Windows calls a .csv application/vnd.ms-excel). */
const fileTypes = ['text/csv', 'text/plain', XLSX_TYPE, 'application/vnd.ms-excel', 'application/octet-stream'];

function notAFile(): AppError {
  return new AppError(415, 'UNSUPPORTED_FILE', 'Hãy gửi tệp CSV hoặc XLSX làm nội dung yêu cầu.', 'Send a CSV or XLSX file as the request body.');
}

/** Reads the first chunk of a stream and puts it back, to recognise the file before parsing it. */
async function peek(stream: Readable): Promise<Buffer> {
  for (;;) {
    const chunk = stream.read() as Buffer | null;
    if (chunk) {
      stream.unshift(chunk);
      return chunk;
    }
    if (stream.readableEnded || stream.destroyed) return Buffer.alloc(0);
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        stream.off('readable', done);
        stream.off('end', done);
        stream.off('error', fail);
        resolve();
      };
      const fail = (err: Error) => {
        stream.off('readable', done);
        stream.off('end', done);
        reject(err);
      };
      stream.once('readable', done);
      stream.once('end', done);
      stream.once('error', fail);
    });
  }
}

export async function dictionaryFileRoutes(fastify: FastifyInstance): Promise<void> {
  const { db } = fastify.ctx;
  const settings = dictionarySettings.of(fastify.ctx);

  // Validation: the body stays a stream, so a file of millions of rows is never held whole.
  await fastify.register(async (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    app.addContentTypeParser(fileTypes, (_request, payload, done) => done(null, payload));

    app.post(
      '/entities/:code/validate-file',
      {
        schema: {
          operationId: 'validateFile',
          summary: 'Validate a CSV or XLSX file against the approved entity, streamed; the run and its findings are kept',
          description:
            'Send the file as the request body (Content-Type text/csv or the XLSX type). CSV must be UTF-8 (with or without BOM), comma- or semicolon-separated, with a header row naming the entity\u2019s fields (by field name, element code or Vietnamese name). Findings name rows as the spreadsheet shows them (the header is row 1, the first data row 2): GET /api/v1/dictionary/validation-runs/{id}/findings and …/findings.csv.',
          tags,
          params: CodeParams,
          consumes: fileTypes,
          querystring: Type.Object({
            fileName: Type.Optional(Type.String({ maxLength: 255 })),
            format: Type.Optional(StringEnum(['csv', 'xlsx'] as const, { description: 'Overrides recognition by content' })),
          }),
          response: { 201: Type.Ref(ValidationRunSchema), ...errorResponses(400, 403, 404, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const principal = requireUser(request);
        const body = request.body as unknown;
        if (!body || typeof (body as Readable).pipe !== 'function') throw notAFile();
        const stream = body as Readable;
        const declared = Number(request.headers['content-length'] ?? 0);
        if (declared > settings.validationMaxBytes) {
          throw new AppError(
            413,
            'FILE_TOO_LARGE',
            `Tệp quá lớn (${Math.ceil(declared / 1024 / 1024)} MB; tối đa ${Math.floor(settings.validationMaxBytes / 1024 / 1024)} MB).`,
            `The file is too large (${Math.ceil(declared / 1024 / 1024)} MB; the limit is ${Math.floor(settings.validationMaxBytes / 1024 / 1024)} MB).`,
          );
        }
        const resolved = await dictionary.resolveEntity(db, request.params.code);
        const head = await peek(stream);
        if (isLegacyExcel(head)) throw fileErrors.legacyExcel();
        const sniffed = sniffFormat(head);
        const format = request.query.format ?? (sniffed === 'unknown' ? null : sniffed);
        if (!format) {
          throw new AppError(415, 'UNSUPPORTED_FILE', 'Tệp không phải CSV hoặc XLSX.', 'The file is neither CSV nor XLSX.');
        }
        const compiled = compileEntity(resolved);
        const controller = new AbortController();
        request.raw.once('close', () => {
          if (!request.raw.complete) controller.abort();
        });
        const options = { maxFindings: settings.validationMaxFindings, maxBytes: settings.validationMaxBytes, signal: controller.signal };
        const started = performance.now();
        const result = format === 'xlsx' ? await validateXlsx(compiled, stream, options) : await validateCsv(compiled, stream, options);
        const run = await runs.saveRun(
          db,
          principal,
          actorOf(request),
          {
            entityCode: resolved.code,
            entityVersion: resolved.version,
            source: format,
            fileName: request.query.fileName?.trim() || null,
            bytes: Number.isFinite(declared) && declared > 0 ? declared : null,
            durationMs: performance.now() - started,
          },
          result.summary,
          result.findings,
        );
        return reply.status(201).send(run);
      },
    );
  });

  // Imports: small files, read whole.
  await fastify.register(async (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    app.addContentTypeParser(fileTypes, { parseAs: 'buffer', bodyLimit: MAX_TABLE_BYTES }, (_request, body, done) => done(null, body));
    const RowErrors = Type.Object(
      {
        code: Type.String(),
        message: Localised,
        details: Type.Optional(
          Type.Array(
            Type.Object({
              row: Type.Integer({ description: 'The row as the spreadsheet shows it: the header is row 1, empty rows count' }),
              field: Type.Optional(Type.String()),
              value: Type.Optional(Type.String()),
              message: Localised,
            }),
          ),
        ),
      },
      { description: 'Not a CSV/XLSX file, or rows in error (details: row as the spreadsheet numbers it, field, message)' },
    );
    const fileBody = (body: unknown): Buffer => {
      if (!Buffer.isBuffer(body)) throw notAFile();
      return body;
    };

    app.post(
      '/elements/import',
      {
        bodyLimit: MAX_TABLE_BYTES,
        schema: {
          operationId: 'importElements',
          summary: 'Import elements from CSV or XLSX: new codes become drafts, known codes change like an edit; any error and nothing is written',
          description:
            'Columns: code, name_vi, name_en, definition, data_type, pattern, format, min_length, max_length, minimum, maximum, code_list, code_level, classification, owner_agency_id, steward, synonyms (;-separated), external_ref, examples (;-separated).',
          tags,
          consumes: fileTypes,
          response: { 200: Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(), rows: Type.Integer() }), 400: RowErrors, ...errorResponses(403, 413, 415) },
        },
      },
      async (request) => {
        const principal = requireUser(request);
        try {
          const table = await readTable(fileBody(request.body));
          const { specs, errors } = elementsFromTable(table.header, table.rows, table.rowNumbers);
          return await dictionary.importElements(db, principal, actorOf(request), specs, errors);
        } catch (err) {
          throw asImportError(err);
        }
      },
    );

    app.post(
      '/code-lists/:code/items/import',
      {
        bodyLimit: MAX_TABLE_BYTES,
        schema: {
          operationId: 'importCodeItems',
          summary: 'Add or change a code list\u2019s items from CSV or XLSX (columns code, name_vi, name_en, parent, level, valid_from, valid_to); all or nothing',
          tags,
          params: CodeParams,
          consumes: fileTypes,
          response: { 200: Type.Object({ added: Type.Integer(), changed: Type.Integer(), unchanged: Type.Integer(), version: Type.String() }), 400: RowErrors, ...errorResponses(403, 404, 409, 413, 415) },
        },
      },
      async (request) => {
        const principal = requireUser(request);
        let items: ReturnType<typeof itemsFromTable>['items'] = [];
        try {
          const table = await readTable(fileBody(request.body));
          const read = itemsFromTable(table.header, table.rows, table.rowNumbers);
          if (read.errors.length) throw importFailed(read.errors);
          items = read.items;
          return await dictionary.saveItems(db, principal, actorOf(request), request.params.code, items.map((i) => i.item));
        } catch (err) {
          // Name the file's row for an item the checks refused.
          const detail = err instanceof AppError && Array.isArray(err.details) ? (err.details[0] as { field?: string } | undefined) : undefined;
          const index = detail?.field?.match(/^items\.(\d+)/)?.[1];
          if (err instanceof AppError && err.status === 400 && index !== undefined) {
            throw importFailed([{ row: items[Number(index)]?.row ?? 0, field: detail?.field?.split('.').pop(), message: { vi: err.messageVi, en: err.messageEn } }]);
          }
          throw asImportError(err);
        }
      },
    );
  });
}
