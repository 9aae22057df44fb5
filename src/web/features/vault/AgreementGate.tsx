import {
  Alert,
  Button,
  Card,
  Checkbox,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { PageLoader } from '../../components/PageLoader.js';
import { errorMessage } from '../../lib/api.js';
import { type FormErrors, serverFieldErrors, useFormMessages } from '../../lib/forms.js';
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

type Field = 'authorisedName' | 'authorisedEmail' | 'accepted';

function SignAgreement() {
  const { t } = useTranslation();
  const message = useFormMessages();
  const documents = useQuery(vaultDocumentsQuery);
  const version =
    documents.data?.documents.find((entry) => entry.document === 'user_agreement')?.current ?? '';
  const text = useQuery({
    ...vaultDocumentQuery('user_agreement', version),
    enabled: version !== '',
  });
  const sign = useSignAgreement();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({});
  const [formError, setFormError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    const found: FormErrors<Field> = {};
    if (name.trim().length < 2) found.authorisedName = { key: 'errors.field.required' };
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      found.authorisedEmail = { key: 'vault.gate.emailInvalid' };
    if (!accepted) found.accepted = { key: 'vault.gate.acceptRequired' };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    sign.mutate(
      { version, authorisedName: name.trim(), authorisedEmail: email.trim() },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t('vault.gate.signed', { email }) }),
        onError: (error) => {
          const fields = serverFieldErrors(error, ['authorisedName', 'authorisedEmail'] as const);
          setErrors(fields);
          if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
        },
      },
    );
  };

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
          <ScrollArea.Autosize mah={360} type="auto" aria-label={t('vault.gate.textLabel')}>
            <Stack gap="sm">
              <DocumentText text={text.data.text} />
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Card>
      <Card withBorder padding="lg" maw={820}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('vault.gate.signTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('vault.gate.signIntro')}
            </Text>
            {formError !== undefined && (
              <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
                {formError}
              </Alert>
            )}
            <TextInput
              label={t('vault.gate.authorisedName')}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={message(errors.authorisedName)}
              autoComplete="name"
            />
            <TextInput
              label={t('vault.gate.authorisedEmail')}
              description={t('vault.gate.authorisedEmailHint')}
              type="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={message(errors.authorisedEmail)}
              autoComplete="email"
            />
            <Checkbox
              label={t('vault.gate.accept', { version })}
              checked={accepted}
              onChange={(event) => setAccepted(event.currentTarget.checked)}
              error={message(errors.accepted)}
            />
            <Text size="sm" c="dimmed">
              {t('vault.gate.becomesAdmin')}
            </Text>
            <Button type="submit" loading={sign.isPending} disabled={version === ''}>
              {t('vault.gate.sign')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
