import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import compress from '@fastify/compress';
import { AppError } from '../errors.js';

/** Compression, cookies, rate limits per address and the security headers (with the Content-Security-Policy). */
export const securityPlugin = fp(
  async (app) => {
    const { config } = app.ctx;
    await app.register(compress, { threshold: 2048 });
    await app.register(cookie);
    if (config.rateLimitPerMinute > 0) {
      await app.register(rateLimit, {
        max: config.rateLimitPerMinute,
        timeWindow: 60_000,
        errorResponseBuilder: (_request, context) =>
          new AppError(429, 'RATE_LIMITED', `Quá nhiều yêu cầu; hãy thử lại sau ${context.after}.`, `Too many requests; try again in ${context.after}.`),
      });
    }
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    });
  },
  { name: 'kientruc-security' },
);
