import { Alert, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { changeEmailRequestSchema, changePasswordRequestSchema } from '../../../contracts/auth.js';
import { PasswordField } from '../../components/PasswordField.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { newPasswordChecks } from '../auth/NewPasswordForm.js';
import { submission } from '../../lib/schema-errors.js';
import { useChangeEmailMutation, useChangePasswordMutation } from './settings.api.js';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePasswordMutation();
  const schemaForm = useSchemaForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    submission: ({ currentPassword, newPassword }) =>
      submission(changePasswordRequestSchema, { currentPassword, newPassword }, change.mutateAsync),
    // The server names the new password `password`, as everywhere a password is set.
    fieldOf: { password: 'newPassword' },
    check: ({ newPassword, repeat }) => {
      const { password, ...rest } = newPasswordChecks(newPassword, repeat);
      return password ? { ...rest, newPassword: password } : rest;
    },
    onSaved: () => {
      schemaForm.form.reset();
      notifications.show({ color: 'teal', message: i18n.t('settings.security.passwordChanged') });
    },
  });
  const { form } = schemaForm;

  return (
    <Stack gap="sm" maw={480}>
      <Title order={2} size="h4" id="security-password">
        {t('settings.security.passwordTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('settings.security.passwordIntro')}
      </Text>
      <FormFrame
        schemaForm={schemaForm}
        submitLabel={t('settings.security.passwordSubmit')}
        labelledBy="security-password"
      >
        <PasswordField
          label={t('settings.security.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t('auth.newPassword.password')}
          description={t('auth.newPassword.ruleLength')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t('auth.newPassword.repeat')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeat')}
        />
      </FormFrame>
    </Stack>
  );
}

export function ChangeEmailForm() {
  const { t } = useTranslation();
  const change = useChangeEmailMutation();
  const schemaForm = useSchemaForm({
    initialValues: { email: '' },
    submission: ({ email }) =>
      submission(changeEmailRequestSchema, { email: email.trim() }, (body) =>
        change.mutateAsync(body.email),
      ),
  });

  return (
    <Stack gap="sm" maw={480}>
      <Title order={2} size="h4" id="security-email">
        {t('settings.security.emailTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('settings.security.emailIntro')}
      </Text>
      {change.isSuccess ? (
        <Alert color="teal" variant="light" role="status">
          {t('settings.security.emailSent')}
        </Alert>
      ) : (
        <FormFrame
          schemaForm={schemaForm}
          submitLabel={t('settings.security.emailSubmit')}
          labelledBy="security-email"
        >
          <TextInput
            label={t('settings.security.newEmail')}
            type="email"
            autoComplete="email"
            required
            {...schemaForm.form.getInputProps('email')}
          />
        </FormFrame>
      )}
    </Stack>
  );
}
