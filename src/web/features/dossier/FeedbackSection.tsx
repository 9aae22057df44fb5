import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMessageReport, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedbackTextMaxLength, newFeedbackSchema } from '../../../contracts/dossier-advice.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { FormFrame, openDialog, useSchemaForm } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate, todayInAmsterdam } from '../../lib/dates.js';
import { submission } from '../../lib/schema-errors.js';
import { meQueryOptions } from '../auth/auth.api.js';
import { CaseLinkSelect, useLinkedCaseLabel } from './CaseLinkSelect.js';
import { useSendAfterConfirming } from './confirmBeforeSending.js';
import { feedbackQuery, useAddFeedback } from './dossier.api.js';

/**
 * Terugkoppeling na consult: the casemanager or company doctor places it (feedback.write), the
 * dossier's readers read it; placing it signals the employer ("Aangemaakte documenten").
 */
export function FeedbackSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const role = useQuery(meQueryOptions).data?.role ?? '';
  const feedback = useQuery(feedbackQuery(employeeId));
  const linkedCase = useLinkedCaseLabel(employeeId);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('dossier.feedback.explanation')}
      </Text>
      {roleHasPermission(role, 'feedback.write') && (
        <Group justify="flex-end">
          <Button
            color="green"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              openDialog({
                title: t('dossier.feedback.add'),
                content: (close) => <FeedbackForm employeeId={employeeId} onDone={close} />,
              })
            }
          >
            {t('dossier.feedback.add')}
          </Button>
        </Group>
      )}
      {feedback.isPending ? (
        <PageLoader />
      ) : feedback.isError ? (
        <Alert color="red" variant="light">
          {errorMessage(feedback.error)}
        </Alert>
      ) : feedback.data.feedback.length === 0 ? (
        <EmptyState
          size="sm"
          description={t('dossier.feedback.empty')}
          icon={<IconMessageReport aria-hidden stroke={1.5} />}
        />
      ) : (
        feedback.data.feedback.map((item) => (
          <Paper key={item.id} withBorder p="sm">
            <Text size="sm" c="dimmed">
              {t('dossier.feedback.byline', {
                date: formatDate(item.consultationDate, i18n.language),
                name: item.authorName,
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.text}
            </Text>
            {item.caseId && linkedCase(item.caseId) && (
              <Text size="xs" c="dimmed">
                {t('dossier.caseLink.label')}: {linkedCase(item.caseId)}
              </Text>
            )}
          </Paper>
        ))
      )}
    </Stack>
  );
}

function FeedbackForm({ employeeId, onDone }: { employeeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const addFeedback = useAddFeedback(employeeId);
  const confirming = useSendAfterConfirming(
    () => ({
      title: i18n.t('dossier.feedback.confirmTitle'),
      message: i18n.t('dossier.feedback.confirmText'),
      confirmLabel: i18n.t('dossier.feedback.confirm'),
    }),
    addFeedback.mutateAsync,
  );
  const schemaForm = useSchemaForm({
    initialValues: {
      consultationDate: todayInAmsterdam(),
      text: '',
      caseId: null as string | null,
    },
    submission: (values) => submission(newFeedbackSchema, values, confirming.send),
    onSaved: () => {
      if (confirming.cancelled()) return;
      notifications.show({ color: 'teal', message: i18n.t('dossier.feedback.added') });
      onDone();
    },
  });
  const { form } = schemaForm;

  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('dossier.feedback.add')} onCancel={onDone}>
      {confirming.confirmation}
      <Alert color="orange" variant="light">
        {t('dossier.feedback.noMedical')}
      </Alert>
      <TextInput
        type="date"
        label={t('dossier.feedback.consultationDate')}
        required
        max={todayInAmsterdam()}
        {...form.getInputProps('consultationDate')}
      />
      <CaseLinkSelect
        employeeId={employeeId}
        value={form.values.caseId}
        onChange={(caseId) => form.setFieldValue('caseId', caseId)}
        error={form.errors.caseId}
      />
      <Textarea
        label={t('dossier.feedback.text')}
        required
        autosize
        minRows={5}
        maxLength={feedbackTextMaxLength}
        {...form.getInputProps('text')}
      />
    </FormFrame>
  );
}
