import { ActionIcon, Button, Group, Paper, Text, Tooltip } from '@mantine/core';
import {
  IconBuildingPlus,
  IconBuildingSkyscraper,
  IconLink,
  IconPencil,
  IconPlus,
  IconStethoscope,
  IconTrash,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EmployerDetails } from '../../../contracts/organisation.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import { openDialog } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { OffboardEmployer } from '../retention/OffboardEmployer.js';
import { CareAssignments } from './CareAssignments.js';
import { EmployerForm } from './EmployerForm.js';
import { modeLabelKeys } from './employerLabels.js';
import { LinkedAccounts } from './LinkedAccounts.js';
import { employersQuery } from './organisation.api.js';

function openEmployerForm(employer: EmployerDetails | null) {
  openDialog({
    title: employer
      ? i18n.t('organisation.employers.editNamed', { name: employer.name })
      : i18n.t('organisation.employers.add'),
    content: (close) => <EmployerForm employer={employer} onClose={close} />,
  });
}

function openLinkedAccounts(employer: EmployerDetails) {
  openDialog({
    title: i18n.t('organisation.linked.titleNamed', { name: employer.name }),
    content: () => <LinkedAccounts employer={employer} />,
  });
}

function openCareAssignments(employer: EmployerDetails) {
  openDialog({
    title: i18n.t('organisation.care.titleNamed', { name: employer.name }),
    content: () => <CareAssignments employer={employer} />,
  });
}

function openOffboarding(employer: EmployerDetails) {
  openDialog({
    title: i18n.t('retention.offboarding.title', { employer: employer.name }),
    content: (close) => <OffboardEmployer employer={employer} onClose={close} />,
  });
}

/** Werkgevers (operator admin): every employer with its settings and its linked accounts. */
export function EmployersPage() {
  const { t } = useTranslation();
  const list = useQuery(employersQuery);

  const columns: DataColumn<EmployerDetails>[] = [
    {
      key: 'name',
      header: t('organisation.employers.name'),
      rowHeader: true,
      cell: (e) => e.name,
    },
    {
      key: 'kvk',
      header: t('organisation.employers.kvkNumber'),
      cell: (e) => e.kvkNumber ?? '—',
    },
    {
      key: 'mode',
      header: t('organisation.employers.hrIntegrationMode'),
      cell: (e) => t(modeLabelKeys[e.hrIntegrationMode]),
    },
    {
      key: 'contact',
      header: t('organisation.employers.contact'),
      cell: (employer) => (
        <>
          {employer.contactName ?? '—'}
          {employer.contactEmail && (
            <Text size="xs" c="dimmed">
              {employer.contactEmail}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'insurer',
      header: t('organisation.employers.absenceInsurer'),
      cell: (e) => e.absenceInsurer ?? '—',
    },
    {
      key: 'hours',
      header: t('organisation.employers.fullTimeHours'),
      cell: (e) => Number(e.fullTimeHoursPerWeek),
    },
    {
      key: 'actions',
      header: t('organisation.employers.actions'),
      cell: (employer) => (
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('organisation.employers.edit')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('organisation.employers.editNamed', { name: employer.name })}
              onClick={() => openEmployerForm(employer)}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('organisation.linked.title')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('organisation.linked.titleNamed', { name: employer.name })}
              onClick={() => openLinkedAccounts(employer)}
            >
              <IconLink size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('organisation.care.title')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('organisation.care.titleNamed', { name: employer.name })}
              onClick={() => openCareAssignments(employer)}
            >
              <IconStethoscope size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('retention.offboarding.action')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('retention.offboarding.title', { employer: employer.name })}
              onClick={() => openOffboarding(employer)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    },
  ];

  return (
    <Page title={t('organisation.employers.title')} description={t('organisation.employers.intro')}>
      <Group>
        <Button
          component={Link}
          to="/werkgevers/aansluiten"
          leftSection={<IconBuildingPlus size={16} aria-hidden />}
        >
          {t('onboarding.open')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => openEmployerForm(null)}
        >
          {t('organisation.employers.add')}
        </Button>
      </Group>
      <Paper withBorder radius="md" p="xs">
        <DataTable
          caption={t('organisation.employers.caption')}
          showCaption
          columns={columns}
          rows={list.data?.employers}
          rowKey={(employer) => employer.id}
          error={list.error}
          empty={{
            description: t('organisation.employers.empty'),
            icon: <IconBuildingSkyscraper aria-hidden stroke={1.5} />,
          }}
          minWidth={760}
          tableProps={{ striped: false, highlightOnHover: true }}
        />
      </Paper>
    </Page>
  );
}
