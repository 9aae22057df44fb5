import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { PageLoader } from '../../components/PageLoader.js';
import { ApiError, errorMessage } from '../../lib/api.js';
import { formatDate } from '../../lib/dates.js';
import { meQueryOptions } from '../auth/auth.api.js';
import { SubjectAccessButton } from '../retention/SubjectAccessButton.js';
import { AbsenceStateBadge } from './AbsenceStateBadge.js';
import { dossierSections } from './dossierSections.js';
import { employeeActions } from './EmployeeActions.js';
import { displayName, employeeDossierQuery } from './employees.api.js';

export interface EmployeeDossierPageProps {
  employeeId: string;
}

/** The dossier of one employee: a section per module (see `dossierSections`). */
export function EmployeeDossierPage({ employeeId }: EmployeeDossierPageProps) {
  const { t, i18n } = useTranslation();
  const dossier = useQuery(employeeDossierQuery(employeeId));
  const me = useQuery(meQueryOptions).data;
  const role = me?.role ?? '';
  const employerId = me?.employer?.id;
  if (dossier.isPending) return <PageLoader />;
  if (dossier.isError) {
    if (dossier.error instanceof ApiError && dossier.error.status === 404) {
      return <EmptyState description={t('employees.dossier.notFound')} />;
    }
    return (
      <Alert color="red" variant="light">
        {errorMessage(dossier.error)}
      </Alert>
    );
  }
  const data = dossier.data;
  const managedElsewhere = data.hrIntegrationMode !== 'none';
  const canEdit = !managedElsewhere && roleHasPermission(role, 'employees.write');
  return (
    <Page
      title={t('employees.dossier.title', { name: displayName(data) })}
      description={
        <Group gap="xs" component="span">
          <Badge color={data.inService ? 'green' : 'red'} variant="light">
            {data.inService
              ? t('employees.dossier.inService')
              : t('employees.dossier.outOfService')}
          </Badge>
          <AbsenceStateBadge absence={data.absence} />
          {data.absence?.kind === 'sick' && (
            <Text span size="sm">
              {t('tasks.timeline.progress', data.absence)}
            </Text>
          )}
          {data.nextDeadline && (
            <Text span size="sm">
              {t('employees.dossier.absence.nextDeadline', {
                name: data.nextDeadline.name,
                date: formatDate(data.nextDeadline.dueDate, i18n.language),
              })}
            </Text>
          )}
        </Group>
      }
    >
      {managedElsewhere && (
        <Alert variant="light" color="blue">
          {t('employees.dossier.managedByHrSystem')}
        </Alert>
      )}
      {canEdit && (
        <Group gap="sm">
          <Button variant="default" onClick={() => employeeActions.editDetails(data)}>
            {t('employees.actions.editDetails')}
          </Button>
          <Button variant="default" onClick={() => employeeActions.addEmployment(data.id)}>
            {t('employees.actions.addEmployment')}
          </Button>
          <Button variant="outline" color="red" onClick={() => employeeActions.outOfService(data)}>
            {t('employees.actions.reportOutOfService')}
          </Button>
        </Group>
      )}
      {employerId && roleHasPermission(role, 'subject_access.export') && (
        <Group gap="sm">
          <SubjectAccessButton
            employerId={employerId}
            employeeId={data.id}
            name={displayName(data)}
          />
        </Group>
      )}
      {dossierSections
        .filter(({ permission }) => !permission || roleHasPermission(role, permission))
        .map(({ id, title, Heading, Component }) => (
          <Paper
            key={id}
            id={id}
            component="section"
            withBorder
            p="md"
            aria-labelledby={`${id}-title`}
          >
            <Stack gap="sm">
              <Title order={2} size="h3" id={`${id}-title`}>
                {Heading ? <Heading dossier={data} canEdit={canEdit} /> : t(title)}
              </Title>
              <Component dossier={data} canEdit={canEdit} />
            </Stack>
          </Paper>
        ))}
    </Page>
  );
}
