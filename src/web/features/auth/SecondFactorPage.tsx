import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { startAuthentication } from '@simplewebauthn/browser';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorKind } from '../../../contracts/auth.js';
import { ApiError, errorMessage } from '../../lib/api.js';
import { serverFieldErrors, useFormMessages } from '../../lib/forms.js';
import type { FormErrors } from '../../lib/forms.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { BackupCodesDisplay } from '../factors/BackupCodesDisplay.js';
import {
  loginFactorOptionsQueryOptions,
  useBackupCodesMutation,
  useLoginChallengeMutation,
} from '../factors/factors.api.js';
import { useSecondFactorMutation } from './auth.api.js';

const fields = ['code'] as const;
type Field = (typeof fields)[number];

export interface SecondFactorPageProps {
  /** Where to go once logged in (already checked to be a path on this site). */
  redirect?: string;
}

/**
 * Step two of logging in: a code from the authenticator app, an SMS code, a security key or a
 * backup code, whichever the account has. "Inloggen mislukt?" offers a new SMS and backup codes.
 */
export function SecondFactorPage({ redirect }: SecondFactorPageProps) {
  const { t } = useTranslation();
  usePageTitle(t('auth.secondFactor.title'));
  const navigate = useNavigate();
  const options = useQuery(loginFactorOptionsQueryOptions);
  const verify = useSecondFactorMutation();
  const challenge = useLoginChallengeMutation();
  const message = useFormMessages();
  const [chosen, setChosen] = useState<SecondFactorKind>();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({});
  const [formError, setFormError] = useState<string>();
  const [smsSentTo, setSmsSentTo] = useState<string>();
  const [keyFailed, setKeyFailed] = useState(false);
  const [backupUsed, setBackupUsed] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  const available = options.data?.factors ?? [];
  const method: SecondFactorKind | undefined =
    chosen ?? available.find((kind) => kind !== 'backup_code') ?? available[0];

  const goOn = () => void navigate({ href: redirect ?? '/', replace: true });

  const showErrors = (next: FormErrors<Field>) => {
    setErrors(next);
    if (next.code !== undefined) codeRef.current?.focus();
  };

  const choose = (kind: SecondFactorKind) => {
    setChosen(kind);
    setCode('');
    setFormError(undefined);
    setKeyFailed(false);
    showErrors({});
  };

  const sendSms = () => {
    setFormError(undefined);
    challenge.mutate('sms', {
      onSuccess: (response) => {
        setSmsSentTo(response.maskedPhone);
        codeRef.current?.focus();
      },
      onError: (error) => setFormError(errorMessage(error)),
    });
  };

  const onVerifyError = (error: unknown) => {
    setCode('');
    if (error instanceof ApiError && error.code === 'invalid_code') {
      showErrors({ code: { text: error.message } });
      return;
    }
    setFormError(errorMessage(error));
    showErrors(serverFieldErrors(error, fields));
  };

  const submitCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    if (method === undefined || method === 'webauthn') return;
    if (method === 'backup_code') {
      const compact = code.replace(/[\s-]/g, '');
      if (compact === '') return showErrors({ code: { key: 'errors.field.required' } });
      if (!/^[0-9a-z]{24}$/i.test(compact)) {
        return showErrors({ code: { key: 'factors.login.backupCodeInvalidFormat' } });
      }
      showErrors({});
      verify.mutate(
        { kind: 'backup_code', code: compact },
        { onSuccess: () => setBackupUsed(true), onError: onVerifyError },
      );
      return;
    }
    const digits = code.replace(/\s/g, '');
    if (digits === '') return showErrors({ code: { key: 'errors.field.required' } });
    if (!/^\d{6}$/.test(digits)) {
      return showErrors({ code: { key: 'auth.secondFactor.codeInvalidFormat' } });
    }
    showErrors({});
    verify.mutate({ kind: method, code: digits }, { onSuccess: goOn, onError: onVerifyError });
  };

  const signInWithKey = async () => {
    setFormError(undefined);
    setKeyFailed(false);
    let response: Record<string, unknown>;
    try {
      const started = await challenge.mutateAsync('webauthn');
      response = (await startAuthentication({
        optionsJSON: started.options as unknown as Parameters<
          typeof startAuthentication
        >[0]['optionsJSON'],
      })) as unknown as Record<string, unknown>;
    } catch (error) {
      if (error instanceof ApiError) setFormError(errorMessage(error));
      else setKeyFailed(true);
      return;
    }
    verify.mutate(
      { kind: 'webauthn', response },
      { onSuccess: goOn, onError: () => setKeyFailed(true) },
    );
  };

  if (backupUsed) return <BackupCodePrompt onDone={goOn} />;

  const backToLogin = (
    <Anchor
      size="sm"
      ta="center"
      renderRoot={(props) => (
        <Link to="/login" search={redirect === undefined ? {} : { redirect }} {...props} />
      )}
    >
      {t('auth.secondFactor.backToLogin')}
    </Anchor>
  );

  const intro =
    method === 'sms'
      ? t('factors.login.smsIntro', { phone: options.data?.maskedPhone ?? '' })
      : method === 'webauthn'
        ? t('factors.login.webauthnIntro')
        : method === 'backup_code'
          ? t('factors.login.backupIntro')
          : t('auth.secondFactor.intro');

  const otherMethods = available.filter((kind) => kind !== method && kind !== 'backup_code');
  const kindLabel = (kind: SecondFactorKind) =>
    ({
      totp: t('factors.kinds.totp'),
      sms: t('factors.kinds.sms'),
      webauthn: t('factors.kinds.webauthn'),
      backup_code: t('factors.kinds.backup_code'),
    })[kind];

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('auth.secondFactor.title')}
        </Title>
        {method !== undefined && (
          <Text c="dimmed" size="sm">
            {intro}
          </Text>
        )}
      </Stack>
      {options.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {options.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(options.error)}
        </Alert>
      )}
      {formError !== undefined && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {formError}
        </Alert>
      )}

      {method === 'webauthn' && (
        <Stack gap="sm">
          {keyFailed && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {t('factors.login.webauthnFailed')}
            </Alert>
          )}
          <Button
            onClick={() => void signInWithKey()}
            loading={challenge.isPending || verify.isPending}
            fullWidth
            autoFocus
          >
            {t('factors.login.webauthnStart')}
          </Button>
        </Stack>
      )}

      {method === 'sms' && smsSentTo === undefined && (
        <Button onClick={sendSms} loading={challenge.isPending} fullWidth autoFocus>
          {t('factors.login.smsSend')}
        </Button>
      )}
      {method === 'sms' && smsSentTo !== undefined && (
        <Text size="sm" role="status">
          {t('factors.login.smsSent', { phone: smsSentTo })}
        </Text>
      )}

      {(method === 'totp' ||
        method === 'backup_code' ||
        (method === 'sms' && smsSentTo !== undefined)) && (
        <form onSubmit={submitCode} noValidate>
          <Stack gap="md">
            {method === 'backup_code' ? (
              <TextInput
                key="backup"
                ref={codeRef}
                label={t('factors.login.backupCode')}
                description={t('factors.login.backupCodeDescription')}
                name="backupCode"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={40}
                required
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                error={message(errors.code)}
                styles={{ input: { fontFamily: 'monospace' } }}
                autoFocus
              />
            ) : (
              <TextInput
                key="digits"
                ref={codeRef}
                label={method === 'sms' ? t('factors.login.smsCode') : t('auth.secondFactor.code')}
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
            )}
            <Button type="submit" loading={verify.isPending} fullWidth mt="xs">
              {t('auth.secondFactor.submit')}
            </Button>
          </Stack>
        </form>
      )}

      {otherMethods.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('factors.login.chooseMethod')}
          </Text>
          <Group gap="xs">
            {otherMethods.map((kind) => (
              <Button key={kind} variant="default" size="xs" onClick={() => choose(kind)}>
                {kindLabel(kind)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}

      {(available.includes('sms') || available.includes('backup_code')) && (
        <>
          <Divider />
          <Stack gap="xs" component="section" aria-labelledby="login-trouble">
            <Title order={2} size="h5" id="login-trouble">
              {t('factors.login.troubleTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('factors.login.troubleIntro')}
            </Text>
            <Group gap="xs">
              {available.includes('sms') && (
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => {
                    choose('sms');
                    sendSms();
                  }}
                  loading={method === 'sms' && challenge.isPending}
                >
                  {t('factors.login.smsResend')}
                </Button>
              )}
              {available.includes('backup_code') && (
                <Button variant="light" size="xs" onClick={() => choose('backup_code')}>
                  {t('factors.login.useBackupCode')}
                </Button>
              )}
            </Group>
          </Stack>
        </>
      )}
      {backToLogin}
    </Stack>
  );
}

/** After a backup-code login: offer a new set at once, since one code is now spent. */
function BackupCodePrompt({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const generate = useBackupCodesMutation();
  const focusRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => focusRef.current?.focus(), []);
  if (generate.data) return <BackupCodesDisplay codes={generate.data.codes} onSaved={onDone} />;
  return (
    <Stack gap="md">
      <Title order={1} size="h2" ref={focusRef} tabIndex={-1}>
        {t('factors.login.backupUsedTitle')}
      </Title>
      <Text>{t('factors.login.backupUsedText')}</Text>
      {generate.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(generate.error)}
        </Alert>
      )}
      <Group>
        <Button onClick={() => generate.mutate()} loading={generate.isPending}>
          {t('factors.login.generateNow')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('factors.login.later')}
        </Button>
      </Group>
    </Stack>
  );
}
