import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconNotes, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  type ContactType,
  contactTypes,
  newNoteSchema,
  type Note,
  noteTextMaxLength,
} from '../../../contracts/dossier.js';
import { i18n } from '../../i18n/i18n.js';
import { formatDate, todayInAmsterdam } from '../../lib/dates.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { FormFrame, openDialog, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { CaseLinkSelect, useLinkedCaseLabel } from './CaseLinkSelect.js';
import { notesQuery, useAddNote } from './dossier.api.js';

export const contactTypeLabels: Record<ContactType, ParseKeys> = {
  phone: 'dossier.contactTypes.phone',
  meeting: 'dossier.contactTypes.meeting',
  video: 'dossier.contactTypes.video',
  email: 'dossier.contactTypes.email',
  letter: 'dossier.contactTypes.letter',
  other: 'dossier.contactTypes.other',
};

/** The AP's rule at every employer note field (DOMAIN.md §5): no medical information. */
export function PrivacyWarning() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
      {t('dossier.notes.privacyWarning')}
    </Alert>
  );
}

/** Contactmomenten overzicht, with "Notitie toevoegen". */
export function NotesSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const notes = useQuery(notesQuery(employeeId));
  const linkedCase = useLinkedCaseLabel(employeeId);
  const columns: DataColumn<Note>[] = [
    {
      key: 'date',
      header: t('dossier.notes.date'),
      nowrap: true,
      cell: (note) => formatDate(note.contactDate, i18n.language, 'short'),
    },
    {
      key: 'type',
      header: t('dossier.notes.type'),
      cell: (note) => t(contactTypeLabels[note.contactType]),
    },
    { key: 'author', header: t('dossier.notes.author'), cell: (note) => note.authorName },
    {
      key: 'text',
      header: t('dossier.notes.text'),
      cell: (note) => (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.text}
          </Text>
          {note.caseId && linkedCase(note.caseId) && (
            <Text size="xs" c="dimmed">
              {t('dossier.caseLink.label')}: {linkedCase(note.caseId)}
            </Text>
          )}
        </>
      ),
    },
  ];

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button
          color="green"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            openDialog({
              title: t('dossier.notes.add'),
              content: (close) => <AddNoteForm employeeId={employeeId} onDone={close} />,
            })
          }
        >
          {t('dossier.notes.add')}
        </Button>
      </Group>
      <DataTable
        caption={t('dossier.notes.title')}
        columns={columns}
        rows={notes.data?.notes}
        rowKey={(note) => note.id}
        error={notes.error}
        empty={{
          description: t('dossier.notes.empty'),
          icon: <IconNotes aria-hidden stroke={1.5} />,
        }}
        minWidth={600}
      />
    </Stack>
  );
}

function AddNoteForm({ employeeId, onDone }: { employeeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const addNote = useAddNote(employeeId);
  const schemaForm = useSchemaForm({
    initialValues: {
      contactDate: todayInAmsterdam(),
      contactType: 'phone' as ContactType,
      text: '',
      caseId: null as string | null,
    },
    submission: (values) => submission(newNoteSchema, values, addNote.mutateAsync),
    onSaved: () => {
      notifications.show({ color: 'teal', message: i18n.t('dossier.notes.added') });
      onDone();
    },
  });
  const { form } = schemaForm;

  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('dossier.notes.save')} onCancel={onDone}>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('dossier.notes.date')}
          required
          max={todayInAmsterdam()}
          {...form.getInputProps('contactDate')}
        />
        <Select
          label={t('dossier.notes.type')}
          required
          allowDeselect={false}
          data={contactTypes.map((type) => ({ value: type, label: t(contactTypeLabels[type]) }))}
          {...form.getInputProps('contactType')}
        />
      </Group>
      <CaseLinkSelect
        employeeId={employeeId}
        value={form.values.caseId}
        onChange={(caseId) => form.setFieldValue('caseId', caseId)}
        error={form.errors.caseId}
      />
      <PrivacyWarning />
      <Textarea
        label={t('dossier.notes.text')}
        required
        autosize
        minRows={5}
        maxLength={noteTextMaxLength}
        {...form.getInputProps('text')}
      />
      <Text size="sm" c="dimmed">
        {t('dossier.notes.permanent')}
      </Text>
    </FormFrame>
  );
}
