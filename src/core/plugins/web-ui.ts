import fs from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

/** Files of the built web app: answered from disk, 404 when missing, and not worth a line in the access log. */
export const STATIC_EXTENSIONS = /\.(js|mjs|css|map|json|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|txt|xml|webmanifest|geojson)$/i;

export function isStaticAsset(urlPath: string): boolean {
  return !urlPath.startsWith('/api/') && (urlPath.startsWith('/assets/') || STATIC_EXTENSIONS.test(urlPath));
}

/** The built React app, with every non-API path answered by index.html so deep links work. */
export const webUiPlugin = fp(
  async (app) => {
    const webDir = app.ctx.config.webDir;
    const index = path.join(webDir, 'index.html');
    if (!fs.existsSync(index)) {
      app.log.warn({ webDir }, 'web UI not built: run npm run build');
      return;
    }
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: ['index.html'] });
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const urlPath = request.url.split('?')[0] ?? '/';
      // A missing asset is a 404; any other path is a page of the app ("/roadmap/IV.1" included).
      if (urlPath.startsWith('/api/') || isStaticAsset(urlPath)) {
        const body = { code: 'ROUTE_NOT_FOUND', message: { vi: `Không có đường dẫn ${urlPath}.`, en: `There is no route ${urlPath}.` } };
        return reply.status(404).send(body);
      }
      return reply.type('text/html').sendFile('index.html');
    });
  },
  { name: 'kientruc-web-ui' },
);
