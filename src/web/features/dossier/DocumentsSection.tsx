import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
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
  withdrawReasonMaxLength,
} from '../../../contracts/dossier.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
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

function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Documenten: upload with a category, and "Overzichtsdocumenten" per category with download. */
export function DocumentsSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const documents = useQuery(documentsQuery(employeeId));
  const linkedCase = useLinkedCaseLabel(employeeId);
  const [filter, setFilter] = useState<DocumentCategory | 'all'>('all');
  const [withdrawing, setWithdrawing] = useState<DossierDocument | null>(null);

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
          {shown.length === 0 ? (
            <Text c="dimmed">{t('dossier.documents.emptyCategory')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('dossier.documents.fileName')}</Table.Th>
                    <Table.Th>{t('dossier.documents.category')}</Table.Th>
                    <Table.Th>{t('dossier.documents.uploadedBy')}</Table.Th>
                    <Table.Th>{t('dossier.documents.uploadedAt')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('dossier.documents.withdraw')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((document) => (
                    <Table.Tr key={document.id}>
                      <Table.Td>
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
                                date: formatDateTime(document.withdrawn.at),
                                name: document.withdrawn.byName,
                                reason: document.withdrawn.reason,
                              })}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td>{t(categoryLabels[document.category])}</Table.Td>
                      <Table.Td>{document.uploadedByName}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(document.uploadedAt)}
                      </Table.Td>
                      <Table.Td>
                        {!document.withdrawn && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            leftSection={<IconFileOff size={14} aria-hidden />}
                            aria-label={`${t('dossier.documents.withdraw')}: ${document.fileName}`}
                            onClick={() => setWithdrawing(document)}
                          >
                            {t('dossier.documents.withdraw')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
      <Modal
        opened={withdrawing !== null}
        onClose={() => setWithdrawing(null)}
        title={t('dossier.documents.withdrawTitle')}
      >
        {withdrawing && (
          <WithdrawForm
            employeeId={employeeId}
            document={withdrawing}
            onDone={() => setWithdrawing(null)}
          />
        )}
      </Modal>
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
  const [reason, setReason] = useState('');
  return (
    <Stack>
      <Text fw={500}>{document.fileName}</Text>
      <Text size="sm">{t('dossier.documents.withdrawExplanation')}</Text>
      <Textarea
        label={t('dossier.documents.withdrawReason')}
        required
        autosize
        minRows={2}
        maxLength={withdrawReasonMaxLength}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      {withdraw.isError && (
        <Alert color="red" variant="light">
          {errorMessage(withdraw.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('dossier.notes.cancel')}
        </Button>
        <Button
          color="red"
          loading={withdraw.isPending}
          disabled={reason.trim() === ''}
          onClick={() =>
            withdraw.mutate(
              { documentId: document.id, reason },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'teal',
                    message: i18n.t('dossier.documents.withdrawnDone'),
                  });
                  onDone();
                },
              },
            )
          }
        >
          {t('dossier.documents.withdrawConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
