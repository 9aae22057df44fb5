import type { FastifyReply } from 'fastify';
import { errorResponseSchema } from '../../../contracts/common.js';
import type { ApiAnswer } from './integration.context.js';

/**
 * What an `/api/v1` write may refuse with: bad input, no or a revoked token, a missing scope, an
 * unknown resource, a conflict (the employer's mode, a concurrent write), a reused
 * Idempotency-Key, the client's rate limit.
 */
export const apiWriteRefusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
  429: errorResponseSchema,
};

/** Sends an `/api/v1` write's answer; a replay of an Idempotency-Key's first answer says so. */
export function sendApiAnswer<T>(reply: FastifyReply, answer: ApiAnswer<T>): FastifyReply {
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  return reply.code(answer.statusCode).send(answer.body);
}
