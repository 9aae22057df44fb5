import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  OnboardEmployerRequest,
  OnboardEmployerResponse,
} from '../../../contracts/onboarding.js';
import { permissionMatrix, roleSchema } from '../../../contracts/permissions.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { translator } from '../../platform/i18n/i18n.js';
import { callApi, createTestApp, createTestUser, logIn, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { decodeQuotedPrintable, headerOf, useSmtpServer } from '../../test/smtp.js';
import { employers } from '../organisation/organisation.table.js';
import { users } from './users.table.js';

let counter = 0;
/** A request with a fresh name, KvK number and login name; `change` adjusts it. */
function request(
  change: (body: OnboardEmployerRequest) => void = () => {},
): OnboardEmployerRequest {
  counter += 1;
  const suffix = `${process.pid}-${counter}-${Math.random().toString(36).slice(2, 6)}`;
  const body: OnboardEmployerRequest = {
    employer: {
      name: `Bakkerij Onboard ${suffix}`,
      kvkNumber: '12345678',
      hrIntegrationMode: 'none',
      contactName: 'Ria Rogge',
      contactEmail: 'ria@bakkerij.example',
      fullTimeHoursPerWeek: 36,
    },
    departments: [
      { name: 'Productie', parent: null },
      { name: 'Ovens', parent: 0 },
      { name: 'Winkel', parent: null },
    ],
    superUser: {
      firstName: 'Sanne',
      lastName: 'Super',
      gender: 'f',
      email: `sanne-${suffix}@bakkerij.example`,
      loginName: `sanne-${suffix}`,
      role: 'super_user',
      locale: 'en',
    },
  };
  change(body);
  return body;
}

describeEachDatabase('onboarding an employer (operator admin)', (context) => {
  const smtp = useSmtpServer();
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { SMTP_URL: smtp.url() });
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function operator(role = 'operator_admin') {
    const user = await createTestUser(testApp);
    await testApp.platform.database.db
      .update(users)
      .set({ operatorRole: role })
      .where(eq(users.id, user.userId));
    return logIn(testApp, user);
  }
  const onboard = (cookie: string, body: unknown) =>
    callApi(testApp, cookie, 'POST', '/api/employers/onboarding', body);
  /** Employers and accounts in the database: a refusal must leave both as they were. */
  async function rows() {
    const db = testApp.platform.database.db;
    const [employerRows] = await db.select({ n: count() }).from(employers);
    const [userRows] = await db.select({ n: count() }).from(users);
    return { employers: employerRows?.n, users: userRows?.n };
  }

  it('writes employer, settings, department tree and invited super user; mails the invitation after the commit', async () => {
    const cookie = await operator();
    const body = request();
    const response = await onboard(cookie, body);
    expect(response.statusCode, response.body).toBe(201);
    const onboarded = response.json() as OnboardEmployerResponse;
    expect(onboarded.invitationSent).toBe(true);
    expect(onboarded.employer).toMatchObject({
      name: body.employer.name,
      kvkNumber: '12345678',
      fullTimeHoursPerWeek: '36.00',
      hrIntegrationMode: 'none',
    });
    const [productie, ovens, winkel] = onboarded.departments;
    expect([productie?.name, ovens?.name, winkel?.name]).toEqual(['Productie', 'Ovens', 'Winkel']);
    expect(ovens?.parentId).toBe(productie?.id);
    expect(winkel?.parentId).toBeNull();

    // In the operator's list.
    const list = await callApi(testApp, cookie, 'GET', '/api/employers');
    expect((list.json() as { employers: { id: string }[] }).employers.map((e) => e.id)).toContain(
      onboarded.employer.id,
    );
    // The tree as the organisation shows it, with the employer's tenant.
    const employerId = trustEmployerId(onboarded.employer.id);
    const tree = await testApp.modules.organisation.listDepartments(employerId);
    expect(tree.map((department) => department.name).sort()).toEqual([
      'Ovens',
      'Productie',
      'Winkel',
    ]);

    // The super user: invited (no password), the agreement pending.
    const superUser = await testApp.modules.users.findById(onboarded.superUser.id);
    expect(superUser).toMatchObject({ passwordHash: null, locale: 'en', setupCompletedAt: null });
    const members = await testApp.modules.organisation.managerCandidates(employerId);
    expect(members).toEqual([expect.objectContaining({ id: superUser?.id, role: 'super_user' })]);
    expect(await testApp.modules.vault.isAgreementSigned(employerId)).toBe(false);

    // The invitation mail, in the super user's language, with a working set-password link.
    const mail = smtp.received.find((entry) => entry.to.includes(body.superUser.email));
    expect(mail).toBeDefined();
    expect(headerOf(mail?.raw ?? '', 'Subject')).toBe(translator('en')('auth.mail.invite.subject'));
    const text = decodeQuotedPrintable(mail?.raw ?? '');
    expect(text).toContain(body.superUser.loginName);
    const token = /#token=([\w-]+)/.exec(text)?.[1] ?? '';
    expect(await testApp.modules.auth.checkLink(token)).toBe('set_password');

    const audit = await listAuditEntries(testApp.platform.database.db, { employerId, limit: 50 });
    expect(audit.map((entry) => entry.action).sort()).toEqual(
      [
        'departments.created',
        'departments.created',
        'departments.created',
        'employers.created',
        'users.created',
      ].sort(),
    );
  });

  it.each([
    [
      'a KvK number that is not 8 digits',
      (b: OnboardEmployerRequest) => void (b.employer.kvkNumber = '1234567'),
      'employer.kvkNumber',
      'invalid_kvk_number',
    ],
    [
      'no KvK number',
      (b: OnboardEmployerRequest) => void (b.employer.kvkNumber = ''),
      'employer.kvkNumber',
      'required',
    ],
    [
      'full-time hours below 1',
      (b: OnboardEmployerRequest) => void (b.employer.fullTimeHoursPerWeek = 0),
      'employer.fullTimeHoursPerWeek',
      'too_small',
    ],
    [
      'full-time hours above 80',
      (b: OnboardEmployerRequest) => void (b.employer.fullTimeHoursPerWeek = 81),
      'employer.fullTimeHoursPerWeek',
      'too_big',
    ],
    [
      'no department',
      (b: OnboardEmployerRequest) => void (b.departments = []),
      'departments',
      'departments_required',
    ],
    [
      'two departments of one name in one place',
      (b: OnboardEmployerRequest) => void b.departments.push({ name: 'winkel ', parent: null }),
      'departments.3.name',
      'department_name_duplicate',
    ],
    [
      'a parent later in the list',
      (b: OnboardEmployerRequest) => void (b.departments[0] = { name: 'Productie', parent: 2 }),
      'departments.0.parent',
      'department_parent_unknown',
    ],
    [
      'an e-mail address that is none',
      (b: OnboardEmployerRequest) => void (b.superUser.email = 'sanne-at-bakkerij'),
      'superUser.email',
      'invalid_format',
    ],
    [
      'a role that is not a super user',
      (b: OnboardEmployerRequest) =>
        void ((b.superUser as { role: string }).role = 'absence_reporter'),
      'superUser.role',
      'invalid_value',
    ],
  ])(
    'refuses %s with a translated field error and writes nothing',
    async (_name, change, path, code) => {
      const cookie = await operator();
      const before = await rows();
      const response = await onboard(cookie, request(change));
      expect(response.statusCode, response.body).toBe(400);
      const error = (
        response.json() as { error: { fields: { path: string; code: string; message: string }[] } }
      ).error;
      expect(error.fields).toContainEqual(expect.objectContaining({ path, code }));
      expect(
        error.fields.every((field) => field.message !== '' && !field.message.startsWith('errors.')),
      ).toBe(true);
      expect(await rows()).toEqual(before);
    },
  );

  it('refuses a name or login name already in use, and writes nothing', async () => {
    const cookie = await operator();
    const first = request();
    expect((await onboard(cookie, first)).statusCode).toBe(201);
    const before = await rows();
    const sameName = await onboard(
      cookie,
      request((body) => void (body.employer.name = first.employer.name.toUpperCase())),
    );
    expect(sameName.statusCode).toBe(400);
    expect(sameName.json()).toMatchObject({
      error: { fields: [{ path: 'employer.name', code: 'employer_name_taken' }] },
    });
    const sameLogin = await onboard(
      cookie,
      request((body) => void (body.superUser.loginName = first.superUser.loginName)),
    );
    expect(sameLogin.statusCode).toBe(400);
    expect(sameLogin.json()).toMatchObject({
      error: { fields: [{ path: 'superUser.loginName', code: 'login_name_taken' }] },
    });
    expect(await rows()).toEqual(before);
  });

  it('keeps the employer when the mail server refuses the invitation, and says so', async () => {
    // Nothing listens on port 1: the mail fails after the commit.
    const refusing = await createTestApp(context.database, { SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      const user = await createTestUser(refusing);
      await refusing.platform.database.db
        .update(users)
        .set({ operatorRole: 'operator_admin' })
        .where(eq(users.id, user.userId));
      const body = request();
      const response = await callApi(
        refusing,
        await logIn(refusing, user),
        'POST',
        '/api/employers/onboarding',
        body,
      );
      expect(response.statusCode, response.body).toBe(201);
      const onboarded = response.json() as OnboardEmployerResponse;
      expect(onboarded.invitationSent).toBe(false);
      expect(await refusing.modules.organisation.getEmployer(onboarded.employer.id)).toBeDefined();
      expect(await refusing.modules.users.findById(onboarded.superUser.id)).toMatchObject({
        loginName: body.superUser.loginName,
      });
    } finally {
      await refusing.close();
    }
  });

  it('answers 403 to every role without employers.manage, and writes nothing', async () => {
    for (const role of roleSchema.options) {
      if (permissionMatrix[role].includes('employers.manage')) continue;
      const isOperator = ['case_manager', 'company_doctor'].includes(role);
      const cookie = isOperator
        ? await operator(role)
        : await logIn(testApp, await createTestUser(testApp, { role }));
      const before = await rows();
      expect((await onboard(cookie, request())).statusCode, role).toBe(403);
      expect(await rows(), role).toEqual(before);
    }
  });
});
