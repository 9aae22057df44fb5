import { ActionIcon, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  assignCareRequestSchema,
  type CareAssignment,
} from '../../../contracts/care-assignments.js';
import type { EmployerDetails } from '../../../contracts/organisation.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { confirmAction, FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { notifyFailure } from '../../lib/notify.js';
import { submission } from '../../lib/schema-errors.js';
import { careAssignmentsQuery, useCareAssignmentMutations } from '../users/linked-accounts.api.js';
import { roleLabel } from '../users/users.labels.js';

/** The whole employer in the department choice (a Select needs a string value). */
const wholeEmployer = 'employer';

/**
 * Casemanagers en bedrijfsartsen: assign the arbodienst's care roles to this employer or one of
 * its departments; their work list shows the assigned employers only.
 */
export function CareAssignments({ employer }: { employer: EmployerDetails }) {
  const { t } = useTranslation();
  const data = useQuery(careAssignmentsQuery(employer.id));
  const { assign, unassign } = useCareAssignmentMutations(employer.id);
  const schemaForm = useSchemaForm({
    initialValues: { userId: '', node: wholeEmployer },
    submission: ({ userId, node }) =>
      submission(
        assignCareRequestSchema,
        { userId, departmentId: node === wholeEmployer ? null : node },
        assign.mutateAsync,
      ),
    fieldOf: { departmentId: 'node' },
    onSaved: () => {
      notifications.show({ color: 'teal', message: t('organisation.care.assigned') });
      schemaForm.form.setFieldValue('userId', '');
    },
  });
  const { form } = schemaForm;

  const onUnassign = (assignment: CareAssignment) =>
    confirmAction({
      title: t('organisation.care.unassignNamed', { name: assignment.displayName }),
      message: t('organisation.care.unassignConfirm', {
        name: assignment.displayName,
        employer: employer.name,
      }),
      confirmLabel: t('organisation.care.unassign'),
      onConfirm: () =>
        unassign.mutate(assignment.id, {
          onSuccess: () =>
            notifications.show({ color: 'teal', message: t('organisation.care.unassigned') }),
          onError: notifyFailure,
        }),
    });

  const columns: DataColumn<CareAssignment>[] = [
    {
      key: 'user',
      header: t('organisation.linked.user'),
      cell: (row) => (
        <>
          {row.displayName}
          <Text size="xs" c="dimmed">
            {row.loginName}
          </Text>
        </>
      ),
    },
    { key: 'role', header: t('organisation.linked.role'), cell: (row) => roleLabel(t, row.role) },
    {
      key: 'node',
      header: t('organisation.care.node'),
      cell: (row) => row.departmentName ?? t('organisation.care.wholeEmployer'),
    },
    {
      key: 'actions',
      header: t('organisation.employers.actions'),
      hideHeader: true,
      cell: (row) => (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('organisation.care.unassignNamed', { name: row.displayName })}
          onClick={() => onUnassign(row)}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('organisation.care.intro')}
      </Text>
      <FormFrame schemaForm={schemaForm} submitLabel={t('organisation.care.assign')}>
        <Group align="flex-start" grow>
          <Select
            label={t('organisation.care.person')}
            required
            searchable
            nothingFoundMessage={t('organisation.care.noCandidates')}
            data={(data.data?.candidates ?? []).map((candidate) => ({
              value: candidate.id,
              label: `${candidate.displayName} (${roleLabel(t, candidate.role)})`,
            }))}
            {...form.getInputProps('userId')}
          />
          <Select
            label={t('organisation.care.node')}
            allowDeselect={false}
            data={[
              { value: wholeEmployer, label: t('organisation.care.wholeEmployer') },
              ...(data.data?.departments ?? []).map((department) => ({
                value: department.id,
                label: department.name,
              })),
            ]}
            {...form.getInputProps('node')}
          />
        </Group>
      </FormFrame>
      <DataTable
        caption={t('organisation.care.caption', { name: employer.name })}
        showCaption
        columns={columns}
        rows={data.data?.assignments}
        rowKey={(row) => row.id}
        error={data.error}
        empty={{ description: t('organisation.care.none') }}
        minWidth={480}
      />
    </Stack>
  );
}
