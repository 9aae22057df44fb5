import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMail, IconPlus, IconPrinter, IconStethoscope } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  adviceDurationMaxLength,
  adviceTextMaxLength,
  type FunctionalAdvice,
  newFunctionalAdviceSchema,
} from '../../../contracts/dossier-advice.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageLoader } from '../../components/PageLoader.js';
import { FormFrame, openDialog, useSchemaForm } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate } from '../../lib/dates.js';
import { submission } from '../../lib/schema-errors.js';
import { meQueryOptions } from '../auth/auth.api.js';
import { CaseLinkSelect } from './CaseLinkSelect.js';
import { useSendAfterConfirming } from './confirmBeforeSending.js';
import { functionalAdviceQuery, useAddFunctionalAdvice } from './dossier.api.js';

/** The three texts of an advice, labelled: on screen and on paper alike. */
function adviceParts(advice: FunctionalAdvice): { label: string; text: string }[] {
  return [
    { label: i18n.t('dossier.advice.workPossible'), text: advice.workPossible },
    { label: i18n.t('dossier.advice.expectedDuration'), text: advice.expectedDuration },
    {
      label: i18n.t('dossier.advice.adjustments'),
      text: advice.adjustments === '' ? i18n.t('dossier.advice.noAdjustments') : advice.adjustments,
    },
  ];
}

/**
 * Prints the advice for the employee (no e-mail address known): a window of its own holding the
 * same text, built as text nodes (never as HTML), then the browser's print dialog.
 */
function printAdvice(advice: FunctionalAdvice): void {
  const printout = window.open('', '_blank');
  if (!printout) return;
  const doc = printout.document;
  doc.title = i18n.t('dossier.advice.title');
  const add = (tag: string, text: string) => {
    const element = doc.createElement(tag);
    element.textContent = text;
    element.style.whiteSpace = 'pre-wrap';
    doc.body.appendChild(element);
  };
  add('h1', i18n.t('dossier.advice.title'));
  add(
    'p',
    i18n.t('dossier.advice.byline', {
      date: formatDate(advice.createdAt.slice(0, 10), i18n.language),
      name: advice.authorName,
    }),
  );
  for (const part of adviceParts(advice)) {
    add('h2', part.label);
    add('p', part.text);
  }
  printout.print();
}

/**
 * Functioneel advies: the company doctor writes it (advice.write), the dossier's readers read it;
 * the employee receives the same text (by e-mail, or printed here).
 */
export function FunctionalAdviceSection({ dossier }: { dossier: { id: string } }) {
  const employeeId = dossier.id;
  const { t } = useTranslation();
  const role = useQuery(meQueryOptions).data?.role ?? '';
  const advices = useQuery(functionalAdviceQuery(employeeId));
  const mayWrite = roleHasPermission(role, 'advice.write');

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('dossier.advice.explanation')}
      </Text>
      {mayWrite && (
        <Group justify="flex-end">
          <Button
            color="green"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              openDialog({
                title: t('dossier.advice.add'),
                content: (close) => <AdviceForm employeeId={employeeId} onDone={close} />,
              })
            }
          >
            {t('dossier.advice.add')}
          </Button>
        </Group>
      )}
      {advices.isPending ? (
        <PageLoader />
      ) : advices.isError ? (
        <Alert color="red" variant="light">
          {errorMessage(advices.error)}
        </Alert>
      ) : advices.data.advices.length === 0 ? (
        <EmptyState
          size="sm"
          description={t('dossier.advice.empty')}
          icon={<IconStethoscope aria-hidden stroke={1.5} />}
        />
      ) : (
        advices.data.advices.map((advice) => (
          <Paper key={advice.id} withBorder p="sm">
            <Group justify="space-between" align="flex-start">
              <Text size="sm" c="dimmed">
                {t('dossier.advice.byline', {
                  date: formatDate(advice.createdAt.slice(0, 10), i18n.language),
                  name: advice.authorName,
                })}
              </Text>
              <Badge
                variant="light"
                color={advice.delivery === 'email' ? 'teal' : 'orange'}
                leftSection={
                  advice.delivery === 'email' ? (
                    <IconMail size={12} aria-hidden />
                  ) : (
                    <IconPrinter size={12} aria-hidden />
                  )
                }
              >
                {advice.delivery === 'email'
                  ? t('dossier.advice.deliveredByEmail')
                  : t('dossier.advice.deliveredByPrint')}
              </Badge>
            </Group>
            {adviceParts(advice).map((part) => (
              <div key={part.label}>
                <Text fw={600} size="sm" mt="xs">
                  {part.label}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {part.text}
                </Text>
              </div>
            ))}
            {mayWrite && advice.delivery === 'print' && (
              <Button
                mt="sm"
                variant="default"
                leftSection={<IconPrinter size={16} aria-hidden />}
                onClick={() => printAdvice(advice)}
              >
                {t('dossier.advice.print')}
              </Button>
            )}
          </Paper>
        ))
      )}
    </Stack>
  );
}

function AdviceForm({ employeeId, onDone }: { employeeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const addAdvice = useAddFunctionalAdvice(employeeId);
  const confirming = useSendAfterConfirming(
    () => ({
      title: i18n.t('dossier.advice.confirmTitle'),
      message: i18n.t('dossier.advice.confirmText'),
      confirmLabel: i18n.t('dossier.advice.confirm'),
    }),
    addAdvice.mutateAsync,
  );
  const schemaForm = useSchemaForm({
    initialValues: {
      workPossible: '',
      expectedDuration: '',
      adjustments: '',
      caseId: null as string | null,
    },
    submission: (values) => submission(newFunctionalAdviceSchema, values, confirming.send),
    onSaved: () => {
      if (confirming.cancelled()) return;
      notifications.show({ color: 'teal', message: i18n.t('dossier.advice.added') });
      onDone();
    },
  });
  const { form } = schemaForm;

  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('dossier.advice.add')} onCancel={onDone}>
      {confirming.confirmation}
      <Alert color="orange" variant="light">
        {t('dossier.advice.noMedical')}
      </Alert>
      <CaseLinkSelect
        employeeId={employeeId}
        value={form.values.caseId}
        onChange={(caseId) => form.setFieldValue('caseId', caseId)}
        error={form.errors.caseId}
      />
      <Textarea
        label={t('dossier.advice.workPossible')}
        required
        autosize
        minRows={3}
        maxLength={adviceTextMaxLength}
        {...form.getInputProps('workPossible')}
      />
      <TextInput
        label={t('dossier.advice.expectedDuration')}
        required
        maxLength={adviceDurationMaxLength}
        {...form.getInputProps('expectedDuration')}
      />
      <Textarea
        label={t('dossier.advice.adjustments')}
        autosize
        minRows={2}
        maxLength={adviceTextMaxLength}
        {...form.getInputProps('adjustments')}
      />
    </FormFrame>
  );
}
