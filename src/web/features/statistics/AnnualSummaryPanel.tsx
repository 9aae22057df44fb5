import { Alert, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCamera } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SnapshotInfo } from '../../../contracts/report-snapshots.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate, formatDateTime } from '../../lib/dates.js';
import { AnnualSummaryResult } from './AnnualSummaryResult.js';
import type { ReportFilters } from './statistics.api.js';
import {
  annualSummaryQuery,
  recordSnapshot,
  snapshotQuery,
  snapshotsQuery,
} from './statistics.snapshots.api.js';

/**
 * Verzuimsamenvatting jaar: the figures of the filters from the data of now, a button that
 * records them as a snapshot, and the earlier snapshots the user may open (their figures stay
 * those of the data as it was).
 */
export function AnnualSummaryPanel({
  filters,
  snapshotId,
  onOpen,
}: {
  filters: ReportFilters;
  /** The snapshot shown; null: the figures of now. */
  snapshotId: string | null;
  onOpen: (snapshotId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const live = useQuery({ ...annualSummaryQuery(filters), enabled: snapshotId === null });
  const opened = useQuery({ ...snapshotQuery(snapshotId ?? ''), enabled: snapshotId !== null });
  const snapshots = useQuery(snapshotsQuery);
  const record = useMutation({
    mutationFn: () => recordSnapshot(filters),
    onSuccess: async (report) => {
      const id = report.snapshot?.id as string;
      queryClient.setQueryData(snapshotQuery(id).queryKey, report);
      onOpen(id);
      await queryClient.invalidateQueries({ queryKey: snapshotsQuery.queryKey });
    },
  });
  const shown = snapshotId === null ? live : opened;

  const columns: DataColumn<SnapshotInfo>[] = [
    {
      key: 'createdAt',
      header: t('reports.annualSummary.recordedAt'),
      rowHeader: true,
      cell: (item) => formatDateTime(item.createdAt, i18n.language),
      nowrap: true,
    },
    {
      key: 'period',
      header: t('reports.annualSummary.period'),
      cell: (item) =>
        `${formatDate(item.from, i18n.language, 'short')} – ${formatDate(item.to, i18n.language, 'short')}`,
    },
    {
      key: 'method',
      header: t('reports.filters.method'),
      cell: (item) => t(`reports.methods.${item.method}`),
    },
    {
      key: 'mine',
      header: t('reports.annualSummary.mine'),
      hideHeader: true,
      cell: (item) =>
        item.mine ? (
          <Badge variant="light" color="gray">
            {t('reports.annualSummary.mine')}
          </Badge>
        ) : null,
    },
    {
      key: 'open',
      header: t('reports.annualSummary.open'),
      hideHeader: true,
      cell: (item) => (
        <Button
          size="xs"
          variant={item.id === snapshotId ? 'filled' : 'default'}
          aria-label={t('reports.annualSummary.openLabel', {
            date: formatDateTime(item.createdAt, i18n.language),
          })}
          aria-pressed={item.id === snapshotId}
          onClick={() => onOpen(item.id)}
        >
          {t('reports.annualSummary.open')}
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="lg">
      <Group>
        <Button
          variant="default"
          leftSection={<IconCamera size={16} aria-hidden />}
          loading={record.isPending}
          onClick={() => record.mutate()}
        >
          {t('reports.annualSummary.record')}
        </Button>
      </Group>
      {record.error && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(record.error)}
        </Alert>
      )}
      {shown.error ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(shown.error)}
        </Alert>
      ) : shown.data ? (
        <div aria-busy={shown.isFetching}>
          <AnnualSummaryResult report={shown.data} filters={filters} />
        </div>
      ) : (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('reports.loading')}</Text>
        </Group>
      )}
      <DataTable
        caption={t('reports.annualSummary.snapshots')}
        showCaption
        columns={columns}
        rows={snapshots.data?.items}
        rowKey={(item) => item.id}
        error={snapshots.error}
        empty={{ description: t('reports.annualSummary.snapshotsEmpty') }}
      />
    </Stack>
  );
}
