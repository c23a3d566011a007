import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Localised, Page, PageQuery, StringEnum, Nullable } from '../../core/http.js';
import { actorOf, requireUser } from '../../core/auth/principal.js';
import * as framework from './service.js';
import { agencyKinds, componentScopes, taskPriorities, taskStatuses } from './schema.js';

const literals = <T extends readonly string[]>(values: T, description?: string) => StringEnum(values, description ? { description } : {});


const ComponentSchema = Type.Object(
  {
    code: Type.String({ description: 'Clause-style code, e.g. II.2(1)' }),
    layer: Type.String(),
    scope: literals(componentScopes, 'national: shared across the political system; provincial: of the province'),
    position: Type.Integer(),
    group: Nullable(Localised),
    name: Localised,
    shortName: Nullable(Type.String()),
    description: Localised,
    clause: Type.String(),
    legalBasis: Type.Array(Type.String()),
  },
  { $id: 'FrameworkComponent', title: 'FrameworkComponent' },
);

const FrameworkSchema = Type.Object(
  {
    source: Type.Object({ number: Type.String(), date: Type.String(), issuer: Type.String(), title: Localised }),
    layers: Type.Array(
      Type.Object({
        code: Type.String(),
        position: Type.Integer(),
        name: Localised,
        description: Localised,
        scopes: Type.Array(
          Type.Object({ scope: literals(componentScopes), title: Localised, components: Type.Array(Type.Ref(ComponentSchema)) }),
        ),
      }),
    ),
    principles: Type.Array(Type.Object({ code: Type.String(), clause: Type.String(), text: Localised })),
  },
  { title: 'Framework' },
);

const AgencySchema = Type.Object(
  {
    id: Type.String(),
    kind: literals(agencyKinds),
    name: Localised,
    shortName: Nullable(Type.String()),
    parentId: Nullable(Type.String()),
    adminUnitCode: Nullable(Type.String({ description: 'Official code of the administrative unit (communes and the province)' })),
    namedInDecision: Type.Boolean(),
    clauses: Type.Array(Type.String()),
  },
  { $id: 'Agency', title: 'Agency' },
);

const AdminUnitSchema = Type.Object(
  {
    code: Type.String({ description: 'Official code of the General Statistics Office' }),
    level: literals(['province', 'commune'] as const),
    type: Localised,
    name: Localised,
    fullName: Localised,
    provinceCode: Nullable(Type.String()),
  },
  { $id: 'AdminUnit', title: 'AdminUnit' },
);

const UnitRefSchema = Type.Object({
  text: Type.String({ description: 'As the decision words it' }),
  agencies: Type.Array(Type.String()),
  groups: Type.Array(Type.String({ description: 'departments, communes, ministries, relevant-units' })),
});

const TaskSchema = Type.Object(
  {
    code: Type.String({ description: 'Group and number, e.g. IV.1' }),
    group: Type.String(),
    position: Type.Integer(),
    title: Localised,
    lead: UnitRefSchema,
    coordinating: UnitRefSchema,
    period: Type.Object({ from: Type.Integer(), to: Type.Integer() }),
    priority: literals(taskPriorities),
    priorityText: Type.String(),
    status: literals(taskStatuses),
    statusUpdatedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'RoadmapTask', title: 'RoadmapTask' },
);

const ProgressSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    taskCode: Type.String(),
    status: literals(taskStatuses),
    note: Type.String(),
    reportedOn: Type.String({ format: 'date' }),
    authorId: Nullable(Type.String()),
    authorLabel: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'RoadmapProgress', title: 'RoadmapProgress' },
);

/** Shared schemas, added once at the root so the OpenAPI document names them. */
export const frameworkSchemas = [ComponentSchema, AgencySchema, AdminUnitSchema, TaskSchema, ProgressSchema];

const Query = Type.Optional(Type.String({ maxLength: 200, description: 'Search text; Vietnamese diacritics are ignored' }));

