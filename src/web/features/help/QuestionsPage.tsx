import { Accordion, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';

/** Vragen: frequently asked questions about logging in. */
export function QuestionsPage() {
  const { t } = useTranslation();
  const questions = [
    {
      id: 'two-factor',
      question: t('help.faq.twoFactor.question'),
      answer: t('help.faq.twoFactor.answer'),
    },
    {
      id: 'authenticator-app',
      question: t('help.faq.authenticatorApp.question'),
      answer: t('help.faq.authenticatorApp.answer'),
    },
    {
      id: 'forgot-password',
      question: t('help.faq.forgotPassword.question'),
      answer: t('help.faq.forgotPassword.answer'),
    },
    {
      id: 'account-blocked',
      question: t('help.faq.accountBlocked.question'),
      answer: t('help.faq.accountBlocked.answer'),
    },
  ];

  return (
    <Page title={t('help.title')} description={t('help.intro')}>
      <Accordion variant="separated" radius="md" maw={800} order={2}>
        {questions.map(({ id, question, answer }) => (
          <Accordion.Item key={id} value={id}>
            <Accordion.Control>{question}</Accordion.Control>
            <Accordion.Panel>
              <Text>{answer}</Text>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Page>
  );
}
