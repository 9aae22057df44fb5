import {
  ActionIcon,
  Badge,
  Card,
  Group,
  Menu,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDotsVertical } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EmploymentView } from '../../../contracts/employees.js';
import { formatDate } from '../../lib/dates.js';
import { organisationStructureQuery } from '../organisation/organisation.api.js';
import { DataTable } from '../../components/DataTable.js';
import { DetailItem } from './DetailItem.js';
import type { DossierSectionProps } from './dossierSection.js';
import { employeeActions } from './EmployeeActions.js';
import { employmentStatusLabels, employmentTypeLabel } from './labels.js';

const statusColor = { current: 'green', future: 'blue', ended: 'gray' } as const;

/** Department names by id, for showing versions (the dossier holds only ids). */
export function useDepartmentNames(enabled = true): (departmentId: string) => string {
  const structure = useQuery({ ...organisationStructureQuery, enabled });
  const names = new Map(structure.data?.departments.map((d) => [d.id, d.name]) ?? []);
  return (departmentId) => names.get(departmentId) ?? '…';
}

function EmploymentCard({
  employeeId,
  employment,
  canEdit,
}: {
  employeeId: string;
  employment: EmploymentView;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const title = t('employees.employment.title', { number: employment.number });
  const departmentName = useDepartmentNames();
  const date = (value: string) => formatDate(value, i18n.language);
  const [current] = employment.versions;
  return (
    <Card withBorder padding="md" data-testid="employment">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {title}
          </Title>
          <Group gap="xs">
            <Badge color={statusColor[employment.status]} variant="light">
              {t(employmentStatusLabels[employment.status])}
            </Badge>
            {employment.endDate !== null && (
              <Badge color="gray" variant="outline">
                {t('employees.employment.endedOn', { date: date(employment.endDate) })}
              </Badge>
            )}
            {employment.endReason === 'deceased' && (
              <Badge color="dark" variant="outline">
                {t('employees.employment.deceased')}
              </Badge>
            )}
            {canEdit && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('employees.actions.employmentMenu', { title })}
                  >
                    <IconDotsVertical size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    onClick={() => employeeActions.correctEmployment(employeeId, employment)}
                  >
                    {t('employees.actions.correct')}
                  </Menu.Item>
                  <Menu.Item
                    onClick={() => employeeActions.changeEmployment(employeeId, employment)}
                  >
                    {t('employees.actions.change')}
                  </Menu.Item>
                  <Menu.Item onClick={() => employeeActions.endEmployment(employeeId, employment)}>
                    {t('employees.actions.end')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
        {current && (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <DetailItem label={t('employees.fields.department')}>
              {departmentName(current.departmentId)}
            </DetailItem>
            <DetailItem label={t('employees.fields.functionName')}>
              {current.functionName ?? '—'}
            </DetailItem>
            <DetailItem label={t('employees.fields.contractHours')}>
              {t('employees.employment.hours', { hours: current.contractHoursPerWeek })}
            </DetailItem>
            <DetailItem label={t('employees.fields.startDate')}>
              {date(employment.startDate)}
            </DetailItem>
            <DetailItem label={t('employees.fields.contractStartDate')}>
              {employment.contractStartDate ? date(employment.contractStartDate) : '—'}
            </DetailItem>
            <DetailItem label={t('employees.fields.employmentType')}>
              {t(employmentTypeLabel(current.employmentType))}
            </DetailItem>
          </SimpleGrid>
        )}
        <Text size="sm" fw={600}>
          {t('employees.employment.history')}
        </Text>
        <DataTable
          caption={t('employees.employment.history')}
          columns={[
            {
              key: 'period',
              header: t('employees.fields.validFrom'),
              cell: (version) =>
                version.validUntil === null
                  ? t('employees.employment.periodOpen', { from: date(version.validFrom) })
                  : t('employees.employment.period', {
                      from: date(version.validFrom),
                      until: date(version.validUntil),
                    }),
            },
            {
              key: 'department',
              header: t('employees.fields.department'),
              cell: (version) => departmentName(version.departmentId),
            },
            {
              key: 'functionName',
              header: t('employees.fields.functionName'),
              cell: (version) => version.functionName ?? '—',
            },
            {
              key: 'hours',
              header: t('employees.fields.contractHours'),
              cell: (version) => version.contractHoursPerWeek,
            },
            {
              key: 'type',
              header: t('employees.fields.employmentType'),
              cell: (version) => t(employmentTypeLabel(version.employmentType)),
            },
          ]}
          rows={employment.versions}
          rowKey={(version) => version.id}
          rowProps={() => ({ 'data-testid': 'employment-version' })}
          empty={{ description: t('employees.employment.history') }}
          tableProps={{ withTableBorder: true, verticalSpacing: 'xs' }}
        />
      </Stack>
    </Card>
  );
}

/** Dienstverbanden: each employment with its terms now and its history of versions. */
export function EmploymentsSection({ dossier, canEdit }: DossierSectionProps) {
  return (
    <Stack gap="md">
      {dossier.employments.map((employment) => (
        <EmploymentCard
          key={employment.id}
          employeeId={dossier.id}
          employment={employment}
          canEdit={canEdit}
        />
      ))}
    </Stack>
  );
}
