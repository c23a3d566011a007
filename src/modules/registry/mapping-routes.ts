import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Page, PageQuery, StringEnum } from '../../core/http.js';
import { requireUser } from '../../core/auth/principal.js';
import { lifecycles, registrationStatuses } from './model.js';
import { systemsHoldingElement } from './holders.js';

const tags = ['registry'];

/** The data mapping seen from one dictionary element: which registered systems hold it (signed-in users, like /data-mapping). */
export async function mappingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;

  app.get(
    '/data-mapping/elements/:code',
    {
      schema: {
        operationId: 'listSystemsHoldingElement',
        summary: 'Which registered systems hold a data dictionary element: their data objects that name it, by agency, lifecycle, status and personal data',
        tags,
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 64, description: 'The element code' }) }),
        querystring: Type.Object({
          agency: Type.Optional(Type.String({ maxLength: 100, description: 'Owner agency id' })),
          lifecycle: Type.Optional(StringEnum(lifecycles)),
          status: Type.Optional(StringEnum(registrationStatuses)),
          personal: Type.Optional(Type.Boolean({ description: 'true: a data object holding it is personal data; false: none is' })),
          ...PageQuery,
        }),
        response: {
          200: Page(
            Type.Object(
              {
                id: Type.String(),
                code: Type.String(),
                nameVi: Type.String(),
                ownerAgencyId: Type.String(),
                lifecycle: StringEnum(lifecycles),
                status: StringEnum(registrationStatuses),
                dataObjects: Type.Array(Type.Object({ name: Type.String(), personal: Type.Boolean(), sensitive: Type.Boolean() }, { additionalProperties: false }), {
                  description: 'Its data objects that name the element',
                }),
              },
              { additionalProperties: false },
            ),
            'ElementHolderPage',
          ),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => {
      requireUser(request);
      const { query } = request;
      return { ...(await systemsHoldingElement(db, request.params.code, query)), limit: query.limit, offset: query.offset };
    },
  );
}
