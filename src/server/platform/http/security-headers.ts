import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { isApiRequest } from './routed-path.js';

/**
 * The security headers of every answer (CSP, HSTS behind https, no referrer), and no caching of
 * API answers.
 */
export function registerSecurityHeaders(app: FastifyInstance, secure: boolean): void {
  // The security headers' middleware is built once: @fastify/helmet built it again for every
  // request (its CSP directives parsed anew), a measurable share of a read's CPU (bench/README.md).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables into a <style> element at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    hsts: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  // Helmet's middlewares only set headers and never pass an error on.
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, () => done()),
  );
  app.addHook('onSend', async (request, reply) => {
    if (isApiRequest(request)) reply.header('cache-control', 'no-store');
  });
}
