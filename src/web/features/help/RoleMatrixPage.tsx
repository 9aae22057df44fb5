import { Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  type Permission,
  permissionMatrix,
  permissions,
  type Role,
  roleSchema,
} from '../../../contracts/permissions.js';
import { Page } from '../../components/Page.js';
import { roleLabel } from '../users/users.labels.js';

const permissionKeys = {
  'users.manage': {
    name: 'organisation.roleMatrix.permissions.usersManage.name',
    help: 'organisation.roleMatrix.permissions.usersManage.help',
  },
  'accounts.unblock': {
    name: 'organisation.roleMatrix.permissions.accountsUnblock.name',
    help: 'organisation.roleMatrix.permissions.accountsUnblock.help',
  },
  'accounts.link': {
    name: 'organisation.roleMatrix.permissions.accountsLink.name',
    help: 'organisation.roleMatrix.permissions.accountsLink.help',
  },
  'employers.manage': {
    name: 'organisation.roleMatrix.permissions.employersManage.name',
    help: 'organisation.roleMatrix.permissions.employersManage.help',
  },
  'organisation.read': {
    name: 'organisation.roleMatrix.permissions.organisationRead.name',
    help: 'organisation.roleMatrix.permissions.organisationRead.help',
  },
  'organisation.manage': {
    name: 'organisation.roleMatrix.permissions.organisationManage.name',
    help: 'organisation.roleMatrix.permissions.organisationManage.help',
  },
  'employees.search': {
    name: 'organisation.roleMatrix.permissions.employeesSearch.name',
    help: 'organisation.roleMatrix.permissions.employeesSearch.help',
  },
  'employees.read': {
    name: 'organisation.roleMatrix.permissions.employeesRead.name',
    help: 'organisation.roleMatrix.permissions.employeesRead.help',
  },
  'employees.write': {
    name: 'organisation.roleMatrix.permissions.employeesWrite.name',
    help: 'organisation.roleMatrix.permissions.employeesWrite.help',
  },
  'cases.report': {
    name: 'organisation.roleMatrix.permissions.casesReport.name',
    help: 'organisation.roleMatrix.permissions.casesReport.help',
  },
  'cases.read': {
    name: 'organisation.roleMatrix.permissions.casesRead.name',
    help: 'organisation.roleMatrix.permissions.casesRead.help',
  },
  'cases.current': {
    name: 'sickToday.permission.name',
    help: 'sickToday.permission.help',
  },
  'dossier.notes': {
    name: 'organisation.roleMatrix.permissions.dossierNotes.name',
    help: 'organisation.roleMatrix.permissions.dossierNotes.help',
  },
  'dossier.documents': {
    name: 'organisation.roleMatrix.permissions.dossierDocuments.name',
    help: 'organisation.roleMatrix.permissions.dossierDocuments.help',
  },
  'medical.notes': {
    name: 'organisation.roleMatrix.permissions.medicalNotes.name',
    help: 'organisation.roleMatrix.permissions.medicalNotes.help',
  },
  'advice.write': {
    name: 'dossier.permissions.adviceWrite.name',
    help: 'dossier.permissions.adviceWrite.help',
  },
  'feedback.write': {
    name: 'dossier.permissions.feedbackWrite.name',
    help: 'dossier.permissions.feedbackWrite.help',
  },
  'tasks.work': {
    name: 'organisation.roleMatrix.permissions.tasksWork.name',
    help: 'organisation.roleMatrix.permissions.tasksWork.help',
  },
  'statistics.read': {
    name: 'organisation.roleMatrix.permissions.statisticsRead.name',
    help: 'organisation.roleMatrix.permissions.statisticsRead.help',
  },
  'signals.receive': {
    name: 'organisation.roleMatrix.permissions.signalsReceive.name',
    help: 'organisation.roleMatrix.permissions.signalsReceive.help',
  },
  'audit.read': {
    name: 'organisation.roleMatrix.permissions.auditRead.name',
    help: 'organisation.roleMatrix.permissions.auditRead.help',
  },
  'protocols.manage': {
    name: 'organisation.roleMatrix.permissions.protocolsManage.name',
    help: 'organisation.roleMatrix.permissions.protocolsManage.help',
  },
  'vault.agreement': {
    name: 'vault.permissions.agreement.name',
    help: 'vault.permissions.agreement.help',
  },
  'vault.care_request': {
    name: 'vault.permissions.careRequest.name',
    help: 'vault.permissions.careRequest.help',
  },
  'integration.sivi': {
    name: 'sivi.permission.name',
    help: 'sivi.permission.help',
  },
  'integration.clients': {
    name: 'apiClients.permission.name',
    help: 'apiClients.permission.help',
  },
  'worklist.read': {
    name: 'worklist.permission.name',
    help: 'worklist.permission.help',
  },
  'dossier.tags': {
    name: 'retention.permissions.tags.name',
    help: 'retention.permissions.tags.help',
  },
  'retention.manage': {
    name: 'retention.permissions.manage.name',
    help: 'retention.permissions.manage.help',
  },
  'subject_access.export': {
    name: 'retention.subjectAccess.permission.name',
    help: 'retention.subjectAccess.permission.help',
  },
  'employers.offboard': {
    name: 'retention.offboarding.permission.name',
    help: 'retention.offboarding.permission.help',
  },
} as const satisfies Record<Permission, { name: string; help: string }>;

