import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { type ComponentProps, type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reportFormatters } from '../../../contracts/report-charts.js';
import {
  type PeriodFigureKey,
  type PeriodFigures,
  periodFigureKeys,
  periodFigureRows,
} from '../../../contracts/reports.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import {
  type ReportFilters,
  reportSearch,
  reportUrl,
  type StatisticalReportId,
} from './statistics.api.js';
import { AbsenceChart } from './AbsenceChart.js';
import { ReportExportButtons } from './ReportExportButtons.js';

/** The pieces every statistical report shows: number formats, key figures, export, empty state. */

export const figureLabels = {
  vp: 'reports.figures.vp',
  mf: 'reports.figures.mf',
  meanDuration: 'reports.figures.meanDuration',
  zeroAbsence: 'reports.figures.zeroAbsence',
  averageHeadcount: 'reports.figures.averageHeadcount',
  short: 'reports.figures.short',
  medium: 'reports.figures.medium',
  long: 'reports.figures.long',
  extraLong: 'reports.figures.extraLong',
} as const satisfies Record<PeriodFigureKey, string>;

/** Numbers with two decimals, percentages, month names and "n/a", in the user's language. */
export function useReportFormat() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const formatters = reportFormatters(i18n.language);
    const { decimal, percent } = formatters;
    return {
      ...formatters,
      /** A percentage, or "n/a" when nobody was employed. */
      showPercent: (value: number | null) =>
        value === null ? t('reports.noValue') : percent(value),
      showDecimal: (value: number | null) =>
        value === null ? t('reports.noValue') : decimal(value),
    };
  }, [i18n.language, t]);
}

/** A column per key figure of a period, for a table with a row per quarter, group or unit. */
export function usePeriodFigureColumns<Row extends PeriodFigures>(): DataColumn<Row>[] {
  const { t } = useTranslation();
  const { showPercent, showDecimal } = useReportFormat();
  return periodFigureKeys.map((key) => ({
    key,
    header: t(figureLabels[key]),
    cell: (row: Row) => {
      const figure = periodFigureRows(row).find((candidate) => candidate.key === key);
      return figure?.percentage ? showPercent(figure.value) : showDecimal(figure?.value ?? null);
    },
  }));
}

/** The period's key figures, a row each. */
export function PeriodFiguresTable({ figures }: { figures: PeriodFigures }) {
  const { t } = useTranslation();
  const { showPercent, showDecimal } = useReportFormat();
  type FigureRow = ReturnType<typeof periodFigureRows>[number];
  const columns: DataColumn<FigureRow>[] = [
    {
      key: 'figure',
      header: t('reports.figures.figure'),
      rowHeader: true,
      cell: (row) => t(figureLabels[row.key]),
    },
    {
      key: 'value',
      header: t('reports.figures.value'),
      cell: (row) => (row.percentage ? showPercent(row.value) : showDecimal(row.value)),
    },
  ];
  return (
    <DataTable
      caption={t('reports.figures.caption')}
      showCaption
      columns={columns}
      rows={periodFigureRows(figures)}
      rowKey={(row) => row.key}
      empty={{ description: t('reports.empty') }}
    />
  );
}

/** The VP of the period and the report's exports: Excel as a link, PDF made while one waits. */
export function ReportSummary({
  vp,
  report,
  filters,
}: {
  vp: number | null;
  report: StatisticalReportId;
  filters: ReportFilters;
}) {
  const { t } = useTranslation();
  const { showPercent } = useReportFormat();
  return (
    <Group justify="space-between" align="center">
      <Text fw={600} data-testid="period-vp">
        {t('reports.periodVp', { vp: showPercent(vp) })}
      </Text>
      <ReportExportButtons
        href={(format) => `${reportUrl(report)}?${reportSearch(filters, format)}`}
      />
    </Group>
  );
}

/** The top of a statistical report: the period's VP with the exports, its key figures, the chart. */
export function ReportOverview({
  total,
  report,
  filters,
  chart,
}: {
  total: PeriodFigures;
  report: StatisticalReportId;
  filters: ReportFilters;
  chart: ComponentProps<typeof AbsenceChart>;
}) {
  return (
    <>
      <ReportSummary vp={total.vp} report={report} filters={filters} />
      <PeriodFiguresTable figures={total} />
      <Paper withBorder radius="md" p="md">
        <AbsenceChart {...chart} />
      </Paper>
    </>
  );
}

/** A table of the whole selection, then one for each unit at the level shown, each headed. */
export function TotalAndUnitTables<Rows>({
  total,
  units,
  table,
}: {
  total: Rows;
  units: { id: string; name: string; rows: Rows }[];
  table: (caption: string, rows: Rows) => ReactNode;
}) {
  const { t } = useTranslation();
  return [{ id: 'total', name: t('reports.total'), rows: total }, ...units].map((unit) => (
    <Stack gap="xs" key={unit.id}>
      <Title order={2} size="h4">
        {unit.name}
      </Title>
      {table(unit.name, unit.rows)}
    </Stack>
  ));
}

/** Nobody within the user's scope was employed in the selection and period. */
export function EmptyReport() {
  const { t } = useTranslation();
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
