import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconStethoscope } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseFlag,
  caseFlagValues,
  type CaseView,
  expectedDurationValues,
} from '../../../contracts/cases.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { openDialog } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate, todayInAmsterdam } from '../../lib/dates.js';
import { meQueryOptions } from '../auth/auth.api.js';
import {
  classificationLabels,
  durationLabels,
  endReasonLabels,
  flagLabels,
  kindLabels,
} from './labels.js';
import { caseHistoryQuery, openCasesQuery, useClearFlag, useSetFlag } from './cases.api.js';
import { CorrectionForm, RecoveryForm, ReportSickForm } from './CaseForms.js';
import { LeaveDates, PregnancyChangeForm, ReportPregnancyForm } from './PregnancyForms.js';

const date = (value: string) => formatDate(value, i18n.language);

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

/**
 * Lopend or Afgesloten; ended (recovered, other reason) even while its last day is still to come,
 * except a pregnancy whose leave still runs after the birth (or another end): that shows its end.
 */
function StatusBadge({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation();
  const leaveRuns = caseView.kind === 'pregnancy' && caseView.open && caseView.lastDay !== null;
  const running = caseView.endReason === null || leaveRuns;
  return (
    <Badge color={running ? 'orange' : 'gray'} variant="light">
      {caseView.endReason === null
        ? t('cases.status.open')
        : leaveRuns
          ? t('cases.status.leaveUntil', { date: date(caseView.lastDay ?? '') })
          : t('cases.status.closed')}
    </Badge>
  );
}

function CaseCard({
  caseView,
  onFlags,
}: {
  caseView: CaseView;
  onFlags?: ((caseView: CaseView) => void) | undefined;
}) {
  const { t } = useTranslation();
  const title = t(kindLabels[caseView.kind]);
  const period =
    caseView.lastDay === null
      ? t('cases.details.since', { date: date(caseView.firstDay) })
      : t('cases.details.range', { from: date(caseView.firstDay), to: date(caseView.lastDay) });
  return (
    <Card withBorder padding="md" data-testid="case">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {title}
          </Title>
          <Group gap="xs">
            {caseView.classification !== null && (
              <Badge variant="light">{t(classificationLabels[caseView.classification])}</Badge>
            )}
            {caseView.safetyNet && caseView.classification === null && (
              <Badge variant="light" color="grape">
                {t('cases.safetyNetYes')}
              </Badge>
            )}
            <StatusBadge caseView={caseView} />
            {caseView.endReason && (
              <Badge color="gray" variant="outline">
                {t(endReasonLabels[caseView.endReason] ?? 'cases.endReasons.other')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm">
          {t('cases.details.period')}: {period}
        </Text>
        {caseView.kind === 'sickness' && caseView.open && caseView.percentageToday > 0 && (
          <Text size="sm" fw={500}>
            {t('cases.details.today', { percentage: caseView.percentageToday })}
          </Text>
        )}
        {caseView.legalCase?.previousCaseId && (
          <Alert color="yellow" variant="light" p="xs">
            {t('cases.details.legalCase', {
              date: date(caseView.legalCase.firstSickDay),
              days: caseView.legalCase.waitingDaysBefore,
            })}
          </Alert>
        )}
        {caseView.segments.length > 0 && (
          <DataTable
            caption={t('cases.timeline.title')}
            columns={[
              { key: 'from', header: t('cases.timeline.from'), cell: (s) => date(s.from) },
              {
                key: 'to',
                header: t('cases.timeline.to'),
                cell: (s) => (s.to === null ? t('cases.timeline.ongoing') : date(s.to)),
              },
              {
                key: 'percentage',
                header: t('cases.timeline.percentage'),
                cell: (s) => t('cases.timeline.value', { percentage: s.percentage }),
              },
            ]}
            rows={caseView.segments}
            rowKey={(segment) => segment.from}
            empty={{ description: t('cases.timeline.title') }}
            minWidth={400}
            tableProps={{ verticalSpacing: 'xs' }}
          />
        )}
        {caseView.pregnancy && <LeaveDates leave={caseView.pregnancy.leave} />}
        {caseView.flags.length > 0 && (
          <Group gap="xs">
            {caseView.flags.map((flag) => (
              <Badge key={flag.flag} variant="dot">
                {t('cases.details.flagSetOn', {
                  flag: t(flagLabels[flag.flag]),
                  date: date(flag.setOn),
                })}
              </Badge>
            ))}
          </Group>
        )}
        {caseView.reportNote && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <strong>{t('cases.details.reportNote')}:</strong> {caseView.reportNote}
          </Text>
        )}
        {caseView.endNote && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <strong>{t('cases.details.endNote')}:</strong> {caseView.endNote}
          </Text>
        )}
        {onFlags && (
          <Group justify="flex-end">
            <Button variant="light" size="xs" onClick={() => onFlags(caseView)}>
              {t('cases.actions.flags')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Case flags for the insurer report: each ticked with the date it became known. */
function FlagsEditor({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation();
  const setFlag = useSetFlag(caseView.id);
  const clearFlag = useClearFlag(caseView.id);
  const [setOn, setSetOn] = useState(todayInAmsterdam);
  const [current, setCurrent] = useState(caseView.flags);
  const error = setFlag.error ?? clearFlag.error;
  const done = (updated: CaseView) => {
    setCurrent(updated.flags);
    notifications.show({ color: 'teal', message: i18n.t('cases.saved') });
  };
  function toggle(flag: CaseFlag, on: boolean, value?: string) {
    if (on) setFlag.mutate({ flag, setOn, ...(value ? { value } : {}) }, { onSuccess: done });
    else clearFlag.mutate(flag, { onSuccess: done });
  }
  return (
    <Stack>
      <Text size="sm">{t('cases.flagsHint')}</Text>
      <TextInput
        type="date"
        label={t('cases.fields.setOn')}
        value={setOn}
        onChange={(event) => setSetOn(event.currentTarget.value)}
      />
      {caseFlagValues.map((flag) => {
        const stored = current.find((item) => item.flag === flag);
        if (flag === 'expected_duration') {
          return (
            <Select
              key={flag}
              label={t('cases.flags.expected_duration')}
              clearable
              value={stored?.value ?? null}
              data={expectedDurationValues.map((value) => ({
                value,
                label: t(durationLabels[value]),
              }))}
              onChange={(value) => toggle(flag, value !== null, value ?? undefined)}
            />
          );
        }
        return (
          <Checkbox
            key={flag}
            label={
              stored
                ? t('cases.details.flagSetOn', {
                    flag: t(flagLabels[flag]),
                    date: date(stored.setOn),
                  })
                : t(flagLabels[flag])
            }
            checked={stored !== undefined}
            onChange={(event) =>
              toggle(
                flag,
                event.currentTarget.checked,
                flag === 'safety_net' ? 'safety_net_unknown' : undefined,
              )
            }
          />
        );
      })}
      {error != null && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(error)}
        </Alert>
      )}
    </Stack>
  );
}
