import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { authRoutes } from './modules/auth/auth.routes.js';
import { factorsRoutes } from './modules/factors/factors.routes.js';
import { employeesRoutes } from './modules/employees/employees.routes.js';
import { dossierRoutes } from './modules/dossier/dossier.routes.js';
import { casesRoutes } from './modules/cases/cases.routes.js';
import { reportsRoutes } from './modules/reports/reports.routes.js';
import { reportExportJobsRoutes } from './modules/reports/reports.exportjobs.routes.js';
import { reportSnapshotsRoutes } from './modules/reports/reports.snapshots.routes.js';
import { protocolsRoutes } from './modules/tasks/tasks.protocols.routes.js';
import { tasksCalendarRoutes } from './modules/tasks/tasks.calendar.routes.js';
import { tasksRoutes } from './modules/tasks/tasks.routes.js';
import { reintegrationRoutes } from './modules/reintegration/reintegration.routes.js';
import { apiV1Routes } from './modules/integration/integration.api.routes.js';
import { apiClientsRoutes } from './modules/integration/integration.clients.routes.js';
import { oauthRoutes } from './modules/integration/integration.oauth.routes.js';
import { integrationRoutes } from './modules/integration/integration.routes.js';
import { webhooksRoutes } from './modules/integration/integration.webhooks.routes.js';
import { siviRoutes } from './modules/integration/sivi/integration.sivi.routes.js';
import { organisationRoutes } from './modules/organisation/organisation.routes.js';
import { linkedAccountsRoutes, usersRoutes } from './modules/users/users.routes.js';
import { worklistRoutes } from './modules/worklist/worklist.routes.js';
import { vaultRoutes } from './modules/vault/vault.routes.js';
import { retentionRoutes } from './modules/retention/retention.routes.js';
import { errors } from './platform/errors.js';
import { auditRoutes } from './platform/audit/audit.routes.js';
import { frameworkErrorHandler, registerErrorHandler } from './platform/http/error-handler.js';
import { healthRoutes } from './platform/http/health.js';
import { loggerOptions } from './platform/http/logger.js';
import { registerMetrics } from './platform/http/metrics.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { requestContext } from './platform/http/request-context.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { refuseUndeclaredBodies, validatorCompiler } from './platform/http/validation.js';
import { registerWebApp } from './platform/http/web-app.js';
import { outboxRoutes } from './platform/outbox/outbox.routes.js';
import type { Platform } from './platform/platform.js';
import { createModules, type Modules } from './modules.js';
import { actorPlugin } from './platform/session/actor.plugin.js';
import { bearerPlugin } from './platform/session/bearer.plugin.js';
import { sessionPlugin } from './platform/session/session.plugin.js';
import { sessionCookieName } from './platform/session/session.js';

export const appVersion = '0.1.0';

export async function buildApp(
  platform: Platform,
  options: { logger?: FastifyServerOptions['logger']; modules?: Modules } = {},
): Promise<FastifyInstance> {
  const { config } = platform;
  const app: FastifyInstance = Fastify({
    logger: options.logger ?? loggerOptions(config),
    bodyLimit: config.bodyLimitBytes,
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: frameworkErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  refuseUndeclaredBodies(app);
  registerErrorHandler(app);

  const secure = config.publicUrl.startsWith('https://');
  registerSecurityHeaders(app, secure);
  await app.register(fastifyCookie);
  await app.register(requestContext);
  // Limits are set per route (auth endpoints); 429 leaves in the usual error shape. The counters
  // live in the database, so every instance counts against the same limit.
  await app.register(fastifyRateLimit, {
    global: false,
    store: platform.rateLimits.Store,
    errorResponseBuilder: () => errors.rateLimited(),
  });

  const modules = options.modules ?? createModules(platform);
  // Work that follows an answer (a failed login's bookkeeping, recovery mails) finishes before
  // the database closes.
  app.addHook('onClose', () => modules.auth.settled());
  // Exports prepared here while no job runner works the queue finish before the database closes.
  app.addHook('onClose', () => modules.reportExports.settled());
  await app.register(sessionPlugin, {
    cookieName: sessionCookieName(secure),
    publicOrigin: new URL(config.publicUrl).origin,
    resolve: (token, meta) => modules.auth.resolveSession(token, meta),
  });
  await app.register(actorPlugin, { agreement: modules.vault });
  await app.register(bearerPlugin, {
    resolve: (token, meta) => modules.integration.resolveBearerToken(token, meta),
  });

  await registerOpenApi(app, appVersion, { publish: config.apiDocs });
  registerMetrics(app, platform.database, config.metrics);
  await app.register(healthRoutes, { database: platform.database });
  await app.register(authRoutes, {
    auth: modules.auth,
    users: modules.users,
    secureCookies: secure,
    absoluteHours: config.session.absoluteHours,
    rateLimit: config.rateLimit,
    now: () => platform.clock.now(),
  });
  await app.register(usersRoutes, { users: modules.users, factors: modules.factors });
  await app.register(linkedAccountsRoutes, { users: modules.users, auth: modules.auth });
  await app.register(factorsRoutes, { factors: modules.factors, clock: platform.clock });
  await app.register(organisationRoutes, { organisation: modules.organisation });
  await app.register(auditRoutes, {
    db: platform.database.db,
    audit: platform.audit,
    clock: platform.clock,
    names: {
      loginNamesOf: (userIds) => modules.users.loginNamesOf(userIds),
      employerNamesOf: (employerIds) => modules.organisation.employerNamesOf(employerIds),
      findUserIdByLoginName: async (loginName) =>
        (await modules.users.findByLoginName(loginName))?.id,
    },
  });
  await app.register(employeesRoutes, { employees: modules.employees });
  await app.register(dossierRoutes, {
    dossier: modules.dossier,
    documentMaxBytes: config.documentMaxBytes,
  });
  await app.register(casesRoutes, { cases: modules.cases });
  await app.register(reportsRoutes, {
    reports: modules.reports,
    snapshots: modules.reportSnapshots,
    clock: platform.clock,
  });
  await app.register(reportSnapshotsRoutes, {
    snapshots: modules.reportSnapshots,
    clock: platform.clock,
  });
  await app.register(reportExportJobsRoutes, { exports: modules.reportExports });
  await app.register(tasksRoutes, { tasks: modules.tasks });
  await app.register(reintegrationRoutes, { reintegration: modules.reintegration });
  await app.register(protocolsRoutes, { tasks: modules.tasks });
  await app.register(worklistRoutes, { worklist: modules.worklist });
  await app.register(tasksCalendarRoutes, {
    tasks: modules.tasks,
    perIpPerMinute: config.rateLimit.authPerIp,
  });
  await app.register(integrationRoutes, {
    integration: modules.integration,
    maxBytes: config.import.maxBytes,
  });
  await app.register(siviRoutes, { sivi: modules.sivi, maxBytes: config.import.maxBytes });
  await app.register(apiClientsRoutes, { clients: modules.integration });
  await app.register(webhooksRoutes, { webhooks: modules.webhooks });
  await app.register(oauthRoutes, {
    clients: modules.integration,
    perIpPerMinute: config.rateLimit.authPerIp,
  });
  await app.register(apiV1Routes, {
    integration: modules.integration,
    perClientPerMinute: config.rateLimit.apiPerClient,
  });
  await app.register(vaultRoutes, { vault: modules.vault, clock: platform.clock });
  await app.register(retentionRoutes, { retention: modules.retention });
  if (config.devPages) await app.register(outboxRoutes, { outbox: platform.outbox });
  await registerWebApp(app);
  return app;
}
