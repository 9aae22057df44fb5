import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultDocumentName } from '../../../contracts/vault.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { openDialog } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import type { z } from 'zod';
import type { vaultDocumentListResponseSchema } from '../../../contracts/vault.js';
import { PageLoader } from '../../components/PageLoader.js';
import { errorMessage } from '../../lib/api.js';
import { notifyFailure } from '../../lib/notify.js';
import { DocumentText } from './DocumentText.js';
import { vaultDocumentQuery, vaultDocumentsQuery } from './vault.api.js';

const documentLabels: Record<VaultDocumentName, ParseKeys> = {
  user_agreement: 'vault.documents.user_agreement',
  sla: 'vault.documents.sla',
  licence_terms: 'vault.documents.licence_terms',
  service_description: 'vault.documents.service_description',
};

type DocumentEntry = z.infer<typeof vaultDocumentListResponseSchema>['documents'][number];

function openDocument(document: VaultDocumentName, version: string) {
  openDialog({
    title: i18n.t(documentLabels[document]),
    size: 'xl',
    content: () => <DocumentView document={document} version={version} />,
  });
}

/** Beheerdersovereenkomsten: each document in the version chosen, to read or download. */
export function Agreements() {
  const { t } = useTranslation();
  const documents = useQuery(vaultDocumentsQuery);
  const [chosen, setChosen] = useState<Partial<Record<VaultDocumentName, string>>>({});
  const versionOf = (entry: DocumentEntry) => chosen[entry.document] ?? entry.current;
  const columns: DataColumn<DocumentEntry>[] = [
    { key: 'name', header: t('vault.documents.name'), cell: (e) => t(documentLabels[e.document]) },
    {
      key: 'version',
      header: t('vault.documents.version'),
      cell: (entry) =>
        entry.versions.length > 1 ? (
          <Select
            aria-label={t('vault.documents.versionOf', { name: t(documentLabels[entry.document]) })}
            data={entry.versions}
            value={versionOf(entry)}
            onChange={(value) =>
              setChosen((current) => ({ ...current, [entry.document]: value ?? entry.current }))
            }
            allowDeselect={false}
            w={140}
          />
        ) : (
          versionOf(entry)
        ),
    },
    {
      key: 'actions',
      header: t('vault.requests.actions'),
      hideHeader: true,
      cell: (entry) => (
        <Group gap="xs" justify="flex-end">
          <Button
            size="xs"
            variant="light"
            onClick={() => openDocument(entry.document, versionOf(entry))}
          >
            {t('vault.documents.view')}
          </Button>
          <DownloadButton
            document={entry.document}
            version={versionOf(entry)}
            label={t(documentLabels[entry.document])}
          />
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('vault.documents.intro')}
      </Text>
      <DataTable
        caption={t('vault.page.tabs.agreements')}
        columns={columns}
        rows={documents.data?.documents}
        rowKey={(entry) => entry.document}
        error={documents.error}
        empty={{ description: t('vault.documents.intro') }}
      />
    </Stack>
  );
}

function DocumentView({ document, version }: { document: VaultDocumentName; version: string }) {
  const { t } = useTranslation();
  const text = useQuery(vaultDocumentQuery(document, version));
  if (text.isPending) return <PageLoader />;
  if (text.isError) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(text.error)}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Stack gap="sm">
        <DocumentText text={text.data.text} />
      </Stack>
      <Text size="xs" c="dimmed">
        {t('vault.documents.fingerprint', { sha256: text.data.sha256 })}
      </Text>
    </Stack>
  );
}

/** Saves the exact text of the version as a Markdown file. */
function DownloadButton({
  document,
  version,
  label,
}: {
  document: VaultDocumentName;
  version: string;
  label: string;
}) {
  const { t } = useTranslation();
  const text = useQuery({ ...vaultDocumentQuery(document, version), enabled: false });
  const download = async () => {
    const result = text.data ? { data: text.data } : await text.refetch();
    if (!result.data) {
      notifyFailure(text.error);
      return;
    }
    const url = URL.createObjectURL(
      new Blob([result.data.text], { type: 'text/markdown;charset=utf-8' }),
    );
    const link = window.document.createElement('a');
    link.href = url;
    link.download = `${label} ${version}.md`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} aria-hidden />}
      onClick={() => void download()}
    >
      {t('vault.documents.download')}
    </Button>
  );
}
