import { Alert, Anchor, Stack, Text, TextInput, Title } from '@mantine/core';
import { PasswordField } from '../../components/PasswordField.js';
import { IconClock, IconLogout } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormFrame, type SchemaForm, useSchemaForm } from '../../components/SchemaForm.js';
import { uncheckedSubmission } from '../../lib/schema-errors.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { type LoginReason, useLoginMutation } from './auth.api.js';

export interface LoginPageProps {
  /** Where to go after the second step; carried on to the second-factor page. */
  redirect?: string;
  /** Why the previous session ended; said above the form. */
  reason?: LoginReason;
}

/** Step one of logging in: login name and password. */
export function LoginPage({ redirect, reason }: LoginPageProps) {
  const { t } = useTranslation();
  usePageTitle(t('auth.login.title'));
  const navigate = useNavigate();
  const login = useLoginMutation();
  const schemaForm: SchemaForm<{ loginName: string; password: string }> = useSchemaForm({
    initialValues: { loginName: '', password: '' },
    required: () => ['loginName', 'password'],
    submission: (values) =>
      uncheckedSubmission(values, async (request) => {
        let response;
        try {
          response = await login.mutateAsync(request);
        } catch (error) {
          // A refused password is typed again, never resent.
          schemaForm.form.setFieldValue('password', '');
          throw error;
        }
        // An account without a second factor yet (first login) enrols one before anything else.
        if (response.status === 'setup_required') {
          void navigate({ to: '/account-instellen/tweede-factor' });
          return;
        }
        void navigate({
          to: '/login/second-factor',
          search: redirect === undefined ? {} : { redirect },
        });
      }),
  });
  const { form } = schemaForm;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('auth.login.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('auth.login.intro')}
        </Text>
      </Stack>
      {reason !== undefined && schemaForm.failure == null && (
        <Alert
          color={reason === 'logged_out' ? 'teal' : 'yellow'}
          variant="light"
          icon={reason === 'logged_out' ? <IconLogout aria-hidden /> : <IconClock aria-hidden />}
          role="status"
        >
          {reason === 'logged_out'
            ? t('auth.login.loggedOut')
            : reason === 'idle'
              ? t('auth.login.idle')
              : t('auth.login.expired')}
        </Alert>
      )}
      <FormFrame schemaForm={schemaForm} submitLabel={t('auth.login.submit')}>
        <TextInput
          label={t('auth.login.loginName')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          {...form.getInputProps('loginName')}
        />
        <PasswordField
          label={t('auth.login.password')}
          name="password"
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
      </FormFrame>
      <Anchor component={Link} to="/inloggegevens-vergeten" size="sm" ta="center">
        {t('auth.login.forgotLink')}
      </Anchor>
    </Stack>
  );
}
