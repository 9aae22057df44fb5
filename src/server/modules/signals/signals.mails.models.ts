/** The text of each signal mail, in the recipient's language (i18n `signals.mail.*`). */
import type { Locale } from '../../../contracts/common.js';
import { formatDate } from '../../../contracts/formats.js';
import type { MailMessage } from '../../platform/mail/mailer.js';
import { translator } from '../../platform/i18n/i18n.js';

/** What a signal says, per kind; names are the employees' as the recipient may see them. */
export type SignalContent =
  | {
      kind: 'documents' | 'uwv_documents';
      /** `fileName` null: a terugkoppeling of the arbodienst, which has no file. */
      documents: { employee: string; fileName: string | null; category: string }[];
    }
  | { kind: 'frequent_absence'; employee: string; firstSickDay: string; number: number }
  | { kind: 'employment_end'; employee: string; endDate: string }
  | { kind: 'open_tasks'; count: number; late: number }
  | { kind: 'open_cases'; count: number };

/** Who gets the mail and why: the role and employer name the mail gives as its reason. */
export type SignalAddressee = {
  email: string;
  displayName: string;
  locale: Locale;
  role: string;
  employerName: string;
};

const documentKeys = {
  documents: {
    subject: 'signals.mail.documents.subject',
    intro: 'signals.mail.documents.intro',
    line: 'signals.mail.documents.line',
  },
  uwv_documents: {
    subject: 'signals.mail.uwv_documents.subject',
    intro: 'signals.mail.uwv_documents.intro',
    line: 'signals.mail.uwv_documents.line',
  },
};

export function signalMail(
  to: SignalAddressee,
  content: SignalContent,
  publicUrl: string,
): MailMessage {
  const t = translator(to.locale);
  const date = (value: string) => formatDate(value, to.locale);
  let subject: string;
  let body: string[];
  switch (content.kind) {
    case 'documents':
    case 'uwv_documents': {
      const keys = documentKeys[content.kind];
      subject = t(keys.subject);
      body = [
        t(keys.intro),
        ...content.documents.map((document) =>
          t(keys.line, {
            ...document,
            fileName: document.fileName ?? t('signals.mail.documents.feedback'),
            category: t(`dossier.categories.${document.category}`),
          }),
        ),
      ];
      break;
    }
    case 'frequent_absence': {
      const params = {
        employee: content.employee,
        number: content.number,
        date: date(content.firstSickDay),
      };
      subject = t('signals.mail.frequent_absence.subject', params);
      body = [t('signals.mail.frequent_absence.body', params)];
      break;
    }
    case 'employment_end': {
      const params = { employee: content.employee, date: date(content.endDate) };
      subject = t('signals.mail.employment_end.subject', params);
      body = [t('signals.mail.employment_end.body', params)];
      break;
    }
    case 'open_tasks':
      subject = t('signals.mail.open_tasks.subject', content);
      body = [t('signals.mail.open_tasks.body', content)];
      break;
    case 'open_cases':
      subject = t('signals.mail.open_cases.subject', content);
      body = [t('signals.mail.open_cases.body', content)];
      break;
  }
  const text = [
    t('signals.mail.greeting', { name: to.displayName }),
    '',
    ...body,
    '',
    t('signals.mail.open', { url: `${publicUrl}/` }),
    '',
    t('signals.mail.why', { role: t(`users.roles.${to.role}`), employer: to.employerName }),
  ].join('\n');
  return { to: to.email, subject, text };
}
