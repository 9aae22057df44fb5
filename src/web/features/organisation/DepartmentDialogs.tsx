import { Loader, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  createDepartmentRequestSchema,
  type DepartmentSummary,
  setDepartmentManagerRequestSchema,
  updateDepartmentRequestSchema,
} from '../../../contracts/organisation.js';
import {
  confirmAction,
  FormFrame,
  openDialog,
  useSchemaForm,
} from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { notifyFailure } from '../../lib/notify.js';
import { submission } from '../../lib/schema-errors.js';
import { managerCandidatesQuery, useDepartmentMutations } from './organisation.api.js';

const doneMessages = {
  created: 'organisation.structure.done.created',
  renamed: 'organisation.structure.done.renamed',
  moved: 'organisation.structure.done.moved',
  managerSet: 'organisation.structure.done.managerSet',
  closed: 'organisation.structure.done.closed',
} as const;

/** Shows what was done and closes the dialog. */
const done = (key: keyof typeof doneMessages, close: () => void) => () => {
  notifications.show({ color: 'teal', message: i18n.t(doneMessages[key]) });
  close();
};

interface DialogProps {
  onClose: () => void;
}

/** A new department's name (below `parent`, or at the top), or a department's new name. */
function NameForm({
  parent,
  department,
  onClose,
}: DialogProps & { parent: DepartmentSummary | null; department: DepartmentSummary | null }) {
  const { t } = useTranslation();
  const { create, update } = useDepartmentMutations();
  const schemaForm = useSchemaForm({
    initialValues: { name: department?.name ?? '' },
    submission: ({ name }) =>
      department
        ? submission(updateDepartmentRequestSchema, { name }, (body) =>
            update.mutateAsync({ id: department.id, ...body }),
          )
        : submission(
            createDepartmentRequestSchema,
            { name, parentId: parent?.id ?? null },
            create.mutateAsync,
          ),
    onSaved: done(department ? 'renamed' : 'created', onClose),
  });
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onClose}>
      <TextInput
        label={t('organisation.structure.name')}
        required
        data-autofocus
        maxLength={200}
        {...schemaForm.form.getInputProps('name')}
      />
    </FormFrame>
  );
}

/** Every department below `id` (and `id` itself): not a place to move `id` to. */
function subtreeOf(departments: readonly DepartmentSummary[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const department of departments) {
      if (department.parentId && found.has(department.parentId) && !found.has(department.id)) {
        found.add(department.id);
        grew = true;
      }
    }
  }
  return found;
}

const topLevel = '__top__';

function MoveForm({
  department,
  departments,
  onClose,
}: DialogProps & { department: DepartmentSummary; departments: readonly DepartmentSummary[] }) {
  const { t } = useTranslation();
  const { update } = useDepartmentMutations();
  const schemaForm = useSchemaForm({
    initialValues: { parentId: department.parentId ?? topLevel },
    submission: ({ parentId }) =>
      submission(
        updateDepartmentRequestSchema,
        { parentId: parentId === topLevel ? null : parentId },
        (body) => update.mutateAsync({ id: department.id, ...body }),
      ),
    onSaved: done('moved', onClose),
  });
  const excluded = subtreeOf(departments, department.id);
  const parentOptions = [
    { value: topLevel, label: t('organisation.structure.topLevel') },
    ...departments
      .filter((row) => row.closedOn === null && !excluded.has(row.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((row) => ({ value: row.id, label: row.name })),
  ];
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onClose}>
      <Select
        label={t('organisation.structure.newParent')}
        data={parentOptions}
        searchable
        allowDeselect={false}
        data-autofocus
        {...schemaForm.form.getInputProps('parentId')}
      />
    </FormFrame>
  );
}

function ManagerForm({ department, onClose }: DialogProps & { department: DepartmentSummary }) {
  const { t } = useTranslation();
  const { setManager } = useDepartmentMutations();
  const managers = useQuery(managerCandidatesQuery);
  const schemaForm = useSchemaForm({
    initialValues: { managerUserId: department.manager?.id ?? '' },
    submission: (values) =>
      submission(setDepartmentManagerRequestSchema, values, (body) =>
        setManager.mutateAsync({ id: department.id, ...body }),
      ),
    onSaved: done('managerSet', onClose),
  });
  if (managers.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onClose}>
      <Select
        label={t('organisation.structure.manager')}
        description={t('organisation.structure.managerHelp')}
        data={(managers.data?.managers ?? []).map((candidate) => ({
          value: candidate.id,
          label: candidate.displayName,
        }))}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('organisation.structure.noManagers')}
        data-autofocus
        {...schemaForm.form.getInputProps('managerUserId')}
      />
    </FormFrame>
  );
}

/** What a department's menu (and the add button) can do. */
export interface DepartmentActions {
  create: (parent: DepartmentSummary | null) => void;
  rename: (department: DepartmentSummary) => void;
  move: (department: DepartmentSummary) => void;
  manager: (department: DepartmentSummary) => void;
  close: (department: DepartmentSummary) => void;
}

/** The department actions, each in its dialog; closing is asked first (it cannot be undone). */
export function useDepartmentActions(departments: readonly DepartmentSummary[]): DepartmentActions {
  const { close } = useDepartmentMutations();
  const t = i18n.t.bind(i18n);
  return {
    create: (parent) =>
      openDialog({
        title: parent
          ? t('organisation.structure.addBelowTitle', { name: parent.name })
          : t('organisation.structure.addTop'),
        size: 'md',
        content: (onClose) => <NameForm parent={parent} department={null} onClose={onClose} />,
      }),
    rename: (department) =>
      openDialog({
        title: t('organisation.structure.renameTitle', { name: department.name }),
        size: 'md',
        content: (onClose) => <NameForm parent={null} department={department} onClose={onClose} />,
      }),
    move: (department) =>
      openDialog({
        title: t('organisation.structure.moveTitle', { name: department.name }),
        size: 'md',
        content: (onClose) => (
          <MoveForm department={department} departments={departments} onClose={onClose} />
        ),
      }),
    manager: (department) =>
      openDialog({
        title: t('organisation.structure.managerTitle', { name: department.name }),
        size: 'md',
        content: (onClose) => <ManagerForm department={department} onClose={onClose} />,
      }),
    close: (department) =>
      confirmAction({
        title: t('organisation.structure.closeTitle', { name: department.name }),
        message: t('organisation.structure.closeConfirm'),
        confirmLabel: t('organisation.structure.close'),
        onConfirm: () =>
          close.mutate(department.id, {
            onSuccess: () => notifications.show({ color: 'teal', message: t(doneMessages.closed) }),
            onError: notifyFailure,
          }),
      }),
  };
}
