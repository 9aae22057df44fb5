import { Alert, Anchor, Group, Paper, Select, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import {
  type WorklistFilter,
  type WorklistItem,
  worklistShows,
  worklistSorts,
} from '../../../contracts/worklist.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../lib/dates.js';
import { notifyFailure } from '../../lib/notify.js';
import { useSwitchEmployerMutation } from '../users/linked-accounts.api.js';
import { worklistQuery } from './worklist.api.js';

const allEmployers = 'all';
const showLabels = {
  all: 'worklist.shows.all',
  new: 'worklist.shows.new',
  cases: 'worklist.shows.cases',
  late: 'worklist.shows.late',
  due: 'worklist.shows.due',
} as const satisfies Record<WorklistFilter['show'], string>;
const sortLabels = {
  urgency: 'worklist.sorts.urgency',
  employer: 'worklist.sorts.employer',
  name: 'worklist.sorts.name',
  date: 'worklist.sorts.date',
  '-duration': 'worklist.sorts.-duration',
} as const satisfies Record<WorklistFilter['sort'], string>;

function whatKey(item: WorklistItem) {
  if (item.kind === 'task') return item.late ? 'worklist.lateTask' : 'worklist.dueTask';
  return item.isNew ? 'worklist.newReport' : 'worklist.openCase';
}

/**
 * Werklijst: a casemanager's or bedrijfsarts's items across the employers assigned to them. An
 * item opens the employee's dossier in that employer's context: the header's employer switch
 * first when another employer is active.
 */
export function WorklistPage({ user }: { user: CurrentUser }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const switchEmployer = useSwitchEmployerMutation();
  const [filter, setFilter] = useState<WorklistFilter>({ show: 'all', sort: 'urgency' });
  const list = useQuery(worklistQuery(filter));

  const open = async (item: WorklistItem) => {
    try {
      if (user.employer?.id !== item.employerId) {
        await switchEmployer.mutateAsync(item.employerId);
      }
      await navigate({ to: '/werknemers/$employeeId', params: { employeeId: item.employeeId } });
    } catch (error) {
      notifyFailure(error);
    }
  };

  const columns: DataColumn<WorklistItem>[] = [
    {
      key: 'what',
      header: t('worklist.what'),
      cell: (item) => (
        <Text size="sm" c={item.kind === 'task' && item.late ? 'red.9' : undefined} fw={500}>
          {t(whatKey(item))}
        </Text>
      ),
      nowrap: true,
    },
    {
      key: 'employee',
      header: t('worklist.employee'),
      rowHeader: true,
      cell: (item) => (
        <Anchor
          component="button"
          type="button"
          onClick={() => void open(item)}
          aria-label={t('worklist.open', { name: item.employeeName })}
        >
          {item.employeeName}
        </Anchor>
      ),
    },
    { key: 'employer', header: t('worklist.employer'), cell: (item) => item.employerName },
    {
      key: 'date',
      header: t('worklist.date'),
      cell: (item) =>
        formatDate(item.kind === 'case' ? item.firstSickDay : item.dueDate, i18n.language, 'short'),
      nowrap: true,
    },
    {
      key: 'details',
      header: t('worklist.details'),
      cell: (item) =>
        item.kind === 'case'
          ? t('worklist.sickDays', { count: item.durationDays, percentage: item.percentage })
          : item.taskName,
    },
  ];

  const noAssignments = list.data !== undefined && list.data.employers.length === 0;
  return (
    <Page title={t('worklist.title')} description={t('worklist.intro')}>
      <Group align="flex-end">
        <Select
          label={t('worklist.show')}
          allowDeselect={false}
          data={worklistShows.map((value) => ({ value, label: t(showLabels[value]) }))}
          value={filter.show}
          onChange={(value) =>
            setFilter({ ...filter, show: (value ?? 'all') as WorklistFilter['show'] })
          }
        />
        <Select
          label={t('worklist.employer')}
          allowDeselect={false}
          data={[
            { value: allEmployers, label: t('worklist.allEmployers') },
            ...(list.data?.employers ?? []).map((employer) => ({
              value: employer.id,
              label: employer.name,
            })),
          ]}
          value={filter.employerId ?? allEmployers}
          onChange={(value) => {
            const { employerId: _previous, ...rest } = filter;
            setFilter(!value || value === allEmployers ? rest : { ...rest, employerId: value });
          }}
        />
        <Select
          label={t('worklist.sort')}
          allowDeselect={false}
          data={worklistSorts.map((value) => ({ value, label: t(sortLabels[value]) }))}
          value={filter.sort}
          onChange={(value) =>
            setFilter({ ...filter, sort: (value ?? 'urgency') as WorklistFilter['sort'] })
          }
        />
      </Group>
      {noAssignments ? (
        <Alert color="blue">{t('worklist.noAssignments')}</Alert>
      ) : (
        <Paper withBorder radius="md" p="xs">
          <DataTable
            caption={t('worklist.caption', {
              date: list.data ? formatDate(list.data.date, i18n.language, 'long') : '',
            })}
            showCaption
            columns={columns}
            rows={list.data?.items}
            rowKey={(item) =>
              item.kind === 'task'
                ? `task-${item.taskId}`
                : `case-${item.employerId}-${item.employeeId}`
            }
            error={list.error}
            empty={{
              description: t('worklist.empty'),
              icon: <IconChecklist aria-hidden stroke={1.5} />,
            }}
            minWidth={720}
          />
        </Paper>
      )}
    </Page>
  );
}
