import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../contracts/cases.js';
import { DataTable } from '../../components/DataTable.js';
import { date } from './caseFields.js';
import { classificationLabels, endReasonLabels, flagLabels, kindLabels } from './labels.js';
import { LeaveDates } from './PregnancyForms.js';

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

/** One case of the history: its period, status, timeline, leave dates, flags and notes. */
export function CaseCard({
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
