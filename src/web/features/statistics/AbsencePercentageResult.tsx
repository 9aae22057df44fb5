import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { absencePercentageChartLines } from '../../../contracts/report-charts.js';
import type { AbsencePercentageReport, MonthFigures } from '../../../contracts/reports.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { EmptyReport, ReportOverview, TotalAndUnitTables, useReportFormat } from './ReportParts.js';
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
      <ReportOverview
        total={report.total}
        report="verzuimpercentage-per-maand"
        filters={filters}
        chart={{ label: t('reports.absencePercentage.chart'), months, lines, format: percent }}
      />
      <TotalAndUnitTables
        total={report.total.months}
        units={report.units.map((unit) => ({ ...unit, rows: unit.months }))}
        table={table}
      />
    </Stack>
  );
}
