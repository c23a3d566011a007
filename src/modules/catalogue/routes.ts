import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Page, PageQuery, StringEnum } from '../../core/http.js';
import { lifecycles, systemKinds } from '../registry/api.js';
import { PublicCommuneSchema, PublicSystemSchema } from './api-schemas.js';
import { getCommune, getPublicSystem, listPublicSystems, systemsHoldingElement } from './service.js';

const tags = ['catalogue'];
const card = Type.Ref(PublicSystemSchema);
const PublicSystemPage = Page(card, 'PublicSystemPage');
const Search = Type.Optional(Type.String({ maxLength: 200, description: 'Code, names and purpose; diacritics ignored' }));
const Lifecycle = Type.Optional(StringEnum(lifecycles));
const Agency = Type.Optional(Type.String({ maxLength: 100, description: 'Owner agency id' }));

/** Public: no route here asks who the caller is. */
export async function catalogueRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;

  app.get(
    '/systems',
    {
      schema: {
        operationId: 'listCatalogueSystems',
        summary: 'The public catalogue: approved systems (as approved) with their public facts, by search and filters',
        tags,
        querystring: Type.Object({
          q: Search,
          agency: Agency,
          component: Type.Optional(Type.String({ maxLength: 20, description: 'A framework component it implements or uses' })),
          lifecycle: Lifecycle,
          kind: Type.Optional(StringEnum(systemKinds)),
          commune: Type.Optional(Type.String({ minLength: 1, maxLength: 10, description: 'Administrative unit code of a commune: the systems serving it' })),
          ...PageQuery,
        }),
        response: { 200: PublicSystemPage, ...errorResponses(400) },
      },
    },
    async (request) => {
      const { query } = request;
      return { ...(await listPublicSystems(db, query)), limit: query.limit, offset: query.offset };
    },
  );

  app.get(
    '/systems/:code',
    {
      schema: {
        operationId: 'getCatalogueSystem',
        summary: 'One approved system\u2019s public card (its approved version); 404 for anything never approved',
        tags,
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: card, ...errorResponses(400, 404) },
      },
    },
    async (request) => getPublicSystem(db, request.params.code),
  );

  app.get(
    '/communes/:code',
    {
      schema: {
        operationId: 'getCatalogueCommune',
        summary: 'A commune of the province and the approved systems serving it: its own, and the provincial ones serving every commune',
        tags,
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 10, description: 'Administrative unit code' }) }),
        querystring: Type.Object({ q: Search, lifecycle: Lifecycle, ...PageQuery }),
        response: {
          200: Type.Object({ commune: Type.Ref(PublicCommuneSchema), systems: PublicSystemPage }, { additionalProperties: false }),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => getCommune(db, request.params.code, request.query),
  );

  app.get(
    '/elements/:code/systems',
    {
      schema: {
        operationId: 'listCatalogueSystemsHoldingElement',
        summary: 'Which approved systems hold an approved data dictionary element, by agency and lifecycle',
        tags,
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) }),
        querystring: Type.Object({ agency: Agency, lifecycle: Lifecycle, ...PageQuery }),
        response: { 200: PublicSystemPage, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const { query } = request;
      return { ...(await systemsHoldingElement(db, request.params.code, query)), limit: query.limit, offset: query.offset };
    },
  );
}
