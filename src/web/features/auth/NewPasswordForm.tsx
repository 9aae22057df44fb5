import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { PasswordField } from '../../components/PasswordField.js';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api.js';
import { type FormErrors, serverFieldErrors, useFormMessages } from '../../lib/forms.js';

const fields = ['password', 'repeat'] as const;
type Field = (typeof fields)[number];

export interface NewPasswordFormProps {
  submitLabel: string;
  pending: boolean;
  /** Sends the password; rejects with the server's error (field errors land on the field). */
  onSubmit: (password: string) => Promise<unknown>;
}

/**
 * A new password, typed twice. The rules are shown up front; the server has the last word
 * (length, the list of common passwords, not the login name) and names the field.
 */
export function NewPasswordForm({ submitLabel, pending, onSubmit }: NewPasswordFormProps) {
  const { t } = useTranslation();
  const message = useFormMessages();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({});
  const [formError, setFormError] = useState<string>();
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  const show = (next: FormErrors<Field>) => {
    setErrors(next);
    if (next.password !== undefined) passwordRef.current?.focus();
    else if (next.repeat !== undefined) repeatRef.current?.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    const next: FormErrors<Field> = {};
    if (password === '') next.password = { key: 'errors.field.required' };
    else if ([...password].length < 12) next.password = { key: 'errors.field.password_too_short' };
    if (repeat !== password) next.repeat = { key: 'auth.newPassword.mismatch' };
    show(next);
    if (Object.keys(next).length > 0) return;
    onSubmit(password).catch((error: unknown) => {
      const byField = serverFieldErrors(error, fields);
      if (Object.keys(byField).length > 0) show(byField);
      else setFormError(errorMessage(error));
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <div>
          <Text size="sm">{t('auth.newPassword.rulesIntro')}</Text>
          <List size="sm" c="dimmed">
            <List.Item>{t('auth.newPassword.ruleLength')}</List.Item>
            <List.Item>{t('auth.newPassword.ruleCommon')}</List.Item>
            <List.Item>{t('auth.newPassword.ruleLoginName')}</List.Item>
          </List>
        </div>
        {formError !== undefined && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {formError}
          </Alert>
        )}
        <PasswordField
          ref={passwordRef}
          label={t('auth.newPassword.password')}
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={message(errors.password)}
          autoFocus
        />
        <PasswordField
          ref={repeatRef}
          label={t('auth.newPassword.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          error={message(errors.repeat)}
        />
        <Button type="submit" loading={pending} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
