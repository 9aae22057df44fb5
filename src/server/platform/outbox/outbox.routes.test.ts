import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import type { Translate } from '../i18n/i18n.js';
import { createOutboxRepository, type OutboxRepository } from './outbox.repository.js';
import { outboxRoutes } from './outbox.routes.js';

/** The routes alone, with a translate function that answers the key, so texts show their key. */
async function buildApp(outbox: OutboxRepository): Promise<FastifyInstance> {
  const app = Fastify();
  app.decorateRequest('locale', 'nl');
  app.decorateRequest('t', null as unknown as Translate);
  app.addHook('onRequest', async (request) => {
    request.t = (key) => key;
  });
  await app.register(outboxRoutes, { outbox });
  return app;
}

describeEachDatabase('development outbox page', (context) => {
  let app: FastifyInstance;
  let outbox: OutboxRepository;
  beforeAll(async () => {
    // As the app builds it wherever the development pages are on.
    outbox = createOutboxRepository(context.database.db, { devCopies: true });
    app = await buildApp(outbox);
  });
  afterAll(async () => {
    await app.close();
  });

  it('says clearly that the outbox is empty when nothing was sent', async () => {
    const response = await app.inject({ method: 'GET', url: '/dev/outbox' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<title>dev.outbox.title</title>');
    expect(response.body).toContain('<p class="empty">dev.outbox.empty</p>');
    const json = await app.inject({ method: 'GET', url: '/dev/outbox.json' });
    expect(json.json()).toEqual({ messages: [] });
  });

  it('shows mail and SMS newest first with time, recipient, subject and a clickable link', async () => {
    await outbox.add({
      channel: 'mail',
      recipient: 'anna@example.nl',
      subject: 'Stel je wachtwoord in',
      bodyText: 'Ga naar https://verzuim.test/set-password?token=abc&lang=nl.\nGroet',
      createdAt: new Date('2025-03-07T09:00:00Z'),
    });
    await outbox.add({
      channel: 'sms',
      recipient: '+31612345678',
      bodyText: 'Je code is 482913',
      createdAt: new Date('2025-03-07T09:05:00Z'),
    });

    const response = await app.inject({ method: 'GET', url: '/dev/outbox' });
    const body = response.body;

    expect(response.headers['cache-control']).toBe('no-store');
    expect(body).not.toContain('dev.outbox.empty');
    expect(body.indexOf('+31612345678')).toBeLessThan(body.indexOf('anna@example.nl'));
    expect(body).toContain(
      '<time datetime="2025-03-07T09:05:00.000Z">2025-03-07 09:05:00 UTC</time>',
    );
    expect(body).toContain('<dt>dev.outbox.to</dt><dd>anna@example.nl</dd>');
    expect(body).toContain('<dt>dev.outbox.subject</dt><dd>Stel je wachtwoord in</dd>');
    expect(body).toContain('dev.outbox.sentAt');
    expect(body).toContain('>dev.outbox.mail</span>');
    expect(body).toContain('>dev.outbox.sms</span>');
    // The sentence's full stop stays outside the link; the & is escaped in both places.
    expect(body).toContain(
      'Ga naar <a href="https://verzuim.test/set-password?token=abc&amp;lang=nl">' +
        'https://verzuim.test/set-password?token=abc&amp;lang=nl</a>.\nGroet',
    );
  });

  it('escapes every text from a message, so a message cannot inject markup', async () => {
    await outbox.add({
      channel: 'mail',
      recipient: '"Eve" <eve@example.nl>',
      subject: '<script>alert(1)</script>',
      bodyText: 'Klik <b>hier</b>: https://evil.test/"><script>x()</script>',
      createdAt: new Date('2025-03-08T10:00:00Z'),
    });

    const body = (await app.inject({ method: 'GET', url: '/dev/outbox' })).body;

    expect(body).not.toContain('<script>');
    expect(body).not.toContain('<b>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('&quot;Eve&quot; &lt;eve@example.nl&gt;');
    expect(body).toContain(
      '<a href="https://evil.test/">https://evil.test/</a>&quot;&gt;&lt;script&gt;',
    );
  });

  it('serves the same messages as JSON, newest first', async () => {
    const response = await app.inject({ method: 'GET', url: '/dev/outbox.json' });
    const { messages } = response.json<{
      messages: { channel: string; recipient: string; createdAt: string }[];
    }>();

    expect(response.headers['cache-control']).toBe('no-store');
    expect(
      messages.map((message) => [message.channel, message.recipient, message.createdAt]),
    ).toEqual([
      ['mail', '"Eve" <eve@example.nl>', '2025-03-08T10:00:00.000Z'],
      ['sms', '+31612345678', '2025-03-07T09:05:00.000Z'],
      ['mail', 'anna@example.nl', '2025-03-07T09:00:00.000Z'],
    ]);
  });
});
