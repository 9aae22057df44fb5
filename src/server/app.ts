import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { authRoutes } from './modules/auth/auth.routes.js';
import { createAuthUseCases } from './modules/auth/auth.usecases.js';
import { factorsRoutes } from './modules/factors/factors.routes.js';
import { createFactorsUseCases, webAuthnSettingsFrom } from './modules/factors/factors.usecases.js';
import { employeesRoutes } from './modules/employees/employees.routes.js';
import { dossierRoutes } from './modules/dossier/dossier.routes.js';
import { createDossierUseCases } from './modules/dossier/dossier.usecases.js';
import { casesRoutes } from './modules/cases/cases.routes.js';
import { type CasesDependencies, createCasesUseCases } from './modules/cases/cases.usecases.js';
import { createSignalsUseCases } from './modules/signals/signals.usecases.js';
import { reportsRoutes } from './modules/reports/reports.routes.js';
import { reportExportJobsRoutes } from './modules/reports/reports.exportjobs.routes.js';
import { createExportJobsUseCases } from './modules/reports/reports.exportjobs.usecases.js';
import { reportSnapshotsRoutes } from './modules/reports/reports.snapshots.routes.js';
import { createSnapshotsUseCases } from './modules/reports/reports.snapshots.usecases.js';
import { createReportsUseCases } from './modules/reports/reports.usecases.js';
import { protocolsRoutes } from './modules/tasks/tasks.protocols.routes.js';
import { tasksCalendarRoutes } from './modules/tasks/tasks.calendar.routes.js';
import { tasksRoutes } from './modules/tasks/tasks.routes.js';
import { reintegrationRoutes } from './modules/reintegration/reintegration.routes.js';
import { createReintegrationUseCases } from './modules/reintegration/reintegration.usecases.js';
import { createTasksUseCases } from './modules/tasks/tasks.usecases.js';
import { createEmployeesUseCases } from './modules/employees/employees.usecases.js';
import { apiV1Routes } from './modules/integration/integration.api.routes.js';
import { apiClientsRoutes } from './modules/integration/integration.clients.routes.js';
import { oauthRoutes } from './modules/integration/integration.oauth.routes.js';
import { integrationRoutes } from './modules/integration/integration.routes.js';
import { createIntegrationUseCases } from './modules/integration/integration.usecases.js';
import { webhooksRoutes } from './modules/integration/integration.webhooks.routes.js';
import { createWebhooksUseCases } from './modules/integration/integration.webhooks.usecases.js';
import { siviRoutes } from './modules/integration/sivi/integration.sivi.routes.js';
import { createSiviUseCases } from './modules/integration/sivi/integration.sivi.usecases.js';
import { organisationRoutes } from './modules/organisation/organisation.routes.js';
import { createOrganisationUseCases } from './modules/organisation/organisation.usecases.js';
import { linkedAccountsRoutes, usersRoutes } from './modules/users/users.routes.js';
import { createUsersUseCases } from './modules/users/users.usecases.js';
import { worklistRoutes } from './modules/worklist/worklist.routes.js';
import { createWorklistUseCases } from './modules/worklist/worklist.usecases.js';
import { vaultRoutes } from './modules/vault/vault.routes.js';
import { retentionRoutes } from './modules/retention/retention.routes.js';
import { createRetentionUseCases } from './modules/retention/retention.usecases.js';
import { createVaultUseCases, type OpenCases } from './modules/vault/vault.usecases.js';
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
import { actorPlugin } from './platform/session/actor.plugin.js';
import { bearerPlugin } from './platform/session/bearer.plugin.js';
import { sessionPlugin } from './platform/session/session.plugin.js';
import { sessionCookieName } from './platform/session/session.js';

export const appVersion = '0.1.0';

