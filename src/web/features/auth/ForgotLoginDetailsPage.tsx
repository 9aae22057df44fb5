import { Alert, Anchor, Divider, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  forgotLoginNameRequestSchema,
  forgotPasswordRequestSchema,
} from '../../../contracts/auth.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import type { FormMessage } from '../../lib/forms.js';
import { submission } from '../../lib/schema-errors.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { useForgotLoginNameMutation, useForgotPasswordMutation } from './auth.api.js';

/**
 * "Inloggegevens vergeten": ask for the login name (by e-mail address) or for a link to set a
 * new password (by login name). The answer never tells whether an account exists.
 */
export function ForgotLoginDetailsPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgot.title'));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('auth.forgot.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('auth.forgot.intro')}
        </Text>
      </Stack>
      <ForgotForm kind="password" />
      <Divider />
      <ForgotForm kind="loginName" />
      <Anchor component={Link} to="/login" size="sm">
        {t('auth.secondFactor.backToLogin')}
      </Anchor>
    </Stack>
  );
}

const emailLike = /^[^\s@]+@[^\s@]+$/;

function ForgotForm({ kind }: { kind: 'password' | 'loginName' }) {
  const { t } = useTranslation();
  const forgotPassword = useForgotPasswordMutation();
  const forgotLoginName = useForgotLoginNameMutation();
  const mutation = kind === 'password' ? forgotPassword : forgotLoginName;
  const schemaForm = useSchemaForm({
    initialValues: { value: '' },
    submission: ({ value }) =>
      kind === 'password'
        ? submission(forgotPasswordRequestSchema, { loginName: value.trim() }, (body) =>
            forgotPassword.mutateAsync(body.loginName),
          )
        : submission(forgotLoginNameRequestSchema, { email: value.trim() }, (body) =>
            forgotLoginName.mutateAsync(body.email),
          ),
    fieldOf: { loginName: 'value', email: 'value' },
    // The contract takes any text of 3 or more; an address without @ is surely a typo.
    check: ({ value }): Record<string, FormMessage> =>
      kind === 'loginName' && value.trim() !== '' && !emailLike.test(value.trim())
        ? { value: { key: 'auth.forgot.emailInvalid' } }
        : {},
  });
  const input = schemaForm.form.getInputProps('value');

  const headingId = `forgot-${kind}`;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4" id={headingId}>
        {kind === 'password' ? t('auth.forgot.passwordTitle') : t('auth.forgot.loginNameTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {kind === 'password' ? t('auth.forgot.passwordIntro') : t('auth.forgot.loginNameIntro')}
      </Text>
      {mutation.isSuccess ? (
        <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
          {kind === 'password' ? t('auth.forgot.passwordSent') : t('auth.forgot.loginNameSent')}
        </Alert>
      ) : (
        <FormFrame
          schemaForm={schemaForm}
          labelledBy={headingId}
          submitLabel={
            kind === 'password' ? t('auth.forgot.passwordSubmit') : t('auth.forgot.loginNameSubmit')
          }
        >
          {kind === 'password' ? (
            <TextInput
              label={t('auth.login.loginName')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              {...input}
            />
          ) : (
            <TextInput
              label={t('auth.forgot.email')}
              type="email"
              autoComplete="email"
              required
              {...input}
            />
          )}
        </FormFrame>
      )}
    </Stack>
  );
}
