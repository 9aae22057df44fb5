import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestInstances, createTestUser, fetchHeaders, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';

describeEachDatabase('rate limits and lockout across two app instances', (context) => {
  let one: TestApp;
  let two: TestApp;
  let instances: TestApp[];
  beforeAll(async () => {
    instances = await createTestInstances([context.database, context.database], {
      RATE_LIMIT_AUTH_PER_IP: '20',
      RATE_LIMIT_AUTH_PER_ACCOUNT: '10',
    });
    [one, two] = instances as [TestApp, TestApp];
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
  });

  /** A login attempt on an instance, and the bookkeeping that follows its answer. */
  const attempt = async (
    instance: TestApp,
    loginName: string,
    password: string,
    remoteAddress = '198.51.100.1',
  ) => {
    const response = await instance.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: fetchHeaders,
      remoteAddress,
      payload: { loginName, password },
    });
    await instance.modules.auth.settled();
    return response;
  };
  const advanceBoth = (ms: number) => {
    for (const instance of instances) instance.clock.advance(ms);
  };

  it('allows 20 login attempts a minute from one IP across both instances, not 20 each', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const instance = i % 2 === 0 ? one : two;
      statuses.push((await attempt(instance, `nobody-${i}`, 'a wrong password')).statusCode);
    }
    expect(statuses.every((status) => status === 401)).toBe(true);
    for (const instance of [one, two]) {
      const refused = await attempt(instance, 'nobody-else', 'a wrong password');
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.code).toBe('rate_limited');
    }
    // A minute later the window has ended, on either instance.
    advanceBoth(60_000);
    expect((await attempt(two, 'nobody-later', 'a wrong password')).statusCode).toBe(401);
  });

  it('limits one account to 10 requests a minute whichever instance and address they come from', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await (i % 2 === 0 ? one : two).app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/request',
        headers: fetchHeaders,
        remoteAddress: `192.0.2.${i + 1}`,
        payload: { loginName: i % 3 === 0 ? 'Shared.Target' : ' shared.target ' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
    for (const instance of instances) await instance.modules.auth.settled();
  });

  it('counts simultaneous requests to both instances exactly', async () => {
    advanceBoth(60_000);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        attempt(i % 2 === 0 ? one : two, `burst-${i}`, 'a wrong password', '198.51.100.9'),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
  });

  it('blocks an account after 5 wrong passwords spread over both instances', async () => {
    advanceBoth(60_000);
    const user = await createTestUser(one);
    for (let i = 0; i < 5; i++) {
      const response = await attempt(i % 2 === 0 ? one : two, user.loginName, 'wrong password!');
      expect(response.statusCode).toBe(401);
    }
    // The right password on either instance gets the wrong password's answer now.
    for (const instance of instances) {
      const right = await attempt(instance, user.loginName, user.password);
      expect(right.statusCode).toBe(401);
      expect(right.json().error.code).toBe('invalid_credentials');
    }
    const { rows } = await context.database.sql.query<{ blocked: boolean }>(
      'select blocked_at is not null as blocked from users where id = $1',
      [user.userId],
    );
    expect(rows[0]?.blocked).toBe(true);
  });

  it('removes the counters of ended windows when the cleanup job runs', async () => {
    const count = async () =>
      (
        await context.database.sql.query<{ n: number }>(
          'select count(*)::int as n from rate_limit_counters',
        )
      ).rows[0]?.n ?? 0;
    expect(await count()).toBeGreaterThan(0);
    advanceBoth(60_000);
    const { removed } = await one.platform.rateLimits.cleanup();
    expect(removed).toBeGreaterThan(0);
    expect(await count()).toBe(0);
  });
});
