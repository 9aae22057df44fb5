import { Alert, Group, Paper, Stack } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnualSummaryReport } from '../../../contracts/report-snapshots.js';
import {
  type MonthFigures,
  type PeriodFigureKey,
  periodFigureKeys,
  periodFigureRows,
} from '../../../contracts/reports.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { formatDateTime } from '../../lib/dates.js';
import type { ReportFilters } from './statistics.api.js';
import { annualSummaryExportUrl } from './statistics.snapshots.api.js';
import { ReportExportButtons } from './ReportExportButtons.js';

type FigureRow = ReturnType<typeof periodFigureRows>[number];
type UnitRow = AnnualSummaryReport['units'][number];

/** Verzuimsamenvatting jaar on screen: the figures in total, per unit, and the months. */
export function AnnualSummaryResult({
  report,
  filters,
}: {
  report: AnnualSummaryReport;
  filters: ReportFilters;
}) {
  const { t, i18n } = useTranslation();
  const { number, monthName } = useMemo(
    () => ({
      number: new Intl.NumberFormat(i18n.language, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
      monthName: new Intl.DateTimeFormat(i18n.language, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    }),
    [i18n.language],
  );
  const show = (row: { value: number | null; percentage: boolean }) =>
    row.value === null
      ? t('reports.noValue')
      : row.percentage
        ? `${number.format(row.value)}%`
        : number.format(row.value);
  const label = (key: PeriodFigureKey) => t(`reports.figures.${key}`);

  if (report.total.vp === null) {
    return (
      <Paper withBorder radius="md">
        <EmptyState
          icon={<IconChartBar aria-hidden stroke={1.5} />}
          title={t('statistics.emptyTitle')}
          description={t('reports.empty')}
        />
      </Paper>
    );
  }

  const figureColumns: DataColumn<FigureRow>[] = [
    {
      key: 'figure',
      header: t('reports.figures.figure'),
      rowHeader: true,
      cell: (row) => label(row.key),
    },
    { key: 'value', header: t('reports.figures.value'), cell: show },
  ];
  const unitColumns: DataColumn<UnitRow>[] = [
    {
      key: 'unit',
      header: t('reports.columns.unit'),
      rowHeader: true,
      cell: (unit) => unit.name,
    },
    ...periodFigureKeys.map((key) => ({
      key,
      header: label(key),
      cell: (unit: UnitRow) =>
        show(periodFigureRows(unit.figures).find((row) => row.key === key) as FigureRow),
    })),
  ];
  const monthColumns: DataColumn<MonthFigures>[] = [
    {
      key: 'month',
      header: t('reports.columns.month'),
      rowHeader: true,
      cell: (row) => monthName.format(new Date(`${row.month}-01T00:00:00Z`)),
      nowrap: true,
    },
    {
      key: 'vp',
      header: t('reports.columns.vp'),
      cell: (row) => show({ value: row.vp, percentage: true }),
    },
    {
      key: 'cumulativeVp',
      header: t('reports.columns.cumulativeVp'),
      cell: (row) => show({ value: row.cumulativeVp, percentage: true }),
    },
  ];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        {report.snapshot ? (
          <Alert variant="light" color="blue" data-testid="snapshot-shown">
            {t('reports.annualSummary.showing', {
              date: formatDateTime(report.snapshot.createdAt, i18n.language),
            })}
          </Alert>
        ) : (
          <span />
        )}
        <ReportExportButtons href={(format) => annualSummaryExportUrl(report, filters, format)} />
      </Group>
      <DataTable
        caption={t('reports.figures.caption')}
        showCaption
        columns={figureColumns}
        rows={periodFigureRows(report.total)}
        rowKey={(row) => row.key}
        empty={{ description: t('reports.empty') }}
      />
      <DataTable
        caption={t('reports.annualSummary.unitsCaption')}
        showCaption
        columns={unitColumns}
        rows={report.units}
        rowKey={(unit) => unit.id}
        empty={{ description: t('reports.empty') }}
      />
      <DataTable
        caption={t('reports.annualSummary.monthsCaption')}
        showCaption
        columns={monthColumns}
        rows={report.total.months}
        rowKey={(row) => row.month}
        empty={{ description: t('reports.empty') }}
      />
    </Stack>
  );
}
