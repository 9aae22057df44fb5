import { Alert, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate, todayInAmsterdam } from '../../lib/dates.js';
import type { DossierSectionProps } from '../employees/dossierSection.js';
import { FixedDeadline, stateColors, stateOf, TaskActions, TaskStateBadge } from './taskDisplay.js';
import { employeeTasksQuery } from './tasks.api.js';
import type { EmployeeTasks } from '../../../contracts/tasks.js';

/** Cases that have tasks, in date order. */
function casesWithTasks(tasks: EmployeeTasks): EmployeeTasks['cases'] {
  return tasks.cases.filter((timelineCase) =>
    tasks.items.some((task) => task.caseId === timelineCase.caseId),
  );
}

/**
 * The section's title after the kind of tasks it holds: "Poortwachter" for sickness cases only,
 * "Zwangerschap (WAZO)" for a pregnancy only, "Taken" for both (and while nothing is known).
 */
export function TasksTimelineTitle({ dossier }: DossierSectionProps) {
  const { t } = useTranslation();
  const tasks = useQuery(employeeTasksQuery(dossier.id));
  const kinds = new Set(
    (tasks.data ? casesWithTasks(tasks.data) : []).map((timelineCase) => timelineCase.kind),
  );
  if (kinds.size === 1 && kinds.has('sickness')) return t('tasks.timeline.titles.sickness');
  if (kinds.size === 1 && kinds.has('pregnancy')) return t('tasks.timeline.titles.pregnancy');
  return t('tasks.timeline.titles.all');
}

/**
 * Poortwachter in the dossier: per case its timeline of tasks with their dates and state, newest
 * case first. A legal case shows its current sick-day and week ("week 12 van 104") and each
 * task's sick-day; a pregnancy (WAZO) its expected delivery, and no sick-days.
 */
export function TasksTimelineSection({ dossier }: DossierSectionProps) {
  const { t, i18n } = useTranslation();
  const tasks = useQuery(employeeTasksQuery(dossier.id));
  if (tasks.isPending) return <PageLoader />;
  if (tasks.isError) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(tasks.error)}
      </Alert>
    );
  }
  const withTasks = casesWithTasks(tasks.data);
  if (withTasks.length === 0) {
    return (
      <EmptyState
        size="sm"
        icon={<IconChecklist aria-hidden stroke={1.5} />}
        description={t('tasks.timeline.empty')}
      />
    );
  }
  const today = todayInAmsterdam();
  const date = (value: string) => formatDate(value, i18n.language);
  return (
    <Stack gap="sm">
      {[...withTasks].reverse().map((timelineCase) => {
        const items = tasks.data.items.filter((task) => task.caseId === timelineCase.caseId);
        const sickness = timelineCase.kind === 'sickness';
        return (
          <Card
            key={timelineCase.caseId}
            withBorder
            padding="md"
            data-testid="task-timeline"
            data-kind={timelineCase.kind}
          >
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={4}>
                  {t(sickness ? 'tasks.timeline.since' : 'tasks.timeline.pregnantSince', {
                    date: date(timelineCase.firstDay),
                  })}
                </Title>
                {timelineCase.progress && (
                  <Text fw={600} data-testid="sick-week">
                    {t('tasks.timeline.progress', timelineCase.progress)}
                  </Text>
                )}
                {timelineCase.expectedDelivery && (
                  <Text fw={600} data-testid="expected-delivery">
                    {t('tasks.timeline.expectedDelivery', {
                      date: date(timelineCase.expectedDelivery),
                    })}
                  </Text>
                )}
              </Group>
              <Timeline bulletSize={14} lineWidth={2}>
                {items.map((task) => (
                  <Timeline.Item
                    key={task.id}
                    color={stateColors[stateOf(task, today)]}
                    data-testid="task"
                    title={
                      <Group justify="space-between" wrap="nowrap">
                        <Text size="sm" fw={600}>
                          {task.name}
                        </Text>
                        <Group gap="xs" wrap="nowrap">
                          <TaskStateBadge task={task} />
                          <TaskActions task={task} />
                        </Group>
                      </Group>
                    }
                  >
                    <Text size="xs" c="dimmed">
                      {sickness
                        ? t('tasks.timeline.due', {
                            date: date(task.dueDate),
                            sickDay: task.dueSickDay,
                          })
                        : date(task.dueDate)}
                      {task.doneOn &&
                        ` · ${t('tasks.timeline.doneOn', { date: date(task.doneOn) })}`}
                    </Text>
                    <FixedDeadline task={task} />
                  </Timeline.Item>
                ))}
              </Timeline>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
