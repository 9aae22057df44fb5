import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  WebhookDelivery,
  WebhookSettings,
  WebhookWithSecret,
} from '../../../contracts/webhooks.js';
import { selectRows } from '../../db/connection.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { verifyWebhook } from '../../platform/webhooks/standard-webhooks.js';
import {
  actorOf,
  callApi,
  createTestApp,
  createTestUser,
  logIn,
  type TestApp,
} from '../../test/app.js';
import { reportSick } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { createWebhooksUseCases, retryDelaySeconds } from './integration.webhooks.usecases.js';

type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A receiver in this process: records each message and answers with the next queued status. */
async function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = answers.shift() ?? 200;
      response.end(response.statusCode >= 500 ? 'x'.repeat(5000) : 'ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeEachDatabase('Webhooks (Koppelingen): signed events, retries, delivery log', (context) => {
  let testApp: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await testApp.close();
    await receiver.close();
  });

  async function integrationEmployer() {
    const user = await createTestUser(testApp, { role: 'super_user_integration' });
    const cookie = await logIn(testApp, user);
    return { user, cookie, employerId: trustEmployerId(user.employerId) };
  }

  async function configure(cookie: string, body: object) {
    const response = await callApi(testApp, cookie, 'PUT', '/api/integration/webhook', body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<WebhookWithSecret>();
  }

  async function deliveries(cookie: string) {
    const response = await callApi(testApp, cookie, 'GET', '/api/integration/webhook/deliveries');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ deliveries: WebhookDelivery[] }>().deliveries;
  }

  const verified = (secret: string, message: Received) =>
    verifyWebhook(
      secret,
      {
        id: message.headers['webhook-id'] as string,
        timestamp: message.headers['webhook-timestamp'] as string,
        signature: message.headers['webhook-signature'] as string,
      },
      message.body,
      { nowSeconds: Math.floor(testApp.clock.now().getTime() / 1000) },
    );

  it('a case opened and closed reaches the endpoint signed, once each; a 500 is retried with backoff', async () => {
    const { cookie, employerId } = await integrationEmployer();
    const saved = await configure(cookie, {
      url: receiver.url,
      enabled: true,
      events: ['case.opened', 'case.closed'],
    });
    const secret = saved.secret ?? '';
    expect(secret).toMatch(/^whsec_/);
    const read = await callApi(testApp, cookie, 'GET', '/api/integration/webhook');
    expect(read.body).not.toContain(secret);
    expect(read.json<WebhookSettings>()).toMatchObject({ configured: true, enabled: true });

    const { id: departmentId } = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const employeeId = await hireEmployee(testApp.modules.employees, employerId, { departmentId });
    const caseId = await reportSick(testApp, cookie, employeeId, { firstSickDay: '2026-02-23' });
    // case.changed is not subscribed: the percentage change enqueues nothing.
    const changed = await callApi(testApp, cookie, 'POST', `/api/cases/${caseId}/percentage`, {
      from: '2026-03-01',
      percentage: 50,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const recovered = await callApi(testApp, cookie, 'POST', `/api/cases/${caseId}/recovery`, {
      lastSickDay: '2026-03-02',
    });
    expect(recovered.statusCode, recovered.body).toBe(200);

    const before = receiver.received.length;
    receiver.answers.push(500);
    expect(await testApp.modules.webhooks.dispatch()).toEqual({ attempted: 2 });
    const first = receiver.received.slice(before);
    expect(first).toHaveLength(2);
    for (const message of first) expect(verified(secret, message)).toBe(true);
    const types = first.map((message) => JSON.parse(message.body).type);
    expect(types).toEqual(['case.opened', 'case.closed']);
    expect(JSON.parse(first[0]?.body ?? '{}').data).toMatchObject({ caseId, employeeId });

    let log = await deliveries(cookie);
    const failed = log.find((delivery) => delivery.type === 'case.opened');
    expect(failed).toMatchObject({ status: 'pending', attempts: [{ statusCode: 500 }] });
    // Only a short excerpt of the answer is kept.
    expect(failed?.attempts[0]?.responseExcerpt?.length).toBeLessThanOrEqual(512);
    expect(log.find((delivery) => delivery.type === 'case.closed')).toMatchObject({
      status: 'delivered',
      attempts: [{ statusCode: 200, error: null }],
    });

    // Not yet due: nothing goes. After the backoff: the same message id again, and delivered.
    testApp.clock.advance((retryDelaySeconds(1) - 1) * 1000);
    expect(await testApp.modules.webhooks.dispatch()).toEqual({ attempted: 0 });
    testApp.clock.advance(1000);
    expect(await testApp.modules.webhooks.dispatch()).toEqual({ attempted: 1 });
    const retried = receiver.received.at(-1);
    expect(retried?.headers['webhook-id']).toBe(first[0]?.headers['webhook-id']);
    expect(retried && verified(secret, retried)).toBe(true);
    log = await deliveries(cookie);
    expect(log.find((delivery) => delivery.type === 'case.opened')).toMatchObject({
      status: 'delivered',
      nextAttemptAt: null,
      attempts: [{ statusCode: 500 }, { statusCode: 200 }],
    });
    expect(await testApp.modules.webhooks.dispatch()).toEqual({ attempted: 0 });
  });

  it('one employer whose secret no longer opens does not hold up the others’ deliveries', async () => {
    const broken = await integrationEmployer();
    const healthy = await integrationEmployer();
    const events = { url: receiver.url, enabled: true, events: ['case.opened'] };
    await configure(broken.cookie, events);
    const { secret } = await configure(healthy.cookie, events);
    for (const { cookie, employerId } of [broken, healthy]) {
      const { id: departmentId } = await testApp.modules.organisation.createDepartment(employerId, {
        name: 'Zorg',
        parentId: null,
      });
      const employeeId = await hireEmployee(testApp.modules.employees, employerId, {
        departmentId,
      });
      await reportSick(testApp, cookie, employeeId, { firstSickDay: '2026-02-23' });
    }
    // Sealed for another employer: it does not open under this one's context.
    await testApp.platform.database.db.execute(
      sql`update webhook_endpoints set sealed_secret = (select sealed_secret from webhook_endpoints
          where employer_id = ${healthy.employerId}) where employer_id = ${broken.employerId}`,
    );

    const before = receiver.received.length;
    await expect(testApp.modules.webhooks.dispatch()).rejects.toThrow(
      /1 employer\(s\) failed; 1 attempts made/,
    );
    const sent = receiver.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(verified(secret ?? '', sent[0]!)).toBe(true);
    expect((await deliveries(healthy.cookie))[0]).toMatchObject({ status: 'delivered' });
    expect((await deliveries(broken.cookie))[0]).toMatchObject({ status: 'pending', attempts: [] });
  });

  it('a disabled webhook sends no events; the test button still reaches the endpoint', async () => {
    const { cookie, employerId } = await integrationEmployer();
    await configure(cookie, { url: receiver.url, enabled: false, events: ['case.opened'] });
    const { id: departmentId } = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const employeeId = await hireEmployee(testApp.modules.employees, employerId, { departmentId });
    await reportSick(testApp, cookie, employeeId, { firstSickDay: '2026-03-02' });
    expect(await deliveries(cookie)).toEqual([]);

    const before = receiver.received.length;
    const test = await callApi(testApp, cookie, 'POST', '/api/integration/webhook/test');
    expect(test.statusCode, test.body).toBe(200);
    expect(test.json<WebhookDelivery>()).toMatchObject({
      type: 'webhook.test',
      status: 'delivered',
      attempts: [{ statusCode: 200, error: null, responseExcerpt: 'ok' }],
    });
    expect(receiver.received.slice(before).map((message) => JSON.parse(message.body).type)).toEqual(
      ['webhook.test'],
    );
  });

  it('a rotated secret signs from then on; the old one no longer verifies', async () => {
    const { cookie } = await integrationEmployer();
    const first = await configure(cookie, { url: receiver.url, enabled: true, events: [] });
    // A second save keeps the secret and does not show it again.
    expect((await configure(cookie, { url: receiver.url, enabled: true, events: [] })).secret).toBe(
      null,
    );
    const rotated = await callApi(testApp, cookie, 'POST', '/api/integration/webhook/rotate');
    const secret = rotated.json<WebhookWithSecret>().secret ?? '';
    expect(secret).not.toBe(first.secret);
    await callApi(testApp, cookie, 'POST', '/api/integration/webhook/test');
    const message = receiver.received.at(-1);
    expect(message && verified(secret, message)).toBe(true);
    expect(message && verified(first.secret ?? '', message)).toBe(false);
  });

  it("employer A's webhook and delivery log are not employer B's", async () => {
    const a = await integrationEmployer();
    await configure(a.cookie, { url: receiver.url, enabled: true, events: ['case.opened'] });
    await callApi(testApp, a.cookie, 'POST', '/api/integration/webhook/test');
    expect(await deliveries(a.cookie)).toHaveLength(1);

    const b = await integrationEmployer();
    expect(await deliveries(b.cookie)).toEqual([]);
    const settings = await callApi(testApp, b.cookie, 'GET', '/api/integration/webhook');
    expect(settings.json()).toEqual({
      configured: false,
      url: null,
      enabled: false,
      events: [],
      secretCreatedAt: null,
    });
    expect(
      (await callApi(testApp, b.cookie, 'POST', '/api/integration/webhook/test')).statusCode,
    ).toBe(404);
    expect(
      (await callApi(testApp, b.cookie, 'POST', '/api/integration/webhook/rotate')).statusCode,
    ).toBe(404);
  });

  it('refuses bad input and users without the integration permission', async () => {
    const { cookie } = await integrationEmployer();
    const bad: [object, string][] = [
      [{ url: 'not a url', enabled: true, events: [] }, 'url'],
      [{ url: 'ftp://example.com/x', enabled: true, events: [] }, 'url'],
      [{ url: receiver.url, enabled: true, events: ['case.deleted'] }, 'events.0'],
      [{ url: receiver.url, enabled: true, events: ['case.opened', 'case.opened'] }, 'events'],
      [{ url: receiver.url, enabled: 'yes', events: [] }, 'enabled'],
      [{ url: receiver.url, enabled: true, events: [], extra: 1 }, ''],
    ];
    for (const [body, path] of bad) {
      const response = await callApi(testApp, cookie, 'PUT', '/api/integration/webhook', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      if (path) expect(response.body, JSON.stringify(body)).toContain(`"path":"${path}"`);
    }

    const plain = await createTestUser(testApp, { role: 'super_user' });
    const plainCookie = await logIn(testApp, plain);
    for (const [method, url] of [
      ['GET', '/api/integration/webhook'],
      ['GET', '/api/integration/webhook/deliveries'],
      ['POST', '/api/integration/webhook/test'],
      ['DELETE', '/api/integration/webhook'],
    ] as const) {
      expect((await callApi(testApp, plainCookie, method, url)).statusCode).toBe(403);
    }
  });

  it('removing the webhook removes its secret, its pending messages and its log; nothing is sent after', async () => {
    const { cookie, employerId } = await integrationEmployer();
    const other = await integrationEmployer();
    const settings = { url: receiver.url, enabled: true, events: ['case.opened'] };
    const first = (await configure(cookie, settings)).secret;
    await configure(other.cookie, settings);
    const { id: departmentId } = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const employeeId = await hireEmployee(testApp.modules.employees, employerId, { departmentId });
    await reportSick(testApp, cookie, employeeId, { firstSickDay: '2026-02-23' });
    expect(await deliveries(cookie)).toHaveLength(1);

    const removed = await callApi(testApp, cookie, 'DELETE', '/api/integration/webhook');
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await deliveries(cookie)).toEqual([]);
    const read = await callApi(testApp, cookie, 'GET', '/api/integration/webhook');
    expect(read.json<WebhookSettings>()).toMatchObject({ configured: false, url: null });
    const before = receiver.received.length;
    // An earlier test's employer keeps a secret that no longer opens: the round reports it.
    await testApp.modules.webhooks.dispatch().catch((error: unknown) => {
      expect(error).toBeInstanceOf(AggregateError);
    });
    expect(
      receiver.received
        .slice(before)
        .filter((message) => JSON.parse(message.body).data?.employeeId === employeeId),
    ).toEqual([]);
    // The other employer's webhook is untouched; a second removal finds nothing.
    const theirs = await callApi(testApp, other.cookie, 'GET', '/api/integration/webhook');
    expect(theirs.json<WebhookSettings>()).toMatchObject({ configured: true });
    expect((await callApi(testApp, cookie, 'DELETE', '/api/integration/webhook')).statusCode).toBe(
      404,
    );
    // Saved again, it starts afresh with a new secret.
    const again = (await configure(cookie, settings)).secret;
    expect(again).toMatch(/^whsec_/);
    expect(again).not.toBe(first);
    const [entry] = await selectRows<{ action: string }>(
      testApp.platform.database.db,
      sql`select action from audit_log where action = 'webhooks.deleted' and subject_id = ${employerId}`,
    );
    expect(entry?.action).toBe('webhooks.deleted');
  });

  it('in production only https endpoints are accepted', async () => {
    // The use cases as production wires them (app.ts: not outside production).
    const strict = createWebhooksUseCases({
      db: testApp.platform.database.db,
      clock: testApp.clock,
      audit: testApp.platform.audit,
      secretBox: testApp.platform.secretBox,
      allowInsecureEndpoints: false,
    });
    const { user } = await integrationEmployer();
    const employerActor = await actorOf(testApp, user.userId, trustEmployerId(user.employerId));
    await expect(
      strict.saveWebhook(employerActor, { url: receiver.url, enabled: true, events: [] }),
    ).rejects.toMatchObject({ status: 400 });
    // And an https endpoint on this host is not reached (no SSRF into the own network).
    await strict.saveWebhook(employerActor, {
      url: 'https://127.0.0.1:9/hooks',
      enabled: true,
      events: [],
    });
    const test = await strict.sendTestEvent(employerActor);
    expect(test.attempts[0]).toMatchObject({ statusCode: null, error: 'address not allowed' });
  });
});
