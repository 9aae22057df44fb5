import type { MessageTree } from '../message-tree.js';
import type { webhooksMessages as nl } from '../nl/webhooks.js';

/** Page "Koppelingen", section Webhook: events posted to the HR system (issue 13). */
export const webhooksMessages: MessageTree<typeof nl> = {
  ui: {
    title: 'Webhook to your HR system',
    intro:
      'Verzuim can send events straight to your HR system. Every message is signed following Standard Webhooks; verify the signature with the secret.',
    url: 'Address (URL)',
    urlHint:
      'The address of your HR system that receives the messages; always https in production.',
    enabled: 'Webhook on',
    events: 'Events',
    eventNames: {
      caseOpened: 'Case opened',
      caseChanged: 'Case changed',
      caseClosed: 'Case closed',
      taskDue: 'Task due (its due date came)',
      caseWithdrawn: 'Sick report withdrawn',
    },
    save: 'Save webhook',
    saved: 'The webhook has been saved.',
    secretCreated: 'Secret created or rotated on {{date}}',
    rotate: 'Rotate secret',
    rotateTitle: 'New secret for the webhook?',
    rotateText:
      'Messages are signed with the new secret from now on; the old secret stops working at once. Put the new secret in the HR system right away.',
    rotateConfirm: 'Yes, new secret',
    secretTitle: 'Store the webhook secret now',
    secretText:
      'This secret is shown only once. Your HR system uses it to verify the signature of every message. Lost it? Rotate the secret.',
    secret: 'Secret',
    done: 'I have stored the secret',
    remove: 'Remove webhook',
    removeTitle: 'Remove the webhook?',
    removeText:
      'The address, the secret, messages still waiting and the delivery log are removed. Verzuim sends nothing more to your HR system.',
    removeConfirm: 'Yes, remove',
    removed: 'The webhook has been removed.',
    sendTest: 'Send test event',
    testSent: 'Test event sent: {{status}}',
    testFailed: 'Test event not delivered: {{status}}',
    log: 'Delivery log',
    logEmpty: 'No messages have been sent yet.',
    createdAt: 'Time',
    type: 'Event',
    status: 'Status',
    attempts: 'Attempts',
    statuses: {
      pending: 'Will be retried',
      delivered: 'Delivered',
      failed: 'Failed',
    },
    nextAttempt: 'Next attempt {{date}}',
    attempt: '{{date}} · {{status}} · took {{duration}} ms',
    noAnswer: 'no answer',
  },
  fieldErrors: {
    webhook_url_https: 'Use an address that starts with https://.',
    duplicate_event: 'Each event can be chosen only once.',
  },
};
