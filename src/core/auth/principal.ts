import type { FastifyRequest } from 'fastify';
import type { Role } from '../schema.js';
import { errors } from '../errors.js';
import type { Actor } from '../audit.js';

/** Who is calling: a user through a browser session, or a machine client through an API token. */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  via: 'session' | 'token';
  tokenId?: string;
  csrfToken?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export function requireUser(request: FastifyRequest): Principal {
  if (!request.principal) throw errors.unauthenticated();
  return request.principal;
}

export function actorOf(request: FastifyRequest): Actor {
  const principal = request.principal;
  return {
    id: principal?.userId ?? null,
    label: principal ? (principal.via === 'token' ? `${principal.email} (API token)` : principal.email) : 'anonymous',
    requestId: request.id,
  };
}
