import type * as Argon2 from '@node-rs/argon2';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createTestApp, createTestUser, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import type { AppError } from '../../platform/errors.js';
import { passwordHashParameters } from '../../platform/crypto/passwords.js';

/** Every argon2 verification, by the hash it was given (the hash names its parameters). */
const argon2 = vi.hoisted(() => ({ verified: [] as string[] }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof Argon2>();
  return {
    ...real,
    verify: (hash: string, ...rest: [string]) => {
      argon2.verified.push(hash);
      return real.verify(hash, ...rest);
    },
  };
});

/** `$argon2id$v=19$m=19456,t=2,p=1`: algorithm, version and cost, without salt and digest. */
const parametersOf = (hash: string) => hash.split('$').slice(0, 4).join('$');

describeEachDatabase('the password step does the same work for every login name', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  /**
   * One refused password step: the argon2 verifications and the account look-ups and writes it
   * made before answering, and the answer.
   */
  async function refusedStep(loginName: string, password: string) {
    const users = testApp.modules.users as unknown as Record<string, unknown>;
    const spies = Object.keys(users)
      .filter((name) => typeof users[name] === 'function')
      .map((name) => ({ name, spy: vi.spyOn(users as Record<string, () => unknown>, name) }));
    const audit = vi.spyOn(testApp.platform.audit, 'record');
    argon2.verified.length = 0;
    const meta = { ip: '203.0.113.7', userAgent: undefined, requestId: 'password-check' };
    const error = await testApp.modules.auth.loginWithPassword(loginName, password, meta).then(
      () => undefined,
      (caught: AppError) => caught,
    );
    const work = {
      verifications: argon2.verified.map(parametersOf),
      accountCalls: spies.filter(({ spy }) => spy.mock.calls.length > 0).map(({ name }) => name),
      auditRecords: audit.mock.calls.length,
      answer: { code: error?.code, status: error?.status },
    };
    vi.restoreAllMocks();
    await testApp.modules.auth.settled();
    return work;
  }

  it('verifies once with the same argon2 parameters, and answers alike, known or not', async () => {
    const known = await createTestUser(testApp);
    const invited = await createTestUser(testApp);
    const blocked = await createTestUser(testApp);
    const deactivated = await createTestUser(testApp);
    const db = testApp.platform.database.sql;
    await db.query('update users set password_hash = null where id = $1', [invited.userId]);
    await db.query('update users set blocked_at = now() where id = $1', [blocked.userId]);
    await db.query('update users set deactivated_at = $2 where id = $1', [
      deactivated.userId,
      testApp.clock.now(),
    ]);
    const [stored] = (
      await db.query<{ password_hash: string }>('select password_hash from users where id = $1', [
        known.userId,
      ])
    ).rows;

    const steps = {
      unknown: await refusedStep('nobody-has-this-login-name', 'some password here'),
      wrongPassword: await refusedStep(known.loginName, 'not the password, really'),
      noPasswordYet: await refusedStep(invited.loginName, 'some password here'),
      blockedRightPassword: await refusedStep(blocked.loginName, blocked.password),
      deactivatedRightPassword: await refusedStep(deactivated.loginName, deactivated.password),
    };

    const expected = {
      verifications: [parametersOf(stored?.password_hash ?? '')],
      accountCalls: ['findByLoginName'],
      auditRecords: 0,
      answer: { code: 'invalid_credentials', status: 401 },
    };
    const { memoryCost, timeCost, parallelism } = passwordHashParameters;
    expect(expected.verifications).toEqual([
      `$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}`,
    ]);
    for (const step of Object.values(steps)) expect(step).toEqual(expected);

    // The account's bookkeeping still happens, after the answer.
    const [row] = (
      await db.query<{ failed_login_count: number }>(
        'select failed_login_count from users where id = $1',
        [known.userId],
      )
    ).rows;
    expect(row?.failed_login_count).toBe(1);
  });
});
