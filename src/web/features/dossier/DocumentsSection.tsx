import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileOff, IconFiles, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DocumentCategory,
  documentCategories,
  type DossierDocument,
  withdrawDocumentSchema,
  withdrawReasonMaxLength,
} from '../../../contracts/dossier.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { FormFrame, openDialog, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { PageLoader } from '../../components/PageLoader.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatDateTime } from '../../lib/dates.js';
import { CaseLinkSelect, useLinkedCaseLabel } from './CaseLinkSelect.js';
import {
  documentContentUrl,
  documentsQuery,
  useUploadDocument,
  useWithdrawDocument,
} from './dossier.api.js';

export const categoryLabels: Record<DocumentCategory, ParseKeys> = {
  correspondence: 'dossier.categories.correspondence',
  action_plan: 'dossier.categories.action_plan',
  problem_analysis: 'dossier.categories.problem_analysis',
  occupational_health_feedback: 'dossier.categories.occupational_health_feedback',
  uwv: 'dossier.categories.uwv',
  other: 'dossier.categories.other',
};

const megabytes = (bytes: number) => Math.floor(bytes / (1024 * 1024));

function openWithdraw(employeeId: string, document: DossierDocument) {
  openDialog({
    title: i18n.t('dossier.documents.withdrawTitle'),
    size: 'md',
    content: (close) => <WithdrawForm employeeId={employeeId} document={document} onDone={close} />,
  });
}

/** Documenten: upload with a category, and "Overzichtsdocumenten" per category with download. */
export function DocumentsSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const documents = useQuery(documentsQuery(employeeId));
  const linkedCase = useLinkedCaseLabel(employeeId);
  const [filter, setFilter] = useState<DocumentCategory | 'all'>('all');

  if (documents.isPending) return <PageLoader />;
  if (documents.isError) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(documents.error)}
      </Alert>
    );
  }
  const { maxBytes } = documents.data;
  const shown = documents.data.documents.filter(
    (document) => filter === 'all' || document.category === filter,
  );
  const columns: DataColumn<DossierDocument>[] = [
    {
      key: 'fileName',
      header: t('dossier.documents.fileName'),
      cell: (document) => (
        <Stack gap={2}>
          <Anchor
            href={documentContentUrl(employeeId, document.id)}
            download={document.fileName}
            td={document.withdrawn ? 'line-through' : undefined}
            aria-label={`${t('dossier.documents.download')}: ${document.fileName}`}
          >
            <Group gap={6} wrap="nowrap" component="span">
              <IconDownload size={16} aria-hidden />
              {document.fileName}
            </Group>
          </Anchor>
          {document.caseId && linkedCase(document.caseId) && (
            <Text size="xs" c="dimmed">
              {t('dossier.caseLink.label')}: {linkedCase(document.caseId)}
            </Text>
          )}
          {document.withdrawn && (
            <Text size="sm" c="dimmed">
              {t('dossier.documents.withdrawn', {
                date: formatDateTime(document.withdrawn.at, i18n.language),
                name: document.withdrawn.byName,
                reason: document.withdrawn.reason,
              })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'category',
      header: t('dossier.documents.category'),
      cell: (document) => t(categoryLabels[document.category]),
    },
    {
      key: 'uploadedBy',
      header: t('dossier.documents.uploadedBy'),
      cell: (document) => document.uploadedByName,
    },
    {
      key: 'uploadedAt',
      header: t('dossier.documents.uploadedAt'),
      nowrap: true,
      cell: (document) => formatDateTime(document.uploadedAt, i18n.language, 'short'),
    },
    {
      key: 'withdraw',
      header: t('dossier.documents.withdraw'),
      hideHeader: true,
      cell: (document) =>
        !document.withdrawn && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconFileOff size={14} aria-hidden />}
            aria-label={`${t('dossier.documents.withdraw')}: ${document.fileName}`}
            onClick={() => openWithdraw(employeeId, document)}
          >
            {t('dossier.documents.withdraw')}
          </Button>
        ),
    },
  ];

  return (
    <Stack gap="md">
      <UploadForm employeeId={employeeId} maxBytes={maxBytes} />
      {documents.data.documents.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconFiles aria-hidden stroke={1.5} />}
          description={t('dossier.documents.empty')}
        />
      ) : (
        <Stack gap="sm">
          <Select
            label={t('dossier.documents.overview')}
            allowDeselect={false}
            maw={360}
            value={filter}
            data={[
              { value: 'all', label: t('dossier.documents.allCategories') },
              ...documentCategories.map((category) => ({
                value: category,
                label: t(categoryLabels[category]),
              })),
            ]}
            onChange={(value) => value && setFilter(value as DocumentCategory | 'all')}
          />
          <DataTable
            caption={t('dossier.documents.overview')}
            columns={columns}
            rows={shown}
            rowKey={(document) => document.id}
            empty={{ description: t('dossier.documents.emptyCategory') }}
            minWidth={640}
          />
        </Stack>
      )}
    </Stack>
  );
}

