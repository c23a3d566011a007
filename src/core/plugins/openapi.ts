import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import { Type } from '@sinclair/typebox';
import { ErrorSchema } from '../http.js';
import { SESSION_COOKIE } from '../auth/routes.js';
import { packageVersion } from '../version.js';

export interface OpenApiOptions {
  /** Tags of core and of every module served, in the order the document lists them. */
  tags: { name: string; description: string }[];
}

/** The OpenAPI 3.1 document of every route, served at /openapi.json. */
export const openApiPlugin = fp<OpenApiOptions>(
  async (app, { tags }) => {
    const { config } = app.ctx;
    // Every route can answer a bad API token (401) and too many requests (429): say so once, for all.
    app.addHook('onRoute', (routeOptions) => {
      const schema = (routeOptions.schema ??= {});
      if (schema.hide) return;
      const response = (schema.response ??= {}) as Record<string, unknown>;
      response[401] ??= Type.Ref(ErrorSchema, { description: 'Not logged in, or the API token is not valid' });
      if (config.rateLimitPerMinute > 0) response[429] ??= Type.Ref(ErrorSchema, { description: 'Too many requests' });
    });

    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Kiến trúc API',
          version: packageVersion,
          description:
            'Nền tảng kiến trúc số tỉnh Hưng Yên — the digital architecture platform of Hưng Yên province (Decision 2352/QĐ-UBND). ' +
            'Errors share one body: {code, message: {vi, en}, details}. Lists take limit and offset and return {items, total, limit, offset}.',
          license: { name: 'Proprietary (Hưng Yên province)', identifier: 'LicenseRef-HungYen' },
          contact: { name: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên' },
        },
        servers: [{ url: config.publicUrl, description: 'This server' }],
        tags,
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Browser session; changes also need the X-CSRF-Token header' },
            bearer: { type: 'http', scheme: 'bearer', description: 'API token for machine clients' },
          },
        },
        security: [{ session: [] }, { bearer: [] }],
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    });

    app.get(
      '/openapi.json',
      {
        schema: {
          operationId: 'getOpenApi',
          summary: 'This API as OpenAPI 3.1',
          tags: ['system'],
          security: [],
          response: { 200: Type.Object({}, { additionalProperties: true, description: 'The OpenAPI document' }) },
        },
      },
      async () => app.swagger(),
    );
  },
  { name: 'kientruc-openapi' },
);
