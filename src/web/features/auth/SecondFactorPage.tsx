import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../lib/api.js';
import { serverFieldErrors, useFormMessages } from '../../lib/forms.js';
import type { FormErrors } from '../../lib/forms.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { useSecondFactorMutation } from './auth.api.js';

const fields = ['code'] as const;
type Field = (typeof fields)[number];

export interface SecondFactorPageProps {
  /** Where to go once logged in (already checked to be a path on this site). */
  redirect?: string;
}

/** Step two of logging in: the six-digit code from the authenticator app. */
export function SecondFactorPage({ redirect }: SecondFactorPageProps) {
  const { t } = useTranslation();
  usePageTitle(t('auth.secondFactor.title'));
  const navigate = useNavigate();
  const verify = useSecondFactorMutation();
  const message = useFormMessages();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({});
  const [formError, setFormError] = useState<string>();
  const codeRef = useRef<HTMLInputElement>(null);

  const showErrors = (next: FormErrors<Field>) => {
    setErrors(next);
    if (next.code !== undefined) codeRef.current?.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    const digits = code.replace(/\s/g, '');
    if (digits === '') return showErrors({ code: { key: 'errors.field.required' } });
    if (!/^\d{6}$/.test(digits)) {
      return showErrors({ code: { key: 'auth.secondFactor.codeInvalidFormat' } });
    }
    showErrors({});

    verify.mutate(
      { kind: 'totp', code: digits },
      {
        onSuccess: () => {
          void navigate({ href: redirect ?? '/', replace: true });
        },
        onError: (error) => {
          setCode('');
          if (error instanceof ApiError && error.code === 'invalid_code') {
            showErrors({ code: { text: error.message } });
            return;
          }
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
            {t('auth.secondFactor.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('auth.secondFactor.intro')}
          </Text>
        </Stack>
        {formError !== undefined && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {formError}
          </Alert>
        )}
        <TextInput
          ref={codeRef}
          label={t('auth.secondFactor.code')}
          description={t('auth.secondFactor.codeDescription')}
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={7}
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={message(errors.code)}
          styles={{ input: { letterSpacing: '0.3em', fontVariantNumeric: 'tabular-nums' } }}
          autoFocus
        />
        <Button type="submit" loading={verify.isPending} fullWidth mt="xs">
          {t('auth.secondFactor.submit')}
        </Button>
        <Anchor
          size="sm"
          ta="center"
          renderRoot={(props) => (
            <Link to="/login" search={redirect === undefined ? {} : { redirect }} {...props} />
          )}
        >
          {t('auth.secondFactor.backToLogin')}
        </Anchor>
      </Stack>
    </form>
  );
}
