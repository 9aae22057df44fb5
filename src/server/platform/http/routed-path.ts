import type { FastifyRequest } from 'fastify';

/**
 * The path a request is served on, as the router resolved it: the pattern of the matched route
 * (the router decodes `/%61pi/…` to `/api/…` before matching), or for a request no route matched,
 * its path decoded the same way. Guards decide on this, never on the raw URL, which an encoded
 * character or a query string changes without changing the route.
 */
export function routedPath(request: FastifyRequest): string {
  const route = request.routeOptions.url;
  if (route !== undefined) return route;
  const rawPath = request.url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return rawPath;
  }
}

export function isApiRequest(request: FastifyRequest): boolean {
  return routedPath(request).startsWith('/api/');
}
