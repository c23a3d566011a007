import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { errorResponses, Page, PageQuery, StringEnum, Nullable } from '../http.js';
import { errors } from '../errors.js';
import { roles } from '../schema.js';
import { actorOf, requireUser, type Principal } from './principal.js';
import { corePolicy } from './access.js';
import type { Scope } from '../access.js';
import * as auth from './service.js';
import { OidcLogin, safeReturnTo } from './oidc.js';

export const SESSION_COOKIE = 'kt_session';

const RoleSchema = StringEnum(roles, { description: 'admin, reviewer, officer (scoped to one agency) or viewer' });

export const UserSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    agencyId: Nullable(Type.String()),
    active: Type.Boolean(),
    hasPassword: Type.Boolean(),
    oidcIssuer: Nullable(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
    lastLoginAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'User', title: 'User' },
);

export const authSchemas = [UserSchema];

const TokenSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    prefix: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    expiresAt: Nullable(Type.String({ format: 'date-time' })),
    lastUsedAt: Nullable(Type.String({ format: 'date-time' })),
    revokedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { title: 'ApiToken' },
);

const Email = Type.String({ minLength: 3, maxLength: 320, pattern: '^[^\\s@]+@[^\\s@]+$' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Password = Type.String({ minLength: 1, maxLength: 256 });
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

const MeSchema = Type.Object({
  user: Type.Ref(UserSchema),
  via: Type.Union([Type.Literal('session'), Type.Literal('token')]),
  csrfToken: Nullable(Type.String(), { description: 'Send as X-CSRF-Token on every change made with the session cookie' }),
  rights: Type.Record(Type.String(), Type.Union([Type.Literal('all'), Type.Literal('own_agency'), Type.Literal('none')]), {
    description: 'What the caller may do, by right (e.g. "registry.system.edit"): on every record, on their own agency\'s, or not at all. The server checks again on every call.',
  }),
});

/** What GET /auth/me says: the caller, or no one (an anonymous visitor, an expired session), with what they may do. */
const SessionSchema = Type.Object({
  user: Nullable(Type.Ref(UserSchema), { description: 'null for an anonymous visitor or an expired session' }),
  via: Type.Union([Type.Literal('session'), Type.Literal('token'), Type.Null()]),
  csrfToken: Nullable(Type.String(), { description: 'Send as X-CSRF-Token on every change made with the session cookie' }),
  rights: MeSchema.properties.rights,
});

const NewUserBody = Type.Object(
  {
    email: Email,
    name: Name,
    role: RoleSchema,
    agencyId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    password: Type.Optional(Password),
  },
  { additionalProperties: false },
);

const UserChangesBody = Type.Object(
  {
    name: Type.Optional(Name),
    role: Type.Optional(RoleSchema),
    agencyId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db, config } = app.ctx;
  const secureCookie = config.publicUrl.startsWith('https://');
  const oidcLogin = config.oidc ? new OidcLogin(config.oidc, `${config.publicUrl}/api/v1/auth/oidc/callback`) : undefined;

  function setSessionCookie(reply: FastifyReply, value: string, expiresAt: Date): void {
    reply.setCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: secureCookie, path: '/', expires: expiresAt });
  }
  // Every right of core and of the modules served, so the web app shows only what the caller may do.
  const rightsOf = (principal: Principal | null): Record<string, Scope> =>
    Object.assign(corePolicy.describe(principal), ...app.ctx.modules.map((m) => m.policy?.describe(principal) ?? {}));
  const client = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] });

  app.post(
    '/api/v1/auth/login',
    {
      config: config.loginRateLimitPerMinute > 0 ? { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: 60_000 } } : {},
      schema: {
        operationId: 'login',
        summary: 'Log in with e-mail and password',
        description: 'Opens a session: sets the httpOnly session cookie and returns the CSRF token to send with changes.',
        tags: ['auth'],
        security: [],
        body: Type.Object({ email: Email, password: Password }, { additionalProperties: false }),
        response: { 200: MeSchema, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const user = await auth.authenticatePassword(db, request.body.email, request.body.password);
      const session = await auth.openSession(db, user, config.sessionTtlHours, client(request));
      setSessionCookie(reply, session.cookieValue, session.expiresAt);
      request.principal = { userId: user.id, email: user.email, name: user.name, role: user.role, agencyId: user.agencyId, via: 'session' };
      return { user: auth.publicUser(user), via: 'session' as const, csrfToken: session.csrfToken, rights: rightsOf(request.principal) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        operationId: 'logout',
        summary: 'Close the current session',
        tags: ['auth'],
        response: { 204: Type.Null({ description: 'Logged out' }), ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await auth.closeSession(db, cookie);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        operationId: 'getMe',
        summary: 'Who am I: the logged-in user (or none) with the CSRF token and my rights',
        description: 'Answers 200 for anyone, with user null when no one is logged in, so a page can ask without an error.',
        tags: ['auth'],
        security: [],
        response: { 200: SessionSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      const user = principal ? await auth.findUser(db, principal.userId) : undefined;
      if (!principal || !user) return { user: null, via: null, csrfToken: null, rights: rightsOf(null) };
      return { user: auth.publicUser(user), via: principal.via, csrfToken: principal.csrfToken ?? null, rights: rightsOf(principal) };
    },
  );

  app.get(
    '/api/v1/auth/providers',
    {
      schema: {
        operationId: 'listLoginProviders',
        summary: 'Ways to log in',
        tags: ['auth'],
        security: [],
        response: {
          200: Type.Object({
            local: Type.Boolean(),
            oidc: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), loginUrl: Type.String() })),
          }),
        },
      },
    },
    async () => ({
      local: true,
      oidc: oidcLogin ? [{ id: 'oidc', name: oidcLogin.displayName, loginUrl: '/api/v1/auth/oidc/login' }] : [],
    }),
  );

  app.get(
    '/api/v1/auth/oidc/login',
    {
      schema: {
        operationId: 'startOidcLogin',
        summary: 'Start an OpenID Connect login (redirects to the provider)',
        tags: ['auth'],
        security: [],
        querystring: Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 302: Type.Null({ description: 'Redirect to the identity provider' }), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      if (!oidcLogin) throw oidcNotConfigured();
      const url = await oidcLogin.start(db, safeReturnTo(request.query.returnTo));
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    {
      schema: {
        operationId: 'finishOidcLogin',
        summary: 'OpenID Connect redirect URI: opens a session and returns to the app',
        tags: ['auth'],
        security: [],
        querystring: Type.Object({
          code: Type.Optional(Type.String({ maxLength: 4096 })),
          state: Type.Optional(Type.String({ maxLength: 512 })),
          iss: Type.Optional(Type.String({ maxLength: 2048 })),
          error: Type.Optional(Type.String({ maxLength: 512 })),
          error_description: Type.Optional(Type.String({ maxLength: 2048 })),
          session_state: Type.Optional(Type.String({ maxLength: 2048 })),
        }),
        response: { 302: Type.Null({ description: 'Back to the app, logged in' }), ...errorResponses(400, 403, 404) },
      },
    },
    async (request, reply) => {
      if (!oidcLogin) throw oidcNotConfigured();
      const callbackUrl = new URL(request.url, config.publicUrl);
      const { claims, returnTo } = await oidcLogin.finish(db, callbackUrl);
      const user = await auth.userForOidcLogin(db, claims, config.oidc?.defaultRole ?? 'viewer');
      if (!user.active) throw errors.forbidden('Tài khoản đã bị khóa.', 'This account is disabled.');
      const session = await auth.openSession(db, user, config.sessionTtlHours, client(request));
      setSessionCookie(reply, session.cookieValue, session.expiresAt);
      return reply.redirect(returnTo, 302);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        operationId: 'changeOwnPassword',
        summary: 'Change my password',
        tags: ['auth'],
        body: Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false }),
        response: { 204: Type.Null({ description: 'Changed; other sessions are closed' }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const user = await auth.authenticatePassword(db, principal.email, request.body.currentPassword);
      await auth.updateUser(db, actorOf(request), user.id, { password: request.body.newPassword }, app.ctx.agencyExists);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    {
      schema: {
        operationId: 'listMyApiTokens',
        summary: 'My API tokens (for machine clients)',
        tags: ['auth'],
        response: { 200: Type.Object({ items: Type.Array(TokenSchema) }), ...errorResponses(401) },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      return { items: (await auth.listApiTokens(db, principal.userId)).map(auth.publicToken) };
    },
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        operationId: 'createApiToken',
        summary: 'Create an API token; the secret is shown only in this response',
        tags: ['auth'],
        body: Type.Object(
          { name: Name, expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ token: Type.String({ description: 'Send as Authorization: Bearer <token>' }), item: TokenSchema }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      if (principal.via === 'token') {
        throw errors.forbidden('Không thể dùng mã truy cập để tạo mã truy cập mới.', 'An API token cannot create other API tokens.');
      }
      const { token, row } = await auth.createApiToken(db, actorOf(request), principal.userId, request.body.name, request.body.expiresInDays);
      return reply.status(201).send({ token, item: auth.publicToken(row) });
    },
  );

  app.delete(
    '/api/v1/auth/tokens/:id',
    {
      schema: {
        operationId: 'revokeApiToken',
        summary: 'Revoke one of my API tokens',
        tags: ['auth'],
        params: IdParams,
        response: { 204: Type.Null({ description: 'Revoked' }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      await auth.revokeApiToken(db, actorOf(request), principal.userId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/users',
    {
      schema: {
        operationId: 'listUsers',
        summary: 'List user accounts (administrators)',
        tags: ['users'],
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          role: Type.Optional(RoleSchema),
          agencyId: Type.Optional(Type.String({ maxLength: 100 })),
          ...PageQuery,
        }),
        response: { 200: Page(Type.Ref(UserSchema), 'UserPage'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      corePolicy.require(requireUser(request), 'users.manage');
      const { items, total } = await auth.listUsers(db, request.query);
      return { items: items.map(auth.publicUser), total, limit: request.query.limit, offset: request.query.offset };
    },
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        operationId: 'createUser',
        summary: 'Create a user account (administrators)',
        tags: ['users'],
        body: NewUserBody,
        response: { 201: Type.Ref(UserSchema), ...errorResponses(400, 401, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      corePolicy.require(requireUser(request), 'users.manage');
      const user = await auth.createUser(db, actorOf(request), request.body, app.ctx.agencyExists);
      return reply.status(201).send(auth.publicUser(user));
    },
  );

  app.get(
    '/api/v1/users/:id',
    {
      schema: {
        operationId: 'getUser',
        summary: 'One user account (administrators)',
        tags: ['users'],
        params: IdParams,
        response: { 200: Type.Ref(UserSchema), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      corePolicy.require(requireUser(request), 'users.manage');
      const user = await auth.findUser(db, request.params.id);
      if (!user) throw errors.notFound({ vi: 'người dùng', en: 'user' }, request.params.id);
      return auth.publicUser(user);
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        summary: 'Change a user: name, role, agency, active, password (administrators)',
        tags: ['users'],
        params: IdParams,
        body: UserChangesBody,
        response: { 200: Type.Ref(UserSchema), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => {
      corePolicy.require(requireUser(request), 'users.manage');
      const user = await auth.updateUser(db, actorOf(request), request.params.id, request.body, app.ctx.agencyExists);
      return auth.publicUser(user);
    },
  );
}

function oidcNotConfigured() {
  return errors.notFound({ vi: 'cấu hình đăng nhập OpenID Connect', en: 'OpenID Connect login configuration' }, 'oidc');
}

