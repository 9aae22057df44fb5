import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassificationValue } from '../../../contracts/cases.js';
import {
  type AbsencePerEmployeeRow,
  type CaseHistoryRow,
  caseStatusLabels,
  insurerFlagLabels,
  type InsurerCaseRow,
} from '../../../contracts/report-lists.js';
import type { DataColumn } from '../../components/DataTable.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate, formatNumber } from '../../lib/dates.js';
import { BackgroundExports } from './BackgroundExports.js';
import { ListReportTable } from './ListReportTable.js';
import { type ReportFilters, reportSearch } from './statistics.api.js';
import { AbsenceFilterFields, CaseHistoryFilterFields } from './ListReportFilters.js';
import {
  type AbsenceFilters,
  absencePerEmployeeQuery,
  absencePerEmployeeSearch,
  type CaseHistoryFilters,
  caseHistoryQuery,
  caseHistorySearch,
  insurerCasesQuery,
  type ListReportId,
  listReportUrls,
} from './statistics.lists.api.js';

/** The columns every list starts with: who, and where. */
function useCommon() {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) =>
    value === null ? '—' : formatDate(value, i18n.language, 'short');
  const yesNo = (value: boolean) => (value ? t('reportLists.yes') : t('reportLists.no'));
  const cause = (value: ClassificationValue | null) =>
    value === null ? t('reportLists.safetyNet') : t(`cases.classifications.${value}`);
  function who<Row extends { employeeName: string; department: string }>(): DataColumn<Row>[] {
    return [
      {
        key: 'employee',
        header: t('reportLists.columns.employee'),
        rowHeader: true,
        cell: (row) => row.employeeName,
      },
      {
        key: 'department',
        header: t('reportLists.columns.department'),
        cell: (row) => row.department,
      },
    ];
  }
  return { t, i18n, date, yesNo, cause, who };
}

/** Waiting, failed, or the result. */
function Answer<Data>({
  query,
  children,
}: {
  query: { data?: Data; error: unknown };
  children: (data: Data) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.error) {
    return (
      <Alert color="red" variant="light" role="alert">
        {errorMessage(query.error)}
      </Alert>
    );
  }
  if (query.data === undefined) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('reports.loading')}</Text>
      </Group>
    );
  }
  return <>{children(query.data)}</>;
}

function AbsencePerEmployee({ filters }: { filters: ReportFilters }) {
  const { t, i18n, date, cause, who } = useCommon();
  const [extra, setExtra] = useState<AbsenceFilters>({ causes: [], safetyNet: null });
  const query = useQuery(absencePerEmployeeQuery(filters, extra));
  const columns: DataColumn<AbsencePerEmployeeRow>[] = [
    ...who<AbsencePerEmployeeRow>(),
    {
      key: 'first',
      header: t('reportLists.columns.firstSickDay'),
      cell: (row) => date(row.firstSickDay),
      nowrap: true,
    },
    {
      key: 'last',
      header: t('reportLists.columns.lastSickDay'),
      cell: (row) => (row.lastSickDay === null ? t('reportLists.open') : date(row.lastSickDay)),
      nowrap: true,
    },
    { key: 'days', header: t('reportLists.columns.daysInPeriod'), cell: (row) => row.daysInPeriod },
    {
      key: 'absenceDays',
      header: t('reportLists.columns.absenceDaysInPeriod'),
      cell: (row) => formatNumber(row.absenceDaysInPeriod, i18n.language),
    },
    {
      key: 'percentage',
      header: t('reportLists.columns.percentage'),
      cell: (row) => `${row.percentage}%`,
    },
    { key: 'cause', header: t('reportLists.columns.cause'), cell: (row) => cause(row.cause) },
  ];
  return (
    <Stack gap="md">
      <AbsenceFilterFields value={extra} onChange={setExtra} />
      <Answer query={query}>
        {(report) => (
          <ListReportTable
            caption={t('reportLists.absencePerEmployee.caption')}
            columns={columns}
            rows={report.rows}
            rowKey={(row) => `${row.caseId}-${row.cause ?? 'safety_net'}`}
            exportHref={(format) =>
              `${listReportUrls['verzuim-per-medewerker']}?${absencePerEmployeeSearch(filters, extra, format)}`
            }
            busy={query.isFetching}
          />
        )}
      </Answer>
      <BackgroundExports
        report="verzuim-per-medewerker"
        filters={filters}
        extra={{ causes: extra.causes, ...(extra.safetyNet ? { safetyNet: extra.safetyNet } : {}) }}
      />
    </Stack>
  );
}