export async function frameworkRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;

  app.get(
    '/framework',
    {
      schema: {
        operationId: 'getFramework',
        summary: 'The framework: four layers, national and provincial components, principles',
        tags: ['framework'],
        security: [],
        response: { 200: FrameworkSchema },
      },
    },
    async () => framework.getFramework(db),
  );

  app.get(
    '/framework/components',
    {
      schema: {
        operationId: 'listFrameworkComponents',
        summary: 'Framework components, filtered',
        tags: ['framework'],
        security: [],
        querystring: Type.Object({ layer: Type.Optional(Type.String({ maxLength: 10 })), scope: Type.Optional(literals(componentScopes)), q: Query }),
        response: { 200: Type.Object({ items: Type.Array(Type.Ref(ComponentSchema)) }), ...errorResponses(400) },
      },
    },
    async (request) => ({ items: await framework.listComponents(db, request.query) }),
  );

  app.get(
    '/framework/components/:code',
    {
      schema: {
        operationId: 'getFrameworkComponent',
        summary: 'One framework component',
        tags: ['framework'],
        security: [],
        params: Type.Object({ code: Type.String({ maxLength: 50 }) }),
        response: { 200: Type.Ref(ComponentSchema), ...errorResponses(404) },
      },
    },
    async (request) => framework.getComponent(db, request.params.code),
  );

  app.get(
    '/agencies',
    {
      schema: {
        operationId: 'listAgencies',
        summary: 'Agencies: departments, provincial bodies and the commune-level People\u2019s Committees',
        tags: ['agencies'],
        security: [],
        querystring: Type.Object({
          kind: Type.Optional(literals(agencyKinds)),
          namedInDecision: Type.Optional(Type.Boolean()),
          q: Query,
          ...PageQuery,
        }),
        response: { 200: Page(Type.Ref(AgencySchema), 'AgencyPage'), ...errorResponses(400) },
      },
    },
    async (request) => ({ ...(await framework.listAgencies(db, request.query)), limit: request.query.limit, offset: request.query.offset }),
  );

  app.get(
    '/agencies/:id',
    {
      schema: {
        operationId: 'getAgency',
        summary: 'One agency',
        tags: ['agencies'],
        security: [],
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: { 200: Type.Ref(AgencySchema), ...errorResponses(404) },
      },
    },
    async (request) => framework.getAgency(db, request.params.id),
  );

  app.get(
    '/admin-units',
    {
      schema: {
        operationId: 'listAdminUnits',
        summary: 'Administrative units of Viet Nam (34 provinces, 3,321 communes); province=33 gives Hưng Yên',
        tags: ['agencies'],
        security: [],
        querystring: Type.Object({
          province: Type.Optional(Type.String({ maxLength: 10, description: 'Province code; 33 is Hưng Yên' })),
          level: Type.Optional(literals(['province', 'commune'] as const)),
          q: Query,
          ...PageQuery,
        }),
        response: { 200: Page(Type.Ref(AdminUnitSchema), 'AdminUnitPage'), ...errorResponses(400) },
      },
    },
    async (request) => ({ ...(await framework.listAdminUnits(db, request.query)), limit: request.query.limit, offset: request.query.offset }),
  );

  app.get(
    '/admin-units/:code',
    {
      schema: {
        operationId: 'getAdminUnit',
        summary: 'One administrative unit',
        tags: ['agencies'],
        security: [],
        params: Type.Object({ code: Type.String({ maxLength: 10 }) }),
        response: { 200: Type.Ref(AdminUnitSchema), ...errorResponses(404) },
      },
    },
    async (request) => framework.getAdminUnit(db, request.params.code),
  );

  app.get(
    '/roadmap/groups',
    {
      schema: {
        operationId: 'listRoadmapGroups',
        summary: 'Task groups I–VII of the roadmap',
        tags: ['roadmap'],
        security: [],
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Localised })) }) },
      },
    },
    async () => ({ items: await framework.listRoadmapGroups(db) }),
  );

  app.get(
    '/roadmap/tasks',
    {
      schema: {
        operationId: 'listRoadmapTasks',
        summary: 'Roadmap tasks (section 2.1), filtered by group, lead unit, status, priority, year',
        tags: ['roadmap'],
        security: [],
        querystring: Type.Object({
          group: Type.Optional(Type.String({ maxLength: 10 })),
          lead: Type.Optional(Type.String({ maxLength: 100, description: 'Agency id among the lead units' })),
          leadGroup: Type.Optional(Type.String({ maxLength: 50, description: 'departments, communes, ministries, relevant-units' })),
          status: Type.Optional(literals(taskStatuses)),
          priority: Type.Optional(literals(taskPriorities)),
          year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'A year within the task period' })),
          q: Query,
          ...PageQuery,
        }),
        response: { 200: Page(Type.Ref(TaskSchema), 'RoadmapTaskPage'), ...errorResponses(400) },
      },
    },
    async (request) => ({ ...(await framework.listRoadmapTasks(db, request.query)), limit: request.query.limit, offset: request.query.offset }),
  );

  app.get(
    '/roadmap/tasks/:code',
    {
      schema: {
        operationId: 'getRoadmapTask',
        summary: 'One roadmap task with its progress history',
        tags: ['roadmap'],
        security: [],
        params: Type.Object({ code: Type.String({ maxLength: 20 }) }),
        response: {
          200: Type.Intersect([Type.Ref(TaskSchema), Type.Object({ progress: Type.Array(Type.Ref(ProgressSchema)) })]),
          ...errorResponses(404),
        },
      },
    },
    async (request) => framework.getRoadmapTask(db, request.params.code),
  );

  app.post(
    '/roadmap/tasks/:code/progress',
    {
      schema: {
        operationId: 'reportRoadmapProgress',
        summary: 'Report progress: a new status with a dated note (lead unit, reviewers, administrators)',
        tags: ['roadmap'],
        params: Type.Object({ code: Type.String({ maxLength: 20 }) }),
        body: Type.Object(
          {
            status: literals(taskStatuses),
            note: Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S' }),
            reportedOn: Type.String({ format: 'date', description: 'The date the progress refers to (YYYY-MM-DD)' }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ task: Type.Ref(TaskSchema), entry: Type.Ref(ProgressSchema) }),
          ...errorResponses(400, 401, 403, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const result = await framework.reportProgress(db, principal, actorOf(request), request.params.code, request.body);
      return reply.status(201).send(result);
    },
  );
}
