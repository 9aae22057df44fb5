import { Alert, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconStethoscope } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../contracts/cases.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { openDialog } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { meQueryOptions } from '../auth/auth.api.js';
import { caseHistoryQuery, openCasesQuery } from './cases.api.js';
import { CaseCard } from './CaseCard.js';
import { CorrectionForm, RecoveryForm, ReportSickForm } from './CaseForms.js';
import { FlagsEditor } from './FlagsEditor.js';
import { PregnancyChangeForm, ReportPregnancyForm } from './PregnancyForms.js';

const actionLabels = {
  reportSick: 'cases.actions.reportSick',
  reportRecovery: 'cases.actions.reportRecovery',
  correct: 'cases.actions.correct',
  reportPregnancy: 'cases.actions.reportPregnancy',
  changePregnancy: 'cases.actions.changePregnancy',
} as const;
type Action = keyof typeof actionLabels;

/** Opens the dialog of a case action; its form closes it after saving or on Cancel. */
function openAction(kind: Action, form: (close: () => void) => ReactNode): void {
  openDialog({ title: i18n.t(actionLabels[kind]), content: form });
}

/**
 * The Verzuim section of the employee dossier: the green "Acties" menu (report sick, recovery,
 * trajectmutaties, pregnancy) and the case history with each case's timeline. A role that reports
 * but may not read cases (verzuimmelder) sees only the open cases, without notes.
 */
export function AbsenceSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const role = useQuery(meQueryOptions).data?.role ?? '';
  const mayRead = roleHasPermission(role, 'cases.read');
  const mayReport = roleHasPermission(role, 'cases.report');
  const history = useQuery({ ...caseHistoryQuery(employeeId), enabled: mayRead });
  const openOnly = useQuery({ ...openCasesQuery(employeeId), enabled: !mayRead && mayReport });
  const cases = mayRead ? history : openOnly;
  const list = cases.data?.cases ?? [];
  const openSickness = list.find((item) => item.kind === 'sickness' && item.lastDay === null);
  const openPregnancy = list.find((item) => item.kind === 'pregnancy' && item.endReason === null);
  const openFlags = (caseView: CaseView) =>
    openDialog({
      title: t('cases.actions.flags'),
      content: () => <FlagsEditor caseView={caseView} />,
    });

  let body;
  if (!mayRead && !mayReport) body = <Text size="sm">{t('errors.forbidden')}</Text>;
  else if (cases.isPending) body = <PageLoader />;
  else if (cases.isError)
    body = (
      <Alert color="red" variant="light">
        {errorMessage(cases.error)}
      </Alert>
    );
  else if (list.length === 0)
    body = (
      <EmptyState
        size="sm"
        icon={<IconStethoscope aria-hidden stroke={1.5} />}
        description={t('cases.section.empty')}
      />
    );
  else
    body = (
      <Stack gap="sm">
        {!mayRead && (
          <Text size="sm" c="dimmed">
            {t('cases.section.openOnly')}
          </Text>
        )}
        {list.map((item) => (
          <CaseCard
            key={item.id}
            caseView={item}
            onFlags={mayReport && item.kind === 'sickness' && item.open ? openFlags : undefined}
          />
        ))}
      </Stack>
    );

  return (
    <Stack gap="sm">
      {mayReport && (
        <Group justify="flex-end">
          <Menu position="bottom-end">
            <Menu.Target>
              <Button color="green" rightSection={<IconChevronDown size={16} aria-hidden />}>
                {t('cases.section.actions')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                onClick={() =>
                  openAction('reportSick', (close) => (
                    <ReportSickForm employeeId={employeeId} onDone={close} />
                  ))
                }
              >
                {t('cases.actions.reportSick')}
              </Menu.Item>
              {openSickness && (
                <>
                  <Menu.Item
                    onClick={() =>
                      openAction('reportRecovery', (close) => (
                        <RecoveryForm
                          employeeId={employeeId}
                          sickCase={openSickness}
                          onDone={close}
                        />
                      ))
                    }
                  >
                    {t('cases.actions.reportRecovery')}
                  </Menu.Item>
                  <Menu.Item
                    onClick={() =>
                      openAction('correct', (close) => (
                        <CorrectionGuard caseView={openSickness} onDone={close} />
                      ))
                    }
                  >
                    {t('cases.actions.correct')}
                  </Menu.Item>
                </>
              )}
              {openPregnancy ? (
                <Menu.Item
                  onClick={() =>
                    openAction('changePregnancy', (close) => (
                      <PregnancyChangeForm pregnancyCase={openPregnancy} onDone={close} />
                    ))
                  }
                >
                  {t('cases.actions.changePregnancy')}
                </Menu.Item>
              ) : (
                <Menu.Item
                  onClick={() =>
                    openAction('reportPregnancy', (close) => (
                      <ReportPregnancyForm employeeId={employeeId} onDone={close} />
                    ))
                  }
                >
                  {t('cases.actions.reportPregnancy')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
      )}
      {body}
    </Stack>
  );
}

/** Trajectmutaties only while no partial recovery is registered; else the reason why not. */
function CorrectionGuard({ caseView, onDone }: { caseView: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  if (!caseView.mayCorrect) {
    return (
      <Alert color="orange" variant="light" role="alert">
        {t('errors.case_partial_recovery_registered')}
      </Alert>
    );
  }
  return <CorrectionForm sickCase={caseView} onDone={onDone} />;
}
