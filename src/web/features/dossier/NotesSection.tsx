import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconNotes, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContactType, contactTypes, noteTextMaxLength } from '../../../contracts/dossier.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatCivilDate, todayInAmsterdam } from '../../lib/dates.js';
import { serverFieldErrors, useFormMessages } from '../../lib/forms.js';
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
  const [adding, setAdding] = useState(false);

  let body;
  if (notes.isPending) body = <PageLoader />;
  else if (notes.isError)
    body = (
      <Alert color="red" variant="light">
        {errorMessage(notes.error)}
      </Alert>
    );
  else if (notes.data.notes.length === 0)
    body = (
      <EmptyState
        size="sm"
        icon={<IconNotes aria-hidden stroke={1.5} />}
        description={t('dossier.notes.empty')}
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={600}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dossier.notes.date')}</Table.Th>
              <Table.Th>{t('dossier.notes.type')}</Table.Th>
              <Table.Th>{t('dossier.notes.author')}</Table.Th>
              <Table.Th>{t('dossier.notes.text')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {notes.data.notes.map((note) => (
              <Table.Tr key={note.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatCivilDate(note.contactDate, i18n.language)}
                </Table.Td>
                <Table.Td>{t(contactTypeLabels[note.contactType])}</Table.Td>
                <Table.Td>{note.authorName}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {note.text}
                  </Text>
                  {note.caseId && linkedCase(note.caseId) && (
                    <Text size="xs" c="dimmed">
                      {t('dossier.caseLink.label')}: {linkedCase(note.caseId)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button
          color="green"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          {t('dossier.notes.add')}
        </Button>
      </Group>
      {body}
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('dossier.notes.add')}
        size="lg"
      >
        {adding && <AddNoteForm employeeId={employeeId} onDone={() => setAdding(false)} />}
      </Modal>
    </Stack>
  );
}

const noteFields = ['contactDate', 'contactType', 'text', 'caseId'] as const;

function AddNoteForm({ employeeId, onDone }: { employeeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const messageOf = useFormMessages();
  const addNote = useAddNote(employeeId);
  const [contactDate, setContactDate] = useState(todayInAmsterdam);
  const [contactType, setContactType] = useState<ContactType>('phone');
  const [text, setText] = useState('');
  const [caseId, setCaseId] = useState<string | null>(null);
  const fieldErrors = serverFieldErrors(addNote.error, noteFields);
  const generalError =
    addNote.isError && Object.keys(fieldErrors).length === 0 ? errorMessage(addNote.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    addNote.mutate(
      { contactDate, contactType, text, caseId },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: i18n.t('dossier.notes.added') });
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('dossier.notes.date')}
            required
            value={contactDate}
            max={todayInAmsterdam()}
            onChange={(event) => setContactDate(event.currentTarget.value)}
            error={messageOf(fieldErrors.contactDate)}
          />
          <Select
            label={t('dossier.notes.type')}
            required
            allowDeselect={false}
            value={contactType}
            data={contactTypes.map((type) => ({ value: type, label: t(contactTypeLabels[type]) }))}
            onChange={(value) => value && setContactType(value as ContactType)}
            error={messageOf(fieldErrors.contactType)}
          />
        </Group>
        <CaseLinkSelect
          employeeId={employeeId}
          value={caseId}
          onChange={setCaseId}
          error={messageOf(fieldErrors.caseId)}
        />
        <PrivacyWarning />
        <Textarea
          label={t('dossier.notes.text')}
          required
          autosize
          minRows={5}
          maxLength={noteTextMaxLength}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={messageOf(fieldErrors.text)}
        />
        <Text size="sm" c="dimmed">
          {t('dossier.notes.permanent')}
        </Text>
        {generalError && (
          <Alert color="red" variant="light">
            {generalError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('dossier.notes.cancel')}
          </Button>
          <Button type="submit" loading={addNote.isPending} disabled={text.trim() === ''}>
            {t('dossier.notes.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
