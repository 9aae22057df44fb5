import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DocumentCategory } from '../../../contracts/dossier.js';
import type { EmployerRole } from '../../../contracts/permissions.js';
import { createModules } from '../../modules.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { samplePdf } from '../../test/sample-files.js';
import { decodeQuotedPrintable, headerOf, useSmtpServer } from '../../test/smtp.js';
import { memberships, scopeDepartments, users } from '../users/users.table.js';
import { createSignalsUseCases } from './signals.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';

let counter = 0;
const unique = () => `${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 6)}`;

describeEachDatabase('e-mail signals', (context) => {
  const smtp = useSmtpServer();
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(context.database, { SMTP_URL: smtp.url() });
  });
  afterAll(() => testApp.close());

  const at = (instant: string) => testApp.clock.set(new Date(instant));
  const tick = () => testApp.modules.signals.tick();

  /** The mails one address received, with subject and decoded body. */
  function mailsTo(email: string) {
    return smtp.received
      .filter((mail) => mail.to.includes(email))
      .map((mail) => ({
        subject: headerOf(mail.raw, 'Subject'),
        body: decodeQuotedPrintable(mail.raw),
      }));
  }

  /** An employer with departments Zorg and Keuken and a super user without signals who acts. */
  async function newEmployer() {
    const { organisation, users } = testApp.modules;
    const name = `Signaal BV ${unique()}`;
    const employerId = trustEmployerId((await organisation.createEmployer({ name })).id);
    const zorg = (await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null }))
      .id;
    const keuken = (
      await organisation.createDepartment(employerId, { name: 'Keuken', parentId: null })
    ).id;
    const owner = await users.createEmployerUser(employerId, {
      loginName: `owner-${unique()}`,
      email: `owner-${unique()}@example.test`,
      firstName: 'Olga',
      lastName: 'Eigenaar',
      role: 'super_user_no_signals',
    });
    const actor: EmployerActor = {
      userId: owner.id,
      sessionId: 'signals-test',
      role: 'super_user',
      isOperator: false,
      employerId,
      scope: { kind: 'employer' },
      ip: '127.0.0.1',
      requestId: 'signals-test',
    };
    return { employerId, name, departments: { zorg, keuken }, actor, ownerEmail: owner.email };
  }

  /**
   * A user of the employer with `role`, set up (a second factor) unless `invited`; with
   * `department`, their scope is only that department.
   */
  async function member(
    employerId: AuthorizedEmployerId,
    role: EmployerRole,
    options: {
      department?: string;
      locale?: 'nl' | 'en';
      firstName?: string;
      invited?: boolean;
    } = {},
  ): Promise<string> {
    const email = `${role}-${unique()}@example.test`;
    const user = await testApp.modules.users.createEmployerUser(employerId, {
      loginName: email,
      email,
      firstName: options.firstName ?? 'Sanne',
      lastName: 'Signaal',
      role,
    });
    if (!options.invited) await testApp.modules.factors.enrolTotp(user.id, email);
    if (options.locale) await testApp.modules.users.setLocale(user.id, options.locale);
    if (options.department) {
      await context.database.db
        .update(memberships)
        .set({ scopeMode: 'explicit', scopeWholeEmployer: false })
        .where(and(eq(memberships.userId, user.id), eq(memberships.employerId, employerId)));
      await inTenant(context.database.db, employerId, (tx) =>
        tx
          .insert(scopeDepartments)
          .values({ employerId, userId: user.id, departmentId: options.department as string }),
      );
    }
    return email;
  }

  async function hire(
    employerId: AuthorizedEmployerId,
    departmentId: string,
    lastName: string,
    employment: { endDate?: string; type?: 'permanent' | 'fixed_term' } = {},
  ): Promise<string> {
    return hireEmployee(
      testApp.modules.employees,
      employerId,
      {
        departmentId,
        endDate: employment.endDate ?? null,
        employmentType: employment.type ?? 'permanent',
      },
      { firstName: 'Kim', lastName },
    );
  }

  async function upload(
    actor: EmployerActor,
    employeeId: string,
    fileName: string,
    category: DocumentCategory = 'correspondence',
  ) {
    await testApp.modules.dossier.uploadDocument(actor, employeeId, {
      category,
      caseId: null,
      uploadedName: fileName,
      content: samplePdf(fileName),
    });
  }

  async function sick(actor: EmployerActor, employeeId: string, first: string, last?: string) {
    const opened = await testApp.modules.cases.reportSick(actor, employeeId, {
      classification: 'illness',
      firstSickDay: first,
      percentage: 100,
    });
    if (last) await testApp.modules.cases.registerRecovery(actor, opened.id, { lastSickDay: last });
  }

  it('documents: one mail per recipient per 10-minute batch, within 15 minutes, in scope and language', async () => {
    const { employerId, name, departments, actor, ownerEmail } = await newEmployer();
    const superUser = await member(employerId, 'super_user', { firstName: 'Saar' });
    const manager = await member(employerId, 'manager_without_reports', {
      department: departments.zorg,
      locale: 'en',
      firstName: 'Mike',
    });
    const noSignals = await member(employerId, 'super_user_no_signals');
    const reporter = await member(employerId, 'absence_reporter');
    const inZorg = await hire(employerId, departments.zorg, 'Zorgvuldig');
    const inKeuken = await hire(employerId, departments.keuken, 'Kok');

    // Tuesday 3 March 2026, 10:01 in Amsterdam: no weekly signal is due.
    at('2026-03-03T09:01:00Z');
    await upload(actor, inZorg, 'verslag-zorg.pdf');
    at('2026-03-03T09:04:00Z');
    await upload(actor, inKeuken, 'verslag-keuken.pdf', 'other');
    at('2026-03-03T09:08:00Z');
    await upload(actor, inZorg, 'uwv-zorg.pdf', 'uwv');

    at('2026-03-03T09:09:59Z');
    await tick();
    expect(mailsTo(superUser)).toEqual([]);

    at('2026-03-03T09:12:00Z');
    await upload(actor, inZorg, 'later.pdf');
    // 09:13: the window 09:00–09:10 closed; 12 minutes after its first document.
    at('2026-03-03T09:13:00Z');
    await tick();
    await tick();

    const toSuper = mailsTo(superUser);
    expect(toSuper.map((mail) => mail.subject).sort()).toEqual([
      'Verzuim: nieuwe UWV-documenten',
      'Verzuim: nieuwe documenten in dossiers',
    ]);
    const documents = toSuper.find((mail) => mail.subject.includes('nieuwe documenten'))?.body;
    expect(documents).toContain('Beste Saar Signaal,');
    expect(documents).toContain('verslag-zorg.pdf bij Kim Zorgvuldig (Correspondentie)');
    expect(documents).toContain('verslag-keuken.pdf bij Kim Kok');
    expect(documents).not.toContain('uwv-zorg.pdf');
    expect(documents).not.toContain('later.pdf');
    expect(documents).toContain(`uw rol "Supergebruiker" bij ${name} signalen ontvangt`);
    expect(documents).toContain('niet per stuk worden uitgezet');

    const toManager = mailsTo(manager);
    expect(toManager.map((mail) => mail.subject).sort()).toEqual([
      'Verzuim: new UWV documents',
      'Verzuim: new documents in case files',
    ]);
    const managerDocuments = toManager.find((mail) => mail.subject.includes('case files'))?.body;
    expect(managerDocuments).toContain('Dear Mike Signaal,');
    expect(managerDocuments).toContain('verslag-zorg.pdf for Kim Zorgvuldig (Correspondence)');
    // Outside the manager's dossier scope.
    expect(managerDocuments).not.toContain('verslag-keuken.pdf');
    expect(managerDocuments).toContain('Manager without sick and recovery reports');

    for (const other of [noSignals, reporter, ownerEmail]) expect(mailsTo(other)).toEqual([]);

    // The next window: the later document alone, once.
    at('2026-03-03T09:20:30Z');
    await tick();
    await tick();
    const later = mailsTo(superUser).filter((mail) => mail.body.includes('later.pdf'));
    expect(later).toHaveLength(1);
    expect(later[0]?.body).not.toContain('verslag-zorg.pdf');
    expect(mailsTo(superUser)).toHaveLength(3);
  });

  it('no signals to accounts that are invited and not set up, blocked or deactivated', async () => {
    const { employerId, departments, actor } = await newEmployer();
    const active = await member(employerId, 'super_user');
    const invited = await member(employerId, 'super_user', { invited: true });
    const blocked = await member(employerId, 'super_user');
    const deactivated = await member(employerId, 'super_user');
    const setUp = await member(employerId, 'super_user', { invited: true });
    const stamp = new Date('2026-03-01T08:00:00Z');
    await context.database.db
      .update(users)
      .set({ blockedAt: stamp })
      .where(eq(users.email, blocked));
    await context.database.db
      .update(users)
      .set({ deactivatedAt: stamp })
      .where(eq(users.email, deactivated));
    // A first login completed without a second factor of its own counts as set up.
    await context.database.db
      .update(users)
      .set({ setupCompletedAt: stamp })
      .where(eq(users.email, setUp));
    const employee = await hire(employerId, departments.zorg, 'Geblokkeerd');

    at('2026-03-03T09:01:00Z');
    await upload(actor, employee, 'verslag.pdf');
    at('2026-03-03T09:13:00Z');
    await tick();

    expect(mailsTo(active)).toHaveLength(1);
    expect(mailsTo(setUp)).toHaveLength(1);
    expect(mailsTo(invited)).toEqual([]);
    expect(mailsTo(blocked)).toEqual([]);
    expect(mailsTo(deactivated)).toEqual([]);
  });

  it('open tasks and open cases: Monday from 07:00 Amsterdam, once a week, caught up after a missed Monday, only above zero (both sides of DST)', async () => {
    const { employerId, departments, actor } = await newEmployer();
    const superUser = await member(employerId, 'super_user');
    const keukenManager = await member(employerId, 'manager_with_reports', {
      department: departments.keuken,
    });
    const employee = await hire(employerId, departments.zorg, 'Weekman');
    at('2026-03-16T10:00:00Z');
    await sick(actor, employee, '2026-03-02');
    const weekly = (email: string) =>
      mailsTo(email).filter((mail) => /openstaande|open tasks|open absence/.test(mail.subject));

    // Monday 23 March (winter time): 06:59 is too early, 07:00 is on time.
    at('2026-03-23T05:59:00Z');
    await tick();
    expect(weekly(superUser)).toEqual([]);
    at('2026-03-23T06:00:00Z');
    await tick();
    at('2026-03-23T06:30:00Z');
    await tick();
    expect(weekly(superUser).map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Verzuim: \d+ openstaande taken$/),
        'Verzuim: 1 openstaande verzuimdossiers',
      ]),
    );
    expect(weekly(superUser)).toHaveLength(2);
    expect(weekly(superUser).find((mail) => mail.subject.includes('taken'))?.body).toMatch(
      /staan \d+ taken open, waarvan \d+ te laat/,
    );
    // Later that week nothing more, not even at 07:00.
    at('2026-03-25T06:00:00Z');
    await tick();
    expect(weekly(superUser)).toHaveLength(2);

    // Monday 30 March, summer time: 07:00 is 05:00 UTC.
    at('2026-03-30T04:59:00Z');
    await tick();
    expect(weekly(superUser)).toHaveLength(2);
    at('2026-03-30T05:00:00Z');
    await tick();
    await tick();
    expect(weekly(superUser)).toHaveLength(4);

    // The app is down all of Monday 6 April: the first tick after, on Tuesday, catches the week
    // up, once; the next Monday goes on as usual.
    at('2026-04-07T08:00:00Z');
    await tick();
    await tick();
    expect(weekly(superUser)).toHaveLength(6);
    at('2026-04-09T12:00:00Z');
    await tick();
    expect(weekly(superUser)).toHaveLength(6);
    at('2026-04-13T05:00:00Z');
    await tick();
    expect(weekly(superUser)).toHaveLength(8);

    // Nobody sick and no task in the Keuken: the manager's numbers are zero, so no mail.
    expect(weekly(keukenManager)).toEqual([]);
  });

  it('frequent absence: the third episode within 12 months starts a signal, once', async () => {
    const { employerId, departments, actor } = await newEmployer();
    const superUser = await member(employerId, 'super_user');
    const keukenManager = await member(employerId, 'manager_without_reports', {
      department: departments.keuken,
    });
    const thrice = await hire(employerId, departments.zorg, 'Drievoud');
    const twice = await hire(employerId, departments.zorg, 'Tweevoud');
    // Wednesday 4 March 2026: no weekly signal is due.
    at('2026-03-04T10:00:00Z');
    await sick(actor, thrice, '2025-06-02', '2025-06-06');
    await sick(actor, thrice, '2026-01-05', '2026-01-09');
    await sick(actor, thrice, '2026-03-02');
    await sick(actor, twice, '2025-01-06', '2025-01-10'); // more than 12 months earlier
    await sick(actor, twice, '2026-01-05', '2026-01-09');
    await sick(actor, twice, '2026-03-03');

    await tick();
    await tick();
    const frequent = mailsTo(superUser).filter((mail) => mail.subject.includes('keer ziek'));
    expect(frequent.map((mail) => mail.subject)).toEqual([
      'Verzuim: Kim Drievoud is 3 keer ziek in 12 maanden',
    ]);
    expect(frequent[0]?.body).toContain('2 maart 2026');
    expect(mailsTo(keukenManager)).toEqual([]);
  });

  it('end of employment: a sick employee whose fixed-term employment ends within 6 weeks', async () => {
    const { employerId, departments, actor } = await newEmployer();
    const superUser = await member(employerId, 'super_user', { locale: 'en' });
    at('2026-03-04T10:00:00Z');
    const ending = await hire(employerId, departments.zorg, 'Tijdelijk', {
      type: 'fixed_term',
      endDate: '2026-04-15', // 3 March + 42 days
    });
    const healthy = await hire(employerId, departments.zorg, 'Gezond', {
      type: 'fixed_term',
      endDate: '2026-04-01',
    });
    const later = await hire(employerId, departments.zorg, 'Later', {
      type: 'fixed_term',
      endDate: '2026-04-16',
    });
    const permanent = await hire(employerId, departments.zorg, 'Vast');
    for (const employee of [ending, later, permanent]) await sick(actor, employee, '2026-03-02');
    void healthy;

    await tick();
    await tick();
    const endings = mailsTo(superUser).filter((mail) => mail.subject.includes('employment'));
    expect(endings.map((mail) => mail.subject)).toEqual([
      'Verzuim: the employment of Kim Tijdelijk ends on 15 April 2026',
    ]);
    expect(endings[0]?.body).toContain('fixed-term employment ends on 15 April 2026');
  });

  it('two app instances ticking at once against one database send each signal once', async () => {
    const { employerId, departments, actor } = await newEmployer();
    const recipients = [
      await member(employerId, 'super_user'),
      await member(employerId, 'manager_with_reports', { department: departments.zorg }),
    ];
    const employee = await hire(employerId, departments.zorg, 'Tweeling');
    at('2026-03-05T09:00:00Z');
    await upload(actor, employee, 'tweeling.pdf');
    at('2026-03-05T09:10:00Z');

    const second = createModules(testApp.platform).signals;
    await Promise.all([tick(), second.tick(), tick(), second.tick()]);
    for (const email of recipients) {
      expect(mailsTo(email).filter((mail) => mail.body.includes('tweeling.pdf'))).toHaveLength(1);
    }
  });

  it('a mail that fails is not recorded as sent: the next tick sends it, once', async () => {
    const { employerId, departments, actor } = await newEmployer();
    const superUser = await member(employerId, 'super_user');
    const employee = await hire(employerId, departments.zorg, 'Storing');
    at('2026-03-05T11:00:00Z');
    await upload(actor, employee, 'storing.pdf');
    at('2026-03-05T11:10:00Z');

    const { platform, modules } = testApp;
    let failing = true;
    const signals = createSignalsUseCases({
      ...modules,
      db: platform.database.db,
      clock: platform.clock,
      publicUrl: platform.config.publicUrl,
      documentBatchMinutes: platform.config.signals.documentBatchMinutes,
      mailer: {
        async send(message) {
          if (failing && message.to === superUser) throw new Error('SMTP server unavailable');
          await platform.mailer.send(message);
        },
      },
    });
    await expect(signals.tick()).rejects.toThrow('signal mails failed');
    expect(mailsTo(superUser)).toEqual([]);

    failing = false;
    await signals.tick();
    await signals.tick();
    expect(mailsTo(superUser).filter((mail) => mail.body.includes('storing.pdf'))).toHaveLength(1);
  });
});
