import type { FunctionalAdvice } from '../../../contracts/dossier-advice.js';
import { defaultLocale } from '../../../contracts/common.js';
import type { MailMessage } from '../../platform/mail/mailer.js';
import { translator } from '../../platform/i18n/i18n.js';

/**
 * The functional advice as the employee receives it by e-mail: the same three texts the employer
 * reads, nothing more. The employee has no language setting, so the mail is in the default
 * language (Dutch).
 */
export function adviceMail(
  to: string,
  employeeName: string,
  advice: Pick<
    FunctionalAdvice,
    'workPossible' | 'expectedDuration' | 'adjustments' | 'authorName'
  >,
): MailMessage {
  const t = translator(defaultLocale);
  const section = (label: string, text: string) => `${label}\n${text}`;
  return {
    to,
    subject: t('dossier.advice.mail.subject'),
    text: [
      t('dossier.advice.mail.greeting', { name: employeeName }),
      t('dossier.advice.mail.intro', { author: advice.authorName }),
      section(t('dossier.advice.workPossible'), advice.workPossible),
      section(t('dossier.advice.expectedDuration'), advice.expectedDuration),
      section(
        t('dossier.advice.adjustments'),
        advice.adjustments === '' ? t('dossier.advice.noAdjustments') : advice.adjustments,
      ),
      t('dossier.advice.mail.closing'),
    ].join('\n\n'),
  };
}
