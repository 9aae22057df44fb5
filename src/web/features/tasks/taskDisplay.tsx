import { ActionIcon, Badge, Group, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots } from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type TaskView, urgencyOf } from '../../../contracts/tasks.js';
import { openDialog } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { todayInAmsterdam } from '../../lib/dates.js';
import { useTaskAction } from './tasks.api.js';
import { AssignTaskForm, CancelTaskForm, DoneTaskForm, PostponeTaskForm } from './TaskForms.js';

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
      {task.assignedTo && (
        <Badge color="gray" variant="outline" tt="none" data-testid="task-assignee">
          {t('tasks.assignedTo', { name: task.assignedTo.name })}
        </Badge>
      )}
    </Group>
  );
}

/** Why a pending task offers no postponement: the protocol keeps it on its legal date. */
export function FixedDeadline({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const pending = task.status === 'open' || task.status === 'postponed';
  if (!pending || task.postponable) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="fixed-deadline">
      {t('tasks.actions.notPostponable')}
    </Text>
  );
}

const forms = {
  done: { title: 'tasks.forms.doneTitle', Form: DoneTaskForm },
  postpone: { title: 'tasks.forms.postponeTitle', Form: PostponeTaskForm },
  cancel: { title: 'tasks.forms.cancelTitle', Form: CancelTaskForm },
  assign: { title: 'tasks.forms.assignTitle', Form: AssignTaskForm },
} as const;

function openTaskForm(kind: keyof typeof forms, task: TaskView) {
  const { title, Form } = forms[kind];
  // After the menu has gone: a dialog opened while it closes hides its items from assistive
  // technology (an empty menu), and the focus then returns to the menu's button, not a lost item.
  requestAnimationFrame(() =>
    openDialog({
      title: i18n.t(title),
      size: 'md',
      content: (close) => <Form task={task} onDone={close} />,
    }),
  );
}

/**
 * The actions a person takes on a task: done, postpone (not offered for a task the protocol keeps
 * on its legal date; `FixedDeadline` says so beside its date), laten vervallen, assign to a user,
 * and (un)mark important.
 */
export function TaskActions({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const action = useTaskAction(task.id);
  const pending = task.status === 'open' || task.status === 'postponed';
  const toggleImportant = () =>
    action.mutate(
      { kind: 'important', important: !task.important },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('tasks.saved') }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    );
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('tasks.actions.label', { name: task.name })}>
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {pending && (
          <>
            <Menu.Item onClick={() => openTaskForm('done', task)}>
              {t('tasks.actions.done')}
            </Menu.Item>
            {task.postponable && (
              <Menu.Item onClick={() => openTaskForm('postpone', task)}>
                {t('tasks.actions.postpone')}
              </Menu.Item>
            )}
            <Menu.Item onClick={() => openTaskForm('cancel', task)}>
              {t('tasks.actions.cancel')}
            </Menu.Item>
            <Menu.Item onClick={() => openTaskForm('assign', task)}>
              {t('tasks.actions.assign')}
            </Menu.Item>
          </>
        )}
        <Menu.Item onClick={toggleImportant}>
          {task.important ? t('tasks.actions.notImportant') : t('tasks.actions.important')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
