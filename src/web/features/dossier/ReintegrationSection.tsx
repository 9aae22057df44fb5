import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileText, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleHasPermission, employerRoles } from '../../../contracts/permissions.js';
import {
  type ReintegrationDocument,
  type ReintegrationKind,
  reintegrationFieldMaxLength,
  reintegrationKindKeys,
  reintegrationKinds,
  reintegrationSectionKeys,
  reintegrationTemplates,
} from '../../../contracts/reintegration.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { confirmAction, openDialog } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate, formatDateTime } from '../../lib/dates.js';
import { meQueryOptions } from '../auth/auth.api.js';
import { caseChoicesQuery, documentContentUrl } from './dossier.api.js';
import {
  reintegrationQuery,
  useCreateReintegrationDocument,
  useFinalizeReintegrationDocument,
  useSaveReintegrationDocument,
  useSignOffReintegrationDocument,
} from './reintegration.api.js';

const kindLabel = (kind: ReintegrationKind) => reintegrationKindKeys[kind] as ParseKeys;
const sectionsOf = (kind: ReintegrationKind): readonly (keyof typeof reintegrationSectionKeys)[] =>
  reintegrationTemplates[kind].sections;

/**
 * Re-integratie- en UWV-documenten (issue 14): make a document from a template for a sickness
 * case, edit the draft (each save a version), make it final after a confirmation (the PDF goes
 * to the documents as a UWV document and the linked task is done), record the sign-offs.
 */
export function ReintegrationSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const documents = useQuery(reintegrationQuery(employeeId));

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('reintegration.intro')}
      </Text>
      <Group justify="flex-end">
        <Button
          color="green"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            openDialog({
              title: t('reintegration.create'),
              size: 'md',
              content: (close) => <CreateForm employeeId={employeeId} onDone={close} />,
            })
          }
        >
          {t('reintegration.create')}
        </Button>
      </Group>
      {documents.isPending ? (
        <PageLoader />
      ) : documents.isError ? (
        <Alert color="red" variant="light">
          {errorMessage(documents.error)}
        </Alert>
      ) : documents.data.documents.length === 0 ? (
        <EmptyState
          size="sm"
          description={t('reintegration.empty')}
          icon={<IconFileText aria-hidden stroke={1.5} />}
        />
      ) : (
        documents.data.documents.map((document) => (
          <DocumentCard key={document.id} employeeId={employeeId} document={document} />
        ))
      )}
    </Stack>
  );
}

