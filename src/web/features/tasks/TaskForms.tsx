import { Alert, Select, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  assignTaskRequestSchema,
  cancelTaskRequestSchema,
  doneTaskRequestSchema,
  postponeTaskRequestSchema,
  type TaskView,
} from '../../../contracts/tasks.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { addDays } from '../../../contracts/civil-dates.js';
import { formatDate, todayInAmsterdam } from '../../lib/dates.js';
import { submission } from '../../lib/schema-errors.js';
import { DateField, NoteField, noteOf } from '../cases/caseFields.js';
import { taskAssigneesQuery, useTaskAction } from './tasks.api.js';

interface TaskFormProps {
  task: TaskView;
  onDone: () => void;
}

function saved(onDone: () => void) {
  return () => {
    notifications.show({ color: 'teal', message: i18n.t('tasks.saved') });
    onDone();
  };
}

/** What the dialog is about: the task, the employee and its current date. */
function TaskLine({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {t('tasks.forms.taskLine', {
        name: task.name,
        employee: task.employeeName,
        date: formatDate(task.dueDate, i18n.language),
      })}
    </Text>
  );
}

/** Uitgevoerd: the date it was done (today unless said otherwise, never later) and a note. */
export function DoneTaskForm({ task, onDone }: TaskFormProps) {
  const { t } = useTranslation();
  const action = useTaskAction(task.id);
  const schemaForm = useSchemaForm({
    initialValues: { doneOn: todayInAmsterdam(), note: '' },
    submission: (values) =>
      submission(
        doneTaskRequestSchema,
        { doneOn: values.doneOn, note: noteOf(values.note) },
        (body) => action.mutateAsync({ kind: 'done', ...body }),
      ),
    onSaved: saved(onDone),
  });
  const { form } = schemaForm;
  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('tasks.forms.doneSubmit')} onCancel={onDone}>
      <TaskLine task={task} />
      <DateField label={t('tasks.forms.doneOn')} {...form.getInputProps('doneOn')} />
      <NoteField {...form.getInputProps('note')} />
    </FormFrame>
  );
}

/** Uitstellen: a later date and the reason. Only offered for a task the protocol lets move. */
export function PostponeTaskForm({ task, onDone }: TaskFormProps) {
  const { t } = useTranslation();
  const action = useTaskAction(task.id);
  const schemaForm = useSchemaForm({
    initialValues: { dueDate: addDays(task.dueDate, 7), reason: '' },
    submission: (values) =>
      submission(
        postponeTaskRequestSchema,
        { dueDate: values.dueDate, reason: values.reason },
        (body) => action.mutateAsync({ kind: 'postpone', ...body }),
      ),
    onSaved: saved(onDone),
  });
  const { form } = schemaForm;
  return (
    <FormFrame
      schemaForm={schemaForm}
      submitLabel={t('tasks.forms.postponeSubmit')}
      onCancel={onDone}
    >
      <TaskLine task={task} />
      <DateField label={t('tasks.forms.newDueDate')} {...form.getInputProps('dueDate')} />
      <Textarea
        label={t('tasks.forms.reason')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('reason')}
      />
    </FormFrame>
  );
}

/**
 * Laten vervallen: the reason, and a red button under a warning that it cannot be undone — the
 * dialog is the confirmation.
 */
export function CancelTaskForm({ task, onDone }: TaskFormProps) {
  const { t } = useTranslation();
  const action = useTaskAction(task.id);
  const schemaForm = useSchemaForm({
    initialValues: { reason: '' },
    submission: (values) =>
      submission(cancelTaskRequestSchema, { reason: values.reason }, (body) =>
        action.mutateAsync({ kind: 'cancel', ...body }),
      ),
    onSaved: saved(onDone),
  });
  return (
    <FormFrame
      schemaForm={schemaForm}
      submitLabel={t('tasks.forms.cancelSubmit')}
      onCancel={onDone}
      destructive
    >
      <TaskLine task={task} />
      <Alert color="orange" variant="light">
        {t('tasks.forms.cancelWarning')}
      </Alert>
      <Textarea
        label={t('tasks.forms.reason')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        {...schemaForm.form.getInputProps('reason')}
      />
    </FormFrame>
  );
}

/** Nobody in particular, as a Select value (a Select's values are text). */
const nobody = '';

/**
 * Toewijzen: one of the users who work on tasks and may see this employee's dossier (the server
 * lists them and checks again), or nobody.
 */
export function AssignTaskForm({ task, onDone }: TaskFormProps) {
  const { t } = useTranslation();
  const action = useTaskAction(task.id);
  const assignees = useQuery(taskAssigneesQuery(task.id));
  const schemaForm = useSchemaForm({
    initialValues: { userId: task.assignedTo?.id ?? nobody },
    submission: (values) =>
      submission(
        assignTaskRequestSchema,
        { userId: values.userId === nobody ? null : values.userId },
        (body) => action.mutateAsync({ kind: 'assignee', ...body }),
      ),
    onSaved: saved(onDone),
  });
  const options = [
    { value: nobody, label: t('tasks.forms.nobody') },
    ...(assignees.data?.items ?? []).map((user) => ({ value: user.id, label: user.name })),
  ];
  return (
    <FormFrame
      schemaForm={schemaForm}
      submitLabel={t('tasks.forms.assignSubmit')}
      onCancel={onDone}
    >
      <TaskLine task={task} />
      {assignees.isError && (
        <Alert color="red" variant="light">
          {errorMessage(assignees.error)}
        </Alert>
      )}
      <Select
        label={t('tasks.forms.assignee')}
        description={t('tasks.forms.assigneeHelp')}
        data={options}
        searchable
        allowDeselect={false}
        disabled={assignees.isPending}
        {...schemaForm.form.getInputProps('userId')}
      />
    </FormFrame>
  );
}
