import { Paper } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';

/** Statistieken: the reports come with the reports module; until then, an honest empty state. */
export function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('statistics.title')}>
      <Paper withBorder radius="md">
        <EmptyState
          icon={<IconChartBar aria-hidden stroke={1.5} />}
          title={t('statistics.emptyTitle')}
          description={t('statistics.emptyDescription')}
        />
      </Paper>
    </Page>
  );
}
