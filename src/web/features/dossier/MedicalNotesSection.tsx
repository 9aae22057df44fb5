import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noteTextMaxLength } from '../../../contracts/dossier.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { medicalNotesQuery, useAddMedicalNote } from './dossier.api.js';

/** The company doctor's medical notes: the section exists only for the medical.notes role. */
export function MedicalNotesSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const notes = useQuery(medicalNotesQuery(employeeId));
  const addNote = useAddMedicalNote(employeeId);
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    addNote.mutate(text, {
      onSuccess: () => {
        setText('');
        notifications.show({ color: 'teal', message: i18n.t('dossier.medical.added') });
      },
    });
  }

  return (
    <Stack gap="md">
      <Alert color="grape" variant="light" icon={<IconLock size={18} aria-hidden />}>
        {t('dossier.medical.explanation')}
      </Alert>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Textarea
            label={t('dossier.medical.text')}
            required
            autosize
            minRows={3}
            maxLength={noteTextMaxLength}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          {addNote.isError && (
            <Alert color="red" variant="light">
              {errorMessage(addNote.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={addNote.isPending} disabled={text.trim() === ''}>
              {t('dossier.medical.add')}
            </Button>
          </Group>
        </Stack>
      </form>
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
                {new Intl.DateTimeFormat(i18n.language, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }).format(new Date(note.createdAt))}{' '}
                · {note.authorName}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{note.text}</Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
