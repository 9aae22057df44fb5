import { Button, Center, Title } from '@mantine/core';
import { IconMapPinOff } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/usePageTitle.js';
import { EmptyState } from './EmptyState.js';

/** Shown for a path no route matches. */
export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Center mih="60vh" p="md">
      <EmptyState
        icon={<IconMapPinOff aria-hidden stroke={1.5} />}
        title={
          <Title order={1} fz="inherit" fw="inherit">
            {t('notFound.title')}
          </Title>
        }
        description={t('notFound.description')}
      >
        <Button component={Link} to="/" variant="light">
          {t('common.backToHome')}
        </Button>
      </EmptyState>
    </Center>
  );
}
