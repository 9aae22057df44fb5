import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ImportField,
  type ImportPreview,
  importColumns,
} from '../../../contracts/integration.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';

/** Rows drawn at once: enough to work through, light enough for a file of thousands. */
const shownRowLimit = 200;

const headerOf = new Map(importColumns.map((column) => [column.field, column.header]));

type PreviewRow = ImportPreview['rows'][number];

/** The checked file: a summary, the import button, and the rows with their problems. */
export function PreviewTable({
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

  const columns: DataColumn<PreviewRow>[] = [
    {
      key: 'rowNumber',
      header: t('integration.rowNumber'),
      rowHeader: true,
      cell: (row) => row.rowNumber,
    },
    { key: 'status', header: t('integration.status'), cell: (row) => <RowStatus row={row} /> },
    ...fields.map((field): DataColumn<PreviewRow> => ({
      key: field,
      header: headerOf.get(field),
      nowrap: true,
      cellProps: (row) => {
        const invalid = row.errors.some((error) => error.field === field);
        return {
          'data-field': field,
          'data-invalid': invalid || undefined,
          style: invalid ? { background: 'var(--mantine-color-red-light)' } : undefined,
        };
      },
      cell: (row) => (
        <>
          <Text size="sm">{row.cells[field] ?? ''}</Text>
          {row.errors
            .filter((error) => error.field === field)
            .map((error) => (
              <Text key={error.code} size="xs" c="red.9" aria-hidden>
                {error.message}
              </Text>
            ))}
        </>
      ),
    })),
  ];

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
      <Paper withBorder radius="md" p="xs">
        <DataTable
          caption={t('integration.tableCaption')}
          showCaption
          columns={columns}
          rows={shown}
          rowKey={(row) => String(row.rowNumber)}
          empty={{ description: t('integration.emptyText') }}
          minWidth={960}
          tableProps={{ striped: false, verticalSpacing: 'xs', withColumnBorders: true }}
        />
      </Paper>
    </Stack>
  );
}

function RowStatus({ row }: { row: PreviewRow }) {
  const { t } = useTranslation();
  if (row.errors.length === 0) {
    return (
      <Badge color="teal" variant="light" style={{ minWidth: 'max-content' }}>
        {t('integration.rowOk')}
      </Badge>
    );
  }
  return (
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
  );
}
