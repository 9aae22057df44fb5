import { Button, Center } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api.js';
import { EmptyState } from './EmptyState.js';

/** Shown when loading a route failed (server unreachable, unexpected answer). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <Center mih="60vh" p="md" role="alert">
      <EmptyState
        icon={<IconAlertTriangle aria-hidden stroke={1.5} />}
        title={t('common.errorTitle')}
        description={errorMessage(error)}
      >
        <Button
          variant="light"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          {t('common.retry')}
        </Button>
      </EmptyState>
    </Center>
  );
}
