import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { GetInputPropsReturnType, UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseView,
  changePercentageRequestSchema,
  type ClassificationValue,
  classificationValues,
  correctCaseRequestSchema,
  correctPregnancyRequestSchema,
  endCaseRequestSchema,
  endPregnancyRequestSchema,
  employerClassificationValues,
  otherEndReasonValues,
  type PregnancyLeaveView,
  pregnancyOtherEndReasonValues,
  recordBirthRequestSchema,
  recoveryRequestSchema,
  reportPregnancyRequestSchema,
  reportSickRequestSchema,
} from '../../../contracts/cases.js';
import { operatorRoles } from '../../../contracts/permissions.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatCivilDate, todayInAmsterdam } from '../../lib/dates.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { meQueryOptions } from '../auth/auth.api.js';
import { classificationLabels, endReasonLabels } from './labels.js';
import { PrivacyWarning } from '../dossier/NotesSection.js';
import {
  previewPregnancy,
  previewSickReport,
  useChangePercentage,
  useCorrectCase,
  useCorrectPregnancy,
  useEndCase,
  useEndPregnancy,
  useRecordBirth,
  useRecovery,
  useReportPregnancy,
  useReportSick,
} from './cases.api.js';

const date = (value: string) => formatCivilDate(value, i18n.language);

/** The classifications the user may choose: employer roles only "vangnet", not which (§5). */
function useClassificationOptions() {
  const { t } = useTranslation();
  const role = useQuery(meQueryOptions).data?.role ?? '';
  const operator = (operatorRoles as readonly string[]).includes(role);
  const values: readonly ClassificationValue[] = operator
    ? classificationValues
    : employerClassificationValues;
  return values.map((value) => ({ value, label: t(classificationLabels[value]) }));
}

function saved(onDone: () => void) {
  return () => {
    notifications.show({ color: 'teal', message: i18n.t('cases.saved') });
    onDone();
  };
}

const noteOf = (note: string) => (note.trim() === '' ? undefined : note);
const numberOf = (value: number | '') => (value === '' ? undefined : value);

function DateField({ label, ...input }: { label: string } & GetInputPropsReturnType) {
  return <TextInput type="date" required label={label} {...input} />;
}

function NoteField(input: GetInputPropsReturnType) {
  const { t } = useTranslation();
  return (
    <>
      <PrivacyWarning />
      <Textarea label={t('cases.fields.note')} autosize minRows={2} maxLength={2000} {...input} />
    </>
  );
}

/** The values of a form that takes a percentage sick or the hours not worked. */
interface PercentageValues {
  mode: 'percentage' | 'hours';
  percentage: number | '';
  hoursNotWorked: number | '';
}

/** The percentage or the hours, whichever the user chose to enter. */
function percentageOrHoursOf(values: PercentageValues) {
  return values.mode === 'percentage'
    ? { percentage: numberOf(values.percentage) }
    : { hoursNotWorked: numberOf(values.hoursNotWorked) };
}

/** Percentage sick, or hours not worked that the server converts with the contract hours. */
function PercentageOrHours({
  employeeId,
  date: onDate,
  form,
}: {
  employeeId: string;
  date: string;
  form: UseFormReturnType<PercentageValues>;
}) {
  const { t } = useTranslation();
  const [converted, setConverted] = useState<string | null>(null);
  const [convertError, setConvertError] = useState<string | null>(null);
  const hours = form.values.hoursNotWorked;
  async function calculate() {
    if (hours === '' || onDate === '') return;
    try {
      const preview = await previewSickReport(employeeId, {
        firstSickDay: onDate,
        hoursNotWorked: hours,
      });
      setConvertError(null);
      if (preview.percentage === null || preview.contractHoursPerWeek === null) {
        setConverted(t('cases.noContractHours'));
        return;
      }
      setConverted(
        t('cases.converted', {
          percentage: preview.percentage,
          hours: preview.contractHoursPerWeek,
        }),
      );
      form.setFieldValue('percentage', preview.percentage);
    } catch (failure) {
      setConverted(null);
      setConvertError(errorMessage(failure));
    }
  }
  const hoursInput = form.getInputProps('hoursNotWorked');
  return (
    <Stack gap="xs">
      <SegmentedControl
        {...form.getInputProps('mode')}
        data={[
          { value: 'percentage', label: t('cases.entry.percentage') },
          { value: 'hours', label: t('cases.entry.hours') },
        ]}
      />
      {form.values.mode === 'percentage' ? (
        <NumberInput
          label={t('cases.fields.percentage')}
          required
          min={1}
          max={100}
          allowDecimal={false}
          suffix="%"
          {...form.getInputProps('percentage')}
        />
      ) : (
        <Group align="flex-end">
          <NumberInput
            label={t('cases.fields.hoursNotWorked')}
            required
            min={0}
            max={80}
            decimalScale={2}
            {...hoursInput}
            onChange={(value) => {
              hoursInput.onChange(value);
              setConverted(null);
            }}
            error={convertError ?? hoursInput.error}
          />
          <Button variant="light" onClick={() => void calculate()}>
            {t('cases.calculate')}
          </Button>
        </Group>
      )}
      {form.values.mode === 'hours' && converted && (
        <Text size="sm" role="status">
          {converted}
        </Text>
      )}
    </Stack>
  );
}

/** The entered percentage or hours must be there (the body leaves an empty one out). */
const requiredAmount = (values: PercentageValues) => [
  values.mode === 'percentage' ? 'percentage' : 'hoursNotWorked',
];

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
  const lastWorkingDayInput = form.getInputProps('lastWorkingDay');
  return (
    <>
      <DateField
        label={t('cases.fields.expectedDelivery')}
        {...expectedInput}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          expectedInput.onChange(event);
          // A new E proposes a new last working day: the latest allowed.
          form.setFieldValue('lastWorkingDay', '');
        }}
      />
      <Checkbox
        label={t('cases.fields.multipleBirth')}
        {...multipleInput}
        onChange={(event) => {
          multipleInput.onChange(event);
          form.setFieldValue('lastWorkingDay', '');
        }}
      />
      <TextInput
        type="date"
        required
        label={t('cases.fields.lastWorkingDay')}
        {...lastWorkingDayInput}
        value={lastWorkingDay === '' && window ? window.latest : lastWorkingDay}
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
          lastWorkingDayInput.error ??
          (preview.data && !preview.data.lastWorkingDayAllowed
            ? t('cases.pregnancy.outsideWindow')
            : undefined)
        }
      />
      <Checkbox
        label={t('cases.fields.freeDayBetween')}
        {...form.getInputProps('freeDayBetween', { type: 'checkbox' })}
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
