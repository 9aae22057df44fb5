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
import { useTranslation } from 'react-i18next';
import {
  type SecondFactorKind,
  type SecondFactorProof,
  secondFactorRequestSchema,
} from '../../../contracts/auth.js';
import { ApiError, errorMessage } from '../../lib/api.js';
import { FormFrame, type SchemaForm, useSchemaForm } from '../../components/SchemaForm.js';
import type { FormMessage } from '../../lib/forms.js';
import { submission } from '../../lib/schema-errors.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { BackupCodesDisplay } from '../factors/BackupCodesDisplay.js';
import {
  loginFactorOptionsQueryOptions,
  useBackupCodesMutation,
  useLoginChallengeMutation,
} from '../factors/factors.api.js';
import { useSecondFactorMutation } from './auth.api.js';

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
  const [chosen, setChosen] = useState<SecondFactorKind>();
  const [formError, setFormError] = useState<string>();
  const [smsSentTo, setSmsSentTo] = useState<string>();
  // Refused for the send limit: a code that came before may still be on its way or at hand.
  const [smsLimited, setSmsLimited] = useState(false);
  const [keyFailed, setKeyFailed] = useState(false);
  const [backupUsed, setBackupUsed] = useState(false);

  const available = options.data?.factors ?? [];
  const method: SecondFactorKind | undefined =
    chosen ?? available.find((kind) => kind !== 'backup_code') ?? available[0];

  const goOn = () => void navigate({ href: redirect ?? '/', replace: true });

  const choose = (kind: SecondFactorKind) => {
    setChosen(kind);
    setFormError(undefined);
    setKeyFailed(false);
  };

  const sendSms = () => {
    setFormError(undefined);
    challenge.mutate('sms', {
      onSuccess: (response) => setSmsSentTo(response.maskedPhone),
      onError: (error) => {
        setFormError(errorMessage(error));
        if (error instanceof ApiError && error.code === 'sms_send_limit') setSmsLimited(true);
      },
    });
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

      {method === 'sms' && smsSentTo === undefined && !smsLimited && (
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
        (method === 'sms' && (smsSentTo !== undefined || smsLimited))) && (
        <CodeForm
          key={method}
          method={method}
          send={verify.mutateAsync}
          onVerified={() => (method === 'backup_code' ? setBackupUsed(true) : goOn())}
        />
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

      {/* Always offered: an account whose only factor is an app still has its backup codes. */}
      {options.isSuccess && (
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
              <Button variant="light" size="xs" onClick={() => choose('backup_code')}>
                {t('factors.login.useBackupCode')}
              </Button>
            </Group>
          </Stack>
        </>
      )}
      {backToLogin}
    </Stack>
  );
}

/** A second factor's code: six digits (app, SMS) or a backup code; also the step-up's. */
export function CodeForm({
  method,
  send,
  onVerified,
}: {
  method: 'totp' | 'sms' | 'backup_code';
  send: (proof: SecondFactorProof) => Promise<unknown>;
  onVerified: () => void;
}) {
  const { t } = useTranslation();
  const backup = method === 'backup_code';
  const compact = (code: string) => code.replace(backup ? /[\s-]/g : /\s/g, '');
  const schemaForm: SchemaForm<{ code: string }> = useSchemaForm({
    initialValues: { code: '' },
    submission: ({ code }) =>
      submission(secondFactorRequestSchema, { kind: method, code: compact(code) }, (proof) =>
        send(proof).catch((error: unknown) => {
          // A refused code is typed again, never resent.
          schemaForm.form.setFieldValue('code', '');
          throw error;
        }),
      ),
    check: ({ code }): Record<string, FormMessage> => {
      const typed = compact(code);
      if (typed === '') return {};
      if (backup && !/^[0-9a-z]{24}$/i.test(typed)) {
        return { code: { key: 'factors.login.backupCodeInvalidFormat' } };
      }
      if (!backup && !/^\d{6}$/.test(typed)) {
        return { code: { key: 'auth.secondFactor.codeInvalidFormat' } };
      }
      return {};
    },
    codeFields: { invalid_code: 'code' },
    onSaved: onVerified,
  });
  const input = schemaForm.form.getInputProps('code');
  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('auth.secondFactor.submit')}>
      {backup ? (
        <TextInput
          label={t('factors.login.backupCode')}
          description={t('factors.login.backupCodeDescription')}
          name="backupCode"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          required
          styles={{ input: { fontFamily: 'monospace' } }}
          autoFocus
          {...input}
        />
      ) : (
        <TextInput
          label={method === 'sms' ? t('factors.login.smsCode') : t('auth.secondFactor.code')}
          description={t('auth.secondFactor.codeDescription')}
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={7}
          required
          styles={{ input: { letterSpacing: '0.3em', fontVariantNumeric: 'tabular-nums' } }}
          autoFocus
          {...input}
        />
      )}
    </FormFrame>
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
