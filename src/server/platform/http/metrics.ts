import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Database } from '../../db/connection.js';
import { errors } from '../errors.js';

/** Compared as hashes, so neither the length nor a prefix of the token leaks through timing. */
function bearerMatches(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header), digest(`Bearer ${token}`));
}

/**
 * Prometheus metrics at /metrics: process defaults, request durations by route and status, and
 * the statements sent to the database (`database.roundTrips()`; bench:load divides its growth by
 * the requests of a run). Not served when disabled (production without METRICS_TOKEN); with a
 * token, only to a request that carries it as `Authorization: Bearer <token>`.
 */
export function registerMetrics(
  app: FastifyInstance,
  database: Database,
  access: { enabled: boolean; token: string | undefined },
): void {
  if (!access.enabled) return;
  const { token } = access;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  let roundTripsSeen = 0;
  new Counter({
    name: 'db_round_trips_total',
    help: 'Statements sent to the database (each one a round trip), BEGIN and COMMIT included',
    registers: [registry],
    collect() {
      const now = database.roundTrips();
      this.inc(now - roundTripsSeen);
      roundTripsSeen = now;
    },
  });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Duration of HTTP requests in seconds',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    durations.observe(
      {
        method: request.method,
        // The route pattern, never the raw URL: ids would explode the label set.
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (token !== undefined && !bearerMatches(request, token)) throw errors.unauthenticated();
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
