import { Alert, Anchor, Button, Divider, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconMailCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api.js';
import { type FormMessage, useFormMessages } from '../../lib/forms.js';
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

function ForgotForm({ kind }: { kind: 'password' | 'loginName' }) {
  const { t } = useTranslation();
  const message = useFormMessages();
  const forgotPassword = useForgotPasswordMutation();
  const forgotLoginName = useForgotLoginNameMutation();
  const mutation = kind === 'password' ? forgotPassword : forgotLoginName;
  const [value, setValue] = useState('');
  const [error, setError] = useState<FormMessage>();
  const [formError, setFormError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    const trimmed = value.trim();
    if (trimmed === '') return setError({ key: 'errors.field.required' });
    if (kind === 'loginName' && !/^[^\s@]+@[^\s@]+$/.test(trimmed))
      return setError({ key: 'auth.forgot.emailInvalid' });
    setError(undefined);
    mutation.mutate(trimmed, { onError: (failure) => setFormError(errorMessage(failure)) });
  };

  const headingId = `forgot-${kind}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
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
          <>
            {formError !== undefined && (
              <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
                {formError}
              </Alert>
            )}
            {kind === 'password' ? (
              <TextInput
                label={t('auth.login.loginName')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={value}
                onChange={(event) => setValue(event.currentTarget.value)}
                error={message(error)}
              />
            ) : (
              <TextInput
                label={t('auth.forgot.email')}
                type="email"
                autoComplete="email"
                required
                value={value}
                onChange={(event) => setValue(event.currentTarget.value)}
                error={message(error)}
              />
            )}
            <Button type="submit" variant="light" loading={mutation.isPending}>
              {kind === 'password'
                ? t('auth.forgot.passwordSubmit')
                : t('auth.forgot.loginNameSubmit')}
            </Button>
          </>
        )}
      </Stack>
    </form>
  );
}
