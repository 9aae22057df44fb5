import { Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AbsenceAnalysisReport,
  ageClassLabels,
  type AnalysisFigures,
  durationClasses,
} from '../../../contracts/reports.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import {
  EmptyReport,
  figureLabels,
  ReportOverview,
  usePeriodFigureColumns,
  useReportFormat,
} from './ReportParts.js';
import type { ReportFilters } from './statistics.api.js';

type Row = AnalysisFigures & { key: string; label: string };

const sickDayLabels = {
  short: 'reports.columns.sickDaysShort',
  medium: 'reports.columns.sickDaysMedium',
  long: 'reports.columns.sickDaysLong',
  extraLong: 'reports.columns.sickDaysExtraLong',
} as const;

/**
 * Verzuimanalyse totaal on screen: the key figures, bars of the VP by duration class per month,
 * and tables of absolute (weighted sick days) and relative absence (VP) by duration class, with
 * nulverzuim: in total, by gender, by age class, per month and per unit.
 */
export function AbsenceAnalysisResult({
  report,
  filters,
}: {
  report: AbsenceAnalysisReport;
  filters: ReportFilters;
}) {
  const { t } = useTranslation();
  const { percent, decimal, monthName } = useReportFormat();
  const figureColumns = usePeriodFigureColumns<Row>();
  const months = useMemo(
    () => report.months.map((month) => monthName(month.month)),
    [report, monthName],
  );
  const bars = useMemo(
    () =>
      durationClasses.map((durationClass) => ({
        name: t(figureLabels[durationClass]),
        values: report.months.map((month) => month.vpByDurationClass[durationClass]),
      })),
    [report, t],
  );

  if (report.total.vp === null) return <EmptyReport />;

  const columns: DataColumn<Row>[] = [
    {
      key: 'group',
      header: t('reports.columns.group'),
      rowHeader: true,
      cell: (row) => row.label,
      nowrap: true,
    },
    {
      key: 'sickDays',
      header: t('reports.columns.sickDays'),
      cell: (row) => decimal(row.sickDays),
    },
    ...durationClasses.map((durationClass) => ({
      key: `sickDays-${durationClass}`,
      header: t(sickDayLabels[durationClass]),
      cell: (row: Row) => decimal(row.sickDaysByDurationClass[durationClass]),
    })),
    ...figureColumns,
  ];
  const table = (caption: string, rows: Row[]) => (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {caption}
      </Title>
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.key}
        empty={{ description: t('reports.empty') }}
        minWidth={1600}
      />
    </Stack>
  );

  return (
    <Stack gap="lg">
      <ReportOverview
        total={report.total}
        report="verzuimanalyse-totaal"
        filters={filters}
        chart={{
          label: t('reports.analysis.chart'),
          months,
          lines: bars,
          format: percent,
          kind: 'stackedBar',
        }}
      />
      {table(t('reports.analysis.totalCaption'), [
        { ...report.total, key: 'total', label: t('reports.total') },
      ])}
      {table(
        t('reports.analysis.genderCaption'),
        report.byGender.map((row) => ({
          ...row,
          key: row.gender,
          label: t(`employees.genders.${row.gender}`),
        })),
      )}
      {table(
        t('reports.analysis.ageCaption'),
        report.byAgeClass.map((row) => ({
          ...row,
          key: row.ageClass,
          label: t(ageClassLabels[row.ageClass]),
        })),
      )}
      {table(
        t('reports.analysis.monthsCaption'),
        report.months.map((row) => ({ ...row, key: row.month, label: monthName(row.month) })),
      )}
      {table(
        t('reports.analysis.unitsCaption'),
        report.units.map((row) => ({ ...row, key: row.id, label: row.name })),
      )}
    </Stack>
  );
}
