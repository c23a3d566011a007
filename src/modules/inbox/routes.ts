import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Localised, PageQuery, StringEnum, Nullable } from '../../core/http.js';
import { requireUser } from '../../core/auth/principal.js';
import { inboxPolicy } from './access.js';
import { inboxSettings } from './settings.js';
import { listNotifications, markRead, workItems, workKinds } from './service.js';

const tags = ['inbox'];

const WorkItemSchema = Type.Object(
  {
    kind: StringEnum(workKinds),
    title: Localised,
    link: Type.String({ description: 'The page of the web app where it is done' }),
    agencyId: Nullable(Type.String()),
    since: Type.String({ format: 'date-time' }),
    dueAt: Nullable(Type.String({ format: 'date-time' }), { description: 'When a decision is due: REVIEW_DUE_WORKING_DAYS working days after it was asked for' }),
    overdue: Type.Boolean(),
  },
  { $id: 'WorkItem' },
);

const Counts = {
  total: Type.Integer({ description: 'Work items in all (the list holds at most 200 of each kind)' }),
  overdue: Type.Integer(),
  byKind: Type.Record(Type.String(), Type.Integer()),
  unreadNotifications: Type.Integer(),
};

export const inboxSchemas = [WorkItemSchema];

export async function inboxRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.ctx;
  const settings = inboxSettings.of(app.ctx);

  app.get(
    '',
    {
      schema: {
        operationId: 'getInbox',
        summary: 'My work: requests to decide (with due dates), returned registrations, dictionary objects to review',
        tags,
        response: { 200: Type.Object({ items: Type.Array(Type.Ref(WorkItemSchema)), ...Counts }), ...errorResponses(401) },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      inboxPolicy.require(principal, 'inbox.read');
      const [work, notices] = await Promise.all([workItems(db, principal, { dueWorkingDays: settings.reviewDueWorkingDays, waiverNoticeDays: settings.waiverNoticeDays }), listNotifications(db, principal.userId, { unread: true, limit: 1, offset: 0 })]);
      return { ...work, unreadNotifications: notices.unread };
    },
  );

  app.get(
    '/counts',
    {
      schema: {
        operationId: 'getInboxCounts',
        summary: 'How much work is waiting, for the header',
        tags,
        response: { 200: Type.Object(Counts), ...errorResponses(401) },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      inboxPolicy.require(principal, 'inbox.read');
      const [work, notices] = await Promise.all([workItems(db, principal, { dueWorkingDays: settings.reviewDueWorkingDays, waiverNoticeDays: settings.waiverNoticeDays }), listNotifications(db, principal.userId, { unread: true, limit: 1, offset: 0 })]);
      return { total: work.total, overdue: work.overdue, byKind: work.byKind, unreadNotifications: notices.unread };
    },
  );

  app.get(
    '/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        summary: 'What happened to my requests and what I am asked to do, newest first',
        tags,
        querystring: Type.Object({ unread: Type.Optional(Type.Boolean()), ...PageQuery }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                kind: Type.String(),
                title: Localised,
                link: Type.String(),
                createdAt: Type.String({ format: 'date-time' }),
                readAt: Nullable(Type.String({ format: 'date-time' })),
                emailed: Type.Boolean(),
              }),
            ),
            total: Type.Integer(),
            unread: Type.Integer(),
            limit: Type.Integer(),
            offset: Type.Integer(),
          }),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      return { ...(await listNotifications(db, principal.userId, request.query)), limit: request.query.limit, offset: request.query.offset };
    },
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        operationId: 'markNotificationsRead',
        summary: 'Mark my notifications read',
        tags,
        body: Type.Object({ ids: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 500 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ marked: Type.Integer() }), ...errorResponses(400, 401, 413, 415) },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      return { marked: await markRead(db, principal.userId, request.body.ids) };
    },
  );
}
