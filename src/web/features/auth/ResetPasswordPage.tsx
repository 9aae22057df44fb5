import { Alert, Anchor, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { linkTokenFromLocation, useLinkCheck, useSetPasswordWithLinkMutation } from './auth.api.js';
import { NewPasswordForm } from './NewPasswordForm.js';

/**
 * The page of the e-mailed reset link: a new password, after which the user logs in as usual
 * (with the second factor). The server serves it with `Referrer-Policy: no-referrer`.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.reset.title'));
  const [token] = useState(linkTokenFromLocation);
  const link = useLinkCheck(token);
  const setPassword = useSetPasswordWithLinkMutation('reset_password');

  const body = () => {
    if (setPassword.isSuccess) {
      return (
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('auth.reset.done')}
          </Alert>
          <Button component={Link} to="/login">
            {t('auth.login.submit')}
          </Button>
        </Stack>
      );
    }
    if (token !== undefined && link.isPending) return <Loader aria-label={t('common.loading')} />;
    if (token === undefined || link.isError || link.data?.purpose !== 'reset_password') {
      return (
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {link.isError ? errorMessage(link.error) : t('errors.invalid_link')}
          </Alert>
          <Anchor component={Link} to="/inloggegevens-vergeten">
            {t('auth.reset.requestNew')}
          </Anchor>
        </Stack>
      );
    }
    return (
      <NewPasswordForm
        submitLabel={t('auth.reset.submit')}
        onSubmit={(password) => setPassword.mutateAsync({ token, password })}
      />
    );
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('auth.reset.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('auth.reset.intro')}
        </Text>
      </Stack>
      {body()}
    </Stack>
  );
}