function UploadForm({ employeeId, maxBytes }: { employeeId: string; maxBytes: number }) {
  const { t } = useTranslation();
  const inputId = useId();
  const upload = useUploadDocument(employeeId);
  const [category, setCategory] = useState<DocumentCategory>('correspondence');
  const [caseId, setCaseId] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);

  function send(file: File | undefined) {
    if (!file || upload.isPending) return;
    upload.reset();
    setTooLarge(file.size > maxBytes);
    if (file.size > maxBytes) return;
    setProgress(0);
    upload.mutate(
      { file, category, caseId, onProgress: setProgress },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: i18n.t('dossier.documents.uploaded') }),
      },
    );
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files[0]);
  }

  return (
    <Stack gap="xs">
      <Group grow align="flex-start" maw={740}>
        <Select
          label={t('dossier.documents.category')}
          allowDeselect={false}
          value={category}
          data={documentCategories.map((value) => ({ value, label: t(categoryLabels[value]) }))}
          onChange={(value) => value && setCategory(value as DocumentCategory)}
        />
        <CaseLinkSelect employeeId={employeeId} value={caseId} onChange={setCaseId} />
      </Group>
      <Paper
        component="label"
        htmlFor={inputId}
        withBorder
        p="lg"
        radius="md"
        style={{
          borderStyle: 'dashed',
          cursor: upload.isPending ? 'progress' : 'pointer',
          background: dragging ? 'var(--mantine-color-blue-light)' : undefined,
        }}
        onDragOver={(event: DragEvent) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Group gap="sm" wrap="nowrap">
          <IconUpload size={28} aria-hidden stroke={1.5} />
          <Stack gap={2}>
            <Text fw={500}>{t('dossier.documents.upload')}</Text>
            <Text size="sm">{t('dossier.documents.chooseFile')}</Text>
            <Text size="sm" c="dimmed">
              {t('dossier.documents.allowed', { limit: megabytes(maxBytes) })}
            </Text>
          </Stack>
        </Group>
        <VisuallyHidden>
          <input
            id={inputId}
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,application/pdf,image/png,image/jpeg"
            disabled={upload.isPending}
            aria-label={t('dossier.documents.upload')}
            onChange={(event) => {
              send(event.currentTarget.files?.[0]);
              // The same file can be chosen again after an error.
              event.currentTarget.value = '';
            }}
          />
        </VisuallyHidden>
      </Paper>
      {upload.isPending && (
        <Stack gap={4}>
          <Text size="sm">{t('dossier.documents.uploading', { percent: progress })}</Text>
          <Progress value={progress} aria-label={t('dossier.documents.upload')} />
        </Stack>
      )}
      {tooLarge && (
        <Alert color="red" variant="light" role="alert">
          {t('dossier.documents.tooLarge', { limit: megabytes(maxBytes) })}
        </Alert>
      )}
      {upload.isError && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(upload.error)}
        </Alert>
      )}
    </Stack>
  );
}

function WithdrawForm({
  employeeId,
  document,
  onDone,
}: {
  employeeId: string;
  document: DossierDocument;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawDocument(employeeId);
  const schemaForm = useSchemaForm({
    initialValues: { reason: '' },
    submission: (values) =>
      submission(withdrawDocumentSchema, values, ({ reason }) =>
        withdraw.mutateAsync({ documentId: document.id, reason }),
      ),
    onSaved: () => {
      notifications.show({ color: 'teal', message: i18n.t('dossier.documents.withdrawnDone') });
      onDone();
    },
  });
  return (
    <FormFrame
      schemaForm={schemaForm}
      submitLabel={t('dossier.documents.withdrawConfirm')}
      onCancel={onDone}
      destructive
    >
      <Text fw={500}>{document.fileName}</Text>
      <Text size="sm">{t('dossier.documents.withdrawExplanation')}</Text>
      <Textarea
        label={t('dossier.documents.withdrawReason')}
        required
        autosize
        minRows={2}
        maxLength={withdrawReasonMaxLength}
        {...schemaForm.form.getInputProps('reason')}
      />
    </FormFrame>
  );
}
