import type { MessageTree } from '../message-tree.js';
import type { signalsMessages as nl } from '../nl/signals.js';

/** The six e-mail signals (DOMAIN.md §6): subject and body of each mail. */
export const signalsMessages: MessageTree<typeof nl> = {
  mail: {
    greeting: 'Dear {{name}},',
    open: 'See it in Verzuim: {{url}}',
    why: 'You receive this signal because your role "{{role}}" at {{employer}} receives signals about the employees within your dossier access. Signals come with the role and cannot be turned off one by one.',
    documents: {
      subject: 'Verzuim: new documents in case files',
      intro: 'New documents were placed in the case files of employees within your dossier access:',
      line: '- {{fileName}} for {{employee}} ({{category}})',
      feedback: 'Feedback after a consultation',
    },
    uwv_documents: {
      subject: 'Verzuim: new UWV documents',
      intro:
        'New UWV documents were placed in the case files of employees within your dossier access:',
      line: '- {{fileName}} for {{employee}}',
    },
    frequent_absence: {
      subject: 'Verzuim: {{employee}} reported sick {{number}} times in 12 months',
      body: 'On {{date}}, sickness report number {{number}} of {{employee}} within twelve months began. Frequent absence deserves attention: discuss it with the employee.',
    },
    employment_end: {
      subject: 'Verzuim: the employment of {{employee}} ends on {{date}}',
      body: '{{employee}} is sick and the fixed-term employment ends on {{date}}. Report the employee sick to the UWV on the last working day at the latest (sickness report at the end of employment).',
    },
    open_tasks: {
      subject: 'Verzuim: {{count}} open tasks',
      body: 'Within your dossier access {{count}} tasks are open, {{late}} of them late.',
    },
    open_cases: {
      subject: 'Verzuim: {{count}} open absence cases',
      body: 'Within your dossier access {{count}} employees are sick today (open absence cases).',
    },
  },
};
