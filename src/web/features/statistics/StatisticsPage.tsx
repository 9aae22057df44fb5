import { Alert, Loader, Group, Paper, Select, Text } from '@mantine/core';
import { useIsFetching, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';
import { errorMessage } from '../../lib/api.js';
import { todayInAmsterdam } from '../../lib/dates.js';
import { AbsenceAnalysisResult } from './AbsenceAnalysisResult.js';
import { AbsencePercentageResult } from './AbsencePercentageResult.js';
import { AnnualSummaryPanel } from './AnnualSummaryPanel.js';
import { BackgroundExports } from './BackgroundExports.js';
import { ListReportResult } from './ListReportResults.js';
import { QuarterlyResult } from './QuarterlyResult.js';
import { ReportFiltersForm } from './ReportFiltersForm.js';
import {
  type ReportFilters,
  reportQuery,
  type StatisticalReportId,
  type StatisticalReports,
} from './statistics.api.js';
import { type ListReportId, listReportUrls } from './statistics.lists.api.js';

/** This year up to today, calendar days, the whole employer at the top level. */
function defaultFilters(): ReportFilters {
  const today = todayInAmsterdam();
  return {
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
    method: 'calendar',
    unitIds: [],
    level: 1,
  };
}

type ReportId = StatisticalReportId | 'verzuimsamenvatting-jaar' | ListReportId;

/** Each report in the Select: its title and description keys, in the order listed. */
const reports = {
  'verzuimpercentage-per-maand': {
    title: 'reports.absencePercentage.title',
    description: 'reports.absencePercentage.description',
  },
  kwartaalrapportage: {
    title: 'reports.quarterly.title',
    description: 'reports.quarterly.description',
  },
  'verzuimanalyse-totaal': {
    title: 'reports.analysis.title',
    description: 'reports.analysis.description',
  },
  'verzuimsamenvatting-jaar': {
    title: 'reports.annualSummary.title',
    description: 'reports.annualSummary.description',
  },
  'verzuim-per-medewerker': {
    title: 'reportLists.absencePerEmployee.title',
    description: 'reportLists.absencePerEmployee.description',
  },
  'ziektetrajecten-per-verzekeraar': {
    title: 'reportLists.insurerCases.title',
    description: 'reportLists.insurerCases.description',
  },
  trajecthistorie: {
    title: 'reportLists.caseHistory.title',
    description: 'reportLists.caseHistory.description',
  },
} as const satisfies Record<ReportId, { title: string; description: string }>;

const isReportId = (value: string | null): value is ReportId => value !== null && value in reports;
const isListReport = (id: ReportId): id is ListReportId => id in listReportUrls;

/** The chosen report's answer on screen: loading, an error, or `children` with the answer. */
function ReportView<Id extends StatisticalReportId>({
  report,
  filters,
  children,
}: {
  report: Id;
  filters: ReportFilters;
  children: (answer: StatisticalReports[Id]) => ReactNode;
}) {
  const { t } = useTranslation();
  const answer = useQuery(reportQuery(report, filters));
  if (answer.error) {
    return (
      <Alert color="red" variant="light" role="alert">
        {errorMessage(answer.error)}
      </Alert>
    );
  }
  if (!answer.data) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('reports.loading')}</Text>
      </Group>
    );
  }
  return <div aria-busy={answer.isFetching}>{children(answer.data)}</div>;
}

/**
 * Statistieken (SPEC.md §2.8): choose a report, set its filters, see its tables and chart, and
 * export it to Excel. The numbers are the server's (the JSON API), within the user's scope.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(defaultFilters);
  const [report, setReport] = useState<ReportId>('verzuimpercentage-per-maand');
  /** The snapshot of the Verzuimsamenvatting jaar shown; null: the figures of now. */
  const [snapshotId, setSnapshotId] = useState<string | null>(null);
  const busy = useIsFetching({ queryKey: ['reports'] }) > 0;
  const apply = (next: ReportFilters) => {
    setFilters(next);
    setSnapshotId(null);
  };
  return (
    <Page title={t('statistics.title')} description={t(reports[report].description)}>
      <Select
        label={t('reports.choose')}
        data={Object.entries(reports).map(([value, keys]) => ({ value, label: t(keys.title) }))}
        value={report}
        onChange={(value) => {
          if (isReportId(value)) setReport(value);
        }}
        allowDeselect={false}
        w={360}
      />
      <Paper withBorder radius="md" p="md">
        <ReportFiltersForm value={filters} onApply={apply} busy={busy} />
      </Paper>
      {report === 'verzuimsamenvatting-jaar' ? (
        <AnnualSummaryPanel filters={filters} snapshotId={snapshotId} onOpen={setSnapshotId} />
      ) : isListReport(report) ? (
        <ListReportResult id={report} filters={filters} />
      ) : report === 'verzuimpercentage-per-maand' ? (
        <ReportView key={report} report={report} filters={filters}>
          {(answer) => <AbsencePercentageResult report={answer} filters={filters} />}
        </ReportView>
      ) : report === 'kwartaalrapportage' ? (
        <ReportView key={report} report={report} filters={filters}>
          {(answer) => <QuarterlyResult report={answer} filters={filters} />}
        </ReportView>
      ) : (
        <ReportView key={report} report={report} filters={filters}>
          {(answer) => <AbsenceAnalysisResult report={answer} filters={filters} />}
        </ReportView>
      )}
      {/* A list with its own filters offers its background export on its result, with them. */}
      {report !== 'trajecthistorie' && report !== 'verzuim-per-medewerker' && (
        <BackgroundExports report={report} filters={filters} />
      )}
    </Page>
  );
}
