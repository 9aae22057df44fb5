import { createAuthUseCases } from './modules/auth/auth.usecases.js';
import { createFactorsUseCases, webAuthnSettingsFrom } from './modules/factors/factors.usecases.js';
import { createDossierUseCases } from './modules/dossier/dossier.usecases.js';
import { type CasesDependencies, createCasesUseCases } from './modules/cases/cases.usecases.js';
import { createSignalsUseCases } from './modules/signals/signals.usecases.js';
import { createExportJobsUseCases } from './modules/reports/reports.exportjobs.usecases.js';
import { createSnapshotsUseCases } from './modules/reports/reports.snapshots.usecases.js';
import { createReportsUseCases } from './modules/reports/reports.usecases.js';
import { createReintegrationUseCases } from './modules/reintegration/reintegration.usecases.js';
import { createTasksUseCases } from './modules/tasks/tasks.usecases.js';
import { createEmployeesUseCases } from './modules/employees/employees.usecases.js';
import { createIntegrationUseCases } from './modules/integration/integration.usecases.js';
import { createWebhooksUseCases } from './modules/integration/integration.webhooks.usecases.js';
import { createSiviUseCases } from './modules/integration/sivi/integration.sivi.usecases.js';
import { createOrganisationUseCases } from './modules/organisation/organisation.usecases.js';
import { createUsersUseCases } from './modules/users/users.usecases.js';
import { createWorklistUseCases } from './modules/worklist/worklist.usecases.js';
import { createRetentionUseCases } from './modules/retention/retention.usecases.js';
import { createVaultUseCases, type OpenCases } from './modules/vault/vault.usecases.js';
import type { Platform } from './platform/platform.js';

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
  const sivi = createSiviUseCases(integrationDependencies);
  const signals = createSignalsUseCases({
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
  });
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
    sivi,
    vault,
    signals,
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
      offboarding: { auth, factors, signals, reports: reportExports, integration, sivi },
    }),
  };
}
export type Modules = ReturnType<typeof createModules>;
