import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import { calendarFeedParamsSchema, calendarFeedStatusSchema } from '../../../contracts/tasks.js';
import { errors } from '../../platform/errors.js';
import type { TasksUseCases } from './tasks.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const tags = ['tasks'];

/**
 * The iCal feed of tasks (SPEC.md §2.7): Instellingen shows and renews the user's secret URL;
 * calendar apps read `/api/calendar/<token>.ics` without a session, limited per client IP like
 * the other routes without one.
 */
export async function tasksCalendarRoutes(
  app: FastifyInstance,
  options: { tasks: TasksUseCases; perIpPerMinute: number },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { tasks } = options;

  routes.get(
    '/api/tasks/calendar',
    {
      config: { permission: 'tasks.work' },
      schema: {
        tags,
        summary: 'Whether the user has an iCal feed URL, and since when',
        response: { 200: calendarFeedStatusSchema, ...refusals },
      },
    },
    async (request) => tasks.calendarFeedStatus(await request.requireActor('tasks.work')),
  );

  routes.post(
    '/api/tasks/calendar',
    {
      config: { permission: 'tasks.work' },
      schema: {
        tags,
        summary: 'A new secret iCal feed URL (shown once); the old one stops working (audited)',
        response: { 200: calendarFeedStatusSchema, ...refusals },
      },
    },
    async (request) => tasks.newCalendarUrl(await request.requireActor('tasks.work')),
  );

  routes.get(
    '/api/calendar/:file',
    {
      config: {
        rateLimit: {
          max: options.perIpPerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => request.ip,
        },
      },
      schema: {
        tags,
        summary: 'The iCal feed of open tasks, for calendar apps: no session, the token is the key',
        params: calendarFeedParamsSchema,
        response: { 200: z.string(), 404: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const token = /^(.+)\.ics$/.exec(request.params.file)?.[1];
      if (token === undefined) throw errors.notFound();
      const calendar = await tasks.calendarOf(token);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="taken.ics"')
        .send(calendar);
    },
  );
}
