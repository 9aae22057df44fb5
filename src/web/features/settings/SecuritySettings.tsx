import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { PasswordField } from '../../components/PasswordField.js';
import { notifications } from '@mantine/notifications';
import { startAuthentication } from '@simplewebauthn/browser';
import { IconAlertCircle, IconLockOpen } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorKind } from '../../../contracts/auth.js';
import { ApiError, errorMessage } from '../../lib/api.js';
import { type FormMessage, serverFieldErrors, useFormMessages } from '../../lib/forms.js';
import { FactorsSettings } from '../factors/FactorsSettings.js';
import {
  sessionsQueryOptions,
  stepUpQueryKey,
  stepUpQueryOptions,
  useChangeEmailMutation,
  useChangePasswordMutation,
  useEndOtherSessionsMutation,
  useEndSessionMutation,
  useStepUpChallengeMutation,
  useStepUpCodeMutation,
  useStepUpPasswordMutation,
} from './settings.api.js';

/**
 * Instellingen > Beveiliging. Everything here needs a step-up: the password and a second factor
 * again, valid for 5 minutes. Then: e-mail address, password, sessions and second factors.
 */
export function SecuritySettings() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const stepUp = useQuery(stepUpQueryOptions);

  // When the 5 minutes are over, ask again.
  const until = stepUp.data?.until;
  useEffect(() => {
    if (!until) return;
    const wait = new Date(until).getTime() - Date.now();
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: stepUpQueryKey }),
      Math.max(wait, 0) + 500,
    );
    return () => clearTimeout(timer);
  }, [until, queryClient]);

  if (stepUp.isPending) return <Loader aria-label={t('common.loading')} />;
  if (stepUp.isError) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
        {errorMessage(stepUp.error)}
      </Alert>
    );
  }
  if (!stepUp.data.fresh) return <StepUpForm />;

  return (
    <Stack gap="xl">
      <Alert color="teal" variant="light" icon={<IconLockOpen aria-hidden />} role="status">
        {t('settings.security.unlockedUntil', {
          time: stepUp.data.until
            ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(
                new Date(stepUp.data.until),
              )
            : '',
        })}
      </Alert>
      <ChangePasswordForm />
      <ChangeEmailForm />
      <SessionsList />
      <FactorsSettings />
    </Stack>
  );
}

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

function ChangePasswordForm() {
  const { t, i18n } = useTranslation();
  const message = useFormMessages();
  const change = useChangePasswordMutation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'current' | 'next' | 'repeat', FormMessage>>>(
    {},
  );
  const [formError, setFormError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    const found: typeof errors = {};
    if (current === '') found.current = { key: 'errors.field.required' };
    if (next === '') found.next = { key: 'errors.field.required' };
    else if ([...next].length < 12) found.next = { key: 'errors.field.password_too_short' };
    if (repeat !== next) found.repeat = { key: 'auth.newPassword.mismatch' };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
          notifications.show({
            color: 'teal',
            message: i18n.t('settings.security.passwordChanged'),
          });
        },
        onError: (error) => {
          const byField = serverFieldErrors(error, ['currentPassword', 'password'] as const);
          if (byField.currentPassword || byField.password) {
            setErrors({
              ...(byField.currentPassword ? { current: byField.currentPassword } : {}),
              ...(byField.password ? { next: byField.password } : {}),
            });
          } else setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="security-password">
      <Stack gap="sm" maw={480}>
        <Title order={2} size="h4" id="security-password">
          {t('settings.security.passwordTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.security.passwordIntro')}
        </Text>
        {formError !== undefined && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {formError}
          </Alert>
        )}
        <PasswordField
          label={t('settings.security.currentPassword')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          error={message(errors.current)}
        />
        <PasswordField
          label={t('auth.newPassword.password')}
          description={t('auth.newPassword.ruleLength')}
          autoComplete="new-password"
          required
          value={next}
          onChange={(event) => setNext(event.currentTarget.value)}
          error={message(errors.next)}
        />
        <PasswordField
          label={t('auth.newPassword.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          error={message(errors.repeat)}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('settings.security.passwordSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangeEmailForm() {
  const { t } = useTranslation();
  const message = useFormMessages();
  const change = useChangeEmailMutation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<FormMessage>();
  const [formError, setFormError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(undefined);
    const trimmed = email.trim();
    if (trimmed === '') return setError({ key: 'errors.field.required' });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed))
      return setError({ key: 'auth.forgot.emailInvalid' });
    setError(undefined);
    change.mutate(trimmed, {
      onError: (failure) => {
        const byField = serverFieldErrors(failure, ['email'] as const);
        if (byField.email) setError(byField.email);
        else setFormError(errorMessage(failure));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="security-email">
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
          <>
            {formError !== undefined && (
              <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
                {formError}
              </Alert>
            )}
            <TextInput
              label={t('settings.security.newEmail')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={message(error)}
            />
            <Group>
              <Button type="submit" loading={change.isPending}>
                {t('settings.security.emailSubmit')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}

function SessionsList() {
  const { t, i18n } = useTranslation();
  const sessions = useQuery(sessionsQueryOptions);
  const endOne = useEndSessionMutation();
  const endOthers = useEndOtherSessionsMutation();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const failed = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: i18n.t('common.errorTitle'),
      message: errorMessage(error),
    });

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('settings.security.sessionsTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('settings.security.sessionsIntro')}
      </Text>
      {sessions.isPending && <Loader aria-label={t('common.loading')} />}
      {sessions.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
          {errorMessage(sessions.error)}
        </Alert>
      )}
      {sessions.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.security.device')}</Table.Th>
                <Table.Th>{t('settings.security.ipAddress')}</Table.Th>
                <Table.Th>{t('settings.security.lastSeen')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('settings.security.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.sessions.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {session.userAgent ?? t('settings.security.unknownDevice')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{session.ip ?? '—'}</Table.Td>
                  <Table.Td>{when(session.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    {session.current ? (
                      <Badge variant="light">{t('settings.security.thisSession')}</Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={endOne.isPending && endOne.variables === session.id}
                        onClick={() => endOne.mutate(session.id, { onError: failed })}
                      >
                        {t('settings.security.endSession')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button
          variant="light"
          color="red"
          loading={endOthers.isPending}
          disabled={(sessions.data?.sessions.length ?? 0) <= 1}
          onClick={() => endOthers.mutate(undefined, { onError: failed })}
        >
          {t('settings.security.endOthers')}
        </Button>
      </Group>
    </Stack>
  );
}
