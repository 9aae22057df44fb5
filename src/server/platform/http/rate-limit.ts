import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../../db/connection.js';
import type { Clock } from '../clock.js';
import type { KeyedHash } from '../crypto/keyed-hash.js';

export const rateLimitCleanupJob = 'rate-limit-cleanup';

export type RateLimitCounters = {
  /** The store for `@fastify/rate-limit`: counts in `rate_limit_counters`. */
  Store: FastifyRateLimitStoreCtor;
  /** Removes the counters whose window has ended (the job runner calls it every few minutes). */
  cleanup(): Promise<{ removed: number }>;
};

/**
 * The rate limits' counters in the database instead of each process's memory, so that two app
 * instances behind a load balancer allow together what one would: a fixed window per key, opened
 * by its first hit. One statement per counted request: an upsert that either adds one within the
 * window or starts a new one, atomic under concurrent hits from any instance (the row lock of
 * ON CONFLICT). Time is the app's clock, as everywhere, so tests move the window.
 */
export function createRateLimitCounters({
  database,
  clock,
  keyedHash,
}: {
  database: Database;
  clock: Clock;
  keyedHash: KeyedHash;
}): RateLimitCounters {
  async function hit(key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
    const now = clock.now();
    const { rows } = await database.sql.query<{ hits: number; resets_at: Date | string }>(
      `insert into rate_limit_counters as counter (key, hits, resets_at)
       values ($1, 1, $3::timestamptz)
       on conflict (key) do update set
         hits = case when counter.resets_at <= $2::timestamptz then 1 else counter.hits + 1 end,
         resets_at = case when counter.resets_at <= $2::timestamptz
           then excluded.resets_at else counter.resets_at end
       returning hits, resets_at`,
      [
        keyedHash.digest('rate-limit', key),
        now.toISOString(),
        new Date(now.getTime() + windowMs).toISOString(),
      ],
    );
    const row = rows[0];
    if (!row) throw new Error('rate limit upsert returned no row');
    return {
      current: row.hits,
      ttl: Math.max(0, new Date(row.resets_at).getTime() - now.getTime()),
    };
  }

  /**
   * One store per limit: the plugin makes a child per route (named by method and URL pattern) and
   * per `createRateLimit` (no route: those keys name their route themselves).
   */
  function storeFor(namespace: string): FastifyRateLimitStore {
    return {
      incr(key, callback, timeWindow?: number) {
        hit(`${namespace}|${key}`, timeWindow ?? 60_000).then(
          (result) => callback(null, result),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      },
      child(routeOptions) {
        const { method, url } =
          (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo ?? {};
        return storeFor(method && url ? `${String(method)} ${String(url)}` : '');
      },
    };
  }

  return {
    Store: function RateLimitStore() {
      return storeFor('');
    } as unknown as FastifyRateLimitStoreCtor,
    async cleanup() {
      const { rows } = await database.sql.query<{ key: string }>(
        'delete from rate_limit_counters where resets_at <= $1::timestamptz returning key',
        [clock.now().toISOString()],
      );
      return { removed: rows.length };
    },
  };
}
