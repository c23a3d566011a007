import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { StampedCache } from '../../core/stamped-cache.js';
import { errorResponses, IntegerParam, Localised, Page, PageQuery, RefTo, StringEnum, Nullable } from '../../core/http.js';
import { actorOf, requireUser } from '../../core/auth/principal.js';
import { ETagHeader, etagOf, IfMatchHeaders, ifMatchVersions } from '../../core/preconditions.js';
import { registryPolicy } from './access.js';
import { registryWorkflowExtensionPoint, requestEvent, type RegistryWorkflowListener } from './events.js';
import * as registry from './service.js';
import * as framework from '../framework/api.js';
import { ComplianceResultSchema, complianceResults, FindingSchema, RelationSchema, WaiverInputSchema, WaiverSchema, RequestSchema, SystemChangesSchema, SystemInputSchema, SystemRecordSchema, SystemSummarySchema } from './api-schemas.js';
import { componentLinks, exchangeChannels, lifecycles, registrationStatuses, relationTypes, requestStatuses, requestTypes, systemKinds } from './model.js';
import { heatMap, integrationMap } from './landscape.js';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: 'The system\u2019s id or its code' }) });
const tags = ['registry'];

export async function registryRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;
  // After the step is committed, the modules above hear of it (the inbox notifies people); their failure is theirs.
  const tellWorkflow = async (call: (listener: RegistryWorkflowListener) => Promise<void>) => {
    for (const listener of app.ctx.extensions.all(registryWorkflowExtensionPoint)) {
      await call(listener).catch((err: unknown) => app.log.error({ err }, 'a workflow listener failed'));
    }
  };

  const SystemPage = Page(Type.Ref(SystemRecordSchema), 'SystemPage');
  const SystemSummaryPage = Page(Type.Ref(SystemSummarySchema), 'SystemSummaryPage');
  // The reply's type wants the page object; this body is the page already serialised by its schema.
  const sendSerialised = (reply: FastifyReply, body: string) => reply.type('application/json; charset=utf-8').send(body);
  const serializers: Partial<Record<'full' | 'summary', (page: { [key: string]: unknown }) => string>> = {};
  // Pages as sent, by the registry's stamp: while nothing is written, asking again costs one indexed read.
  const listPages = new StampedCache(32 * 1024 * 1024);
  app.get(
    '/systems',
    {
      schema: {
        operationId: 'listSystems',
        summary: 'Registered systems: search (diacritics ignored) and filters',
        tags,
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          kind: Type.Optional(StringEnum(systemKinds)),
          layer: Type.Optional(StringEnum(['I', 'II', 'III', 'IV'] as const)),
          component: Type.Optional(Type.String({ maxLength: 20, description: 'A framework component code the system implements or uses' })),
          link: Type.Optional(StringEnum(componentLinks, { description: 'With component: only the systems implementing it (implements) or only those using it (uses)' })),
          agency: Type.Optional(Type.String({ maxLength: 100, description: 'Owner agency id' })),
          lifecycle: Type.Optional(StringEnum(lifecycles)),
          active: Type.Optional(Type.Boolean({ description: 'true: retired systems left out (as the landscape heat map counts)' })),
          status: Type.Optional(StringEnum(registrationStatuses)),
          verified: Type.Optional(Type.Boolean()),
          compliance: Type.Optional(StringEnum(['failing', 'warning', 'passing'] as const)),
          rule: Type.Optional(Type.String({ maxLength: 50, description: 'Only systems failing this rule' })),
          sort: Type.Optional(StringEnum(['code', 'name', 'updated'] as const)),
          view: Type.Optional(
            StringEnum(['full', 'summary'] as const, {
              description: 'full (the default): whole records; summary: what a list shows (SystemSummary: code, name, owner, layer, lifecycle, status, compliance), without the record\u2019s body (contacts, data objects, interfaces, documents)',
            }),
          ),
          ...PageQuery,
        }),
        response: { 200: Type.Union([SystemPage, SystemSummaryPage]), ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const { view = 'full', ...filter } = request.query;
      // Serialised by the page's own schema: the union's serializer would try each branch on every item.
      const serialize = (serializers[view] ??= reply.compileSerializationSchema(view === 'summary' ? SystemSummaryPage : SystemPage, '200'));
      // Cache-Control: no-cache asks for the page to be read again, not taken from the pages kept.
      const key = `${view}\u0000${JSON.stringify(filter)}`;
      const stamp = /no-cache/i.test(request.headers['cache-control'] ?? '') ? null : await registry.listingStamp(db);
      const kept = stamp ? listPages.get(stamp, key) : undefined;
      if (kept !== undefined) return sendSerialised(reply, kept);
      const page = await registry.listSystems(db, filter, view);
      const body = serialize({ items: page.items, total: page.total, limit: filter.limit, offset: filter.offset });
      if (page.stamp) listPages.set(page.stamp, key, body);
      return sendSerialised(reply, body);
    },
  );

  app.post(
    '/systems',
    {
      schema: {
        operationId: 'createSystem',
        summary: 'Register a system (as a draft of the owner agency)',
        tags,
        body: RefTo(SystemInputSchema),
        response: { 201: Type.Ref(SystemRecordSchema, { headers: ETagHeader }), ...errorResponses(400, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const record = await registry.createSystem(db, principal, actorOf(request), request.body);
      return reply.status(201).header('etag', etagOf(record.version)).send(record);
    },
  );

  app.get(
    '/systems/:id',
    {
      schema: { operationId: 'getSystem', summary: 'One system', tags, params: IdParams, response: { 200: Type.Ref(SystemRecordSchema, { headers: ETagHeader }), ...errorResponses(404) } },
    },
    async (request, reply) => {
      requireUser(request);
      const record = await registry.getSystem(db, request.params.id);
      return reply.header('etag', etagOf(record.version)).send(record);
    },
  );

  app.patch(
    '/systems/:id',
    {
      schema: {
        operationId: 'updateSystem',
        summary: 'Change a system; every change is kept as a new version',
        description: 'Send the ETag of the GET the form was filled from as If-Match: if someone saved meanwhile, the change is refused with 409 VERSION_CONFLICT (details: yours, current) instead of overwriting theirs.',
        tags,
        params: IdParams,
        headers: IfMatchHeaders,
        body: SystemChangesSchema,
        response: { 200: Type.Ref(SystemRecordSchema, { headers: ETagHeader }), ...errorResponses(400, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const { changeNote, ...changes } = request.body;
      const record = await registry.updateSystem(db, principal, actorOf(request), request.params.id, changes, { changeNote, ifMatch: ifMatchVersions(request.headers['if-match']) });
      return reply.header('etag', etagOf(record.version)).send(record);
    },
  );

  app.get(
    '/systems/:id/versions',
    {
      schema: {
        operationId: 'listSystemVersions',
        summary: 'Every saved version of a system',
        tags,
        params: IdParams,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                version: Type.Integer(),
                lifecycle: Type.String(),
                changeNote: Nullable(Type.String()),
                authorLabel: Type.String(),
                createdAt: Type.String({ format: 'date-time' }),
                approved: Type.Boolean(),
              }),
            ),
          }),
          ...errorResponses(404),
        },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: await registry.listVersions(db, request.params.id) };
    },
  );

  app.get(
    '/systems/:id/versions/:version',
    {
      schema: {
        operationId: 'getSystemVersion',
        summary: 'One version of a system, as it was saved',
        tags,
        params: Type.Object({ id: IdParams.properties.id, version: IntegerParam({ minimum: 1 }) }),
        response: {
          200: Type.Object({ version: Type.Integer(), data: Type.Ref(SystemInputSchema), changeNote: Nullable(Type.String()), authorLabel: Type.String(), createdAt: Type.String({ format: 'date-time' }) }),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => {
      requireUser(request);
      return registry.getVersion(db, request.params.id, request.params.version);
    },
  );

  app.get(
    '/systems/:id/diff',
    {
      schema: {
        operationId: 'diffSystemVersions',
        summary: 'Field-by-field comparison of two versions',
        tags,
        params: IdParams,
        querystring: Type.Object({ from: IntegerParam({ minimum: 1 }), to: IntegerParam({ minimum: 1 }) }),
        response: {
          200: Type.Object({ from: Type.Integer(), to: Type.Integer(), changes: Type.Array(Type.Object({ field: Type.String(), before: Type.Unknown(), after: Type.Unknown() })) }),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => {
      requireUser(request);
      return registry.diffVersions(db, request.params.id, request.query.from, request.query.to);
    },
  );

  app.get(
    '/systems/:id/relations',
    {
      schema: { operationId: 'listSystemRelations', summary: 'Relations from and to a system', tags, params: IdParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref(RelationSchema)) }), ...errorResponses(404) } },
    },
    async (request) => {
      requireUser(request);
      const system = await registry.getSystemRow(db, request.params.id);
      return { items: await registry.relationsOf(db, system.id) };
    },
  );

  app.post(
    '/systems/:id/relations',
    {
      schema: {
        operationId: 'addSystemRelation',
        summary: 'Relate a system to another: uses, part_of, replaces, duplicates',
        tags,
        params: IdParams,
        body: Type.Object(
          { toId: Type.String({ minLength: 1, maxLength: 64, description: 'The other system\u2019s id or code' }), type: StringEnum(relationTypes), note: Type.Optional(Type.String({ maxLength: 1000 })) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Ref(RelationSchema), ...errorResponses(400, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return reply.status(201).send(await registry.addRelation(db, principal, actorOf(request), request.params.id, request.body));
    },
  );

  app.delete(
    '/systems/:id/relations/:relationId',
    {
      schema: {
        operationId: 'removeSystemRelation',
        summary: 'Remove a relation the system declared',
        tags,
        params: Type.Object({ id: IdParams.properties.id, relationId: Type.String({ maxLength: 64 }) }),
        response: { 204: Type.Null({ description: 'Removed' }), ...errorResponses(403, 404) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      await registry.removeRelation(db, principal, actorOf(request), request.params.id, request.params.relationId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/systems/:id/graph',
    {
      schema: {
        operationId: 'getSystemGraph',
        summary: 'Dependency graph: what the system uses and what uses it',
        tags,
        params: IdParams,
        querystring: Type.Object({ depth: Type.Integer({ minimum: 1, maximum: 4, default: 2 }) }),
        response: {
          200: Type.Object({
            rootId: Type.String(),
            nodes: Type.Array(
              Type.Object({ id: Type.String(), code: Type.String(), nameVi: Type.String(), kind: Type.String(), ownerAgencyId: Type.String(), lifecycle: Type.String(), errors: Type.Integer(), warnings: Type.Integer() }),
            ),
            edges: Type.Array(Type.Object({ id: Type.String(), fromId: Type.String(), toId: Type.String(), type: Type.String() })),
          }),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => {
      requireUser(request);
      return registry.dependencyGraph(db, request.params.id, request.query.depth);
    },
  );

  app.get(
    '/systems/:id/compliance',
    {
      schema: {
        operationId: 'getSystemCompliance',
        summary: 'Compliance findings of a system, each with its clause and what to do',
        tags,
        params: IdParams,
        response: {
          200: Type.Object({
            systemId: Type.String(),
            result: ComplianceResultSchema,
            errors: Type.Integer({ description: 'Failed rules of severity error' }),
            warnings: Type.Integer({ description: 'Failed rules of severity warning' }),
            waived: Type.Integer({ description: 'Failed rules covered by an exception that holds' }),
            findings: Type.Array(Type.Ref(FindingSchema)),
            waivers: Type.Array(Type.Ref(WaiverSchema), { description: 'Every exception granted to the system, current and expired' }),
          }),
          ...errorResponses(404),
        },
      },
    },
    async (request) => {
      requireUser(request);
      const { system, findings, waivers } = await registry.systemFindings(db, request.params.id);
      const errors = findings.filter((f) => f.outcome === 'fail' && f.severity === 'error').length;
      const warnings = findings.filter((f) => f.outcome === 'fail' && f.severity === 'warning').length;
      const waived = findings.filter((f) => f.outcome === 'waived').length;
      return { systemId: system.id, result: registry.complianceResult({ errors, warnings }), errors, warnings, waived, findings, waivers };
    },
  );

  app.post(
    '/systems/:id/requests',
    {
      schema: {
        operationId: 'submitRegistrationRequest',
        summary: 'Submit the current version for review: establish, put into use, modify or retire',
        description: 'With If-Match, the submit is refused (409 VERSION_CONFLICT) unless the system is still at that version: the reviewer then reviews what the officer saw.',
        tags,
        params: IdParams,
        headers: IfMatchHeaders,
        body: Type.Object({ type: StringEnum(requestTypes), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
        response: { 201: Type.Ref(RequestSchema), ...errorResponses(400, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const submitted = await registry.submitRequest(db, principal, actorOf(request), request.params.id, request.body, { ifMatch: ifMatchVersions(request.headers['if-match']) });
      await tellWorkflow((listener) => listener.requestSubmitted(db, requestEvent(submitted)));
      return reply.status(201).send(submitted);
    },
  );

  app.get(
    '/requests',
    {
      schema: {
        operationId: 'listRegistrationRequests',
        summary: 'Registration requests (reviewers: all; officers: their agency\u2019s)',
        tags,
        querystring: Type.Object({
          status: Type.Optional(StringEnum(requestStatuses)),
          agency: Type.Optional(Type.String({ maxLength: 100 })),
          system: Type.Optional(Type.String({ maxLength: 64 })),
          ...PageQuery,
        }),
        response: { 200: Page(Type.Ref(RequestSchema), 'RegistrationRequestPage'), ...errorResponses(400, 403) },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      const q = request.query;
      return { ...(await registry.listRequests(db, principal, { status: q.status, agency: q.agency, systemId: q.system, limit: q.limit, offset: q.offset })), limit: q.limit, offset: q.offset };
    },
  );

  app.post(
    '/requests/:id/decision',
    {
      schema: {
        operationId: 'decideRegistrationRequest',
        summary: 'Approve, return with comments, or reject a pending request (reviewers)',
        tags,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          {
            decision: StringEnum(['approve', 'return', 'reject'] as const),
            comment: Type.Optional(Type.String({ maxLength: 4000 })),
            waivers: Type.Optional(
              Type.Array(WaiverInputSchema, {
                maxItems: 50,
                description: 'Approving a system that fails rules of severity error: one exception per such rule (reason, expiry date), else 400 WAIVER_REQUIRED listing them',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ request: Type.Ref(RequestSchema), system: Type.Ref(SystemRecordSchema) }), ...errorResponses(400, 403, 404, 409, 415) },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      const decided = await registry.decideRequest(db, principal, actorOf(request), request.params.id, request.body);
      await tellWorkflow((listener) => listener.requestDecided(db, requestEvent(decided.request)));
      return decided;
    },
  );

  app.get(
    '/waivers',
    {
      schema: {
        operationId: 'listComplianceWaivers',
        summary: 'Exceptions to compliance rules across the registry, soonest expiry first',
        tags,
        querystring: Type.Object({
          state: Type.Optional(StringEnum(['active', 'expired'] as const, { description: 'active: holds today; expired: no longer holds' })),
          expiresBefore: Type.Optional(Type.String({ format: 'date', description: 'Only those whose last day is on or before this date (with state=active: about to expire)' })),
          agency: Type.Optional(Type.String({ maxLength: 100, description: 'Owner agency of the system' })),
          ...PageQuery,
        }),
        response: {
          200: Page(Type.Intersect([Type.Ref(WaiverSchema), Type.Object({ system: Type.Object({ code: Type.String(), nameVi: Type.String(), ownerAgencyId: Type.String() }) })]), 'ComplianceWaiverPage'),
          ...errorResponses(400),
        },
      },
    },
    async (request) => {
      requireUser(request);
      await registry.raiseExpiredWaivers(db);
      return { ...(await registry.listWaivers(db, request.query)), limit: request.query.limit, offset: request.query.offset };
    },
  );

  app.get(
    '/rules',
    {
      schema: {
        operationId: 'listComplianceRules',
        summary: 'The compliance rules, each with its clause of Decision 2352/QĐ-UBND',
        tags,
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ id: Type.String(), title: Localised, clause: Type.String(), severity: Type.String(), remedy: Localised })),
          }),
        },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: registry.listRules() };
    },
  );

  const RuleCounts = { pass: Type.Integer(), fail: Type.Integer(), not_applicable: Type.Integer(), not_checkable: Type.Integer(), waived: Type.Integer({ description: 'Systems failing the rule under an exception that holds' }) };
  const Waived = Type.Integer({ description: 'Systems with at least one exception that holds (also counted in failing, warning or passing)' });
  const ComplianceSummary = Type.Object({
    totals: Type.Object({ systems: Type.Integer(), failing: Type.Integer(), warning: Type.Integer(), passing: Type.Integer(), waived: Waived }),
    byRule: Type.Array(Type.Object({ ruleId: Type.String(), title: Localised, clause: Type.String(), severity: Type.String(), ...RuleCounts })),
    byAgency: Type.Array(Type.Object({ agencyId: Type.String(), systems: Type.Integer(), failing: Type.Integer(), warning: Type.Integer(), passing: Type.Integer(), waived: Waived })),
  });

  app.get(
    '/compliance',
    {
      schema: {
        operationId: 'getComplianceSummary',
        summary: 'The province\u2019s compliance at a glance: per rule and per agency',
        tags,
        querystring: Type.Object({ agency: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: ComplianceSummary, ...errorResponses(400) },
      },
    },
    async (request) => {
      requireUser(request);
      return registry.complianceSummary(db, request.query);
    },
  );

  app.post(
    '/compliance/evaluate',
    {
      schema: {
        operationId: 'evaluateCompliance',
        summary: 'Evaluate every rule on every system now (reviewers, administrators)',
        tags,
        response: {
          200: Type.Object({
            systems: Type.Integer(),
            rules: Type.Integer(),
            errors: Type.Integer(),
            warnings: Type.Integer(),
            timings: Type.Object({ loadMs: Type.Number(), evaluateMs: Type.Number(), storeMs: Type.Number(), totalMs: Type.Number() }),
          }),
          ...errorResponses(403),
        },
      },
    },
    async (request) => {
      registryPolicy.require(requireUser(request), 'registry.compliance.evaluate');
      return registry.evaluateAll(db);
    },
  );

  app.get(
    '/agencies/:id',
    {
      schema: {
        operationId: 'getAgencyLandscape',
        summary: 'An agency\u2019s landscape: its systems by layer, compliance and open requests',
        tags,
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: {
          200: Type.Object({
            agency: Type.Unsafe<Awaited<ReturnType<typeof framework.getAgency>>>(Type.Ref('Agency')),
            systems: Type.Array(Type.Ref(SystemRecordSchema)),
            compliance: ComplianceSummary,
          }),
          ...errorResponses(404),
        },
      },
    },
    async (request) => {
      requireUser(request);
      const agency = await framework.getAgency(db, request.params.id);
      const [page, compliance] = await Promise.all([
        registry.listSystems(db, { agency: agency.id, limit: 10_000, offset: 0 }),
        registry.complianceSummary(db, { agency: agency.id }),
      ]);
      return { agency, systems: page.items, compliance };
    },
  );

  const LayerQuery = StringEnum(['I', 'II', 'III', 'IV'] as const, { description: 'Layer of the framework' });
  const CellResult = StringEnum([...complianceResults, 'none'] as const, { description: 'The worst of the cell\u2019s systems; none when none of them has been evaluated' });
  app.get(
    '/landscape/map',
    {
      schema: {
        operationId: 'getIntegrationMap',
        summary: 'The province-wide integration map: systems, their relations and their exchanges by channel (LGSP, NDXP, point to point)',
        description:
          'Filters narrow the systems; an edge is given when both its ends are shown, the others are counted in edgesOutside. Retired systems are left out unless lifecycle=retired. An exchange comes from an interface that names its counterpart system, and runs from the side that consumes to the side that provides.',
        tags,
        querystring: Type.Object({
          layer: Type.Optional(LayerQuery),
          agency: Type.Optional(Type.String({ maxLength: 100, description: 'Owner agency id' })),
          component: Type.Optional(Type.String({ maxLength: 20, description: 'A framework component code the system implements or uses' })),
          lifecycle: Type.Optional(StringEnum(lifecycles)),
        }),
        response: {
          200: Type.Object({
            nodes: Type.Array(
              Type.Object({
                id: Type.String({ format: 'uuid' }),
                code: Type.String(),
                nameVi: Type.String(),
                nameEn: Nullable(Type.String()),
                kind: StringEnum(systemKinds),
                ownerAgencyId: Type.String(),
                layer: Type.String(),
                lifecycle: StringEnum(lifecycles),
                compliance: Nullable(ComplianceResultSchema, { description: 'null until the rules have been evaluated on it' }),
                errors: Type.Integer(),
                warnings: Type.Integer(),
              }),
            ),
            edges: Type.Array(
              Type.Union([
                Type.Object({ kind: Type.Literal('relation'), fromId: Type.String(), toId: Type.String(), type: StringEnum(relationTypes) }),
                Type.Object({
                  kind: Type.Literal('exchange'),
                  fromId: Type.String({ description: 'The side that consumes' }),
                  toId: Type.String({ description: 'The side that provides' }),
                  channel: StringEnum(exchangeChannels, { description: 'lgsp, ndxp, direct (point to point) or internal' }),
                  interfaces: Type.Array(Type.String(), { description: 'Names of the interfaces declaring it' }),
                }),
              ]),
            ),
            edgesOutside: Type.Integer({ description: 'Relations and exchanges of the systems shown with systems the filters leave out (not in edges)' }),
          }),
          ...errorResponses(400),
        },
      },
    },
    async (request) => {
      requireUser(request);
      return integrationMap(db, request.query);
    },
  );

  app.get(
    '/landscape/heatmap',
    {
      schema: {
        operationId: 'getLandscapeHeatMap',
        summary: 'The landscape heat map: framework components by agency, by the compliance of the systems implementing them',
        description: 'Rows: every framework component (of the layer asked); columns: the agencies owning a system that implements one; a cell for each pair with such systems (retired ones left out), from their stored compliance.',
        tags,
        querystring: Type.Object({ layer: Type.Optional(LayerQuery) }),
        response: {
          200: Type.Object({
            components: Type.Array(
              Type.Object({ code: Type.String(), nameVi: Type.String(), nameEn: Type.String(), shortName: Nullable(Type.String()), layer: Type.String(), scope: StringEnum(['national', 'provincial'] as const) }),
            ),
            agencies: Type.Array(Type.Object({ id: Type.String(), nameVi: Type.String(), nameEn: Type.String(), shortName: Nullable(Type.String()) })),
            cells: Type.Array(
              Type.Object({
                componentCode: Type.String(),
                agencyId: Type.String(),
                systems: Type.Integer(),
                failing: Type.Integer(),
                warningsOnly: Type.Integer(),
                passing: Type.Integer(),
                notEvaluated: Type.Integer({ description: 'Systems not evaluated yet: in systems, in none of the three' }),
                result: CellResult,
              }),
            ),
          }),
          ...errorResponses(400),
        },
      },
    },
    async (request) => {
      requireUser(request);
      return heatMap(db, request.query);
    },
  );

  const Share = Nullable(Type.Number({ minimum: 0, maximum: 1 }), { description: 'mapped / total; null without data objects' });
  app.get(
    '/data-mapping',
    {
      schema: {
        operationId: 'getDataMappingConformance',
        summary: 'Conformance to the data dictionary: share of data objects mapped to approved elements, per system and per agency',
        tags,
        querystring: Type.Object({ agency: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: {
          200: Type.Object({
            systems: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), nameVi: Type.String(), ownerAgencyId: Type.String(), total: Type.Integer(), mapped: Type.Integer() })),
            agencies: Type.Array(Type.Object({ agencyId: Type.String(), systems: Type.Integer(), total: Type.Integer(), mapped: Type.Integer(), share: Share })),
            total: Type.Integer(),
            mapped: Type.Integer(),
            share: Share,
          }),
          ...errorResponses(400),
        },
      },
    },
    async (request) => {
      requireUser(request);
      return registry.mappingConformance(db, request.query);
    },
  );
}
