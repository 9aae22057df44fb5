import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBuildingSkyscraper,
  IconLink,
  IconPencil,
  IconPlus,
  IconUnlink,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerMember } from '../../../contracts/linked-accounts.js';
import {
  type EmployerDetails,
  type HrIntegrationMode,
  hrIntegrationModes,
} from '../../../contracts/organisation.js';
import { type EmployerRole, employerRoles } from '../../../contracts/permissions.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { errorMessage } from '../../lib/api.js';
import { serverFieldErrors, useFormMessages } from '../../lib/forms.js';
import { employerMembersQuery, useLinkedAccountMutations } from '../users/linked-accounts.api.js';
import { roleLabel } from '../users/users.labels.js';
import { employersQuery, useSaveEmployerMutation } from './organisation.api.js';

const modeLabelKeys = {
  none: 'organisation.employers.modes.none',
  full: 'organisation.employers.modes.full',
  absence_only: 'organisation.employers.modes.absenceOnly',
} as const satisfies Record<HrIntegrationMode, string>;

/** Werkgevers (operator admin): every employer with its settings and its linked accounts. */
export function EmployersPage() {
  const { t } = useTranslation();
  const list = useQuery(employersQuery);
  const [editing, setEditing] = useState<EmployerDetails | 'new' | null>(null);
  const [linking, setLinking] = useState<EmployerDetails | null>(null);

  const content = () => {
    if (list.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
    if (list.isError) {
      return (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(list.error)}
        </Alert>
      );
    }
    if (list.data.employers.length === 0) {
      return (
        <Paper withBorder radius="md">
          <EmptyState
            icon={<IconBuildingSkyscraper aria-hidden stroke={1.5} />}
            description={t('organisation.employers.empty')}
          />
        </Paper>
      );
    }
    return (
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover verticalSpacing="sm">
            <caption style={{ captionSide: 'top', textAlign: 'left', padding: 8 }}>
              {t('organisation.employers.caption')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation.employers.name')}</Table.Th>
                <Table.Th scope="col">{t('organisation.employers.kvkNumber')}</Table.Th>
                <Table.Th scope="col">{t('organisation.employers.hrIntegrationMode')}</Table.Th>
                <Table.Th scope="col">{t('organisation.employers.contact')}</Table.Th>
                <Table.Th scope="col">{t('organisation.employers.fullTimeHours')}</Table.Th>
                <Table.Th scope="col">{t('organisation.employers.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.employers.map((employer) => (
                <Table.Tr key={employer.id}>
                  <Table.Th scope="row" fw={500}>
                    {employer.name}
                  </Table.Th>
                  <Table.Td>{employer.kvkNumber ?? '—'}</Table.Td>
                  <Table.Td>{t(modeLabelKeys[employer.hrIntegrationMode])}</Table.Td>
                  <Table.Td>
                    {employer.contactName ?? '—'}
                    {employer.contactEmail && (
                      <Text size="xs" c="dimmed">
                        {employer.contactEmail}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{Number(employer.fullTimeHoursPerWeek)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('organisation.employers.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('organisation.employers.editNamed', {
                            name: employer.name,
                          })}
                          onClick={() => setEditing(employer)}
                        >
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('organisation.linked.title')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('organisation.linked.titleNamed', { name: employer.name })}
                          onClick={() => setLinking(employer)}
                        >
                          <IconLink size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );
  };

  return (
    <Page title={t('organisation.employers.title')} description={t('organisation.employers.intro')}>
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('organisation.employers.add')}
        </Button>
      </Group>
      {content()}
      {editing && (
        <EmployerForm
          employer={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {linking && <LinkedAccounts employer={linking} onClose={() => setLinking(null)} />}
    </Page>
  );
}

const employerFields = [
  'name',
  'kvkNumber',
  'hrIntegrationMode',
  'contactName',
  'contactEmail',
  'fullTimeHoursPerWeek',
] as const;

function EmployerForm({
  employer,
  onClose,
}: {
  employer: EmployerDetails | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useFormMessages();
  const save = useSaveEmployerMutation();
  const [name, setName] = useState(employer?.name ?? '');
  const [kvkNumber, setKvkNumber] = useState(employer?.kvkNumber ?? '');
  const [mode, setMode] = useState<HrIntegrationMode>(employer?.hrIntegrationMode ?? 'none');
  const [contactName, setContactName] = useState(employer?.contactName ?? '');
  const [contactEmail, setContactEmail] = useState(employer?.contactEmail ?? '');
  const [hours, setHours] = useState<number | string>(
    employer ? Number(employer.fullTimeHoursPerWeek) : 40,
  );
  const fieldErrors = serverFieldErrors(save.error, employerFields);
  const generalError =
    save.error && Object.keys(fieldErrors).length === 0 ? errorMessage(save.error) : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: employer?.id ?? null,
        values: {
          name,
          kvkNumber,
          hrIntegrationMode: mode,
          contactName,
          contactEmail,
          fullTimeHoursPerWeek: Number(hours),
        },
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: employer
              ? t('organisation.employers.saved')
              : t('organisation.employers.created', { name }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        employer
          ? t('organisation.employers.editNamed', { name: employer.name })
          : t('organisation.employers.add')
      }
      centered
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('organisation.employers.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            data-autofocus
            error={message(fieldErrors.name)}
          />
          <TextInput
            label={t('organisation.employers.kvkNumber')}
            description={t('organisation.employers.kvkHelp')}
            value={kvkNumber}
            onChange={(event) => setKvkNumber(event.currentTarget.value)}
            inputMode="numeric"
            maxLength={8}
            error={message(fieldErrors.kvkNumber)}
          />
          <Select
            label={t('organisation.employers.hrIntegrationMode')}
            description={t('organisation.employers.hrIntegrationHelp')}
            data={hrIntegrationModes.map((value) => ({ value, label: t(modeLabelKeys[value]) }))}
            value={mode}
            onChange={(value) => setMode((value as HrIntegrationMode | null) ?? 'none')}
            allowDeselect={false}
            error={message(fieldErrors.hrIntegrationMode)}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('organisation.employers.contactName')}
              value={contactName}
              onChange={(event) => setContactName(event.currentTarget.value)}
              error={message(fieldErrors.contactName)}
            />
            <TextInput
              label={t('organisation.employers.contactEmail')}
              type="email"
              value={contactEmail}
              onChange={(event) => setContactEmail(event.currentTarget.value)}
              error={message(fieldErrors.contactEmail)}
            />
          </Group>
          <NumberInput
            label={t('organisation.employers.fullTimeHours')}
            value={hours}
            onChange={setHours}
            min={1}
            max={80}
            decimalScale={2}
            decimalSeparator=","
            required
            error={message(fieldErrors.fullTimeHoursPerWeek)}
          />
          {generalError && (
            <Alert color="red" variant="light" role="alert">
              {generalError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('organisation.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('organisation.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Gekoppelde accounts: link an existing login to this employer with a role, or unlink it. */
function LinkedAccounts({ employer, onClose }: { employer: EmployerDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useFormMessages();
  const members = useQuery(employerMembersQuery(employer.id));
  const { link, unlink } = useLinkedAccountMutations(employer.id);
  const [loginName, setLoginName] = useState('');
  const [role, setRole] = useState<EmployerRole>('super_user');
  const [unlinking, setUnlinking] = useState<EmployerMember | null>(null);
  const fieldErrors = serverFieldErrors(link.error, ['loginName', 'role'] as const);
  const linkError =
    link.error && Object.keys(fieldErrors).length === 0 ? errorMessage(link.error) : undefined;

  const onLink = (event: FormEvent) => {
    event.preventDefault();
    link.mutate(
      { loginName, role },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('organisation.linked.linked', { loginName, name: employer.name }),
          });
          setLoginName('');
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('organisation.linked.titleNamed', { name: employer.name })}
      centered
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('organisation.linked.intro')}
        </Text>
        <form onSubmit={onLink} noValidate>
          <Group align="flex-end" grow>
            <TextInput
              label={t('organisation.linked.loginName')}
              value={loginName}
              onChange={(event) => setLoginName(event.currentTarget.value)}
              required
              error={message(fieldErrors.loginName)}
            />
            <Select
              label={t('organisation.linked.role')}
              data={employerRoles.map((value) => ({ value, label: roleLabel(t, value) }))}
              value={role}
              onChange={(value) => setRole((value as EmployerRole | null) ?? 'super_user')}
              allowDeselect={false}
              error={message(fieldErrors.role)}
            />
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button
              type="submit"
              loading={link.isPending}
              leftSection={<IconLink size={16} aria-hidden />}
            >
              {t('organisation.linked.link')}
            </Button>
          </Group>
        </form>
        {linkError && (
          <Alert color="red" variant="light" role="alert">
            {linkError}
          </Alert>
        )}
        {members.isPending ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : members.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(members.error)}
          </Alert>
        ) : members.data.members.length === 0 ? (
          <Text size="sm">{t('organisation.linked.none')}</Text>
        ) : (
          <Table>
            <caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('organisation.linked.caption', { name: employer.name })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation.linked.user')}</Table.Th>
                <Table.Th scope="col">{t('organisation.linked.role')}</Table.Th>
                <Table.Th scope="col">{t('organisation.linked.employerCount')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('organisation.employers.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    {member.displayName}
                    <Text size="xs" c="dimmed">
                      {member.loginName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{roleLabel(t, member.role)}</Table.Td>
                  <Table.Td>{member.employerCount}</Table.Td>
                  <Table.Td>
                    {member.employerCount > 1 && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('organisation.linked.unlinkNamed', {
                          name: member.displayName,
                        })}
                        onClick={() => setUnlinking(member)}
                      >
                        <IconUnlink size={16} aria-hidden />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {unlinking && (
        <Modal
          opened
          onClose={() => setUnlinking(null)}
          title={t('organisation.linked.unlinkNamed', { name: unlinking.displayName })}
          centered
        >
          <Stack>
            <Text>
              {t('organisation.linked.unlinkConfirm', {
                name: unlinking.displayName,
                employer: employer.name,
              })}
            </Text>
            {unlink.isError && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(unlink.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setUnlinking(null)}>
                {t('organisation.common.cancel')}
              </Button>
              <Button
                color="red"
                loading={unlink.isPending}
                onClick={() =>
                  unlink.mutate(unlinking.id, {
                    onSuccess: () => {
                      notifications.show({
                        color: 'teal',
                        message: t('organisation.linked.unlinked'),
                      });
                      setUnlinking(null);
                    },
                  })
                }
              >
                {t('organisation.linked.unlink')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Modal>
  );
}
