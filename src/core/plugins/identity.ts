import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { AppError, errors } from '../errors.js';
import { principalFromSession, principalFromToken } from '../auth/service.js';
import { SESSION_COOKIE } from '../auth/routes.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who is calling, on every request: a bearer API token, or the session cookie (which then needs a CSRF token to change anything). */
export const identityPlugin = fp(
  async (app) => {
    app.decorateRequest('principal', null);
    app.addHook('onRequest', async (request) => {
      const { db } = app.ctx;
      const authorization = request.headers.authorization;
      if (authorization) {
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        const principal = match?.[1] ? await principalFromToken(db, match[1]) : null;
        if (!principal) {
          throw new AppError(401, 'INVALID_TOKEN', 'Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.', 'The API token is not valid, has expired or was revoked.');
        }
        request.principal = principal;
        return;
      }
      const cookieValue = request.cookies[SESSION_COOKIE];
      if (!cookieValue) return;
      const principal = await principalFromSession(db, cookieValue);
      if (!principal) return; // an expired session reads as anonymous
      if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== principal.csrfToken && !isLogin(request)) {
        throw errors.csrf();
      }
      request.principal = principal;
    });
  },
  { name: 'kientruc-identity', dependencies: ['kientruc-security'] },
);

function isLogin(request: FastifyRequest): boolean {
  return request.url === '/api/v1/auth/login';
}
