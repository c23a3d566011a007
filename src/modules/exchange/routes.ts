import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Page, PageQuery, StringEnum } from '../../core/http.js';
import { actorOf, requireUser } from '../../core/auth/principal.js';
import {
  CredentialInputSchema,
  CredentialSchema,
  DecisionInputSchema,
  DescriptionInputSchema,
  GroupInputSchema,
  GroupMemberInputSchema,
  GroupSchema,
  MemberInputSchema,
  LogPageSchema,
  LogRecordSchema,
  MemberSchema,
  RightInputSchema,
  RightSchema,
  ServiceChangeSchema,
  ServiceInputSchema,
  ServiceHealthSchema,
  ServiceSchema,
  ServiceSummarySchema,
  SubscriptionInputSchema,
  SubscriptionSchema,
  SubsystemInputSchema,
  SubsystemSchema,
  SystemExchangeSchema,
  TrafficSchema,
} from './api-schemas.js';
import { serviceStatuses, subscriptionStatuses } from './schema.js';
import { addDescription, changeService, createService, gatewayDescription, getService, listServices } from './services.js';
import { createCredential, listCredentials, revokeCredential } from './credentials.js';
import { liveTraffic, serviceHealth, systemExchange } from './monitoring.js';
import { getLogRecord, knownKeys, listLogRecords } from './message-log/viewer.js';
import { addGroupMember, createGroup, decideSubscription, grantRights, listGroups, listRights, listSubscriptions, removeGroupMember, requestSubscription, revokeRight } from './rights.js';
import { createMember, createSubsystem, getMember, listMembers } from './service.js';

const tags = ['exchange'];
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: 'The record\u2019s id' }) });
/** OpenAPI descriptions up to 5 MB travel in a JSON body. */
const descriptionBodyLimit = 6 * 1024 * 1024;

