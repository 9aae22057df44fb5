import { Alert, Button, FileButton, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconUpload,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import { type ImportResult } from '../../../contracts/integration.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ForbiddenPanel } from '../../components/ForbiddenPanel.js';
import { Page } from '../../components/Page.js';
import { errorMessage } from '../../lib/api.js';
import { confirmAction } from '../../components/SchemaForm.js';
import { PreviewTable } from './ImportPreview.js';
import {
  canImportEmployees,
  importLimitsQueryOptions,
  templateUrl,
  useCommitImportMutation,
  usePreviewImportMutation,
} from './integration.api.js';

/** "Werknemers importeren": template, file, checked preview, one all-or-nothing import. */
export function EmployeeImportPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <Page title={t('integration.title')} description={t('integration.intro')}>
      {canImportEmployees(user.role) ? <EmployeeImport /> : <ForbiddenPanel />}
    </Page>
  );
}

function EmployeeImport() {
  const { t } = useTranslation();
  const limits = useQuery(importLimitsQueryOptions);
  const preview = usePreviewImportMutation();
  const commit = useCommitImportMutation();
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const sizeMb = limits.data ? Math.floor(limits.data.maxBytes / (1024 * 1024)) : null;

  const choose = (chosen: File | null) => {
    setResult(null);
    commit.reset();
    preview.reset();
    setFile(chosen);
    setTooLarge(false);
    if (!chosen) return;
    if (limits.data && chosen.size > limits.data.maxBytes) {
      setTooLarge(true);
      return;
    }
    preview.mutate(chosen);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0] ?? null);
  };

  const runImport = () => {
    if (!file) return;
    commit.mutate(file, {
      onSuccess: (imported) => {
        setResult(imported);
        preview.reset();
        setFile(null);
        notifications.show({
          color: 'teal',
          title: t('integration.doneTitle'),
          message: t('integration.doneText', imported),
        });
      },
    });
  };

  const confirmImport = () =>
    confirmAction({
      title: t('integration.confirmTitle'),
      message: t('integration.confirmText', { count: preview.data?.rowCount ?? 0 }),
      confirmLabel: t('integration.confirm'),
      destructive: false,
      onConfirm: runImport,
    });

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('integration.templateTitle')}
          </Title>
          <Text size="sm">{t('integration.templateText')}</Text>
          <Group gap="sm">
            <Button
              component="a"
              href={templateUrl('xlsx')}
              download
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('integration.templateXlsx')}
            </Button>
            <Button
              component="a"
              href={templateUrl('csv')}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('integration.templateCsv')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('integration.fileTitle')}
          </Title>
          <div
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            style={{
              border: `2px dashed var(--mantine-color-${dragging ? 'blue-6' : 'gray-4'})`,
              borderRadius: 'var(--mantine-radius-md)',
              padding: 'var(--mantine-spacing-lg)',
              textAlign: 'center',
            }}
          >
            <Stack gap="xs" align="center">
              <IconFileSpreadsheet size={32} stroke={1.5} aria-hidden />
              <Text fw={500}>{t('integration.dropzone')}</Text>
              {sizeMb !== null && (
                <Text size="sm" c="dimmed">
                  {t('integration.dropzoneHint', { size: sizeMb })}
                </Text>
              )}
              <FileButton
                onChange={choose}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              >
                {(props) => (
                  <Button {...props} leftSection={<IconUpload size={16} aria-hidden />}>
                    {t('integration.chooseFile')}
                  </Button>
                )}
              </FileButton>
              {file && (
                <Text size="sm" c="dimmed">
                  {file.name}
                </Text>
              )}
            </Stack>
          </div>
        </Stack>
      </Paper>

      {tooLarge && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {t('integration.fileTooLarge', { size: sizeMb ?? '' })}
        </Alert>
      )}
      {preview.isPending && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('integration.checking')}</Text>
        </Group>
      )}
      {commit.isPending && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('integration.importing')}</Text>
        </Group>
      )}
      {preview.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(preview.error)}
        </Alert>
      )}
      {commit.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(commit.error)}
        </Alert>
      )}
      {result && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t('integration.doneTitle')}
          role="status"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('integration.doneText', result)}</Text>
            <FileButton onChange={choose} accept=".csv,.xlsx">
              {(props) => (
                <Button {...props} size="xs" variant="default">
                  {t('integration.importAnother')}
                </Button>
              )}
            </FileButton>
          </Stack>
        </Alert>
      )}
      {preview.data && file ? (
        <PreviewTable
          preview={preview.data}
          fileName={file.name}
          importing={commit.isPending}
          onImport={confirmImport}
          onOtherFile={choose}
        />
      ) : (
        !preview.isPending &&
        !result && (
          <Paper withBorder radius="md">
            <EmptyState
              icon={<IconFileSpreadsheet aria-hidden stroke={1.5} />}
              title={t('integration.emptyTitle')}
              description={t('integration.emptyText')}
            />
          </Paper>
        )
      )}
    </Stack>
  );
}
