import {
  ActionIcon,
  Badge,
  Card,
  Group,
  Menu,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDotsVertical } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EmploymentView } from '../../../contracts/employees.js';
import { formatCivilDate } from '../../lib/dates.js';
import { organisationStructureQuery } from '../organisation/organisation.api.js';
import { DetailItem } from './DetailItem.js';
import type { DossierSectionProps } from './dossierSection.js';
import { employeeActions } from './EmployeeActions.js';
import { employmentStatusLabels, employmentTypeLabel } from './labels.js';

const statusColor = { current: 'green', future: 'blue', ended: 'gray' } as const;

/** Department names by id, for showing versions (the dossier holds only ids). */
export function useDepartmentNames(): (departmentId: string) => string {
  const structure = useQuery(organisationStructureQuery);
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
  const date = (value: string) => formatCivilDate(value, i18n.language);
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
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder aria-label={t('employees.employment.history')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('employees.fields.validFrom')}</Table.Th>
                <Table.Th>{t('employees.fields.department')}</Table.Th>
                <Table.Th>{t('employees.fields.functionName')}</Table.Th>
                <Table.Th>{t('employees.fields.contractHours')}</Table.Th>
                <Table.Th>{t('employees.fields.employmentType')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {employment.versions.map((version) => (
                <Table.Tr key={version.id} data-testid="employment-version">
                  <Table.Td>
                    {version.validUntil === null
                      ? t('employees.employment.periodOpen', { from: date(version.validFrom) })
                      : t('employees.employment.period', {
                          from: date(version.validFrom),
                          until: date(version.validUntil),
                        })}
                  </Table.Td>
                  <Table.Td>{departmentName(version.departmentId)}</Table.Td>
                  <Table.Td>{version.functionName ?? '—'}</Table.Td>
                  <Table.Td>{version.contractHoursPerWeek}</Table.Td>
                  <Table.Td>{t(employmentTypeLabel(version.employmentType))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
