import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconLock,
  IconUpload,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type DragEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import {
  type ImportField,
  type ImportPreview,
  type ImportResult,
  importColumns,
} from '../../../contracts/integration.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { errorMessage } from '../../lib/api.js';
import {
  canImportEmployees,
  importLimitsQueryOptions,
  templateUrl,
  useCommitImportMutation,
  usePreviewImportMutation,
} from './integration.api.js';

/** Rows drawn at once: enough to work through, light enough for a file of thousands. */
const shownRowLimit = 200;

const headerOf = new Map(importColumns.map((column) => [column.field, column.header]));

/** "Werknemers importeren": template, file, checked preview, one all-or-nothing import. */
export function EmployeeImportPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <Page title={t('integration.title')} description={t('integration.intro')}>
      {canImportEmployees(user.role) ? (
        <EmployeeImport />
      ) : (
        <Paper withBorder radius="md">
          <EmptyState
            icon={<IconLock aria-hidden stroke={1.5} />}
            description={t('errors.forbidden')}
          />
        </Paper>
      )}
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
  const [confirming, setConfirming] = useState(false);
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
        setConfirming(false);
        setResult(imported);
        preview.reset();
        setFile(null);
        notifications.show({
          color: 'teal',
          title: t('integration.doneTitle'),
          message: t('integration.doneText', imported),
        });
      },
      onError: () => setConfirming(false),
    });
  };

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
          onImport={() => setConfirming(true)}
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

      <Modal
        opened={confirming}
        onClose={() => !commit.isPending && setConfirming(false)}
        title={t('integration.confirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {t('integration.confirmText', { count: preview.data?.rowCount ?? 0 })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => setConfirming(false)}
              disabled={commit.isPending}
            >
              {t('integration.cancel')}
            </Button>
            <Button onClick={runImport} loading={commit.isPending}>
              {t('integration.confirm')}
            </Button>
          </Group>
          {commit.isPending && (
            <Text size="sm" role="status">
              {t('integration.importing')}
            </Text>
          )}
        </Stack>
      </Modal>
    </Stack>
  );
}

function PreviewTable({
  preview,
  fileName,
  importing,
  onImport,
  onOtherFile,
}: {
  preview: ImportPreview;
  fileName: string;
  importing: boolean;
  onImport: () => void;
  onOtherFile: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  const hasErrors = preview.rowsWithErrors > 0;
  const [onlyErrors, setOnlyErrors] = useState(true);
  const rows = useMemo(
    () =>
      hasErrors && onlyErrors ? preview.rows.filter((row) => row.errors.length > 0) : preview.rows,
    [preview.rows, hasErrors, onlyErrors],
  );
  const shown = rows.slice(0, shownRowLimit);
  // The file's columns, and any column an error names that the file lacks (a second
  // employment with only some of its columns).
  const fields: ImportField[] = useMemo(() => {
    const named = new Set<ImportField>(preview.fields);
    for (const row of preview.rows) for (const error of row.errors) named.add(error.field);
    return importColumns.map((column) => column.field).filter((field) => named.has(field));
  }, [preview]);

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('integration.previewTitle')}
      </Title>
      <Alert
        color={hasErrors ? 'orange' : 'teal'}
        variant="light"
        icon={hasErrors ? <IconAlertCircle aria-hidden /> : <IconCircleCheck aria-hidden />}
        role="status"
      >
        {hasErrors
          ? t('integration.summaryErrors', {
              count: preview.rowCount,
              file: fileName,
              errors: preview.rowsWithErrors,
            })
          : t('integration.summaryOk', { count: preview.rowCount, file: fileName })}
      </Alert>
      {preview.ignoredHeaders.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('integration.ignoredColumns', { columns: preview.ignoredHeaders.join(', ') })}
        </Text>
      )}
      <Group justify="space-between" align="flex-end">
        <Group gap="sm">
          <Button
            onClick={onImport}
            disabled={hasErrors}
            loading={importing}
            aria-describedby={hasErrors ? 'import-disabled-reason' : undefined}
          >
            {t('integration.importButton')}
          </Button>
          <FileButton onChange={onOtherFile} accept=".csv,.xlsx">
            {(props) => (
              <Button {...props} variant="default">
                {t('integration.otherFile')}
              </Button>
            )}
          </FileButton>
        </Group>
        {hasErrors && (
          <Checkbox
            label={t('integration.onlyErrors')}
            checked={onlyErrors}
            onChange={(event) => setOnlyErrors(event.currentTarget.checked)}
          />
        )}
      </Group>
      {hasErrors && (
        <Text size="sm" c="dimmed" id="import-disabled-reason">
          {t('integration.importDisabled')}
        </Text>
      )}
      {rows.length > shown.length && (
        <Text size="sm" c="dimmed">
          {t('integration.shownRows', { shown: shown.length, total: rows.length })}
        </Text>
      )}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={960}>
          <Table verticalSpacing="xs" withColumnBorders>
            <Table.Caption>{t('integration.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('integration.rowNumber')}</Table.Th>
                <Table.Th scope="col">{t('integration.status')}</Table.Th>
                {fields.map((field) => (
                  <Table.Th scope="col" key={field} style={{ whiteSpace: 'nowrap' }}>
                    {headerOf.get(field)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.rowNumber}>
                  <Table.Th scope="row">{row.rowNumber}</Table.Th>
                  <Table.Td>
                    {row.errors.length === 0 ? (
                      <Badge color="teal" variant="light" style={{ minWidth: 'max-content' }}>
                        {t('integration.rowOk')}
                      </Badge>
                    ) : (
                      <Stack gap={4} miw={220}>
                        <Badge color="red" variant="light" style={{ minWidth: 'max-content' }}>
                          {t('integration.rowErrors', { count: row.errors.length })}
                        </Badge>
                        {/* Every problem of the row in one place: the cells may be far right. */}
                        {row.errors.map((error) => (
                          <Text key={`${error.field}-${error.code}`} size="xs">
                            <strong>{headerOf.get(error.field)}</strong>: {error.message}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                  {fields.map((field) => {
                    const cellErrors = row.errors.filter((error) => error.field === field);
                    return (
                      <Table.Td
                        key={field}
                        data-field={field}
                        data-invalid={cellErrors.length > 0 || undefined}
                        style={
                          cellErrors.length > 0
                            ? { background: 'var(--mantine-color-red-light)' }
                            : undefined
                        }
                      >
                        <Text size="sm">{row.cells[field] ?? ''}</Text>
                        {cellErrors.map((error) => (
                          <Text key={error.code} size="xs" c="red.8" aria-hidden>
                            {error.message}
                          </Text>
                        ))}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
