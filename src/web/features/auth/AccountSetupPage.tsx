import { Alert, Anchor, Loader, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { FactorEnrolment } from '../factors/FactorEnrolment.js';
import {
  linkTokenFromLocation,
  useCompleteSetupMutation,
  useLinkCheck,
  useSetPasswordWithLinkMutation,
} from './auth.api.js';
import { NewPasswordForm } from './NewPasswordForm.js';

export interface AccountSetupPageProps {
  /** Opened after a login of an account without a second factor: the password is already set. */
  passwordDone?: boolean;
}

/**
 * First login: choose a password with the invitation link, then enrol a second factor (the
 * backup codes are shown there), then into the app with a fresh session.
 */
export function AccountSetupPage({ passwordDone = false }: AccountSetupPageProps) {
  const { t } = useTranslation();
  usePageTitle(t('auth.setup.title'));
  const navigate = useNavigate();
  const [token] = useState(linkTokenFromLocation);
  const link = useLinkCheck(passwordDone ? undefined : token);
  const setPassword = useSetPasswordWithLinkMutation('set_password');
  const complete = useCompleteSetupMutation();
  const [step, setStep] = useState(passwordDone ? 1 : 0);

  const finish = () => {
    complete.mutate(undefined, {
      onSuccess: () => void navigate({ to: '/', replace: true }),
    });
  };

  const passwordStep = () => {
    if (token !== undefined && link.isPending) return <Loader aria-label={t('common.loading')} />;
    if (token === undefined || link.isError || link.data?.purpose !== 'set_password') {
      return (
        <Stack gap="sm">
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {link.isError ? errorMessage(link.error) : t('errors.invalid_link')}
          </Alert>
          <Text size="sm">{t('auth.setup.askNewLink')}</Text>
          <Anchor component={Link} to="/login" size="sm">
            {t('auth.secondFactor.backToLogin')}
          </Anchor>
        </Stack>
      );
    }
    return (
      <NewPasswordForm
        submitLabel={t('auth.setup.passwordSubmit')}
        onSubmit={async (password) => {
          const result = await setPassword.mutateAsync({ token, password });
          // A fully set-up account (link used twice by its owner) just logs in as usual.
          if (result.status === 'password_set') await navigate({ to: '/login' });
          else setStep(1);
        }}
      />
    );
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('auth.setup.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('auth.setup.intro')}
        </Text>
      </Stack>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('auth.setup.stepPassword')}>{passwordStep()}</Stepper.Step>
        <Stepper.Step label={t('auth.setup.stepFactor')}>
          <Stack gap="sm">
            {complete.isError && (
              <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
                {errorMessage(complete.error)}
              </Alert>
            )}
            <FactorEnrolment onDone={finish} />
          </Stack>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
