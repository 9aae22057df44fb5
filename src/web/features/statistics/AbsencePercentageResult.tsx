import { Paper, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { absencePercentageChartLines } from '../../../contracts/report-charts.js';
import type { AbsencePercentageReport, MonthFigures } from '../../../contracts/reports.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { AbsenceChart } from './AbsenceChart.js';
import { EmptyReport, PeriodFiguresTable, ReportSummary, useReportFormat } from './ReportParts.js';
import type { ReportFilters } from './statistics.api.js';

/** Verzuimpercentage per maand on screen: the chart, a table for the total and one per unit. */
export function AbsencePercentageResult({
  report,
  filters,
}: {
  report: AbsencePercentageReport;
  filters: ReportFilters;
}) {
  const { t } = useTranslation();
  const { percent, monthName, showPercent: show } = useReportFormat();
  const months = useMemo(
    () => report.total.months.map((month) => monthName(month.month)),
    [report, monthName],
  );
  const lines = useMemo(() => absencePercentageChartLines(report, t), [report, t]);

  if (report.total.vp === null) return <EmptyReport />;

  const columns: DataColumn<MonthFigures>[] = [
    {
      key: 'month',
      header: t('reports.columns.month'),
      rowHeader: true,
      cell: (row) => monthName(row.month),
      nowrap: true,
    },
    { key: 'vp', header: t('reports.columns.vp'), cell: (row) => show(row.vp) },
    {
      key: 'cumulativeVp',
      header: t('reports.columns.cumulativeVp'),
      cell: (row) => show(row.cumulativeVp),
    },
    {
      key: 'rollingVp',
      header: t('reports.columns.rollingVp'),
      cell: (row) => show(row.rollingVp),
    },
  ];
  const table = (name: string, rows: MonthFigures[]) => (
    <DataTable
      caption={t('reports.absencePercentage.tableCaption', { unit: name })}
      showCaption
      columns={columns}
      rows={rows}
      rowKey={(row) => row.month}
      empty={{ description: t('reports.empty') }}
    />
  );

  return (
    <Stack gap="lg">
      <ReportSummary vp={report.total.vp} report="verzuimpercentage-per-maand" filters={filters} />
      <PeriodFiguresTable figures={report.total} />
      <Paper withBorder radius="md" p="md">
        <AbsenceChart
          label={t('reports.absencePercentage.chart')}
          months={months}
          lines={lines}
          format={percent}
        />
      </Paper>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('reports.total')}
        </Title>
        {table(t('reports.total'), report.total.months)}
      </Stack>
      {report.units.map((unit) => (
        <Stack gap="xs" key={unit.id}>
          <Title order={2} size="h4">
            {unit.name}
          </Title>
          {table(unit.name, unit.months)}
        </Stack>
      ))}
    </Stack>
  );
}
