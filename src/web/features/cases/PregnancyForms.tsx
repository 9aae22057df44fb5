import { Checkbox, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseView,
  correctPregnancyRequestSchema,
  endPregnancyRequestSchema,
  type PregnancyLeaveView,
  pregnancyOtherEndReasonValues,
  recordBirthRequestSchema,
  reportPregnancyRequestSchema,
} from '../../../contracts/cases.js';
import { defaultLastWorkingDay } from '../../../contracts/pregnancy-leave.js';
import { todayInAmsterdam } from '../../lib/dates.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { endReasonLabels } from './labels.js';
import {
  previewPregnancy,
  useCorrectPregnancy,
  useEndPregnancy,
  useRecordBirth,
  useReportPregnancy,
} from './cases.api.js';
import { date, saved, noteOf, DateField, NoteField } from './caseFields.js';
/** The computed leave dates of a pregnancy (DOMAIN.md §3). */
export function LeaveDates({ leave }: { leave: PregnancyLeaveView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="leave-dates">
      <Text size="sm">
        {t('cases.pregnancy.leaveStart')}: {date(leave.leaveStart)}
      </Text>
      {leave.pregnancyLeave && (
        <Text size="sm">
          {t('cases.pregnancy.pregnancyLeave')}:{' '}
          {t('cases.details.range', {
            from: date(leave.pregnancyLeave.first),
            to: date(leave.pregnancyLeave.last),
          })}
        </Text>
      )}
      <Text size="sm">
        {t('cases.pregnancy.maternityLeave')}:{' '}
        {t('cases.details.range', {
          from: date(leave.maternityLeave.first),
          to: date(leave.maternityLeave.last),
        })}
      </Text>
      <Text size="sm">
        {t('cases.pregnancy.total', {
          weeks: Math.floor(leave.totalDays / 7),
          days: leave.totalDays % 7,
        })}
      </Text>
      {leave.provisional && (
        <Text size="xs" c="dimmed">
          {t('cases.pregnancy.provisional')}
        </Text>
      )}
    </Stack>
  );
}

/** The values of a form with the pregnancy dates. */
interface PregnancyValues {
  expectedDelivery: string;
  multipleBirth: boolean;
  lastWorkingDay: string;
  freeDayBetween: boolean;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The pregnancy dates as a body; an empty last working day means the latest allowed. */
const pregnancyDatesOf = (values: PregnancyValues) => ({
  expectedDelivery: values.expectedDelivery,
  multipleBirth: values.multipleBirth,
  freeDayBetween: values.freeDayBetween,
  lastWorkingDay: values.lastWorkingDay === '' ? undefined : values.lastWorkingDay,
});

/** The pregnancy dates with the proposed window and the computed leave, shared by report and correction. */
function PregnancyDates({ form }: { form: UseFormReturnType<PregnancyValues> }) {
  const { t } = useTranslation();
  const { expectedDelivery, multipleBirth, lastWorkingDay, freeDayBetween } = form.values;
  const preview = useQuery({
    queryKey: [
      'cases',
      'pregnancy-preview',
      expectedDelivery,
      multipleBirth,
      lastWorkingDay,
      freeDayBetween,
    ],
    queryFn: () =>
      previewPregnancy({
        expectedDelivery,
        multipleBirth,
        freeDayBetween,
        ...(isDate(lastWorkingDay) ? { lastWorkingDay } : {}),
      }),
    enabled: isDate(expectedDelivery),
    retry: false,
  });
  const window = preview.data?.leave.lastWorkingDayWindow;
  const expectedInput = form.getInputProps('expectedDelivery');
  const multipleInput = form.getInputProps('multipleBirth', { type: 'checkbox' });
  const freeDayInput = form.getInputProps('freeDayBetween', { type: 'checkbox' });
  /**
   * A new window proposes its default last working day, the one the server would take, and the
   * form sends it: what the preview shows is what is stored.
   */
  const propose = (next: Omit<PregnancyValues, 'lastWorkingDay'>) =>
    form.setFieldValue(
      'lastWorkingDay',
      isDate(next.expectedDelivery)
        ? defaultLastWorkingDay(next.expectedDelivery, next.multipleBirth, next.freeDayBetween)
        : '',
    );
  const wasDefault =
    isDate(expectedDelivery) &&
    lastWorkingDay === defaultLastWorkingDay(expectedDelivery, multipleBirth, freeDayBetween);
  return (
    <>
      <DateField
        label={t('cases.fields.expectedDelivery')}
        {...expectedInput}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          expectedInput.onChange(event);
          propose({ ...form.values, expectedDelivery: event.currentTarget.value });
        }}
      />
      <Checkbox
        label={t('cases.fields.multipleBirth')}
        {...multipleInput}
        onChange={(event) => {
          multipleInput.onChange(event);
          propose({ ...form.values, multipleBirth: event.currentTarget.checked });
        }}
      />
      <TextInput
        type="date"
        required
        label={t('cases.fields.lastWorkingDay')}
        {...form.getInputProps('lastWorkingDay')}
        min={window?.earliest}
        max={window?.latest}
        description={
          window
            ? t('cases.pregnancy.window', {
                earliest: date(window.earliest),
                latest: date(window.latest),
              })
            : undefined
        }
        error={
          form.errors.lastWorkingDay ??
          (preview.data && !preview.data.lastWorkingDayAllowed
            ? t('cases.pregnancy.outsideWindow')
            : undefined)
        }
      />
      <Checkbox
        label={t('cases.fields.freeDayBetween')}
        {...freeDayInput}
        onChange={(event) => {
          freeDayInput.onChange(event);
          // A chosen day stays; the default moves with the free day.
          if (wasDefault) propose({ ...form.values, freeDayBetween: event.currentTarget.checked });
        }}
      />
      {preview.data && <LeaveDates leave={preview.data.leave} />}
    </>
  );
}

