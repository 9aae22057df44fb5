import {
  Alert,
  Button,
  Card,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { PasswordField } from '../../components/PasswordField.js';
import { startAuthentication } from '@simplewebauthn/browser';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorKind } from '../../../contracts/auth.js';
import { ApiError, errorMessage } from '../../lib/api.js';
import { type FormMessage, useFormMessages } from '../../lib/forms.js';
import {
  useStepUpChallengeMutation,
  useStepUpCodeMutation,
  useStepUpPasswordMutation,
} from './settings.api.js';

export interface StepUpFormProps {
  /** Replace the security-settings wording when another page asks for the step-up. */
  title?: string;
  intro?: string;
  /** Called once password and second factor are proven (the step-up query is fresh then). */
  onDone?: () => void;
}

/**
 * Step-up: first the password, then any second factor the user has. Also used by the datakluis
 * before a reveal.
 */
export function StepUpForm({ title, intro, onDone }: StepUpFormProps = {}) {
  const { t } = useTranslation();
  const message = useFormMessages();
  const passwordStep = useStepUpPasswordMutation();
  const codeStep = useStepUpCodeMutation();
  const challenge = useStepUpChallengeMutation();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [kinds, setKinds] = useState<SecondFactorKind[] | null>(null);
  const [kind, setKind] = useState<SecondFactorKind>('totp');
  const [smsSentTo, setSmsSentTo] = useState<string>();
  const [fieldError, setFieldError] = useState<FormMessage>();
  const [formError, setFormError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  const kindLabels: Record<SecondFactorKind, string> = {
    totp: t('factors.kinds.totp'),
    sms: t('factors.kinds.sms'),
    webauthn: t('factors.kinds.webauthn'),
    backup_code: t('factors.kinds.backup_code'),
  };

  const failed = (error: unknown) => {
    if (error instanceof ApiError && ['password_incorrect', 'invalid_code'].includes(error.code)) {
      setFieldError({ text: error.message });
      inputRef.current?.focus();
    } else setFormError(errorMessage(error));
  };

  const choose = (next: SecondFactorKind) => {
    setKind(next);
    setCode('');
    setFieldError(undefined);
    setFormError(undefined);
  };

  const submitPassword = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    if (password === '') return setFieldError({ key: 'errors.field.required' });
    setFieldError(undefined);
    passwordStep.mutate(password, {
      onSuccess: (response) => {
        setPassword('');
        setKinds(response.factors);
        const first = response.factors.find((entry) => entry !== 'backup_code');
        choose(first ?? response.factors[0] ?? 'totp');
      },
      onError: (error) => {
        setPassword('');
        failed(error);
      },
    });
  };

  const sendSms = () => {
    setFormError(undefined);
    challenge.mutate('sms', {
      onSuccess: (response) => {
        setSmsSentTo(response.maskedPhone ?? '');
        inputRef.current?.focus();
      },
      onError: failed,
    });
  };

  const stepUpWithKey = async () => {
    setFormError(undefined);
    let response: Record<string, unknown>;
    try {
      const started = await challenge.mutateAsync('webauthn');
      response = (await startAuthentication({
        optionsJSON: started.options as unknown as Parameters<
          typeof startAuthentication
        >[0]['optionsJSON'],
      })) as unknown as Record<string, unknown>;
    } catch (error) {
      if (error instanceof ApiError) failed(error);
      else setFormError(t('settings.security.keyFailed'));
      return;
    }
    codeStep.mutate({ kind: 'webauthn', response }, { onError: failed, onSuccess: onDone });
  };

  const submitCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    if (kind === 'webauthn') return;
    const compact = code.replace(/[\s-]/g, '');
    if (compact === '') return setFieldError({ key: 'errors.field.required' });
    if (kind !== 'backup_code' && !/^\d{6}$/.test(compact))
      return setFieldError({ key: 'auth.secondFactor.codeInvalidFormat' });
    setFieldError(undefined);
    codeStep.mutate(
      { kind, code: compact },
      { onError: failed, onSuccess: onDone, onSettled: () => setCode('') },
    );
  };

  const secondStep = () => {
    if (kinds === null) return null;
    if (kind === 'webauthn') {
      return (
        <Button
          onClick={() => void stepUpWithKey()}
          loading={challenge.isPending || codeStep.isPending}
        >
          {t('settings.security.useKey')}
        </Button>
      );
    }
    if (kind === 'sms' && smsSentTo === undefined) {
      return (
        <Button onClick={sendSms} loading={challenge.isPending}>
          {t('settings.security.sendSms')}
        </Button>
      );
    }
    return (
      <form onSubmit={submitCode} noValidate>
        <Stack gap="sm">
          {kind === 'sms' && (
            <Text size="sm">{t('settings.security.smsSent', { phone: smsSentTo ?? '' })}</Text>
          )}
          <TextInput
            ref={inputRef}
            label={kind === 'backup_code' ? kindLabels.backup_code : t('auth.secondFactor.code')}
            inputMode={kind === 'backup_code' ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={message(fieldError)}
            autoFocus
          />
          <Button type="submit" loading={codeStep.isPending}>
            {t('auth.secondFactor.submit')}
          </Button>
        </Stack>
      </form>
    );
  };

  return (
    <Card withBorder padding="lg" maw={480}>
      <Stack gap="md">
        <Title order={2} size="h4">
          {title ?? t('settings.security.stepUpTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {intro ?? t('settings.security.stepUpIntro')}
        </Text>
        {formError !== undefined && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {formError}
          </Alert>
        )}
        {kinds === null ? (
          <form onSubmit={submitPassword} noValidate>
            <Stack gap="sm">
              <PasswordField
                ref={inputRef}
                label={t('auth.login.password')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={message(fieldError)}
              />
              <Button type="submit" loading={passwordStep.isPending}>
                {t('settings.security.stepUpNext')}
              </Button>
            </Stack>
          </form>
        ) : (
          <Stack gap="sm">
            {kinds.length > 1 && (
              <SegmentedControl
                value={kind}
                onChange={(value) => {
                  const next = kinds.find((entry) => entry === value);
                  if (next) choose(next);
                }}
                data={kinds.map((entry) => ({ value: entry, label: kindLabels[entry] }))}
              />
            )}
            {secondStep()}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
