import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { PasswordField } from '../../components/PasswordField.js';
import { IconAlertCircle, IconClock } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api.js';
import { serverFieldErrors, useFormMessages } from '../../lib/forms.js';
import type { FormErrors } from '../../lib/forms.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { useLoginMutation } from './auth.api.js';

const fields = ['loginName', 'password'] as const;
type Field = (typeof fields)[number];

export interface LoginPageProps {
  /** Where to go after the second step; carried on to the second-factor page. */
  redirect?: string;
  /** `expired`: the previous session ended; say so above the form. */
  reason?: 'expired';
}

/** Step one of logging in: login name and password. */
export function LoginPage({ redirect, reason }: LoginPageProps) {
  const { t } = useTranslation();
  usePageTitle(t('auth.login.title'));
  const navigate = useNavigate();
  const login = useLoginMutation();
  const message = useFormMessages();
  const [loginName, setLoginName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({});
  const [formError, setFormError] = useState<string>();
  const loginNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const showErrors = (next: FormErrors<Field>) => {
    setErrors(next);
    if (next.loginName !== undefined) loginNameRef.current?.focus();
    else if (next.password !== undefined) passwordRef.current?.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    const next: FormErrors<Field> = {};
    if (loginName.trim() === '') next.loginName = { key: 'errors.field.required' };
    if (password === '') next.password = { key: 'errors.field.required' };
    showErrors(next);
    if (Object.keys(next).length > 0) return;

    login.mutate(
      { loginName: loginName.trim(), password },
      {
        onSuccess: (response) => {
          // An account without a second factor yet (first login) enrols one before anything else.
          if (response.status === 'setup_required') {
            void navigate({ to: '/account-instellen/tweede-factor' });
            return;
          }
          void navigate({
            to: '/login/second-factor',
            search: redirect === undefined ? {} : { redirect },
          });
        },
        onError: (error) => {
          setPassword('');
          setFormError(errorMessage(error));
          showErrors(serverFieldErrors(error, fields));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('auth.login.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('auth.login.intro')}
          </Text>
        </Stack>
        {reason === 'expired' && formError === undefined && (
          <Alert color="yellow" variant="light" icon={<IconClock aria-hidden />} role="status">
            {t('auth.login.expired')}
          </Alert>
        )}
        {formError !== undefined && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {formError}
          </Alert>
        )}
        <TextInput
          ref={loginNameRef}
          label={t('auth.login.loginName')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={loginName}
          onChange={(event) => setLoginName(event.currentTarget.value)}
          error={message(errors.loginName)}
          autoFocus
        />
        <PasswordField
          ref={passwordRef}
          label={t('auth.login.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={message(errors.password)}
        />
        <Button type="submit" loading={login.isPending} fullWidth mt="xs">
          {t('auth.login.submit')}
        </Button>
        <Anchor component={Link} to="/inloggegevens-vergeten" size="sm" ta="center">
          {t('auth.login.forgotLink')}
        </Anchor>
      </Stack>
    </form>
  );
}
