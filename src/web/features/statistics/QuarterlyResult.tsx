import { Paper, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  durationClasses,
  type QuarterFigures,
  type QuarterlyReport,
} from '../../../contracts/reports.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { AbsenceChart } from './AbsenceChart.js';
import {
  EmptyReport,
  figureLabels,
  PeriodFiguresTable,
  ReportSummary,
  usePeriodFigureColumns,
  useReportFormat,
} from './ReportParts.js';
import type { ReportFilters } from './statistics.api.js';

/**
 * Kwartaalrapportage verzuim on screen: the period's key figures, bars of the VP by duration
 * class per quarter, and a table of the key figures per quarter for the total and each unit.
 */
export function QuarterlyResult({
  report,
  filters,
}: {
  report: QuarterlyReport;
  filters: ReportFilters;
}) {
  const { t } = useTranslation();
  const { percent } = useReportFormat();
  const figureColumns = usePeriodFigureColumns<QuarterFigures>();
  const quarters = useMemo(() => report.total.quarters.map((quarter) => quarter.quarter), [report]);
  const bars = useMemo(
    () =>
      durationClasses.map((durationClass) => ({
        name: t(figureLabels[durationClass]),
        values: report.total.quarters.map((quarter) => quarter.vpByDurationClass[durationClass]),
      })),
    [report, t],
  );

  if (report.total.vp === null) return <EmptyReport />;

  const columns: DataColumn<QuarterFigures>[] = [
    {
      key: 'quarter',
      header: t('reports.columns.quarter'),
      rowHeader: true,
      cell: (row) => row.quarter,
      nowrap: true,
    },
    ...figureColumns,
  ];
  const table = (name: string, rows: QuarterFigures[]) => (
    <DataTable
      caption={t('reports.quarterly.tableCaption', { unit: name })}
      showCaption
      columns={columns}
      rows={rows}
      rowKey={(row) => row.quarter}
      empty={{ description: t('reports.empty') }}
      minWidth={1100}
    />
  );

  return (
    <Stack gap="lg">
      <ReportSummary vp={report.total.vp} report="kwartaalrapportage" filters={filters} />
      <PeriodFiguresTable figures={report.total} />
      <Paper withBorder radius="md" p="md">
        <AbsenceChart
          label={t('reports.quarterly.chart')}
          months={quarters}
          lines={bars}
          format={percent}
          kind="stackedBar"
        />
      </Paper>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('reports.total')}
        </Title>
        {table(t('reports.total'), report.total.quarters)}
      </Stack>
      {report.units.map((unit) => (
        <Stack gap="xs" key={unit.id}>
          <Title order={2} size="h4">
            {unit.name}
          </Title>
          {table(unit.name, unit.quarters)}
        </Stack>
      ))}
    </Stack>
  );
}