/** The use cases of every module, wired once over the platform services. */
export function createModules(platform: Platform, overrides: { openCases?: OpenCases } = {}) {
  const { config, database, clock } = platform;
  // Late-bound: employees, cases and users are created below (employees may store into the vault).
  const vault = createVaultUseCases({
    db: database.db,
    clock,
    secretBox: platform.secretBox,
    audit: platform.audit,
    mailer: platform.mailer,
    publicUrl: config.publicUrl,
    employees: {
      getEmployeeForActor: (actor, employeeId) => employees.getEmployeeForActor(actor, employeeId),
    },
    users: { employerMembers: (employerId) => users.employerMembers(employerId) },
    // Operator roles read the vault only while the employee has an open case (SPEC.md §2.4).
    openCases: overrides.openCases ?? {
      hasOpenCase: (employerId, employeeId) => cases.hasOpenCase(employerId, employeeId),
    },
  });
  const organisation = createOrganisationUseCases({
    db: database.db,
    clock,
    audit: platform.audit,
    // Late-bound: employees is created below and depends on organisation, not the other way round.
    headcounts: {
      countEmployedByDepartmentIn: (tx, employerId, date) =>
        employees.countEmployedByDepartmentIn(tx, employerId, date),
      employedByDepartmentQuery: (employerId, date) =>
        employees.employedByDepartmentQuery(employerId, date),
    },
    // Late-bound: users is created below and depends on organisation, not the other way round.
    members: {
      membersOf: (employerId) => users.membersOf(employerId),
      displayNamesOf: (userIds) => users.displayNamesOf(userIds),
    },
  });
  const employees = createEmployeesUseCases({
    db: database.db,
    clock,
    audit: platform.audit,
    vault,
    organisation,
    // Late-bound: cases and tasks sit above employees and are created below.
    absence: {
      casesQuery: (employerId, employeeId, date) =>
        cases.absenceCasesQuery(employerId, employeeId, date),
      stateOf: (selected, date) => cases.absenceStateOf(selected, date),
      nextDeadlineQuery: (employerId, employeeId) =>
        tasks.nextDeadlineQuery(employerId, employeeId),
      nextDeadlineOf: (next, locale) => tasks.nextDeadlineOf(next, locale),
    },
    employmentEndChanged: (tx, actor, employeeId) =>
      cases.employmentEndChangedIn(tx, actor, employeeId),
  });
  const casesDependencies: CasesDependencies = {
    db: database.db,
    clock,
    audit: platform.audit,
    employees,
    organisation,
    // Late-bound: tasks sit above cases and are created below.
    legalCasesChanged: (tx, employerId, employeeId, legalCases) =>
      tasks.legalCasesChanged(tx, employerId, employeeId, legalCases),
    // Late-bound: the webhooks (integration) sit above cases and are created below.
    caseEvents: (tx, employerId, event) => webhooks.eventsIn(tx, employerId, [event]),
    nextDeadline: {
      query: (employerId, employeeId) => tasks.nextDeadlineQuery(employerId, employeeId),
      of: (next, locale) => tasks.nextDeadlineOf(next, locale),
    },
  };
  const cases = createCasesUseCases(casesDependencies);
  const tasks = createTasksUseCases({
    db: database.db,
    clock,
    audit: platform.audit,
    employees,
    cases,
    organisation,
    // Late-bound: users is created below (tasks only call it once a request runs).
    users: {
      actingMembersIn: (within, employerId) => users.actingMembersIn(within, employerId),
      displayNamesOf: (userIds, within) => users.displayNamesOf(userIds, within),
      displayNameQuery: (userId) => users.displayNameQuery(userId),
    },
    publicUrl: config.publicUrl,
    // Late-bound: the webhooks (integration) sit above tasks and are created below.
    taskEvents: (tx, employerId, events) => webhooks.eventsIn(tx, employerId, events),
  });
  const users = createUsersUseCases({
    db: database.db,
    clock,
    organisation,
    employees,
    // Late-bound: auth is created below and depends on users, not the other way round.
    accounts: {
      invite: (userId, meta) => auth.inviteUser(userId, meta),
      issueInvitationIn: (within, user) => auth.issueInvitationIn(within, user),
      sendPasswordReset: (loginName, meta) =>
        auth.requestPasswordReset(loginName, { ...meta, userAgent: undefined }),
      endAllSessions: (userId, reason, within) => auth.endAllSessionsOf(userId, reason, within),
    },
    audit: platform.audit,
    mailer: platform.mailer,
    publicUrl: config.publicUrl,
    // Late-bound: factors is created below and depends on users, not the other way round.
    secondFactors: {
      usersWithSecondFactor: (userIds) => factors.usersWithSecondFactor(userIds),
    },
  });
  const factors = createFactorsUseCases({
    db: database.db,
    clock,
    secretBox: platform.secretBox,
    keyedHash: platform.keyedHash,
    audit: platform.audit,
    mailer: platform.mailer,
    sms: platform.sms,
    users,
    webAuthn: webAuthnSettingsFrom(config.publicUrl),
    // Late-bound: auth is created below and depends on factors, not the other way round.
    events: {
      factorsChanged: async (userId, keepSessionId) => {
        await auth.endSessionsAfterFactorChange(userId, keepSessionId);
      },
    },
  });
  const auth = createAuthUseCases({
    db: database.db,
    clock,
    factors,
    users,
    audit: platform.audit,
    timeouts: config.session,
    mailer: platform.mailer,
    publicUrl: config.publicUrl,
  });
  const dossierOver = (db: typeof database.db) =>
    createDossierUseCases({
      db,
      clock,
      audit: platform.audit,
      files: platform.files,
      secretBox: platform.secretBox,
      mailer: platform.mailer,
      employees,
      users,
      documentMaxBytes: config.documentMaxBytes,
      cases: cases.isCaseOfEmployee,
      // The functional advice goes to the employee's private address in the datakluis.
      employeeMailAddress: (tx, actor, employeeId) =>
        vault.mailAddressIn(tx, actor, employeeId, 'functional_advice'),
    });
  const dossier = dossierOver(database.db);
  // The Excel import, the API and SIVI read and write through the same use cases.
  const integrationDependencies = {
    db: database.db,
    clock,
    audit: platform.audit,
    organisation,
    employees,
    users,
    cases,
  };
  const integration = createIntegrationUseCases({
    ...integrationDependencies,
    tasks,
    // The REST API's writes run the cases and dossier use cases in their own request transaction.
    casesIn: (tx) => createCasesUseCases({ ...casesDependencies, db: tx }),
    dossierIn: dossierOver,
    limits: { ...config.import, documentMaxBytes: config.documentMaxBytes },
  });
  const webhooks = createWebhooksUseCases({
    ...platform,
    db: database.db,
    allowInsecureEndpoints: config.env !== 'production',
  });
  const reportDependencies = {
    db: database.db,
    organisation,
    employees,
    cases,
    dossier,
  };
  const reports = createReportsUseCases(reportDependencies);
  const reportSnapshots = createSnapshotsUseCases(reportDependencies);
  const reportExports = createExportJobsUseCases({
    db: database.db,
    clock,
    files: platform.files,
    organisation,
    reports,
    snapshots: reportSnapshots,
  });
  const reintegration = createReintegrationUseCases({ ...integrationDependencies, dossier, tasks });
  return {
    organisation,
    employees,
    cases,
    tasks,
    users,
    factors,
    auth,
    dossier,
    reintegration,
    integration,
    webhooks,
    sivi: createSiviUseCases(integrationDependencies),
    vault,
    signals: createSignalsUseCases({
      db: database.db,
      clock,
      mailer: platform.mailer,
      publicUrl: config.publicUrl,
      organisation,
      users,
      employees,
      cases,
      tasks,
      dossier,
      documentBatchMinutes: config.signals.documentBatchMinutes,
    }),
    reports,
    reportSnapshots,
    reportExports,
    worklist: createWorklistUseCases({ clock, users, cases, tasks }),
    // Bewaartermijnen erase through the use cases of every module that holds a dossier's data.
    retention: createRetentionUseCases({
      db: database.db,
      clock,
      audit: platform.audit,
      organisation,
      employees,
      cases,
      tasks,
      dossier,
      vault,
      users,
      reintegration,
    }),
  };
}
export type Modules = ReturnType<typeof createModules>;

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
