import { Alert, Anchor, Button, Group, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import type { SickTodayRow, SickTodaySortKey } from '../../../contracts/sick-today.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { ListPagination } from '../../components/ListPagination.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../lib/dates.js';
import { useDepartmentOptions } from '../employees/EmploymentFields.js';
import { sickTodayQuery, sickTodaySearch } from './cases.api.js';
import { classificationLabels } from './labels.js';
import type { SickTodaySearch } from './sickTodaySearch.js';

export const sickTodayPageSize = 25;

/**
 * Actueel verzuim: who in the user's scope is sick today, sortable by each column, filterable by
 * department, paged by the server and exported to Excel as shown. A name opens what the role may
 * open: the dossier, or for a verzuimmelder the report page of that employee.
 */
export function SickTodayPage({
  user,
  search,
  onSearchChange,
}: {
  user: CurrentUser;
  search: SickTodaySearch;
  onSearchChange: (next: SickTodaySearch) => void;
}) {
  const { t, i18n } = useTranslation();
  const sort = search.sort ?? 'firstSickDay';
  const page = search.page ?? 1;
  const filter = { sort, department: search.department };
  const list = useQuery(sickTodayQuery({ ...filter, page, pageSize: sickTodayPageSize }));
  // The department list comes from the organisation, which a verzuimmelder may not read.
  const mayFilter = roleHasPermission(user.role, 'organisation.read');
  const departments = useDepartmentOptions(mayFilter);
  const mayOpenDossier = roleHasPermission(user.role, 'employees.read');
  const mayReport = roleHasPermission(user.role, 'cases.report');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });

  const sortHeader = (key: SickTodaySortKey, label: string) => {
    const current = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : null;
    const Icon =
      current === 'ascending'
        ? IconArrowUp
        : current === 'descending'
          ? IconArrowDown
          : IconArrowsSort;
    return (
      <UnstyledButton
        onClick={() =>
          onSearchChange({ ...search, sort: current === 'ascending' ? `-${key}` : key, page: 1 })
        }
        aria-label={t(
          current === 'ascending' ? 'sickToday.sortDescending' : 'sickToday.sortAscending',
          {
            column: label,
          },
        )}
        aria-pressed={current !== null}
        fw={700}
        fz="sm"
      >
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    );
  };

  const columns: DataColumn<SickTodayRow>[] = [
    {
      key: 'name',
      header: sortHeader('name', t('sickToday.columns.name')),
      rowHeader: true,
      cell: (row) =>
        mayOpenDossier ? (
          <Anchor component={Link} to={`/werknemers/${row.employeeId}`}>
            {row.name}
          </Anchor>
        ) : mayReport ? (
          <Anchor
            renderRoot={(props) => (
              <Link to="/verzuim-melden" search={{ werknemer: row.employeeId }} {...props} />
            )}
          >
            {row.name}
          </Anchor>
        ) : (
          row.name
        ),
    },
    {
      key: 'department',
      header: sortHeader('department', t('sickToday.columns.department')),
      cell: (row) => row.departmentName ?? '—',
    },
    {
      key: 'firstSickDay',
      header: sortHeader('firstSickDay', t('sickToday.columns.firstSickDay')),
      cell: (row) => formatDate(row.firstSickDay, i18n.language, 'short'),
      nowrap: true,
    },
    {
      key: 'percentage',
      header: sortHeader('percentage', t('sickToday.columns.percentage')),
      cell: (row) => percent.format(row.percentage / 100),
    },
    {
      key: 'duration',
      header: sortHeader('duration', t('sickToday.columns.duration')),
      cell: (row) => row.durationDays,
    },
    {
      key: 'sickDay',
      header: sortHeader('sickDay', t('sickToday.columns.sickDay')),
      cell: (row) => row.sickDay,
    },
    {
      key: 'week',
      header: sortHeader('week', t('sickToday.columns.week')),
      cell: (row) => t('sickToday.weekOf', { week: row.week, ofWeeks: row.ofWeeks }),
      nowrap: true,
    },
    ...(list.data?.showsClassification
      ? [
          {
            key: 'classification',
            header: t('sickToday.columns.classification'),
            cell: (row: SickTodayRow) =>
              row.classification
                ? t(classificationLabels[row.classification])
                : row.safetyNet
                  ? t('cases.safetyNetYes')
                  : '—',
          },
        ]
      : []),
    ...(list.data?.showsDeadlines
      ? [
          {
            key: 'nextDeadline',
            header: sortHeader('nextDeadline', t('sickToday.columns.nextDeadline')),
            cell: (row: SickTodayRow) =>
              row.nextDeadline ? (
                <Stack gap={0}>
                  <Text size="sm">
                    {formatDate(row.nextDeadline.dueDate, i18n.language, 'short')}
                  </Text>
                  <Text size="xs">{row.nextDeadline.name}</Text>
                </Stack>
              ) : (
                t('sickToday.noDeadline')
              ),
          },
        ]
      : []),
  ];

  return (
    <Page title={t('sickToday.title')} description={t('sickToday.description')}>
      {search.doel === 'herstel' && (
        <Alert variant="light" color="blue">
          {t('sickToday.pickRecovered')}
        </Alert>
      )}
      <Group justify="space-between" align="flex-end">
        {mayFilter ? (
          <Select
            label={t('sickToday.columns.department')}
            placeholder={t('sickToday.allDepartments')}
            data={departments}
            value={search.department ?? null}
            onChange={(value) =>
              onSearchChange({ ...search, department: value ?? undefined, page: 1 })
            }
            clearable
            searchable
            w={320}
          />
        ) : (
          <span />
        )}
        <Button
          component="a"
          variant="default"
          href={`/api/cases/sick-today/export?${sickTodaySearch(filter)}`}
          download
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('sickToday.export.button')}
        </Button>
      </Group>
      <Stack gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {list.data ? t('sickToday.count', { count: list.data.total }) : ''}
        </Text>
        <DataTable
          caption={t('sickToday.caption')}
          columns={columns}
          rows={list.data?.items}
          rowKey={(row) => row.employeeId}
          error={list.error}
          empty={{ description: t('sickToday.empty') }}
          minWidth={640}
          tableProps={{ 'aria-busy': list.isFetching }}
        />
        {list.data && list.data.total > sickTodayPageSize && (
          <ListPagination
            total={Math.ceil(list.data.total / sickTodayPageSize)}
            value={page}
            onChange={(next) => onSearchChange({ ...search, page: next })}
          />
        )}
      </Stack>
    </Page>
  );
}
