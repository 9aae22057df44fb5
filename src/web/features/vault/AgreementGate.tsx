import { Alert, Card, Checkbox, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { PageLoader } from '../../components/PageLoader.js';
import { errorMessage } from '../../lib/api.js';
import { FormFrame, type SchemaForm, useSchemaForm } from '../../components/SchemaForm.js';
import type { FormMessage } from '../../lib/forms.js';
import { submission } from '../../lib/schema-errors.js';
import { signAgreementRequestSchema } from '../../../contracts/vault.js';
import { DocumentText } from './DocumentText.js';
import {
  useSignAgreement,
  vaultDocumentQuery,
  vaultDocumentsQuery,
  vaultStatusQuery,
} from './vault.api.js';

/**
 * Until a super user of the employer has signed the datakluis user agreement, nobody of the
 * employer can work (the API answers `agreement_required`): super users see the agreement and
 * sign it, everyone else sees why they have to wait. Operators and users without an employer
 * pass straight through; so does Instellingen (`allow`).
 */
export function AgreementGate({ allow, children }: { allow: boolean; children: ReactNode }) {
  const status = useQuery({ ...vaultStatusQuery, enabled: !allow });
  if (allow) return children;
  // No employer, or the status cannot be read: the pages themselves say what is wrong.
  if (status.isPending) return <PageLoader />;
  if (status.isError || status.data.agreementSigned) return children;
  return status.data.maySign ? <SignAgreement /> : <WaitForSignature />;
}

function WaitForSignature() {
  const { t } = useTranslation();
  return (
    <Page title={t('vault.gate.title')}>
      <EmptyState
        icon={<IconLock aria-hidden stroke={1.5} />}
        title={t('vault.gate.waitTitle')}
        description={t('vault.gate.waitText')}
      />
    </Page>
  );
}

function SignAgreement() {
  const { t } = useTranslation();
  const documents = useQuery(vaultDocumentsQuery);
  const version =
    documents.data?.documents.find((entry) => entry.document === 'user_agreement')?.current ?? '';
  const text = useQuery({
    ...vaultDocumentQuery('user_agreement', version),
    enabled: version !== '',
  });
  const sign = useSignAgreement();
  const schemaForm: SchemaForm<{
    authorisedName: string;
    authorisedEmail: string;
    accepted: boolean;
  }> = useSchemaForm({
    initialValues: { authorisedName: '', authorisedEmail: '', accepted: false },
    submission: ({ authorisedName, authorisedEmail }) =>
      submission(
        signAgreementRequestSchema,
        { version, authorisedName, authorisedEmail: authorisedEmail.trim() },
        sign.mutateAsync,
      ),
    check: ({ accepted }): Record<string, FormMessage> =>
      accepted ? {} : { accepted: { key: 'vault.gate.acceptRequired' } },
    onSaved: () =>
      notifications.show({
        color: 'teal',
        message: t('vault.gate.signed', { email: schemaForm.form.values.authorisedEmail.trim() }),
      }),
  });
  const { form } = schemaForm;

  return (
    <Page title={t('vault.gate.title')} description={t('vault.gate.intro')}>
      <Card withBorder padding="lg" maw={820}>
        {text.isPending ? (
          <PageLoader />
        ) : text.isError ? (
          <Alert color="red" variant="light">
            {errorMessage(text.error)}
          </Alert>
        ) : (
          <ScrollArea.Autosize
            mah={360}
            type="auto"
            aria-label={t('vault.gate.textLabel')}
            // Scrolled by keyboard too (WCAG 2.1.1).
            viewportProps={{ tabIndex: 0 }}
          >
            <Stack gap="sm">
              <DocumentText text={text.data.text} />
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Card>
      <Card withBorder padding="lg" maw={820}>
        <Stack gap="md">
          <Title order={2} size="h4" id="sign-agreement">
            {t('vault.gate.signTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('vault.gate.signIntro')}
          </Text>
          <FormFrame
            schemaForm={schemaForm}
            submitLabel={t('vault.gate.sign')}
            labelledBy="sign-agreement"
          >
            <TextInput
              label={t('vault.gate.authorisedName')}
              required
              autoComplete="name"
              {...form.getInputProps('authorisedName')}
            />
            <TextInput
              label={t('vault.gate.authorisedEmail')}
              description={t('vault.gate.authorisedEmailHint')}
              type="email"
              required
              autoComplete="email"
              {...form.getInputProps('authorisedEmail')}
            />
            <Checkbox
              label={t('vault.gate.accept', { version })}
              {...form.getInputProps('accepted', { type: 'checkbox' })}
            />
            <Text size="sm" c="dimmed">
              {t('vault.gate.becomesAdmin')}
            </Text>
          </FormFrame>
        </Stack>
      </Card>
    </Page>
  );
}