/** Zwangerschap melden. */
export function ReportPregnancyForm({
  employeeId,
  onDone,
}: {
  employeeId: string;
  onDone: () => void;
}) {
  const report = useReportPregnancy(employeeId);
  const schemaForm = useSchemaForm({
    initialValues: {
      expectedDelivery: '',
      multipleBirth: false,
      lastWorkingDay: '',
      freeDayBetween: false,
      note: '',
    },
    submission: (values) =>
      submission(
        reportPregnancyRequestSchema,
        { ...pregnancyDatesOf(values), note: noteOf(values.note) },
        report.mutateAsync,
      ),
    onSaved: saved(onDone),
  });
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onDone}>
      <PregnancyDates form={schemaForm.form as unknown as UseFormReturnType<PregnancyValues>} />
      <NoteField {...schemaForm.form.getInputProps('note')} />
    </FormFrame>
  );
}

/** Zwangerschap wijzigen of sluiten: the birth, a correction, or another end. */
export function PregnancyChangeForm({
  pregnancyCase,
  onDone,
}: {
  pregnancyCase: CaseView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const details = pregnancyCase.pregnancy;
  const birth = useRecordBirth(pregnancyCase.id);
  const correct = useCorrectPregnancy(pregnancyCase.id);
  const end = useEndPregnancy(pregnancyCase.id);
  const schemaForm = useSchemaForm({
    initialValues: {
      choice: 'birth' as 'birth' | 'correct' | 'end',
      day: todayInAmsterdam(),
      expectedDelivery: details?.expectedDelivery ?? '',
      multipleBirth: details?.multipleBirth ?? false,
      lastWorkingDay: details?.lastWorkingDay ?? '',
      freeDayBetween: details?.freeDayBetween ?? false,
      reason: 'miscarriage' as (typeof pregnancyOtherEndReasonValues)[number],
      note: '',
    },
    submission: (values) => {
      if (values.choice === 'birth')
        return submission(
          recordBirthRequestSchema,
          { actualDelivery: values.day },
          birth.mutateAsync,
        );
      if (values.choice === 'correct')
        return submission(
          correctPregnancyRequestSchema,
          pregnancyDatesOf(values),
          correct.mutateAsync,
        );
      return submission(
        endPregnancyRequestSchema,
        { lastDay: values.day, reason: values.reason, note: noteOf(values.note) },
        end.mutateAsync,
      );
    },
    fieldOf: { actualDelivery: 'day', lastDay: 'day' },
    onSaved: saved(onDone),
  });
  const { form } = schemaForm;
  const choice = form.values.choice;
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onDone}>
      <Radio.Group {...form.getInputProps('choice')} label={t('cases.actions.changePregnancy')}>
        <Stack gap="xs" mt="xs">
          <Radio value="birth" label={t('cases.pregnancyChange.birth')} />
          <Radio value="correct" label={t('cases.pregnancyChange.correct')} />
          <Radio value="end" label={t('cases.pregnancyChange.end')} />
        </Stack>
      </Radio.Group>
      {choice === 'birth' && (
        <DateField label={t('cases.fields.actualDelivery')} {...form.getInputProps('day')} />
      )}
      {choice === 'correct' && (
        <PregnancyDates form={form as unknown as UseFormReturnType<PregnancyValues>} />
      )}
      {choice === 'end' && (
        <>
          <DateField label={t('cases.fields.lastDay')} {...form.getInputProps('day')} />
          <Select
            label={t('cases.fields.reason')}
            required
            allowDeselect={false}
            data={pregnancyOtherEndReasonValues.map((value) => ({
              value,
              label: t(endReasonLabels[value] ?? 'cases.endReasons.other'),
            }))}
            {...form.getInputProps('reason')}
          />
          <NoteField {...form.getInputProps('note')} />
        </>
      )}
    </FormFrame>
  );
}
