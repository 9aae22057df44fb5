import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  durationClasses,
  type QuarterFigures,
  type QuarterlyReport,
} from '../../../contracts/reports.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import {
  EmptyReport,
  figureLabels,
  ReportOverview,
  TotalAndUnitTables,
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
      <ReportOverview
        total={report.total}
        report="kwartaalrapportage"
        filters={filters}
        chart={{
          label: t('reports.quarterly.chart'),
          months: quarters,
          lines: bars,
          format: percent,
          kind: 'stackedBar',
        }}
      />
      <TotalAndUnitTables
        total={report.total.quarters}
        units={report.units.map((unit) => ({ ...unit, rows: unit.quarters }))}
        table={table}
      />
    </Stack>
  );
}
