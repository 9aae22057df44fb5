import { Alert, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { newMedicalNoteSchema, noteTextMaxLength } from '../../../contracts/dossier.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatDateTime } from '../../lib/dates.js';
import { medicalNotesQuery, useAddMedicalNote } from './dossier.api.js';

/** The company doctor's medical notes: the section exists only for the medical.notes role. */
export function MedicalNotesSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const notes = useQuery(medicalNotesQuery(employeeId));
  const addNote = useAddMedicalNote(employeeId);
  const schemaForm = useSchemaForm({
    initialValues: { text: '' },
    submission: (values) =>
      submission(newMedicalNoteSchema, values, (body) => addNote.mutateAsync(body.text)),
    onSaved: () => {
      schemaForm.form.reset();
      notifications.show({ color: 'teal', message: i18n.t('dossier.medical.added') });
    },
  });

  return (
    <Stack gap="md">
      <Alert color="grape" variant="light" icon={<IconLock size={18} aria-hidden />}>
        {t('dossier.medical.explanation')}
      </Alert>
      <FormFrame schemaForm={schemaForm} submitLabel={t('dossier.medical.add')}>
        <Textarea
          label={t('dossier.medical.text')}
          required
          autosize
          minRows={3}
          maxLength={noteTextMaxLength}
          {...schemaForm.form.getInputProps('text')}
        />
      </FormFrame>
      {notes.isPending ? (
        <PageLoader />
      ) : notes.isError ? (
        <Alert color="red" variant="light">
          {errorMessage(notes.error)}
        </Alert>
      ) : notes.data.notes.length === 0 ? (
        <EmptyState size="sm" description={t('dossier.medical.empty')} />
      ) : (
        <Stack gap="xs">
          {notes.data.notes.map((note) => (
            <Paper key={note.id} withBorder p="sm">
              <Text size="sm" c="dimmed">
                {formatDateTime(note.createdAt, i18n.language)} · {note.authorName}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{note.text}</Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
