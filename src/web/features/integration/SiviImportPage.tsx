import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconFileCode, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import type { SiviImport, SiviImportSummary } from '../../../contracts/integration-sivi.js';
import { DataTable, type DataColumn } from '../../components/DataTable.js';
import { ForbiddenPanel } from '../../components/ForbiddenPanel.js';
import { Page } from '../../components/Page.js';
import { errorMessage } from '../../lib/api.js';
import { formatDateTime } from '../../lib/dates.js';
import {
  canExchangeSivi,
  siviImportQueryOptions,
  siviImportsQueryOptions,
  useSiviImportMutation,
} from './sivi.api.js';

const resultColours = { applied: 'teal', refused: 'red', repeated: 'gray' } as const;
const outcomeColours = { accepted: 'teal', refused: 'red', repeated: 'gray' } as const;
const resultLabels = {
  applied: 'sivi.import.result.applied',
  refused: 'sivi.import.result.refused',
  repeated: 'sivi.import.result.repeated',
} as const;
const outcomeLabels = {
  accepted: 'sivi.import.outcome.accepted',
  refused: 'sivi.import.outcome.refused',
  repeated: 'sivi.import.outcome.repeated',
} as const;

/** "SIVI-verzuimmeldingen inlezen": upload a message, its result per element, the log. */
export function SiviImportPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <Page title={t('sivi.import.title')} description={t('sivi.import.intro')}>
      {canExchangeSivi(user.role) ? <SiviImport /> : <ForbiddenPanel />}
    </Page>
  );
}

/** Every element of one message with its outcome and, when refused, the reason. */
function Elements({ logged }: { logged: SiviImport }) {
  const { t } = useTranslation();
  const columns: DataColumn<SiviImport['elements'][number]>[] = [
    {
      key: 'path',
      header: t('sivi.import.columns.element'),
      cell: (row) => row.path,
      rowHeader: true,
    },
    { key: 'line', header: t('sivi.import.columns.line'), cell: (row) => row.line },
    {
      key: 'absence',
      header: t('sivi.import.columns.absence'),
      cell: (row) => row.absenceId ?? '',
    },
    {
      key: 'sequence',
      header: t('sivi.import.columns.sequence'),
      cell: (row) => row.sequence ?? '',
    },
    {
      key: 'outcome',
      header: t('sivi.import.columns.outcome'),
      cell: (row) => (
        <Badge color={outcomeColours[row.outcome]} variant="light">
          {t(outcomeLabels[row.outcome])}
        </Badge>
      ),
      cellProps: (row) => ({ 'data-outcome': row.outcome }),
    },
    { key: 'reason', header: t('sivi.import.columns.reason'), cell: (row) => row.message ?? '' },
  ];
  return (
    <Paper withBorder radius="md" p="md" data-testid="sivi-result">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('sivi.import.resultTitle', { fileName: logged.fileName })}
          </Title>
          <Badge color={resultColours[logged.result]} data-result={logged.result}>
            {t(resultLabels[logged.result])}
          </Badge>
        </Group>
        <Text size="sm">{t('sivi.import.counts', logged)}</Text>
        <DataTable
          caption={t('sivi.import.resultTitle', { fileName: logged.fileName })}
          columns={columns}
          rows={logged.elements}
          rowKey={(row) => `${row.path}-${row.line}-${row.code ?? ''}`}
          empty={{ description: t('sivi.import.noElements') }}
        />
      </Stack>
    </Paper>
  );
}

/** The processing log: the latest messages, each opened to its elements with "Details". */
function ImportLog({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const log = useQuery(siviImportsQueryOptions);
  const columns: DataColumn<SiviImportSummary>[] = [
    {
      key: 'at',
      header: t('sivi.import.columns.at'),
      cell: (row) => formatDateTime(row.createdAt, i18n.language),
      nowrap: true,
    },
    {
      key: 'file',
      header: t('sivi.import.columns.file'),
      cell: (row) => row.fileName,
      rowHeader: true,
    },
    { key: 'by', header: t('sivi.import.columns.by'), cell: (row) => row.by ?? '' },
    {
      key: 'result',
      header: t('sivi.import.columns.result'),
      cell: (row) => (
        <Badge color={resultColours[row.result]} variant="light">
          {t(resultLabels[row.result])}
        </Badge>
      ),
      cellProps: (row) => ({ 'data-result': row.result }),
    },
    {
      key: 'counts',
      header: t('sivi.import.columns.counts'),
      cell: (row) => t('sivi.import.counts', row),
    },
    {
      key: 'open',
      header: t('sivi.import.show'),
      hideHeader: true,
      cell: (row) => (
        <Button size="xs" variant="default" onClick={() => onOpen(row.id)}>
          {t('sivi.import.show')}
        </Button>
      ),
    },
  ];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('sivi.import.logTitle')}
        </Title>
        <DataTable
          caption={t('sivi.import.logTitle')}
          columns={columns}
          rows={log.data?.imports}
          rowKey={(row) => row.id}
          error={log.error}
          rowProps={(row) => ({ 'data-testid': `sivi-log-${row.result}` })}
          empty={{
            icon: <IconFileCode aria-hidden stroke={1.5} />,
            description: `${t('sivi.import.logEmpty')} ${t('sivi.import.logEmptyText')}`,
          }}
        />
      </Stack>
    </Paper>
  );
}

function SiviImport() {
  const { t } = useTranslation();
  const upload = useSiviImportMutation();
  const [openedId, setOpenedId] = useState<string | null>(null);
  const opened = useQuery({
    ...siviImportQueryOptions(openedId ?? ''),
    enabled: openedId !== null,
  });

  const choose = (file: File | null) => {
    if (!file) return;
    setOpenedId(null);
    upload.mutate(file);
  };
  const shown = openedId !== null ? opened.data : upload.data;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Group gap="sm">
          <FileButton onChange={choose} accept=".xml,application/xml,text/xml">
            {(props) => (
              <Button
                {...props}
                loading={upload.isPending}
                leftSection={<IconUpload size={16} aria-hidden />}
              >
                {t('sivi.import.chooseFile')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      {upload.isPending && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('sivi.import.importing')}</Text>
        </Group>
      )}
      {upload.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(upload.error)}
        </Alert>
      )}
      {openedId !== null && opened.isPending && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('sivi.import.loading')}</Text>
        </Group>
      )}
      {shown && <Elements logged={shown} />}
      <ImportLog onOpen={setOpenedId} />
    </Stack>
  );
}
