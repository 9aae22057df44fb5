import { ActionIcon, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUnlink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type EmployerMember,
  linkAccountRequestSchema,
} from '../../../contracts/linked-accounts.js';
import type { EmployerDetails } from '../../../contracts/organisation.js';
import { type EmployerRole, employerRoles } from '../../../contracts/permissions.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { confirmAction, FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { notifyFailure } from '../../lib/notify.js';
import { submission } from '../../lib/schema-errors.js';
import { employerMembersQuery, useLinkedAccountMutations } from '../users/linked-accounts.api.js';
import { roleLabel } from '../users/users.labels.js';

/** Gekoppelde accounts: link an existing login to this employer with a role, or unlink it. */
export function LinkedAccounts({ employer }: { employer: EmployerDetails }) {
  const { t } = useTranslation();
  const members = useQuery(employerMembersQuery(employer.id));
  const { link, unlink } = useLinkedAccountMutations(employer.id);
  const schemaForm = useSchemaForm({
    initialValues: { loginName: '', role: 'super_user' as EmployerRole },
    submission: (values) => submission(linkAccountRequestSchema, values, link.mutateAsync),
    onSaved: () => {
      notifications.show({
        color: 'teal',
        message: t('organisation.linked.linked', {
          loginName: schemaForm.form.values.loginName,
          name: employer.name,
        }),
      });
      schemaForm.form.setFieldValue('loginName', '');
    },
  });
  const { form } = schemaForm;

  const onUnlink = (member: EmployerMember) =>
    confirmAction({
      title: t('organisation.linked.unlinkNamed', { name: member.displayName }),
      message: t('organisation.linked.unlinkConfirm', {
        name: member.displayName,
        employer: employer.name,
      }),
      confirmLabel: t('organisation.linked.unlink'),
      onConfirm: () =>
        unlink.mutate(member.id, {
          onSuccess: () =>
            notifications.show({ color: 'teal', message: t('organisation.linked.unlinked') }),
          onError: notifyFailure,
        }),
    });

  const columns: DataColumn<EmployerMember>[] = [
    {
      key: 'user',
      header: t('organisation.linked.user'),
      cell: (member) => (
        <>
          {member.displayName}
          <Text size="xs" c="dimmed">
            {member.loginName}
          </Text>
        </>
      ),
    },
    { key: 'role', header: t('organisation.linked.role'), cell: (m) => roleLabel(t, m.role) },
    {
      key: 'employerCount',
      header: t('organisation.linked.employerCount'),
      cell: (member) => member.employerCount,
    },
    {
      key: 'actions',
      header: t('organisation.employers.actions'),
      hideHeader: true,
      // The last link of a login cannot be removed.
      cell: (member) =>
        member.employerCount > 1 && (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('organisation.linked.unlinkNamed', { name: member.displayName })}
            onClick={() => onUnlink(member)}
          >
            <IconUnlink size={16} aria-hidden />
          </ActionIcon>
        ),
    },
  ];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('organisation.linked.intro')}
      </Text>
      <FormFrame schemaForm={schemaForm} submitLabel={t('organisation.linked.link')}>
        <Group align="flex-start" grow>
          <TextInput
            label={t('organisation.linked.loginName')}
            required
            {...form.getInputProps('loginName')}
          />
          <Select
            label={t('organisation.linked.role')}
            data={employerRoles.map((value) => ({ value, label: roleLabel(t, value) }))}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
        </Group>
      </FormFrame>
      <DataTable
        caption={t('organisation.linked.caption', { name: employer.name })}
        showCaption
        columns={columns}
        rows={members.data?.members}
        rowKey={(member) => member.id}
        error={members.error}
        empty={{ description: t('organisation.linked.none') }}
        minWidth={480}
      />
    </Stack>
  );
}
