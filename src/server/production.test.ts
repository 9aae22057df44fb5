import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test/app.js';
import { describeEachDatabase } from './test/databases.js';

const production = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://verzuim.example.nl',
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 3).toString('base64')}`,
};
const metricsToken = 'metrics-token-of-at-least-32-characters';

describeEachDatabase('production: nothing for operators is public', (context) => {
  let plain: TestApp;
  let withToken: TestApp;
  beforeAll(async () => {
    plain = await createTestApp(context.database, production);
    withToken = await createTestApp(context.database, {
      ...production,
      METRICS_TOKEN: metricsToken,
    });
  });
  afterAll(async () => {
    await plain.close();
    await withToken.close();
  });

  it('serves neither /metrics nor the API docs, in any spelling', async () => {
    for (const url of [
      '/metrics',
      '/%6detrics',
      '/api/docs',
      '/api/docs/',
      '/api/docs/static/index.html',
      '/api/openapi.json',
      '/%61pi/openapi.json',
      '/api/docs/json',
    ]) {
      const response = await plain.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('serves /metrics only with its bearer token, in any spelling', async () => {
    for (const url of ['/metrics', '/%6detrics', '/metrics/']) {
      for (const authorization of [
        undefined,
        'Bearer wrong',
        `Bearer ${metricsToken}x`,
        metricsToken,
      ]) {
        const response = await withToken.app.inject({
          method: 'GET',
          url,
          headers: authorization === undefined ? {} : { authorization },
        });
        expect(response.statusCode, `${url} ${authorization}`).toBe(401);
        expect(response.body).not.toContain('http_request_duration_seconds');
      }
      const allowed = await withToken.app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${metricsToken}` },
      });
      expect(allowed.statusCode).toBe(200);
      expect(allowed.body).toContain('http_request_duration_seconds');
    }
  });

  it('still builds the OpenAPI document in-process (for tests), only not over HTTP', () => {
    const document = plain.app.swagger() as { paths: Record<string, unknown> };
    expect(document.paths['/api/auth/login']).toBeDefined();
  });
});
