import { ActionIcon, Badge, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots } from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type TaskView, urgencyOf } from '../../../contracts/tasks.js';
import { errorMessage } from '../../lib/api.js';
import { todayInAmsterdam } from '../../lib/dates.js';
import { useTaskAction } from './tasks.api.js';

/** What a task shows: its status, with a pending task's urgency (late, now, future). */
export type TaskState =
  'late' | 'now' | 'future' | 'done' | 'postponed' | 'cancelled' | 'set_aside';

export function stateOf(task: TaskView, today: string): TaskState {
  if (task.status === 'open') return urgencyOf(task.dueDate, today);
  if (task.status === 'postponed' && task.dueDate < today) return 'late';
  return task.status;
}

export const stateLabels: Record<TaskState, ParseKeys> = {
  late: 'tasks.state.late',
  now: 'tasks.state.now',
  future: 'tasks.state.future',
  done: 'tasks.state.done',
  postponed: 'tasks.state.postponed',
  cancelled: 'tasks.state.cancelled',
  set_aside: 'tasks.state.set_aside',
};

export const statusLabels: Record<TaskView['status'], ParseKeys> = {
  open: 'tasks.status.open',
  done: 'tasks.status.done',
  postponed: 'tasks.status.postponed',
  cancelled: 'tasks.status.cancelled',
  set_aside: 'tasks.status.set_aside',
};

/** Red late, yellow now, black future (SPEC.md §2.7). */
export const stateColors: Record<TaskState, string> = {
  late: 'red',
  now: 'yellow',
  future: 'dark',
  done: 'teal',
  postponed: 'blue',
  cancelled: 'gray',
  set_aside: 'gray',
};

export function TaskStateBadge({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const state = stateOf(task, todayInAmsterdam());
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={stateColors[state]} variant="light" data-testid="task-state">
        {t(stateLabels[state])}
      </Badge>
      {task.important && (
        <Badge color="orange" variant="outline">
          {t('tasks.important')}
        </Badge>
      )}
    </Group>
  );
}

/** The actions a person takes on a task: done today, and (un)mark important. */
export function TaskActions({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const action = useTaskAction(task.id);
  const pending = task.status === 'open' || task.status === 'postponed';
  const run = (input: Parameters<typeof action.mutate>[0]) =>
    action.mutate(input, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('tasks.saved') }),
      onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
    });
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('tasks.actions.label', { name: task.name })}>
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {pending && (
          <Menu.Item onClick={() => run({ kind: 'done', doneOn: todayInAmsterdam() })}>
            {t('tasks.actions.doneToday')}
          </Menu.Item>
        )}
        <Menu.Item onClick={() => run({ kind: 'important', important: !task.important })}>
          {task.important ? t('tasks.actions.notImportant') : t('tasks.actions.important')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
