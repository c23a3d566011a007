import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Page, PageQuery } from '../../core/http.js';
import { actorOf, requireUser } from '../../core/auth/principal.js';
import { MemberInputSchema, MemberSchema, SubsystemInputSchema, SubsystemSchema } from './api-schemas.js';
import { createMember, createSubsystem, getMember, listMembers } from './service.js';

const tags = ['exchange'];
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: 'The member\u2019s id' }) });

export async function exchangeRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;

  app.get(
    '/members',
    {
      schema: { operationId: 'listExchangeMembers', summary: 'Members of the exchange (thành viên): agencies with their identifiers', tags, querystring: Type.Object(PageQuery), response: { 200: Page(Type.Ref(MemberSchema), 'ExchangeMemberPage'), ...errorResponses(400, 401) } },
    },
    async (request) => {
      requireUser(request);
      return { ...(await listMembers(db, request.query)), limit: request.query.limit, offset: request.query.offset };
    },
  );

  app.post(
    '/members',
    {
      schema: { operationId: 'createExchangeMember', summary: 'Admit an agency as a member (administrators)', tags, body: MemberInputSchema, response: { 201: Type.Ref(MemberSchema), ...errorResponses(400, 401, 403, 409, 413, 415) } },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return reply.status(201).send(await createMember(db, principal, actorOf(request), request.body));
    },
  );

  app.get(
    '/members/:id',
    { schema: { operationId: 'getExchangeMember', summary: 'One member with its subsystems', tags, params: IdParams, response: { 200: Type.Ref(MemberSchema), ...errorResponses(401, 404) } } },
    async (request) => {
      requireUser(request);
      return getMember(db, request.params.id);
    },
  );

  app.post(
    '/members/:id/subsystems',
    {
      schema: {
        operationId: 'createExchangeSubsystem',
        summary: 'Add a registered system of the member\u2019s agency as its subsystem (hệ thống con)',
        tags,
        params: IdParams,
        body: SubsystemInputSchema,
        response: { 201: Type.Ref(SubsystemSchema), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return reply.status(201).send(await createSubsystem(db, principal, actorOf(request), request.params.id, request.body));
    },
  );
}
