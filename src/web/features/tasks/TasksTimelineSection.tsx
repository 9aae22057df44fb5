import { Alert, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate, todayInAmsterdam } from '../../lib/dates.js';
import type { DossierSectionProps } from '../employees/dossierSection.js';
import { stateColors, stateOf, TaskActions, TaskStateBadge } from './taskDisplay.js';
import { employeeTasksQuery } from './tasks.api.js';

/**
 * Poortwachter in the dossier: per legal case its current sick-day and week ("week 12 van 104")
 * and the timeline of its tasks with their dates and state, newest case first.
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
  const withTasks = tasks.data.legalCases.filter((legalCase) =>
    tasks.data.items.some((task) => task.caseId === legalCase.caseId),
  );
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
      {[...withTasks].reverse().map((legalCase) => {
        const items = tasks.data.items.filter((task) => task.caseId === legalCase.caseId);
        return (
          <Card key={legalCase.caseId} withBorder padding="md" data-testid="task-timeline">
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={4}>
                  {t('tasks.timeline.since', { date: date(legalCase.firstSickDay) })}
                </Title>
                {legalCase.progress && (
                  <Text fw={600} data-testid="sick-week">
                    {t('tasks.timeline.progress', legalCase.progress)}
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
                      {t('tasks.timeline.due', {
                        date: date(task.dueDate),
                        sickDay: task.dueSickDay,
                      })}
                      {task.doneOn &&
                        ` · ${t('tasks.timeline.doneOn', { date: date(task.doneOn) })}`}
                    </Text>
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
