import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setPasswordWithLinkRequestSchema } from '../../../contracts/auth.js';
import { PasswordField } from '../../components/PasswordField.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import type { FormMessage } from '../../lib/forms.js';
import { submission } from '../../lib/schema-errors.js';

const passwordSchema = setPasswordWithLinkRequestSchema.pick({ password: true });

/**
 * The browser's checks of a new password typed twice: the policy's length (the server checks the
 * rest) and the repeat.
 */
export function newPasswordChecks(password: string, repeat: string) {
  const errors: Record<string, FormMessage> = {};
  if (password !== '' && [...password].length < 12) {
    errors.password = { key: 'errors.field.password_too_short' };
  }
  if (repeat !== password) errors.repeat = { key: 'auth.newPassword.mismatch' };
  return errors;
}

export interface NewPasswordFormProps {
  submitLabel: string;
  /** Sends the password; rejects with the server's error (field errors land on the field). */
  onSubmit: (password: string) => Promise<unknown>;
}

/**
 * A new password, typed twice. The rules are shown up front; the server has the last word
 * (length, the list of common passwords, not the login name) and names the field.
 */
export function NewPasswordForm({ submitLabel, onSubmit }: NewPasswordFormProps) {
  const { t } = useTranslation();
  const schemaForm = useSchemaForm({
    initialValues: { password: '', repeat: '' },
    submission: ({ password }) =>
      submission(passwordSchema, { password }, (body) => onSubmit(body.password)),
    check: ({ password, repeat }) => newPasswordChecks(password, repeat),
  });
  const { form } = schemaForm;

  return (
    <FormFrame schemaForm={schemaForm} submitLabel={submitLabel}>
      <div>
        <Text size="sm">{t('auth.newPassword.rulesIntro')}</Text>
        <List size="sm" c="dimmed">
          <List.Item>{t('auth.newPassword.ruleLength')}</List.Item>
          <List.Item>{t('auth.newPassword.ruleCommon')}</List.Item>
          <List.Item>{t('auth.newPassword.ruleLoginName')}</List.Item>
        </List>
      </div>
      <PasswordField
        label={t('auth.newPassword.password')}
        autoComplete="new-password"
        required
        autoFocus
        {...form.getInputProps('password')}
      />
      <PasswordField
        label={t('auth.newPassword.repeat')}
        autoComplete="new-password"
        required
        {...form.getInputProps('repeat')}
      />
    </FormFrame>
  );
}
