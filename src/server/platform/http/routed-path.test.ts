import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, fetchHeaders, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';

/**
 * Spellings of an API path that a client can send: letters of the guarded prefix `/api/` (and
 * of later segments) percent-encoded, double-encoded, in upper case, doubled slashes, an encoded
 * slash, a trailing slash and a query string. Some reach the route, some reach nothing.
 */
function spellingsOf(path: string): string[] {
  const rest = path.slice('/api'.length);
  const lastLetter = path.length - 1;
  return [
    path,
    `/%61pi${rest}`,
    `/a%70i${rest}`,
    `/ap%69${rest}`,
    `/%61%70%69${rest}`,
    `/%2561pi${rest}`,
    `/ap%2569${rest}`,
    `/API${rest}`,
    `/Api${rest}`,
    `/%41PI${rest}`,
    `//api${rest}`,
    `/api/${rest}`,
    `/api%2F${rest.slice(1)}`,
    `/api%2f${rest.slice(1)}`,
    `${path.slice(0, lastLetter)}%${path.charCodeAt(lastLetter).toString(16)}`,
    `${path}/`,
    `${path}?via=query`,
  ];
}

describeEachDatabase('guards decide on the routed path, not the raw URL', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, {
      PUBLIC_URL: 'http://localhost:3000',
      RATE_LIMIT_AUTH_PER_ACCOUNT: '10',
    });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('refuses every spelling of a state-changing API call without the CSRF header or from a foreign origin', async () => {
    const reached: string[] = [];
    for (const url of spellingsOf('/api/auth/login')) {
      const payload = { loginName: 'nobody', password: 'not the password' };
      const honest = await testApp.app.inject({
        method: 'POST',
        url,
        headers: fetchHeaders,
        payload,
      });
      if (honest.statusCode !== 404) reached.push(url);

      const withoutHeader = await testApp.app.inject({ method: 'POST', url, payload });
      const foreign = await testApp.app.inject({
        method: 'POST',
        url,
        headers: { ...fetchHeaders, origin: 'https://evil.example' },
        payload,
      });
      for (const refused of [withoutHeader, foreign]) {
        // 403 from the guard, or 404 for a spelling no route answers: never the handler's 401.
        expect([403, 404], `${url}: ${refused.body}`).toContain(refused.statusCode);
        if (honest.statusCode !== 404) expect(refused.statusCode, url).toBe(403);
      }
    }
    // The encoded spellings the router decodes do reach the login handler (the guard's case).
    expect(reached).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/%61pi/auth/login',
        '/a%70i/auth/login',
        '/ap%69/auth/login',
        '/%61%70%69/auth/login',
        '/api/auth/logi%6e',
      ]),
    );
  });

  it('sends no-store on every spelling that reaches an API route', async () => {
    for (const path of ['/api/openapi.json', '/api/auth/me']) {
      let reached = 0;
      for (const url of spellingsOf(path)) {
        const response = await testApp.app.inject({ method: 'GET', url });
        const json = String(response.headers['content-type']).includes('application/json');
        if (response.statusCode === 404 || !json) continue;
        reached += 1;
        expect(response.headers['cache-control'], url).toBe('no-store');
      }
      expect(reached).toBeGreaterThanOrEqual(6);
    }
  });

  it('counts the per-account limit per route, whatever the spelling of its URL', async () => {
    const spellings = spellingsOf('/api/auth/password-reset/request');
    const statuses: number[] = [];
    for (let i = 0; statuses.length < 11 && i < spellings.length * 3; i++) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: spellings[i % spellings.length] ?? '',
        headers: fetchHeaders,
        remoteAddress: `198.51.100.${i + 1}`,
        payload: { loginName: 'spelled.account' },
      });
      // A spelling no route answers (404) counts nothing and does nothing.
      if (response.statusCode !== 404) statuses.push(response.statusCode);
    }
    // Every spelling that reached the route drew from the same count of 10.
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
    expect(statuses[10]).toBe(429);
  });
});
