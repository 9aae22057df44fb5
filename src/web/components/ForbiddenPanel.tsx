import { Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState.js';

/**
 * What a page shows a role it is not for (a deep link, an old bookmark): a lock and why, in
 * place of the page's content. The menu never leads there; this keeps a typed URL polite.
 */
export function ForbiddenPanel({
  title,
  description,
}: {
  title?: ReactNode;
  /** Defaults to the general "no access" sentence. */
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md">
      <EmptyState
        icon={<IconLock aria-hidden stroke={1.5} />}
        title={title}
        description={description ?? t('errors.forbidden')}
      />
    </Paper>
  );
}