const roleHelpKeys = {
  super_user: 'organisation.roleMatrix.roles.superUser',
  super_user_no_signals: 'organisation.roleMatrix.roles.superUserNoSignals',
  super_user_integration: 'organisation.roleMatrix.roles.superUserIntegration',
  super_user_integration_no_signals: 'organisation.roleMatrix.roles.superUserIntegrationNoSignals',
  super_user_integration_sick_only: 'organisation.roleMatrix.roles.superUserIntegrationSickOnly',
  manager_with_reports: 'organisation.roleMatrix.roles.managerWithReports',
  manager_without_reports: 'organisation.roleMatrix.roles.managerWithoutReports',
  absence_reporter: 'organisation.roleMatrix.roles.absenceReporter',
  operator_admin: 'organisation.roleMatrix.roles.operatorAdmin',
  case_manager: 'organisation.roleMatrix.roles.caseManager',
  company_doctor: 'organisation.roleMatrix.roles.companyDoctor',
} as const satisfies Record<Role, string>;

/**
 * The role names run upwards, so eleven roles and the permissions fit beside the menu on a
 * 1366-pixel screen without scrolling sideways (they wrap after 11rem).
 */
const verticalHeader = {
  display: 'inline-block',
  writingMode: 'vertical-rl',
  transform: 'rotate(180deg)',
  maxHeight: '11rem',
  whiteSpace: 'normal',
} as const;

/**
 * Rollenmatrix: what each role may do, generated from the one permission matrix the server
 * enforces (contracts/permissions.ts), so the page cannot drift from the rules.
 */
export function RoleMatrixPage() {
  const { t } = useTranslation();
  const roles = roleSchema.options;
  return (
    <Page
      title={t('organisation.roleMatrix.title')}
      description={t('organisation.roleMatrix.intro')}
    >
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover withColumnBorders stickyHeader>
            <caption style={{ captionSide: 'top', textAlign: 'left', padding: 8 }}>
              {t('organisation.roleMatrix.caption')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation.roleMatrix.permission')}</Table.Th>
                {roles.map((role) => (
                  <Table.Th
                    key={role}
                    scope="col"
                    style={{ fontSize: 12, verticalAlign: 'bottom' }}
                  >
                    <span style={verticalHeader}>{roleLabel(t, role)}</span>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {permissions.map((permission) => (
                <Table.Tr key={permission}>
                  <Table.Th scope="row" style={{ fontWeight: 'normal', minWidth: 240 }}>
                    <Text size="sm" fw={600}>
                      {t(permissionKeys[permission].name)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(permissionKeys[permission].help)}
                    </Text>
                  </Table.Th>
                  {roles.map((role) => {
                    const allowed = permissionMatrix[role].includes(permission);
                    return (
                      <Table.Td key={role} ta="center">
                        {allowed ? (
                          <IconCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden />
                        ) : (
                          <IconMinus size={14} color="var(--mantine-color-gray-5)" aria-hidden />
                        )}
                        <VisuallyHidden>
                          {allowed
                            ? t('organisation.roleMatrix.yes')
                            : t('organisation.roleMatrix.no')}
                        </VisuallyHidden>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('organisation.roleMatrix.rolesTitle')}
        </Title>
        <dl style={{ margin: 0 }}>
          {roles.map((role) => (
            <div key={role} style={{ marginBottom: 8 }}>
              <Text component="dt" fw={600} size="sm">
                {roleLabel(t, role)}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {t(roleHelpKeys[role])}
              </Text>
            </div>
          ))}
        </dl>
        <Text size="sm" c="dimmed">
          {t('organisation.roleMatrix.scopeNote')}
        </Text>
      </Stack>
    </Page>
  );
}
