import { Alert, Button, Card, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { PasswordField } from '../../components/PasswordField.js';
import { startAuthentication } from '@simplewebauthn/browser';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SecondFactorKind, stepUpPasswordRequestSchema } from '../../../contracts/auth.js';
import { ApiError, errorMessage } from '../../lib/api.js';
import { FormFrame, type SchemaForm, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { CodeForm } from '../auth/SecondFactorPage.js';
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
  const passwordStep = useStepUpPasswordMutation();
  const codeStep = useStepUpCodeMutation();
  const challenge = useStepUpChallengeMutation();
  const [kinds, setKinds] = useState<SecondFactorKind[] | null>(null);
  const [kind, setKind] = useState<SecondFactorKind>('totp');
  const [smsSentTo, setSmsSentTo] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const kindLabels: Record<SecondFactorKind, string> = {
    totp: t('factors.kinds.totp'),
    sms: t('factors.kinds.sms'),
    webauthn: t('factors.kinds.webauthn'),
    backup_code: t('factors.kinds.backup_code'),
  };

  const failed = (error: unknown) => setFormError(errorMessage(error));

  const choose = (next: SecondFactorKind) => {
    setKind(next);
    setFormError(undefined);
  };

  const passwordForm: SchemaForm<{ password: string }> = useSchemaForm({
    initialValues: { password: '' },
    submission: (values) =>
      submission(stepUpPasswordRequestSchema, values, async (body) => {
        // The password is typed again after a refusal, and not kept after it was proven.
        passwordForm.form.setFieldValue('password', '');
        const response = await passwordStep.mutateAsync(body.password);
        setKinds(response.factors);
        const first = response.factors.find((entry) => entry !== 'backup_code');
        choose(first ?? response.factors[0] ?? 'totp');
      }),
    codeFields: { password_incorrect: 'password' },
  });

  const sendSms = () => {
    setFormError(undefined);
    challenge.mutate('sms', {
      onSuccess: (response) => setSmsSentTo(response.maskedPhone ?? ''),
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
      <Stack gap="sm">
        {kind === 'sms' && (
          <Text size="sm">{t('settings.security.smsSent', { phone: smsSentTo ?? '' })}</Text>
        )}
        <CodeForm
          key={kind}
          method={kind}
          send={codeStep.mutateAsync}
          onVerified={() => onDone?.()}
        />
      </Stack>
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
          <FormFrame schemaForm={passwordForm} submitLabel={t('settings.security.stepUpNext')}>
            <PasswordField
              label={t('auth.login.password')}
              autoComplete="current-password"
              required
              {...passwordForm.form.getInputProps('password')}
            />
          </FormFrame>
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
