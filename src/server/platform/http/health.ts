import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/connection.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
});

/** Liveness and readiness in one: ok only when the database answers. */
export async function healthRoutes(
  app: FastifyInstance,
  options: { database: Database },
): Promise<void> {
  app.get(
    '/healthz',
    { schema: { tags: ['operations'], response: { 200: healthSchema, 503: healthSchema } } },
    async (_request, reply) => {
      try {
        await options.database.sql.query('select 1');
        return { status: 'ok' as const, database: options.database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: options.database.kind });
      }
    },
  );
}
