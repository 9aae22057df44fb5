import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { linkTokenFromLocation, useConfirmEmailMutation } from './auth.api.js';

/** The link sent to a new e-mail address: opening it makes the address the account's. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.confirmEmail.title'));
  const [token] = useState(linkTokenFromLocation);
  const confirm = useConfirmEmailMutation();
  const { mutate } = confirm;
  useEffect(() => {
    if (token !== undefined) mutate(token);
  }, [token, mutate]);

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('auth.confirmEmail.title')}
      </Title>
      {confirm.isSuccess && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          {t('auth.confirmEmail.done')}
        </Alert>
      )}
      {(token === undefined || confirm.isError) && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
          {confirm.isError ? errorMessage(confirm.error) : t('errors.invalid_link')}
        </Alert>
      )}
      {confirm.isPending && <Loader aria-label={t('common.loading')} />}
      <Anchor component={Link} to="/">
        {t('common.backToHome')}
      </Anchor>
    </Stack>
  );
}
