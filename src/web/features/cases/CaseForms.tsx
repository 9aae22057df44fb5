import { Alert, NumberInput, Radio, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type CaseView,
  changePercentageRequestSchema,
  type ClassificationValue,
  correctCaseRequestSchema,
  endCaseRequestSchema,
  otherEndReasonValues,
  recoveryRequestSchema,
  reportSickRequestSchema,
} from '../../../contracts/cases.js';
import { todayInAmsterdam } from '../../lib/dates.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { endReasonLabels } from './labels.js';
import {
  previewSickReport,
  useChangePercentage,
  useCorrectCase,
  useEndCase,
  useRecovery,
  useReportSick,
} from './cases.api.js';
import {
  date,
  useClassificationOptions,
  saved,
  noteOf,
  numberOf,
  DateField,
  NoteField,
  type PercentageValues,
  percentageOrHoursOf,
  PercentageOrHours,
  requiredAmount,
} from './caseFields.js';

/** Verzuim melden: classification, first sick day, percentage or hours, note. */
export function ReportSickForm({ employeeId, onDone }: { employeeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const options = useClassificationOptions();
  const report = useReportSick(employeeId);
  const schemaForm = useSchemaForm({
    initialValues: {
      classification: 'illness' as ClassificationValue,
      firstSickDay: todayInAmsterdam(),
      mode: 'percentage' as 'percentage' | 'hours',
      percentage: 100 as number | '',
      hoursNotWorked: '' as number | '',
      note: '',
    },
    submission: (values) =>
      submission(
        reportSickRequestSchema,
        {
          classification: values.classification,
          firstSickDay: values.firstSickDay,
          ...percentageOrHoursOf(values),
          note: noteOf(values.note),
        },
        report.mutateAsync,
      ),
    required: requiredAmount,
    fieldOf: { from: 'firstSickDay' },
    onSaved: saved(onDone),
  });
  const { form } = schemaForm;
  const firstSickDay = form.values.firstSickDay;
  const preview = useQuery({
    queryKey: ['cases', 'sick-preview', employeeId, firstSickDay],
    queryFn: () => previewSickReport(employeeId, { firstSickDay }),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(firstSickDay),
    retry: false,
  });
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onDone}>
      {preview.data?.openCaseId && (
        <Alert color="blue" variant="light">
          {t('cases.alreadySick')}
        </Alert>
      )}
      <Select
        label={t('cases.fields.classification')}
        required
        allowDeselect={false}
        data={options}
        {...form.getInputProps('classification')}
      />
      <DateField label={t('cases.fields.firstSickDay')} {...form.getInputProps('firstSickDay')} />
      {preview.data?.continuesLegalCaseFrom && (
        <Alert color="yellow" variant="light" role="status">
          {t('cases.recurrence', {
            date: date(preview.data.continuesLegalCaseFrom),
            days: preview.data.waitingDaysBefore,
          })}
        </Alert>
      )}
      <PercentageOrHours
        employeeId={employeeId}
        date={firstSickDay}
        form={form as unknown as UseFormReturnType<PercentageValues>}
      />
      <NoteField {...form.getInputProps('note')} />
    </FormFrame>
  );
}

/** (Deel)hersteld melden: full recovery, a higher/lower percentage, or another end. */
export function RecoveryForm({
  employeeId,
  sickCase,
  onDone,
}: {
  employeeId: string;
  sickCase: CaseView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const recovery = useRecovery(sickCase.id);
  const change = useChangePercentage(sickCase.id);
  const end = useEndCase(sickCase.id);
  const schemaForm = useSchemaForm({
    initialValues: {
      choice: 'full' as 'full' | 'partial' | 'other',
      day: todayInAmsterdam(),
      mode: 'percentage' as 'percentage' | 'hours',
      percentage: 50 as number | '',
      hoursNotWorked: '' as number | '',
      reason: 'sick_out_of_service' as (typeof otherEndReasonValues)[number],
      note: '',
    },
    submission: (values) => {
      const note = noteOf(values.note);
      if (values.choice === 'full')
        return submission(
          recoveryRequestSchema,
          { lastSickDay: values.day, note },
          recovery.mutateAsync,
        );
      if (values.choice === 'partial')
        return submission(
          changePercentageRequestSchema,
          { from: values.day, ...percentageOrHoursOf(values), note },
          change.mutateAsync,
        );
      return submission(
        endCaseRequestSchema,
        { lastSickDay: values.day, reason: values.reason, note },
        end.mutateAsync,
      );
    },
    required: (values) => (values.choice === 'partial' ? requiredAmount(values) : []),
    fieldOf: { lastSickDay: 'day', from: 'day' },
    onSaved: saved(onDone),
  });
  const { form } = schemaForm;
  const choice = form.values.choice;
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onDone}>
      <Radio.Group {...form.getInputProps('choice')} label={t('cases.actions.reportRecovery')}>
        <Stack gap="xs" mt="xs">
          <Radio value="full" label={t('cases.recovery.full')} />
          <Radio value="partial" label={t('cases.recovery.partial')} />
          <Radio value="other" label={t('cases.recovery.other')} />
        </Stack>
      </Radio.Group>
      <DateField
        label={t(choice === 'partial' ? 'cases.fields.from' : 'cases.fields.lastSickDay')}
        {...form.getInputProps('day')}
      />
      {choice === 'partial' && (
        <PercentageOrHours
          employeeId={employeeId}
          date={form.values.day}
          form={form as unknown as UseFormReturnType<PercentageValues>}
        />
      )}
      {choice === 'other' && (
        <Select
          label={t('cases.fields.reason')}
          required
          allowDeselect={false}
          data={otherEndReasonValues.map((value) => ({
            value,
            label: t(endReasonLabels[value] ?? 'cases.endReasons.other'),
          }))}
          {...form.getInputProps('reason')}
        />
      )}
      <NoteField {...form.getInputProps('note')} />
    </FormFrame>
  );
}

/** Trajectmutaties: classification, first sick day, full/partial. */
export function CorrectionForm({ sickCase, onDone }: { sickCase: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const options = useClassificationOptions();
  const correct = useCorrectCase(sickCase.id);
  const schemaForm = useSchemaForm({
    initialValues: {
      classification: sickCase.classification ?? ('safety_net_unknown' as ClassificationValue),
      firstSickDay: sickCase.firstDay,
      percentage: (sickCase.segments[0]?.percentage ?? 100) as number | '',
    },
    submission: (values) =>
      submission(
        correctCaseRequestSchema,
        {
          classification: values.classification,
          firstSickDay: values.firstSickDay,
          percentage: numberOf(values.percentage),
        },
        correct.mutateAsync,
      ),
    required: () => ['percentage'],
    onSaved: saved(onDone),
  });
  const { form } = schemaForm;
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onDone}>
      <Text size="sm">{t('cases.correctHint')}</Text>
      <Select
        label={t('cases.fields.classification')}
        required
        allowDeselect={false}
        data={options}
        {...form.getInputProps('classification')}
      />
      <DateField label={t('cases.fields.firstSickDay')} {...form.getInputProps('firstSickDay')} />
      <NumberInput
        label={t('cases.fields.percentage')}
        required
        min={1}
        max={100}
        allowDecimal={false}
        suffix="%"
        {...form.getInputProps('percentage')}
      />
    </FormFrame>
  );
}
