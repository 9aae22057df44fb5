import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/**
 * OpenAPI generated from the routes' Zod schemas (`app.swagger()`), published as JSON at
 * /api/openapi.json with a UI at /api/docs when `publish` (API_DOCS; off in production by default:
 * the map of every operation is no business of an anonymous visitor).
 */
export async function registerOpenApi(
  app: FastifyInstance,
  version: string,
  options: { publish: boolean },
): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Verzuim API',
        description:
          'Absence management for employers and their occupational health service. Every error answers `{ error: { code, message, fields? } }`.',
        version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'verzuim_session' },
          // The REST API v1: a token of POST /api/v1/oauth/token (client credentials).
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  if (!options.publish) return;
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