function CreateForm({ employeeId, onDone }: { employeeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const cases = useQuery(caseChoicesQuery(employeeId));
  const create = useCreateReintegrationDocument(employeeId);
  const [kind, setKind] = useState<ReintegrationKind>('problem_analysis');
  // A legal case is asked by its first episode: the sickness case that starts it.
  const legalCases = (cases.data?.cases ?? []).filter(
    (entry) => entry.kind === 'sickness' && entry.legalCase?.firstSickDay === entry.firstDay,
  );
  const [caseId, setCaseId] = useState<string | null>(null);
  const chosen = caseId ?? legalCases[0]?.id ?? null;

  if (cases.isPending) return <PageLoader />;
  return (
    <Stack>
      {create.isError && (
        <Alert color="red" variant="light">
          {errorMessage(create.error)}
        </Alert>
      )}
      <Select
        label={t('reintegration.kind')}
        data={reintegrationKinds.map((value) => ({ value, label: t(kindLabel(value)) }))}
        value={kind}
        onChange={(value) => value && setKind(value as ReintegrationKind)}
        allowDeselect={false}
      />
      {legalCases.length === 0 ? (
        <Alert variant="light">{t('reintegration.noCases')}</Alert>
      ) : (
        <Select
          label={t('reintegration.case')}
          data={legalCases.map((entry) => ({
            value: entry.id,
            label: t('reintegration.caseOption', { date: entry.firstDay }),
          }))}
          value={chosen}
          onChange={setCaseId}
          allowDeselect={false}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('reintegration.cancel')}
        </Button>
        <Button
          color="green"
          disabled={chosen === null}
          loading={create.isPending}
          onClick={async () => {
            if (chosen === null) return;
            await create.mutateAsync({ kind, caseId: chosen });
            notifications.show({ color: 'teal', message: i18n.t('reintegration.created') });
            onDone();
          }}
        >
          {t('reintegration.create')}
        </Button>
      </Group>
    </Stack>
  );
}

function DocumentCard({
  employeeId,
  document,
}: {
  employeeId: string;
  document: ReintegrationDocument;
}) {
  const { t } = useTranslation();
  const role = useQuery(meQueryOptions).data?.role ?? '';
  const finalize = useFinalizeReintegrationDocument(employeeId);
  const signOff = useSignOffReintegrationDocument(employeeId);
  const isDraft = document.status === 'draft';
  const mayWrite = roleHasPermission(role, 'dossier.documents');
  const isEmployerSide = (employerRoles as readonly string[]).includes(role);
  const signedLine = (signed: ReintegrationDocument['employerSignOff']) =>
    signed
      ? t('reintegration.signedBy', {
          name: signed.byName,
          date: formatDateTime(signed.at, i18n.language),
        })
      : t('reintegration.notSigned');
  const sign = async (party: 'employer' | 'employee') => {
    try {
      await signOff.mutateAsync({ documentId: document.id, party });
      notifications.show({ color: 'teal', message: i18n.t('reintegration.signed') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t(kindLabel(document.kind))}</Text>
          <Badge color={isDraft ? 'gray' : 'green'} variant="light">
            {t(isDraft ? 'reintegration.statusDraft' : 'reintegration.statusFinal', {
              version: document.version,
            })}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {document.facts.employeeName}, {formatDate(document.facts.firstSickDay, i18n.language)}
        </Text>
        {document.taskId && (
          <Text size="xs" c="dimmed">
            {t('reintegration.linkedTask')}
          </Text>
        )}
        {sectionsOf(document.kind).map((section) => (
          <div key={section}>
            <Text size="sm" fw={500}>
              {t(reintegrationSectionKeys[section] as ParseKeys)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {document.fields[section] || '—'}
            </Text>
          </div>
        ))}
        {!isDraft && (
          <>
            <Text size="sm">
              {t('reintegration.employerSignOff')}: {signedLine(document.employerSignOff)}
            </Text>
            <Text size="sm">
              {t('reintegration.employeeSignOff')}: {signedLine(document.employeeSignOff)}
            </Text>
          </>
        )}
        <Text size="xs" c="dimmed">
          {t('reintegration.versions')}:{' '}
          {document.versions
            .map((version) =>
              t('reintegration.versionLine', {
                version: version.version,
                name: version.savedByName,
                date: formatDateTime(version.savedAt, i18n.language),
              }),
            )
            .join('; ')}
        </Text>
        <Group gap="xs">
          {isDraft && mayWrite && (
            <>
              <Button
                variant="default"
                onClick={() =>
                  openDialog({
                    title: t(kindLabel(document.kind)),
                    content: (close) => (
                      <EditForm employeeId={employeeId} document={document} onDone={close} />
                    ),
                  })
                }
              >
                {t('reintegration.edit')}
              </Button>
              <Button
                color="green"
                loading={finalize.isPending}
                onClick={() =>
                  confirmAction({
                    title: t('reintegration.finalizeTitle'),
                    message: t('reintegration.finalizeText', { version: document.version }),
                    confirmLabel: t('reintegration.finalize'),
                    destructive: false,
                    onConfirm: () => {
                      finalize.mutate(document.id, {
                        onSuccess: () =>
                          notifications.show({
                            color: 'teal',
                            message: i18n.t('reintegration.finalized'),
                          }),
                        onError: (error) =>
                          notifications.show({ color: 'red', message: errorMessage(error) }),
                      });
                    },
                  })
                }
              >
                {t('reintegration.finalize')}
              </Button>
            </>
          )}
          {!isDraft && document.dossierDocumentId && (
            <Anchor href={documentContentUrl(employeeId, document.dossierDocumentId)} download>
              <Group gap={6} component="span">
                <IconDownload size={16} aria-hidden />
                {t('reintegration.download')}
              </Group>
            </Anchor>
          )}
          {!isDraft && !document.employerSignOff && isEmployerSide && (
            <Button variant="light" onClick={() => void sign('employer')}>
              {t('reintegration.signEmployer')}
            </Button>
          )}
          {!isDraft && !document.employeeSignOff && mayWrite && (
            <Button variant="light" onClick={() => void sign('employee')}>
              {t('reintegration.signEmployee')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function EditForm({
  employeeId,
  document,
  onDone,
}: {
  employeeId: string;
  document: ReintegrationDocument;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveReintegrationDocument(employeeId, document.id);
  const [fields, setFields] = useState<Record<string, string>>(document.fields);

  return (
    <Stack>
      <Alert color="orange" variant="light">
        {t('reintegration.noMedical')}
      </Alert>
      {save.isError && (
        <Alert color="red" variant="light">
          {errorMessage(save.error)}
        </Alert>
      )}
      {sectionsOf(document.kind).map((section) => (
        <Textarea
          key={section}
          label={t(reintegrationSectionKeys[section] as ParseKeys)}
          autosize
          minRows={3}
          maxLength={reintegrationFieldMaxLength}
          value={fields[section] ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setFields((current) => ({ ...current, [section]: value }));
          }}
        />
      ))}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('reintegration.cancel')}
        </Button>
        <Button
          color="green"
          loading={save.isPending}
          onClick={async () => {
            const saved = await save.mutateAsync({ version: document.version, fields });
            notifications.show({
              color: 'teal',
              message: i18n.t('reintegration.saved', { version: saved.version }),
            });
            onDone();
          }}
        >
          {t('reintegration.save')}
        </Button>
      </Group>
    </Stack>
  );
}
