import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconListCheck, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProtocolTaskView, ProtocolView } from '../../../contracts/protocols.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import { confirmAction, openDialog } from '../../components/SchemaForm.js';
import { notifyFailure } from '../../lib/notify.js';
import { i18n } from '../../i18n/i18n.js';
import { useLocale } from '../../i18n/useLocale.js';
import { AddTaskForm, ChangeTaskForm, VariantForm } from './ProtocolTaskForms.js';
import {
  protocolsQuery,
  responsibleLabelKeys,
  triggerLabelKeys,
  useProtocolMutations,
} from './protocols.api.js';

/** When a task is due, in words: "Ziektedag 42", "… 0 dagen", with its repetition. */
function dueText(task: ProtocolTaskView, t: TFunction): string {
  const first =
    task.trigger === 'sick_day'
      ? t('protocols.due.sickDay', { offset: task.offset })
      : task.trigger === 'first_working_day_after_sick_day'
        ? t('protocols.due.firstWorkingDayAfter', { offset: task.offset })
        : t('protocols.due.days', {
            trigger: t(triggerLabelKeys[task.trigger]),
            offset: task.offset,
          });
  return task.repetition === null ? first : first + t('protocols.due.repeats', task.repetition);
}

function ProtocolCard({ protocol }: { protocol: ProtocolView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { remove } = useProtocolMutations();
  const name = protocol.name[locale];
  const columns: DataColumn<ProtocolTaskView>[] = [
    {
      key: 'name',
      header: t('protocols.columns.task'),
      rowHeader: true,
      cell: (task) => task.name[locale],
    },
    {
      key: 'code',
      header: t('protocols.columns.code'),
      cell: (task) => (
        <Text ff="monospace" size="xs">
          {task.code}
        </Text>
      ),
    },
    { key: 'due', header: t('protocols.columns.due'), cell: (task) => dueText(task, t) },
    {
      key: 'responsible',
      header: t('protocols.columns.responsible'),
      cell: (task) => task.responsible.map((party) => t(responsibleLabelKeys[party])).join(', '),
    },
    {
      key: 'postponable',
      header: t('protocols.columns.postponable'),
      cell: (task) => (task.postponable ? t('protocols.yes') : t('protocols.no')),
    },
    {
      key: 'actions',
      header: t('protocols.columns.actions'),
      cell: (task) => (
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('protocols.edit')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('protocols.editNamed', { name: task.name[locale] })}
              onClick={() =>
                openDialog({
                  title: i18n.t('protocols.editNamed', { name: task.name[locale] }),
                  content: (close) => (
                    <ChangeTaskForm protocol={protocol} task={task} onClose={close} />
                  ),
                })
              }
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('protocols.remove')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('protocols.removeNamed', { name: task.name[locale] })}
              onClick={() =>
                confirmAction({
                  title: i18n.t('protocols.removeNamed', { name: task.name[locale] }),
                  message: i18n.t('protocols.removeConfirm', { name: task.name[locale] }),
                  confirmLabel: i18n.t('protocols.remove'),
                  onConfirm: () =>
                    remove.mutate(
                      { id: protocol.id, task: task.code },
                      {
                        onSuccess: (saved) =>
                          notifications.show({
                            color: 'teal',
                            message: i18n.t('protocols.done.removed', { version: saved.version }),
                          }),
                        onError: notifyFailure,
                      },
                    ),
                })
              }
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    },
  ];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Title order={2} size="h3">
              {name}
            </Title>
            <Badge variant="light" color={protocol.employerId === null ? 'blue' : 'grape'}>
              {protocol.employerId === null
                ? t('protocols.standard')
                : t('protocols.variantFor', { employer: protocol.employerName ?? '' })}
            </Badge>
            <Badge variant="outline" color="gray">
              {t('protocols.version', { version: protocol.version })}
            </Badge>
          </Group>
          <Group gap="xs">
            <Button
              variant="light"
              aria-label={t('protocols.addTaskTo', { name })}
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() =>
                openDialog({
                  title: i18n.t('protocols.addTaskTo', { name }),
                  content: (close) => <AddTaskForm protocol={protocol} onClose={close} />,
                })
              }
            >
              {t('protocols.addTask')}
            </Button>
            {protocol.employerId === null && (
              <Button
                variant="default"
                aria-label={t('protocols.createVariantOf', { name })}
                leftSection={<IconCopy size={16} aria-hidden />}
                onClick={() =>
                  openDialog({
                    title: i18n.t('protocols.createVariantOf', { name }),
                    content: (close) => <VariantForm protocol={protocol} onClose={close} />,
                  })
                }
              >
                {t('protocols.createVariant')}
              </Button>
            )}
          </Group>
        </Group>
        <DataTable
          caption={t('protocols.tasksOf', { name })}
          columns={columns}
          rows={protocol.tasks}
          rowKey={(task) => task.code}
          empty={{
            description: t('protocols.empty'),
            icon: <IconListCheck aria-hidden stroke={1.5} />,
          }}
          minWidth={760}
          tableProps={{ striped: false, highlightOnHover: true }}
        />
      </Stack>
    </Paper>
  );
}

/** Protocollen (operator admin): the protocols and their tasks as data, each edit a new version. */
export function ProtocolsPage() {
  const { t } = useTranslation();
  const list = useQuery(protocolsQuery);
  return (
    <Page title={t('protocols.title')} description={t('protocols.intro')}>
      <Stack gap="lg">
        {list.data?.items.map((protocol) => (
          <ProtocolCard key={protocol.id} protocol={protocol} />
        ))}
      </Stack>
    </Page>
  );
}
