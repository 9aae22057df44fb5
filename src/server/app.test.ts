import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './test/databases.js';
import { createTestApp, fetchHeaders, type TestApp } from './test/app.js';

describeEachDatabase('the HTTP server', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('reports healthy when the database answers', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: context.kind });
  });

  it('exposes Prometheus metrics with request durations by route', async () => {
    await testApp.app.inject({ method: 'GET', url: '/healthz' });
    const response = await testApp.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\}/,
    );
    expect(response.body).toContain('process_cpu_user_seconds_total');
  });

  it('counts the statements sent to the database in /metrics', async () => {
    const roundTrips = async () => {
      const body = (await testApp.app.inject({ method: 'GET', url: '/metrics' })).body;
      return Number(/^db_round_trips_total (\d+)$/m.exec(body)?.[1]);
    };
    const before = await roundTrips();
    await testApp.app.inject({ method: 'GET', url: '/healthz' });
    expect(await roundTrips()).toBe(before + 1);
  });

  it('publishes OpenAPI generated from the route schemas, with a UI', async () => {
    const spec = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    const document = spec.json() as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.paths['/api/auth/login']?.post?.requestBody).toBeDefined();
    const ui = await testApp.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('answers malformed JSON with 400 and the error shape, in the language asked for', async () => {
    const dutch = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...fetchHeaders, 'content-type': 'application/json', 'accept-language': 'nl-NL' },
      payload: '{"loginName": ',
    });
    const english = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        ...fetchHeaders,
        'content-type': 'application/json',
        'accept-language': 'en-GB,en;q=0.9',
      },
      payload: '{"loginName": ',
    });
    expect(dutch.statusCode).toBe(400);
    expect(dutch.json()).toEqual({
      error: { code: 'malformed_json', message: expect.any(String) },
    });
    expect(english.json().error.code).toBe('malformed_json');
    expect(english.json().error.message).not.toBe(dutch.json().error.message);
  });

  it('names each field that is unknown, missing or of the wrong type', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...fetchHeaders, 'accept-language': 'en' },
      payload: { password: 12, admin: true },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as {
      error: { code: string; fields: { path: string; code: string; message: string }[] };
    };
    expect(body.error.code).toBe('validation');
    expect(body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'loginName', code: 'required' }),
        expect.objectContaining({ path: 'password', code: 'invalid_type' }),
        expect.objectContaining({ path: 'admin', code: 'unknown_key' }),
      ]),
    );
    for (const field of body.error.fields) expect(field.message).not.toMatch(/^errors\./);
  });

  it('refuses an oversize body with 413 and an unsupported content type with 415', async () => {
    const big = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: fetchHeaders,
      payload: { loginName: 'x', password: 'y'.repeat(10_000) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const xml = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...fetchHeaders, 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('unsupported_media_type');
  });

  it('answers an unknown API path with 404 in the error shape', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('refuses a state-changing API call without the X-Requested-With header (CSRF guard)', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { loginName: 'demo', password: 'whatever-password' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });

  it('sends security headers, and no-store on the API', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('never answers 500 to arbitrary request bodies', async () => {
    let served = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        fc.constantFrom('/api/auth/login', '/api/auth/second-factor', '/api/me/preferences'),
        async (payload, url) => {
          const response = await testApp.app.inject({
            method: url === '/api/me/preferences' ? 'PATCH' : 'POST',
            url,
            headers: { ...fetchHeaders, 'content-type': 'application/json' },
            payload,
          });
          served += 1;
          expect(response.statusCode).toBeGreaterThanOrEqual(400);
          expect(response.statusCode).toBeLessThan(500);
          expect(response.json()).toHaveProperty('error.code');
        },
      ),
      { numRuns: 300 },
    );
    expect(served).toBe(300);
  });
});