export async function exchangeRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;
  // Open traffic streams end when the server begins to close, instead of holding its close for ever.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const stop of streams) stop();
  });

  app.get(
    '/members',
    {
      schema: {
        operationId: 'listExchangeMembers',
        summary: 'Members of the exchange (thành viên): agencies with their identifiers',
        tags,
        querystring: Type.Object({ ...PageQuery, agencyId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The member of this agency (at most one)' })) }), response: { 200: Page(Type.Ref(MemberSchema), 'ExchangeMemberPage'), ...errorResponses(400, 401) } },
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

  // ── Services ──────────────────────────────────────────────────────────────────────────────────────────────────

  app.get(
    '/services',
    {
      schema: {
        operationId: 'listExchangeServices',
        summary: 'The catalogue of services: published ones for everyone, drafts for their providers',
        tags,
        security: [],
        querystring: Type.Object({
          ...PageQuery,
          q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the title or code' })),
          agencyId: Type.Optional(Type.String({ maxLength: 100 })),
          status: Type.Optional(StringEnum(serviceStatuses)),
          theme: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: { 200: Page(Type.Ref(ServiceSummarySchema), 'ExchangeServicePage'), ...errorResponses(400) },
      },
    },
    async (request) => ({ ...(await listServices(db, request.principal, request.query)), limit: request.query.limit, offset: request.query.offset }),
  );

  app.post(
    '/subsystems/:id/services',
    {
      bodyLimit: descriptionBodyLimit,
      schema: {
        operationId: 'createExchangeService',
        summary: 'Register a REST service of a subsystem from its OpenAPI 3 description (a draft)',
        tags,
        params: IdParams,
        body: ServiceInputSchema,
        response: { 201: Type.Ref(ServiceSchema), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return reply.status(201).send(await createService(db, principal, actorOf(request), request.params.id, request.body));
    },
  );

  app.get(
    '/services/:id',
    { schema: { operationId: 'getExchangeService', summary: 'One service with its endpoints and description versions', tags, security: [], params: IdParams, response: { 200: Type.Ref(ServiceSchema), ...errorResponses(404) } } },
    async (request) => getService(db, request.principal, request.params.id),
  );

  app.patch(
    '/services/:id',
    {
      schema: {
        operationId: 'changeExchangeService',
        summary: 'Change a service\u2019s settings or lifecycle (publish, deprecate with a sunset date, retire)',
        tags,
        params: IdParams,
        body: ServiceChangeSchema,
        response: { 200: Type.Ref(ServiceSchema), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => changeService(db, requireUser(request), actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/services/:id/descriptions',
    {
      bodyLimit: descriptionBodyLimit,
      schema: {
        operationId: 'addExchangeServiceDescription',
        summary: 'Upload a new OpenAPI description: a new version, whose endpoints replace the list',
        tags,
        params: IdParams,
        body: DescriptionInputSchema,
        response: { 200: Type.Ref(ServiceSchema), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => addDescription(db, requireUser(request), actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/services/:id/openapi',
    {
      schema: {
        operationId: 'getExchangeServiceOpenApi',
        summary: 'The current description, its servers pointing at the gateway',
        tags,
        security: [],
        params: IdParams,
        response: { 200: Type.Object({}, { additionalProperties: true, description: 'The OpenAPI document' }), ...errorResponses(404) },
      },
    },
    async (request) => (await gatewayDescription(db, request.principal, request.params.id, app.ctx.config.publicUrl)).document,
  );

  app.get(
    '/services/:id/health',
    {
      schema: {
        operationId: 'getExchangeServiceHealth',
        summary: 'Health of a service from its monitoring records (PR-OPMON\u2019s names), per period and per endpoint',
        tags,
        params: IdParams,
        response: { 200: Type.Ref(ServiceHealthSchema), ...errorResponses(401, 404) },
      },
    },
    async (request) => serviceHealth(db, requireUser(request), request.params.id),
  );

  app.get(
    '/traffic',
    {
      schema: {
        operationId: 'getExchangeTraffic',
        summary: 'Calls per second, errors and p95 per service over the last seconds, from every gateway',
        tags,
        querystring: Type.Object({ window: Type.Integer({ minimum: 1, maximum: 3600, default: 10, description: 'Seconds' }) }),
        response: { 200: Type.Ref(TrafficSchema), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      requireUser(request);
      return liveTraffic(db, request.query.window);
    },
  );

  app.get(
    '/traffic/stream',
    {
      schema: {
        operationId: 'streamExchangeTraffic',
        summary: 'The same as server-sent events, one "traffic" event every 2 s (text/event-stream)',
        tags,
        response: { 200: Type.String({ description: 'text/event-stream' }), ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      let open = true;
      let wake = () => {};
      const stop = () => {
        open = false;
        wake();
      };
      streams.add(stop);
      request.raw.on('close', stop);
      // One query per open stream every 2 s, stopped when the browser goes away or the server closes.
      while (open) {
        try {
          res.write(`event: traffic\ndata: ${JSON.stringify(await liveTraffic(db, 10))}\n\n`);
        } catch (err) {
          request.log.warn({ err }, 'traffic stream query failed');
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 2000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      streams.delete(stop);
      res.end();
    },
  );

  app.get(
    '/systems/:id',
    {
      schema: {
        operationId: 'getSystemExchange',
        summary: 'A registered system on the exchange: the services it provides and calls, with 30 days of traffic',
        tags,
        params: Type.Object({ id: Type.String({ format: 'uuid', description: 'The registered system\u2019s id' }) }),
        response: { 200: Type.Ref(SystemExchangeSchema), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      requireUser(request);
      return systemExchange(db, request.params.id);
    },
  );

  // ── Rights ────────────────────────────────────────────────────────────────────────────────────────────────────

  app.get(
    '/services/:id/rights',
    { schema: { operationId: 'listExchangeRights', summary: 'Rights granted on a service (its providers)', tags, params: IdParams, response: { 200: Type.Array(Type.Ref(RightSchema)), ...errorResponses(401, 403, 404) } } },
    async (request) => listRights(db, requireUser(request), request.params.id),
  );

  app.post(
    '/services/:id/rights',
    {
      schema: {
        operationId: 'grantExchangeRights',
        summary: 'Grant a client subsystem or a group the whole service or single endpoints',
        tags,
        params: IdParams,
        body: RightInputSchema,
        response: { 200: Type.Object({ granted: Type.Integer({ description: 'Rights added; ones already held are kept' }), rights: Type.Array(Type.Ref(RightSchema)) }), ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => grantRights(db, requireUser(request), actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/rights/:id',
    { schema: { operationId: 'revokeExchangeRight', summary: 'Withdraw a right', tags, params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404) } } },
    async (request, reply) => {
      await revokeRight(db, requireUser(request), actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  // ── Groups ────────────────────────────────────────────────────────────────────────────────────────────────────

  app.get(
    '/groups',
    { schema: { operationId: 'listExchangeGroups', summary: 'Access-right groups, local and global', tags, response: { 200: Type.Array(Type.Ref(GroupSchema)), ...errorResponses(401) } } },
    async (request) => {
      requireUser(request);
      return listGroups(db);
    },
  );

  app.post(
    '/groups',
    { schema: { operationId: 'createExchangeGroup', summary: 'Create a local access-right group (administrators)', tags, body: GroupInputSchema, response: { 201: Type.Ref(GroupSchema), ...errorResponses(400, 401, 403, 409, 413, 415) } } },
    async (request, reply) => reply.status(201).send(await createGroup(db, requireUser(request), actorOf(request), request.body)),
  );

  app.post(
    '/groups/:id/members',
    { schema: { operationId: 'addExchangeGroupMember', summary: 'Add a client subsystem to a group', tags, params: IdParams, body: GroupMemberInputSchema, response: { 200: Type.Ref(GroupSchema), ...errorResponses(400, 401, 403, 404, 409, 413, 415) } } },
    async (request) => addGroupMember(db, requireUser(request), actorOf(request), request.params.id, request.body.client),
  );

  app.delete(
    '/groups/:id/members',
    {
      schema: {
        operationId: 'removeExchangeGroupMember',
        summary: 'Remove a client subsystem from a group',
        tags,
        params: IdParams,
        querystring: Type.Object({ client: Type.String({ minLength: 1, maxLength: 1100 }) }),
        response: { 200: Type.Ref(GroupSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => removeGroupMember(db, requireUser(request), actorOf(request), request.params.id, request.query.client),
  );

  // ── Credentials ───────────────────────────────────────────────────────────────────────────────────────────────

  app.get(
    '/subsystems/:id/credentials',
    { schema: { operationId: 'listExchangeCredentials', summary: 'A subsystem\u2019s credentials (never their secrets)', tags, params: IdParams, response: { 200: Type.Array(Type.Ref(CredentialSchema)), ...errorResponses(401, 403, 404) } } },
    async (request) => listCredentials(db, requireUser(request), request.params.id),
  );

  app.post(
    '/subsystems/:id/credentials',
    {
      schema: {
        operationId: 'createExchangeCredential',
        summary: 'Create an API key or an OAuth client for a subsystem; the secret is in this answer only',
        tags,
        params: IdParams,
        body: CredentialInputSchema,
        response: { 201: Type.Ref(CredentialSchema), ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return reply.status(201).send(await createCredential(db, requireUser(request), actorOf(request), request.params.id, request.body));
    },
  );

  app.post(
    '/credentials/:id/revoke',
    { schema: { operationId: 'revokeExchangeCredential', summary: 'Revoke a credential', tags, params: IdParams, response: { 200: Type.Ref(CredentialSchema), ...errorResponses(401, 403, 404, 409) } } },
    async (request) => revokeCredential(db, requireUser(request), actorOf(request), request.params.id),
  );

  // ── Subscriptions ─────────────────────────────────────────────────────────────────────────────────────────────

  app.get(
    '/subscriptions',
    {
      schema: {
        operationId: 'listExchangeSubscriptions',
        summary: 'Subscriptions: to the caller\u2019s agency\u2019s services (provider), or its own requests (consumer)',
        tags,
        querystring: Type.Object({ as: Type.Optional(StringEnum(['provider', 'consumer'] as const)), status: Type.Optional(StringEnum(subscriptionStatuses)), serviceId: Type.Optional(Type.String({ format: 'uuid' })) }),
        response: { 200: Type.Array(Type.Ref(SubscriptionSchema)), ...errorResponses(400, 401) },
      },
    },
    async (request) => listSubscriptions(db, requireUser(request), request.query),
  );

  app.post(
    '/subscriptions',
    {
      schema: {
        operationId: 'requestExchangeSubscription',
        summary: 'Request access to a service for one of the caller\u2019s subsystems, with purpose and legal basis',
        tags,
        body: SubscriptionInputSchema,
        response: { 201: Type.Ref(SubscriptionSchema), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await requestSubscription(db, requireUser(request), actorOf(request), request.body)),
  );

  app.post(
    '/subscriptions/:id/decision',
    {
      schema: {
        operationId: 'decideExchangeSubscription',
        summary: 'The provider approves (with a quota), rejects or revokes a subscription',
        tags,
        params: IdParams,
        body: DecisionInputSchema,
        response: { 200: Type.Ref(SubscriptionSchema), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => decideSubscription(db, requireUser(request), actorOf(request), request.params.id, request.body),
  );

  // ── Message log ───────────────────────────────────────────────────────────────────────────────────────────────

  app.get(
    '/log',
    {
      schema: {
        operationId: 'listExchangeLog',
        summary: 'Message-log records, newest first: administrators all, officers those their agency sent or received',
        tags,
        querystring: Type.Object({
          service: Type.Optional(Type.String({ maxLength: 1300 })),
          client: Type.Optional(Type.String({ maxLength: 1100 })),
          xRoadId: Type.Optional(Type.String({ maxLength: 255 })),
          from: Type.Optional(Type.String({ format: 'date-time' })),
          to: Type.Optional(Type.String({ format: 'date-time' })),
          before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Records before this seq (the previous page\u2019s nextBefore)' })),
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
        }),
        response: { 200: Type.Ref(LogPageSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listLogRecords(db, requireUser(request), request.query),
  );

  app.get(
    '/log/:xRequestId',
    {
      schema: {
        operationId: 'getExchangeLogRecord',
        summary: 'One record with its inclusion proof, checked against its signed seal',
        tags,
        params: Type.Object({ xRequestId: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: Type.Ref(LogRecordSchema), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getLogRecord(db, requireUser(request), request.params.xRequestId, await knownKeys(db, app.ctx.signingKey)),
  );
}
