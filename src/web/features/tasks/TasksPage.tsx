import { Anchor, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TaskStatus, taskStatuses, type TaskView } from '../../../contracts/tasks.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { ListPagination } from '../../components/ListPagination.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../lib/dates.js';
import { FixedDeadline, statusLabels, TaskActions, TaskStateBadge } from './taskDisplay.js';
import { taskListQuery } from './tasks.api.js';

const pageSize = 50;

/** Taken: every task of the employees in the user's scope, by due date, filtered and paged. */
export function TasksPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<TaskStatus | null>('open');
  const [dueFrom, setDueFrom] = useState('');
  const [dueTo, setDueTo] = useState('');
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const query = {
    status: status ?? undefined,
    dueFrom: dueFrom || undefined,
    dueTo: dueTo || undefined,
    assignedToMe: mine || undefined,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const list = useQuery({ ...taskListQuery(query), placeholderData: keepPreviousData });
  const columns: DataColumn<TaskView>[] = [
    {
      key: 'due',
      header: t('tasks.columns.due'),
      nowrap: true,
      cell: (task) => (
        <>
          {formatDate(task.dueDate, i18n.language)}
          <FixedDeadline task={task} />
        </>
      ),
    },
    { key: 'name', header: t('tasks.columns.task'), rowHeader: true, cell: (task) => task.name },
    {
      key: 'employee',
      header: t('tasks.columns.employee'),
      cell: (task) => (
        <Anchor component={Link} to={`/werknemers/${task.employeeId}`} hash="poortwachter">
          {task.employeeName}
        </Anchor>
      ),
    },
    {
      key: 'state',
      header: t('tasks.columns.state'),
      cell: (task) => <TaskStateBadge task={task} />,
    },
    {
      key: 'actions',
      header: t('tasks.columns.actions'),
      hideHeader: true,
      cell: (task) => <TaskActions task={task} />,
    },
  ];
  const total = list.data?.total ?? 0;
  const reset =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };
  return (
    <Page title={t('tasks.page.title')} description={t('tasks.page.description')}>
      <Stack gap="md">
        <Group align="flex-end">
          <Select
            label={t('tasks.filters.status')}
            data={taskStatuses.map((value) => ({ value, label: t(statusLabels[value]) }))}
            value={status}
            onChange={reset((value: string | null) => setStatus(value as TaskStatus | null))}
            clearable
            placeholder={t('tasks.filters.anyStatus')}
          />
          <TextInput
            type="date"
            label={t('tasks.filters.dueFrom')}
            value={dueFrom}
            onChange={(event) => reset(setDueFrom)(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('tasks.filters.dueTo')}
            value={dueTo}
            onChange={(event) => reset(setDueTo)(event.currentTarget.value)}
          />
          <Checkbox
            label={t('tasks.filters.assignedToMe')}
            checked={mine}
            onChange={(event) => reset(setMine)(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <DataTable
          caption={t('tasks.page.title')}
          columns={columns}
          rows={list.data?.items}
          rowKey={(task) => task.id}
          error={list.error}
          empty={{
            description: t('tasks.page.empty'),
            icon: <IconChecklist aria-hidden stroke={1.5} />,
          }}
          rowProps={() => ({ 'data-testid': 'task-row' })}
        />
        {total > pageSize && (
          <ListPagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} />
        )}
      </Stack>
    </Page>
  );
}
