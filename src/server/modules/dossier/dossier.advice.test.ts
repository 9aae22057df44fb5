import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyPersonalData } from '../../../contracts/vault.js';
import { permissionMatrix, type Role, roleSchema } from '../../../contracts/permissions.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import { callApi, createTestApp, newEmployerWithDepartment, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { cookieAs } from '../../test/routes.js';
import { decodeQuotedPrintable, headerOf, useSmtpServer } from '../../test/smtp.js';

const allRoles = roleSchema.options as readonly Role[];

const advice = {
  workPossible: 'Administratief werk, vier uur per dag, zonder tillen.',
  expectedDuration: 'Ongeveer zes weken',
  adjustments: 'Een zit-stabureau en geen avonddiensten.',
};
const feedback = {
  consultationDate: '2026-03-09',
  text: 'Consult gehad: opbouw naar vier uur per dag besproken.',
};

describeEachDatabase('the arbodienst’s side of the dossier (issue 14)', (context) => {
  const smtp = useSmtpServer();
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let departmentId: string;
  /** With a private e-mail address in the datakluis. */
  let employeeId: string;
  /** Without one. */
  let unmailable: string;
  let foreignEmployee: string;
  const cookies = new Map<Role, string>();

  const mailsTo = (email: string) =>
    smtp.received
      .filter((mail) => mail.to.includes(email))
      .map((mail) => ({
        subject: headerOf(mail.raw, 'Subject'),
        body: decodeQuotedPrintable(mail.raw),
      }));

  beforeAll(async () => {
    testApp = await createTestApp(context.database, { SMTP_URL: smtp.url() });
    testApp.clock.set(new Date('2026-03-10T09:00:00Z'));
    const employer = await newEmployerWithDepartment(testApp);
    employerId = employer.employerId;
    departmentId = employer.departmentId;
    const { employees, vault } = testApp.modules;
    employeeId = await hireEmployee(employees, employerId, { departmentId }, { lastName: 'Mail' });
    await vault.storePersonalDataFor(employerId, employeeId, {
      ...emptyPersonalData,
      privateEmail: 'sam.mail@example.test',
    });
    unmailable = await hireEmployee(employees, employerId, { departmentId }, { lastName: 'Post' });
    const other = await newEmployerWithDepartment(testApp, 'Elders');
    foreignEmployee = await hireEmployee(
      employees,
      trustEmployerId(other.employerId),
      { departmentId: other.departmentId },
      { lastName: 'Anders' },
    );
    for (const role of allRoles) cookies.set(role, await cookieAs(testApp, role, employerId));
  }, 300_000);
  afterAll(() => testApp.close());

  const as = (role: Role) => cookies.get(role) as string;

  it(
    'lets only the company doctor write advice, the care roles place feedback, the dossier readers read both',
    { timeout: 120_000 },
    async () => {
      for (const role of allRoles) {
        const may = (permission: (typeof permissionMatrix)[Role][number]) =>
          permissionMatrix[role].includes(permission);
        const wrote = await callApi(
          testApp,
          as(role),
          'POST',
          `/api/employees/${unmailable}/functional-advice`,
          advice,
        );
        expect([role, wrote.statusCode]).toEqual([role, may('advice.write') ? 201 : 403]);
        const placed = await callApi(
          testApp,
          as(role),
          'POST',
          `/api/employees/${unmailable}/feedback`,
          feedback,
        );
        expect([role, placed.statusCode]).toEqual([role, may('feedback.write') ? 201 : 403]);
        for (const path of ['functional-advice', 'feedback']) {
          const read = await callApi(
            testApp,
            as(role),
            'GET',
            `/api/employees/${unmailable}/${path}`,
          );
          expect([role, path, read.statusCode]).toEqual([
            role,
            path,
            may('dossier.notes') ? 200 : 403,
          ]);
        }
      }
      const read = await callApi(
        testApp,
        as('super_user'),
        'GET',
        `/api/employees/${unmailable}/functional-advice`,
      );
      expect(read.json().advices).toEqual([
        expect.objectContaining({ ...advice, delivery: 'print' }),
      ]);
    },
  );

  it('mails the employee the identical advice when the datakluis holds an address', async () => {
    const response = await callApi(
      testApp,
      as('company_doctor'),
      'POST',
      `/api/employees/${employeeId}/functional-advice`,
      advice,
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ ...advice, delivery: 'email' });
    const mails = mailsTo('sam.mail@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Functioneel advies van de bedrijfsarts');
    for (const text of Object.values(advice)) expect(mails[0]?.body).toContain(text);
    // The address itself never reaches the doctor's answer.
    expect(response.body).not.toContain('sam.mail@example.test');
  });

  it('refuses bad input with the error shape and ids of another employer with 404', async () => {
    const bad = await callApi(
      testApp,
      as('company_doctor'),
      'POST',
      `/api/employees/${employeeId}/functional-advice`,
      { workPossible: '', expectedDuration: 'x' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeDefined();
    for (const role of ['company_doctor', 'case_manager', 'super_user'] as const) {
      for (const [method, path, body] of [
        ['GET', 'functional-advice', undefined],
        ['GET', 'feedback', undefined],
        ['POST', 'functional-advice', advice],
        ['POST', 'feedback', feedback],
      ] as const) {
        if (
          method === 'POST' &&
          !permissionMatrix[role].includes(path === 'feedback' ? 'feedback.write' : 'advice.write')
        )
          continue;
        const response = await callApi(
          testApp,
          as(role),
          method,
          `/api/employees/${foreignEmployee}/${path}`,
          body,
        );
        expect([role, method, path, response.statusCode]).toEqual([role, method, path, 404]);
      }
    }
  });

  it('signals a terugkoppeling once to the employer users who receive signals, in scope', async () => {
    const { users, factors } = testApp.modules;
    const member = async (role: 'super_user' | 'super_user_no_signals') => {
      const email = `${role}-${crypto.randomUUID()}@example.test`;
      const user = await users.createEmployerUser(employerId, {
        loginName: email,
        email,
        firstName: 'Sanne',
        lastName: 'Signaal',
        role,
      });
      await factors.enrolTotp(user.id, email);
      return email;
    };
    const superUser = await member('super_user');
    const silent = await member('super_user_no_signals');
    testApp.clock.set(new Date('2026-03-12T09:02:00Z'));
    // A day later: a fresh session (the fixtures' ones have timed out).
    const caseManager = await cookieAs(testApp, 'case_manager', employerId);
    const placed = await callApi(
      testApp,
      caseManager,
      'POST',
      `/api/employees/${employeeId}/feedback`,
      feedback,
    );
    expect(placed.statusCode).toBe(201);
    await testApp.modules.signals.tick();
    expect(mailsTo(superUser)).toHaveLength(0); // the 10-minute batch is still open
    testApp.clock.set(new Date('2026-03-12T09:11:00Z'));
    await testApp.modules.signals.tick();
    testApp.clock.set(new Date('2026-03-12T09:12:00Z'));
    await testApp.modules.signals.tick();
    const mails = mailsTo(superUser);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Verzuim: nieuwe documenten in dossiers');
    expect(mails[0]?.body).toContain('Terugkoppeling na een consult bij Sam Mail');
    // The mail names the piece, never its text.
    expect(mails[0]?.body).not.toContain(feedback.text);
    expect(mailsTo(silent)).toHaveLength(0);
  });
});
