import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errors } from '../errors.js';
import { sendError } from './error-handler.js';
import { routedPath } from './routed-path.js';

/** The built web app (vite build → dist/web), the same folder from src/ and from dist/. */
export const webAppFolder = fileURLToPath(new URL('../../../../dist/web', import.meta.url));

const apiPrefixes = ['/api/', '/dev/', '/healthz', '/metrics'];

/** Files under /assets/ carry a content hash in their name: a new build gets new names. */
const immutableCache = 'public, max-age=31536000, immutable';

/**
 * Serves the single-page app: files as they are, and index.html for every other GET so that
 * client-side routes survive a reload. Unknown API paths get the JSON error shape.
 * Hashed assets are cached for a year; everything else (index.html) is revalidated on each
 * load, so a new deploy is picked up at once. The brotli or gzip copy made at build time
 * (scripts/vite-precompress.ts) is sent when the browser accepts it.
 */
export async function registerWebApp(
  app: FastifyInstance,
  folder: string = webAppFolder,
): Promise<void> {
  const hasBuild = existsSync(`${folder}/index.html`);
  if (hasBuild) {
    const assetsFolder = path.join(folder, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: folder,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, filePath) => {
        response.setHeader(
          'cache-control',
          filePath.startsWith(assetsFolder) ? immutableCache : 'no-cache',
        );
        // Caches between here and the browser must keep the encodings apart.
        response.setHeader('vary', 'accept-encoding');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const routePath = routedPath(request);
    // A missing asset (an old build's name) is a 404, not the shell: a script tag would
    // otherwise get HTML and fail on its MIME type.
    const isApi = [...apiPrefixes, '/assets/'].some((prefix) => routePath.startsWith(prefix));
    if (!isApi && hasBuild && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.sendFile('index.html');
    }
    return sendError(request, reply, errors.notFound());
  });
}
