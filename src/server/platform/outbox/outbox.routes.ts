import type { FastifyInstance } from 'fastify';
import type { Translate } from '../i18n/i18n.js';
import type { OutboxMessage, OutboxRepository } from './outbox.repository.js';

/** Enough to find the mail just sent; older messages stay in the table. */
const pageSize = 100;

/**
 * The development outbox: mail and SMS that no gateway delivered, so a person can follow
 * set-password and reset links on a laptop. Registered only when `config.devPages` is true,
 * which also keeps the full bodies in memory: the table itself holds no usable link.
 */
export async function outboxRoutes(
  app: FastifyInstance,
  options: { outbox: OutboxRepository },
): Promise<void> {
  const { outbox } = options;

  app.get('/dev/outbox', { schema: { hide: true } }, async (request, reply) => {
    const messages = await outbox.listRecent(pageSize);
    // The development copies hold live set-password and reset links: never keep them in a cache.
    return reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderOutboxPage(messages, request.locale, request.t));
  });

  app.get('/dev/outbox.json', { schema: { hide: true } }, async (_request, reply) => {
    const messages = await outbox.listRecent(pageSize);
    return reply.header('cache-control', 'no-store').send({ messages });
  });
}

function renderOutboxPage(messages: OutboxMessage[], locale: string, t: Translate): string {
  const title = escapeHtml(t('dev.outbox.title'));
  const list =
    messages.length === 0
      ? `<p class="empty">${escapeHtml(t('dev.outbox.empty'))}</p>`
      : `<ol class="messages">${messages.map((message) => renderMessage(message, t)).join('')}</ol>`;
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; }
.messages { list-style: none; padding: 0; }
.message { border: 1px solid #c8c8c8; border-radius: 6px; margin: 0 0 1rem; padding: 0.75rem 1rem; }
.channel { display: inline-block; font-weight: 600; padding: 0 0.5rem; border-radius: 4px; background: #e3ecfa; }
.channel-sms { background: #e6f4e6; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; background: #f6f6f6; padding: 0.75rem; margin: 0; }
a { color: #0b57d0; }
.empty { padding: 2rem; text-align: center; border: 1px dashed #c8c8c8; border-radius: 6px; }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escapeHtml(t('dev.outbox.intro'))}</p>
${list}
</main>
</body>
</html>
`;
}

function renderMessage(message: OutboxMessage, t: Translate): string {
  const channel = message.channel === 'mail' ? t('dev.outbox.mail') : t('dev.outbox.sms');
  const sentAt = message.createdAt.toISOString();
  const subject =
    message.subject === null
      ? ''
      : `<dt>${escapeHtml(t('dev.outbox.subject'))}</dt><dd>${escapeHtml(message.subject)}</dd>`;
  return `<li class="message">
<span class="channel channel-${message.channel}">${escapeHtml(channel)}</span>
<dl>
<dt>${escapeHtml(t('dev.outbox.sentAt'))}</dt><dd><time datetime="${sentAt}">${sentAt.slice(0, 19).replace('T', ' ')} UTC</time></dd>
<dt>${escapeHtml(t('dev.outbox.to'))}</dt><dd>${escapeHtml(message.recipient)}</dd>
${subject}
</dl>
<pre>${linkify(message.bodyText)}</pre>
</li>`;
}

const urlPattern = /https?:\/\/[^\s<>"']+/g;

/** Escapes the text and turns each http(s) URL in it into a link a person can click. */
function linkify(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    // Punctuation closing a sentence is not part of the link.
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    html += escapeHtml(text.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
