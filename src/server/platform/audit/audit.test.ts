import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { createFakeClock } from '../clock.js';
import { createAuditWriter, listAuditEntries } from './audit.js';

describeEachDatabase('audit log', (context) => {
  const clock = createFakeClock(new Date('2025-03-07T09:00:00Z'));
  const employerA = randomUUID();
  const employerB = randomUUID();
  const userId = randomUUID();

  it('records who did what to which subject, when, from where', async () => {
    const audit = createAuditWriter({ db: context.database.db, clock });

    await audit.record({
      employerId: employerA,
      userId,
      action: 'case.reported_sick',
      subjectType: 'case',
      subjectId: 'case-1',
      ip: '192.0.2.7',
      requestId: 'req-1',
      details: { percentage: 100, firstDay: '2025-03-06' },
    });

    expect(
      await listAuditEntries(context.database.db, { employerId: employerA, limit: 10 }),
    ).toEqual([
      {
        id: expect.any(Number),
        occurredAt: new Date('2025-03-07T09:00:00Z'),
        employerId: employerA,
        userId,
        action: 'case.reported_sick',
        subjectType: 'case',
        subjectId: 'case-1',
        ip: '192.0.2.7',
        requestId: 'req-1',
        details: { percentage: 100, firstDay: '2025-03-06' },
      },
    ]);
  });

  it('never stores a password, code, token, secret or BSN in the details, however deep', async () => {
    const audit = createAuditWriter({ db: context.database.db, clock });
    clock.advance(60_000);

    await audit.record({
      employerId: employerB,
      action: 'auth.password_changed',
      details: {
        Password: 'hunter2',
        newPassword: 'correct horse',
        totpCode: '482913',
        resetToken: 'tok-abc',
        client: { clientSecret: 's3cr3t', name: 'HR-koppeling' },
        employees: [
          { BSN: '111222333', name: 'Anna' },
          { bsn: '999888777', name: 'Bram' },
        ],
        apiTOKENS: ['a', 'b'],
        reason: 'forgot',
      },
    });

    const [entry] = await listAuditEntries(context.database.db, {
      employerId: employerB,
      limit: 1,
    });
    expect(entry?.details).toEqual({
      Password: '[redacted]',
      newPassword: '[redacted]',
      totpCode: '[redacted]',
      resetToken: '[redacted]',
      client: { clientSecret: '[redacted]', name: 'HR-koppeling' },
      employees: [
        { BSN: '[redacted]', name: 'Anna' },
        { bsn: '[redacted]', name: 'Bram' },
      ],
      apiTOKENS: '[redacted]',
      reason: 'forgot',
    });
    const stored = JSON.stringify(entry);
    for (const secret of ['hunter2', 'correct horse', '482913', 'tok-abc', 's3cr3t', '111222333']) {
      expect(stored).not.toContain(secret);
    }
  });

  it('records an action without employer, user or details, such as a failed login', async () => {
    const audit = createAuditWriter({ db: context.database.db, clock });
    clock.advance(60_000);

    await audit.record({ action: 'auth.login_failed', ip: '198.51.100.1' });

    const [latest] = await listAuditEntries(context.database.db, { limit: 1 });
    expect(latest).toMatchObject({
      action: 'auth.login_failed',
      employerId: null,
      userId: null,
      details: null,
      ip: '198.51.100.1',
      occurredAt: new Date('2025-03-07T09:02:00Z'),
    });
  });

  it('lists one employer’s entries only, newest first, up to the limit', async () => {
    const audit = createAuditWriter({ db: context.database.db, clock });
    for (const action of [
      'employees.viewed',
      'employees.details_updated',
      'audit.exported',
    ] as const) {
      clock.advance(60_000);
      await audit.record({ employerId: employerA, userId, action });
    }

    const entries = await listAuditEntries(context.database.db, {
      employerId: employerA,
      limit: 3,
    });

    expect(entries.map((entry) => entry.action)).toEqual([
      'audit.exported',
      'employees.details_updated',
      'employees.viewed',
    ]);
    const all = await listAuditEntries(context.database.db, { limit: 100 });
    expect(all.map((entry) => entry.employerId)).toContain(employerB);
    expect(all).toHaveLength(6);
  });
});
