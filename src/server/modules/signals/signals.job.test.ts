import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createModules } from '../../modules.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { createJobRunner, type JobLogger } from '../../platform/jobs/jobs.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { samplePdf } from '../../test/sample-files.js';
import { decodeQuotedPrintable, useSmtpServer } from '../../test/smtp.js';
import type { EmployerActor } from '../users/users.policies.js';
import { scheduleSignals } from './signals.job.js';

const quietLogger: JobLogger = { warn: () => undefined, error: () => undefined };

describeEachDatabase('signals on the job runner', (context) => {
  const smtp = useSmtpServer();
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(context.database, { SMTP_URL: smtp.url() });
  });
  afterAll(() => testApp.close());

  it('two app instances, each with its job runner and tick timer, send a signal once', async () => {
    const { organisation, users, employees, dossier } = testApp.modules;
    const employerId = trustEmployerId(
      (await organisation.createEmployer({ name: 'Twee Runners BV' })).id,
    );
    const department = (
      await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null })
    ).id;
    const owner = await users.createEmployerUser(employerId, {
      loginName: `runner-owner-${process.pid}`,
      email: `runner-owner-${process.pid}@example.test`,
      firstName: 'Olga',
      lastName: 'Eigenaar',
      role: 'super_user_no_signals',
    });
    const recipient = `runner-signal-${process.pid}-${context.kind}@example.test`;
    const signalled = await users.createEmployerUser(employerId, {
      loginName: recipient,
      email: recipient,
      firstName: 'Sanne',
      lastName: 'Signaal',
      role: 'super_user',
    });
    // Set up (a second factor): an invited account receives no signals.
    await testApp.modules.factors.enrolTotp(signalled.id, recipient);
    const employeeId = await hireEmployee(
      employees,
      employerId,
      { departmentId: department },
      { firstName: 'Kim', lastName: 'Runner' },
    );
    const actor: EmployerActor = {
      userId: owner.id,
      sessionId: 'signals-job-test',
      role: 'super_user',
      isOperator: false,
      employerId,
      scope: { kind: 'employer' },
      ip: '127.0.0.1',
      requestId: 'signals-job-test',
    };
    // Thursday 5 March 2026: the document's batch has closed by 09:10.
    testApp.clock.set(new Date('2026-03-05T09:02:00Z'));
    await dossier.uploadDocument(actor, employeeId, {
      category: 'correspondence',
      caseId: null,
      uploadedName: 'runner.pdf',
      content: samplePdf('runner'),
    });
    testApp.clock.set(new Date('2026-03-05T09:10:00Z'));

    const instances = [0, 1].map(() => ({
      runner: createJobRunner({
        database: context.database,
        logger: quietLogger,
        pollingIntervalSeconds: 0.5,
      }),
      // Each instance has its own use cases over the same database, as a second process would.
      signals: createModules(testApp.platform).signals,
    }));
    const schedules: { stop(): void }[] = [];
    try {
      for (const instance of instances) {
        await instance.runner.start();
        schedules.push(
          await scheduleSignals(instance.runner, instance.signals, { everySeconds: 1 }),
        );
      }
      const received = () =>
        smtp.received.filter(
          (mail) =>
            mail.to.includes(recipient) && decodeQuotedPrintable(mail.raw).includes('runner.pdf'),
        );
      await vi.waitFor(() => expect(received()).toHaveLength(1), {
        timeout: 20_000,
        interval: 200,
      });
      // Several more ticks of both instances: a second mail would show up here.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(received()).toHaveLength(1);
    } finally {
      for (const schedule of schedules) schedule.stop();
      await Promise.all(instances.map((instance) => instance.runner.stop()));
    }
  });
});
