import { buildApp } from './app.js';
import { createModules } from './modules.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { SecretBoxError } from './platform/crypto/secret-box.js';
import { scheduleReportExports } from './modules/reports/reports.exportjobs.job.js';
import { scheduleSignals } from './modules/signals/signals.job.js';
import { scheduleRetentionCleanup } from './modules/retention/retention.job.js';
import { rateLimitCleanupJob } from './platform/http/rate-limit.js';
import { createJobRunner, scheduleRecurring } from './platform/jobs/jobs.js';
import { webhooksDispatchJob } from './modules/integration/integration.webhooks.usecases.js';
import { taskDueAnnounceJob } from './modules/tasks/tasks.due.usecases.js';
import { createPlatform } from './platform/platform.js';
import { checkSealContexts } from './seal-contexts-check.js';
import { type DemoCredentials, seedDemoIfEmpty } from './seed/demo.js';

/**
 * Boot: config → database → migrations → demo data (first start only) → app → the check of seal
 * contexts (until it once finds all readable) → listen → jobs.
 */

function printDemoCredentials(
  credentials: DemoCredentials,
  url: string,
  invitationsIn: 'outbox' | 'mail',
): void {
  const { invited } = credentials;
  const invitation = !invited.mailed
    ? `  ${invited.loginName} (not set up yet): sending its invitation failed.`
    : invitationsIn === 'outbox'
      ? `  ${invited.loginName} (not set up yet) finds its invitation at ${url}/dev/outbox`
      : `  ${invited.loginName} (not set up yet): its invitation was mailed to ${invited.email}`;
  const lines = [
    'Demo employer "Demo Zorg BV" created. Log in as the demo super user:',
    `  URL:         ${url}`,
    `  Login name:  ${credentials.loginName}`,
    `  Password:    ${credentials.password}`,
    `  Second factor: add this key to an authenticator app (Google/Microsoft Authenticator):`,
    `  Key:         ${credentials.totpSecret}`,
    `  or scan/open: ${credentials.totpUri}`,
    `  No phone at hand? "npm run totp -- ${credentials.totpSecret}" prints the current code.`,
    `  ${credentials.loginName} is also linked to "${credentials.linkedEmployer.name}" (${credentials.linkedEmployer.role}): switch in the header.`,
    'The other demo users (one per role, see the Rollenmatrix) share this password; each has its',
    'own authenticator key:',
    ...credentials.otherUsers.map(
      ({ loginName, role, totpSecret }) =>
        `  ${loginName.padEnd(13)} ${`(${role})`.padEnd(26)} ${totpSecret}`,
    ),
    invitation,
    'These are shown only this once.',
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  console.log(`\n${'='.repeat(width)}\n${lines.join('\n')}\n${'='.repeat(width)}\n`);
}

async function main(): Promise<void> {
  // Before anything is opened or written: a refused production start leaves DATA_DIR untouched.
  const config = loadConfig();
  const database = await openDatabase(
    config.database.kind === 'pglite'
      ? { kind: 'pglite', dataDir: config.database.dataDir }
      : { kind: 'postgres', url: config.database.url },
  );
  await database.migrate();
  const platform = await createPlatform(config, database).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });

  if (config.seedDemo) {
    const credentials = await seedDemoIfEmpty(
      createModules(platform),
      { db: database.db, clock: platform.clock },
      config.demo,
    );
    if (credentials)
      printDemoCredentials(
        credentials,
        config.publicUrl,
        config.devPages && !config.mail.smtpUrl ? 'outbox' : 'mail',
      );
  }

  const modules = createModules(platform);
  const app = await buildApp(platform, { modules });
  await checkSealContexts(database.db, platform.audit, modules, app.log);
  const jobs = config.jobsEnabled ? createJobRunner({ database, logger: app.log }) : undefined;
  await jobs?.start();
  const signals = jobs && (await scheduleSignals(jobs, modules.signals));
  const reportExports = jobs && (await scheduleReportExports(jobs, modules.reportExports));
  const rateLimitCleanup =
    jobs &&
    (await scheduleRecurring(jobs, rateLimitCleanupJob, () => platform.rateLimits.cleanup(), {
      everySeconds: 10 * 60,
    }));
  // Retries and their backoff are the deliveries' own (next_attempt_at): a dispatch only works
  // off what is due, so running it often and in every instance is harmless.
  const webhooks =
    jobs &&
    (await scheduleRecurring(jobs, webhooksDispatchJob, () => modules.webhooks.dispatch(), {
      everySeconds: 5,
    }));
  // A round marks what it tells in the statement that reads it, so two instances tell each
  // task once; every ten minutes keeps a due task's event within the morning it came due.
  const taskDue =
    jobs &&
    (await scheduleRecurring(jobs, taskDueAnnounceJob, () => modules.tasks.announceDueTasks(), {
      everySeconds: 10 * 60,
    }));
  const retentionCleanup = jobs && (await scheduleRetentionCleanup(jobs, modules.retention));
  await app.listen({ host: config.host, port: config.port });
  app.log.info(`Verzuim is running on ${config.publicUrl} (database: ${database.kind})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received, shutting down`);
    await app.close();
    signals?.stop();
    reportExports?.stop();
    rateLimitCleanup?.stop();
    webhooks?.stop();
    taskDue?.stop();
    retentionCleanup?.stop();
    await jobs?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

try {
  await main();
} catch (error) {
  // A wrong setting or a missing key file: its message is the whole story, no stack trace.
  if (!(error instanceof ConfigError || error instanceof SecretBoxError)) throw error;
  console.error(error.message);
  process.exit(1);
}
