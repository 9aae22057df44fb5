import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errors } from '../errors.js';
import { sendError } from './error-handler.js';
import { routedPath } from './routed-path.js';

/** The built web app (vite build → dist/web), the same folder from src/ and from dist/. */
export const webAppFolder = fileURLToPath(new URL('../../../../dist/web', import.meta.url));

const apiPrefixes = ['/api/', '/dev/', '/healthz', '/metrics'];

/**
 * Serves the single-page app: files as they are, and index.html for every other GET so that
 * client-side routes survive a reload. Unknown API paths get the JSON error shape.
 */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  const hasBuild = existsSync(`${webAppFolder}/index.html`);
  if (hasBuild) {
    await app.register(fastifyStatic, { root: webAppFolder, wildcard: false, index: false });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = routedPath(request);
    const isApi = apiPrefixes.some((prefix) => path.startsWith(prefix));
    if (!isApi && hasBuild && (request.method === 'GET' || request.method === 'HEAD')) {
      // The shell itself is not cached, so a new deploy is picked up at the next load.
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    }
    return sendError(request, reply, errors.notFound());
  });
}
