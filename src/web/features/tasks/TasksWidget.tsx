import { Alert, Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '../../../contracts/tasks.js';
import { EmptyState } from '../../components/EmptyState.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate } from '../../lib/dates.js';
import { stateColors } from './taskDisplay.js';
import { taskSummaryQuery } from './tasks.api.js';

const groups = ['late', 'now', 'future'] as const;
const groupLabels = {
  late: 'tasks.widget.late',
  now: 'tasks.widget.now',
  future: 'tasks.widget.future',
} as const;

/** Startpagina widget Taken: Te laat (red), Nu uitvoeren (yellow), Toekomstige taken (black). */
export function TasksWidget() {
  const { t, i18n } = useTranslation();
  const summary = useQuery(taskSummaryQuery);
  if (summary.isPending) return <Loader size="sm" aria-label={t('common.loading')} m="md" />;
  if (summary.isError) {
    return (
      <Alert color="red" variant="light" mt="md">
        {errorMessage(summary.error)}
      </Alert>
    );
  }
  if (groups.every((group) => summary.data[group].count === 0)) {
    return <EmptyState size="sm" description={t('dashboard.widgets.tasks.empty')} />;
  }
  return (
    <Stack gap="sm" mt="sm">
      {groups.map((group) => (
        <TaskGroup key={group} group={group} data={summary.data[group]} language={i18n.language} />
      ))}
      <Anchor component={Link} to="/taken" size="sm">
        {t('tasks.widget.all')}
      </Anchor>
    </Stack>
  );
}

function TaskGroup({
  group,
  data,
  language,
}: {
  group: (typeof groups)[number];
  data: TaskSummary['late'];
  language: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid={`tasks-${group}`}>
      <Group gap="xs">
        <Badge color={stateColors[group]} variant="filled" circle>
          {data.count}
        </Badge>
        <Text fw={600} size="sm" c={group === 'future' ? undefined : stateColors[group]}>
          {t(groupLabels[group])}
        </Text>
      </Group>
      <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.items.map((task) => (
          <li key={task.id}>
            <Anchor
              component={Link}
              to={`/werknemers/${task.employeeId}`}
              hash="poortwachter"
              size="sm"
            >
              {`${task.name} · ${task.employeeName} · ${formatDate(task.dueDate, language)}`}
            </Anchor>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