function InsurerCases({ filters }: { filters: ReportFilters }) {
  const { t, date, yesNo, who } = useCommon();
  const query = useQuery(insurerCasesQuery(filters));
  const flag = (key: keyof typeof insurerFlagLabels): DataColumn<InsurerCaseRow> => ({
    key,
    header: t(insurerFlagLabels[key]),
    cell: (row) => yesNo(row[key]),
  });
  const dateColumn = (
    key:
      | 'reportDate'
      | 'firstSickDay'
      | 'partialRecoveryStart'
      | 'workResumptionAdviceStart'
      | 'therapeuticWorkStart',
  ): DataColumn<InsurerCaseRow> => ({
    key,
    header: t(`reportLists.columns.${key}`),
    cell: (row) => date(row[key]),
    nowrap: true,
  });
  const columns: DataColumn<InsurerCaseRow>[] = [
    ...who<InsurerCaseRow>(),
    dateColumn('reportDate'),
    dateColumn('firstSickDay'),
    {
      key: 'initialPercentage',
      header: t('reportLists.columns.initialPercentage'),
      cell: (row) => `${row.initialPercentage}%`,
    },
    dateColumn('partialRecoveryStart'),
    dateColumn('workResumptionAdviceStart'),
    dateColumn('therapeuticWorkStart'),
    flag('privateAccident'),
    flag('workAccident'),
    flag('thirdPartyLiability'),
    flag('labourConflict'),
    flag('safetyNet'),
  ];
  const href = (format: 'xlsx' | 'pdf') =>
    `${listReportUrls['ziektetrajecten-per-verzekeraar']}?${reportSearch(filters, format)}`;
  return (
    <Answer query={query}>
      {(report) =>
        report.insurers.length === 0 ? (
          <ListReportTable
            caption={t('reportLists.insurerCases.title')}
            columns={columns}
            rows={[]}
            rowKey={(row) => row.caseId}
            exportHref={href}
            busy={query.isFetching}
          />
        ) : (
          <Stack gap="lg">
            {report.insurers.map((group) => (
              <ListReportTable
                key={group.insurer ?? ''}
                caption={t('reportLists.insurerCases.caption', {
                  insurer: group.insurer ?? t('reportLists.insurerCases.noInsurer'),
                })}
                columns={columns}
                rows={group.rows}
                rowKey={(row) => row.caseId}
                exportHref={href}
                busy={query.isFetching}
              />
            ))}
          </Stack>
        )
      }
    </Answer>
  );
}

function CaseHistory({ filters }: { filters: ReportFilters }) {
  const { t, date, cause, who } = useCommon();
  const [extra, setExtra] = useState<CaseHistoryFilters>({ protocols: [], status: null });
  const query = useQuery(caseHistoryQuery(filters, extra));
  const columns: DataColumn<CaseHistoryRow>[] = [
    ...who<CaseHistoryRow>(),
    { key: 'protocol', header: t('reportLists.columns.protocol'), cell: (row) => row.protocol },
    {
      key: 'status',
      header: t('reportLists.columns.status'),
      cell: (row) => t(caseStatusLabels[row.status]),
    },
    {
      key: 'cause',
      header: t('reportLists.columns.cause'),
      cell: (row) =>
        row.kind === 'pregnancy' ? t('reportLists.pregnancy') : cause(row.classification),
    },
    {
      key: 'period',
      header: `${t('reportLists.columns.firstDay')} – ${t('reportLists.columns.lastDay')}`,
      cell: (row) =>
        `${date(row.firstDay)} – ${row.lastDay ? date(row.lastDay) : t('reportLists.open')}`,
      nowrap: true,
    },
    {
      key: 'history',
      header: t('reportLists.caseHistory.history'),
      cell: (row) =>
        row.history.map((step) => `${date(step.from)}: ${step.percentage}%`).join('; ') || '—',
    },
    {
      key: 'notes',
      header: t('reportLists.caseHistory.notes'),
      cell: (row) =>
        row.notes.length === 0 ? (
          t('reportLists.caseHistory.noNotes')
        ) : (
          <Stack gap={4}>
            {row.notes.map((note, index) => (
              <Text size="sm" key={index}>
                {date(note.contactDate)} ({note.authorName}): {note.text}
              </Text>
            ))}
          </Stack>
        ),
    },
  ];
  return (
    <Stack gap="md">
      <CaseHistoryFilterFields value={extra} onChange={setExtra} />
      <Answer query={query}>
        {(report) => (
          <Stack gap="sm">
            {!report.notesIncluded && (
              <Alert color="blue" variant="light">
                {t('reportLists.caseHistory.notesHidden')}
              </Alert>
            )}
            <Text>
              {t('reportLists.columns.employer')}: {report.employer}
            </Text>
            <ListReportTable
              caption={t('reportLists.caseHistory.caption')}
              columns={columns}
              rows={report.cases}
              rowKey={(row) => row.caseId}
              exportHref={(format) =>
                `${listReportUrls.trajecthistorie}?${caseHistorySearch(filters, extra, format)}`
              }
              busy={query.isFetching}
            />
          </Stack>
        )}
      </Answer>
      <BackgroundExports
        report="trajecthistorie"
        filters={filters}
        extra={{ protocols: extra.protocols, ...(extra.status ? { status: extra.status } : {}) }}
      />
    </Stack>
  );
}

/** One of the list reports of Statistieken on screen, for the filters of the page. */
export function ListReportResult({ id, filters }: { id: ListReportId; filters: ReportFilters }) {
  if (id === 'verzuim-per-medewerker') return <AbsencePerEmployee filters={filters} />;
  if (id === 'ziektetrajecten-per-verzekeraar') return <InsurerCases filters={filters} />;
  return <CaseHistory filters={filters} />;
}
