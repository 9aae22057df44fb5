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
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseView,
  type ClassificationValue,
  classificationValues,
  employerClassificationValues,
  otherEndReasonValues,
  type PregnancyLeaveView,
  pregnancyOtherEndReasonValues,
} from '../../../contracts/cases.js';
import { operatorRoles } from '../../../contracts/permissions.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatCivilDate, todayInAmsterdam } from '../../lib/dates.js';
import { serverFieldErrors, useFormMessages } from '../../lib/forms.js';
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

/** Buttons, the general error and the submit of every case form. */
function FormFrame({
  onSubmit,
  onCancel,
  pending,
  error,
  fieldErrorShown,
  children,
}: {
  onSubmit: () => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  fieldErrorShown: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {children}
        {error != null && !fieldErrorShown && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('cases.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('cases.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function saved(onDone: () => void) {
  return () => {
    notifications.show({ color: 'teal', message: i18n.t('cases.saved') });
    onDone();
  };
}

function DateField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <TextInput
      type="date"
      required
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={props.error}
    />
  );
}

function NoteField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PrivacyWarning />
      <Textarea
        label={t('cases.fields.note')}
        autosize
        minRows={2}
        maxLength={2000}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
      />
    </>
  );
}

/** Percentage sick, or hours not worked that the server converts with the contract hours. */
function PercentageOrHours({
  employeeId,
  date: onDate,
  percentage,
  setPercentage,
  hours,
  setHours,
  mode,
  setMode,
  error,
}: {
  employeeId: string;
  date: string;
  percentage: number | '';
  setPercentage: (value: number | '') => void;
  hours: number | '';
  setHours: (value: number | '') => void;
  mode: 'percentage' | 'hours';
  setMode: (mode: 'percentage' | 'hours') => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [converted, setConverted] = useState<string | null>(null);
  const [convertError, setConvertError] = useState<string | null>(null);
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
      setPercentage(preview.percentage);
    } catch (failure) {
      setConverted(null);
      setConvertError(errorMessage(failure));
    }
  }
  return (
    <Stack gap="xs">
      <SegmentedControl
        value={mode}
        onChange={(value) => setMode(value as 'percentage' | 'hours')}
        data={[
          { value: 'percentage', label: t('cases.entry.percentage') },
          { value: 'hours', label: t('cases.entry.hours') },
        ]}
      />
      {mode === 'percentage' ? (
        <NumberInput
          label={t('cases.fields.percentage')}
          required
          min={1}
          max={100}
          allowDecimal={false}
          suffix="%"
          value={percentage}
          onChange={(value) => setPercentage(typeof value === 'number' ? value : '')}
          error={error}
        />
      ) : (
        <Group align="flex-end">
          <NumberInput
            label={t('cases.fields.hoursNotWorked')}
            required
            min={0}
            max={80}
            decimalScale={2}
            value={hours}
            onChange={(value) => {
              setHours(typeof value === 'number' ? value : '');
              setConverted(null);
            }}
            error={convertError ?? error}
          />
          <Button variant="light" onClick={() => void calculate()}>
            {t('cases.calculate')}
          </Button>
        </Group>
      )}
      {mode === 'hours' && converted && (
        <Text size="sm" role="status">
          {converted}
        </Text>
      )}
    </Stack>
  );
}

const sickFields = [
  'classification',
  'firstSickDay',
  'percentage',
  'hoursNotWorked',
  'from',
] as const;

/** Verzuim melden: classification, first sick day, percentage or hours, note. */
export function ReportSickForm({ employeeId, onDone }: { employeeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const messageOf = useFormMessages();
  const options = useClassificationOptions();
  const report = useReportSick(employeeId);
  const [classification, setClassification] = useState<ClassificationValue>('illness');
  const [firstSickDay, setFirstSickDay] = useState(todayInAmsterdam);
  const [mode, setMode] = useState<'percentage' | 'hours'>('percentage');
  const [percentage, setPercentage] = useState<number | ''>(100);
  const [hours, setHours] = useState<number | ''>('');
  const [note, setNote] = useState('');
  const preview = useQuery({
    queryKey: ['cases', 'sick-preview', employeeId, firstSickDay],
    queryFn: () => previewSickReport(employeeId, { firstSickDay }),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(firstSickDay),
    retry: false,
  });
  const fieldErrors = serverFieldErrors(report.error, sickFields);
  return (
    <FormFrame
      onSubmit={() =>
        report.mutate(
          {
            classification,
            firstSickDay,
            ...(mode === 'percentage'
              ? { percentage: percentage === '' ? 0 : percentage }
              : { hoursNotWorked: hours === '' ? 0 : hours }),
            ...(note.trim() === '' ? {} : { note }),
          },
          { onSuccess: saved(onDone) },
        )
      }
      onCancel={onDone}
      pending={report.isPending}
      error={report.error}
      fieldErrorShown={Object.keys(fieldErrors).length > 0}
    >
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
        value={classification}
        onChange={(value) => value && setClassification(value as ClassificationValue)}
        error={messageOf(fieldErrors.classification)}
      />
      <DateField
        label={t('cases.fields.firstSickDay')}
        value={firstSickDay}
        onChange={setFirstSickDay}
        error={messageOf(fieldErrors.firstSickDay ?? fieldErrors.from)}
      />
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
        percentage={percentage}
        setPercentage={setPercentage}
        hours={hours}
        setHours={setHours}
        mode={mode}
        setMode={setMode}
        error={messageOf(fieldErrors.percentage ?? fieldErrors.hoursNotWorked)}
      />
      <NoteField value={note} onChange={setNote} />
    </FormFrame>
  );
}

const recoveryFields = ['lastSickDay', 'from', 'percentage', 'hoursNotWorked', 'reason'] as const;

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
  const messageOf = useFormMessages();
  const [choice, setChoice] = useState<'full' | 'partial' | 'other'>('full');
  const [day, setDay] = useState(todayInAmsterdam);
  const [mode, setMode] = useState<'percentage' | 'hours'>('percentage');
  const [percentage, setPercentage] = useState<number | ''>(50);
  const [hours, setHours] = useState<number | ''>('');
  const [reason, setReason] =
    useState<(typeof otherEndReasonValues)[number]>('sick_out_of_service');
  const [note, setNote] = useState('');
  const recovery = useRecovery(sickCase.id);
  const change = useChangePercentage(sickCase.id);
  const end = useEndCase(sickCase.id);
  const active = choice === 'full' ? recovery : choice === 'partial' ? change : end;
  const fieldErrors = serverFieldErrors(active.error, recoveryFields);
  const noteBody = note.trim() === '' ? {} : { note };
  function submit() {
    const options = { onSuccess: saved(onDone) };
    if (choice === 'full') recovery.mutate({ lastSickDay: day, ...noteBody }, options);
    else if (choice === 'partial')
      change.mutate(
        {
          from: day,
          ...(mode === 'percentage'
            ? { percentage: percentage === '' ? 0 : percentage }
            : { hoursNotWorked: hours === '' ? 0 : hours }),
          ...noteBody,
        },
        options,
      );
    else end.mutate({ lastSickDay: day, reason, ...noteBody }, options);
  }
  return (
    <FormFrame
      onSubmit={submit}
      onCancel={onDone}
      pending={active.isPending}
      error={active.error}
      fieldErrorShown={Object.keys(fieldErrors).length > 0}
    >
      <Radio.Group
        value={choice}
        onChange={(value) => setChoice(value as typeof choice)}
        label={t('cases.actions.reportRecovery')}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="full" label={t('cases.recovery.full')} />
          <Radio value="partial" label={t('cases.recovery.partial')} />
          <Radio value="other" label={t('cases.recovery.other')} />
        </Stack>
      </Radio.Group>
      <DateField
        label={t(choice === 'partial' ? 'cases.fields.from' : 'cases.fields.lastSickDay')}
        value={day}
        onChange={setDay}
        error={messageOf(fieldErrors.lastSickDay ?? fieldErrors.from)}
      />
      {choice === 'partial' && (
        <PercentageOrHours
          employeeId={employeeId}
          date={day}
          percentage={percentage}
          setPercentage={setPercentage}
          hours={hours}
          setHours={setHours}
          mode={mode}
          setMode={setMode}
          error={messageOf(fieldErrors.percentage ?? fieldErrors.hoursNotWorked)}
        />
      )}
      {choice === 'other' && (
        <Select
          label={t('cases.fields.reason')}
          required
          allowDeselect={false}
          value={reason}
          data={otherEndReasonValues.map((value) => ({
            value,
            label: t(endReasonLabels[value] ?? 'cases.endReasons.other'),
          }))}
          onChange={(value) => value && setReason(value as typeof reason)}
          error={messageOf(fieldErrors.reason)}
        />
      )}
      <NoteField value={note} onChange={setNote} />
    </FormFrame>
  );
}

const correctionFields = ['classification', 'firstSickDay', 'percentage'] as const;

/** Trajectmutaties: classification, first sick day, full/partial. */
export function CorrectionForm({ sickCase, onDone }: { sickCase: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const messageOf = useFormMessages();
  const options = useClassificationOptions();
  const correct = useCorrectCase(sickCase.id);
  const [classification, setClassification] = useState<ClassificationValue>(
    sickCase.classification ?? 'safety_net_unknown',
  );
  const [firstSickDay, setFirstSickDay] = useState(sickCase.firstDay);
  const [percentage, setPercentage] = useState<number | ''>(
    sickCase.segments[0]?.percentage ?? 100,
  );
  const fieldErrors = serverFieldErrors(correct.error, correctionFields);
  return (
    <FormFrame
      onSubmit={() =>
        correct.mutate(
          {
            classification,
            firstSickDay,
            percentage: percentage === '' ? 0 : percentage,
          },
          { onSuccess: saved(onDone) },
        )
      }
      onCancel={onDone}
      pending={correct.isPending}
      error={correct.error}
      fieldErrorShown={Object.keys(fieldErrors).length > 0}
    >
      <Text size="sm">{t('cases.correctHint')}</Text>
      <Select
        label={t('cases.fields.classification')}
        required
        allowDeselect={false}
        data={options}
        value={classification}
        onChange={(value) => value && setClassification(value as ClassificationValue)}
        error={messageOf(fieldErrors.classification)}
      />
      <DateField
        label={t('cases.fields.firstSickDay')}
        value={firstSickDay}
        onChange={setFirstSickDay}
        error={messageOf(fieldErrors.firstSickDay)}
      />
      <NumberInput
        label={t('cases.fields.percentage')}
        required
        min={1}
        max={100}
        allowDecimal={false}
        suffix="%"
        value={percentage}
        onChange={(value) => setPercentage(typeof value === 'number' ? value : '')}
        error={messageOf(fieldErrors.percentage)}
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

const pregnancyFields = [
  'expectedDelivery',
  'lastWorkingDay',
  'actualDelivery',
  'lastDay',
  'reason',
] as const;

/** The pregnancy dates with the proposed window and the computed leave, shared by report and correction. */
function PregnancyDates({
  expectedDelivery,
  setExpectedDelivery,
  multipleBirth,
  setMultipleBirth,
  lastWorkingDay,
  setLastWorkingDay,
  freeDayBetween,
  setFreeDayBetween,
  errors,
}: {
  expectedDelivery: string;
  setExpectedDelivery: (value: string) => void;
  multipleBirth: boolean;
  setMultipleBirth: (value: boolean) => void;
  lastWorkingDay: string;
  setLastWorkingDay: (value: string) => void;
  freeDayBetween: boolean;
  setFreeDayBetween: (value: boolean) => void;
  errors: { expectedDelivery?: string | undefined; lastWorkingDay?: string | undefined };
}) {
  const { t } = useTranslation();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(expectedDelivery);
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
        ...(/^\d{4}-\d{2}-\d{2}$/.test(lastWorkingDay) ? { lastWorkingDay } : {}),
      }),
    enabled: valid,
    retry: false,
  });
  const window = preview.data?.leave.lastWorkingDayWindow;
  return (
    <>
      <DateField
        label={t('cases.fields.expectedDelivery')}
        value={expectedDelivery}
        onChange={(value) => {
          setExpectedDelivery(value);
          // A new E proposes a new last working day: the latest allowed.
          setLastWorkingDay('');
        }}
        error={errors.expectedDelivery}
      />
      <Checkbox
        label={t('cases.fields.multipleBirth')}
        checked={multipleBirth}
        onChange={(event) => {
          setMultipleBirth(event.currentTarget.checked);
          setLastWorkingDay('');
        }}
      />
      <TextInput
        type="date"
        required
        label={t('cases.fields.lastWorkingDay')}
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
        onChange={(event) => setLastWorkingDay(event.currentTarget.value)}
        error={
          errors.lastWorkingDay ??
          (preview.data && !preview.data.lastWorkingDayAllowed
            ? t('cases.pregnancy.outsideWindow')
            : undefined)
        }
      />
      <Checkbox
        label={t('cases.fields.freeDayBetween')}
        checked={freeDayBetween}
        onChange={(event) => setFreeDayBetween(event.currentTarget.checked)}
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
  const messageOf = useFormMessages();
  const report = useReportPregnancy(employeeId);
  const [expectedDelivery, setExpectedDelivery] = useState('');
  const [multipleBirth, setMultipleBirth] = useState(false);
  const [lastWorkingDay, setLastWorkingDay] = useState('');
  const [freeDayBetween, setFreeDayBetween] = useState(false);
  const [note, setNote] = useState('');
  const fieldErrors = serverFieldErrors(report.error, pregnancyFields);
  return (
    <FormFrame
      onSubmit={() =>
        report.mutate(
          {
            expectedDelivery,
            multipleBirth,
            freeDayBetween,
            ...(lastWorkingDay === '' ? {} : { lastWorkingDay }),
            ...(note.trim() === '' ? {} : { note }),
          },
          { onSuccess: saved(onDone) },
        )
      }
      onCancel={onDone}
      pending={report.isPending}
      error={report.error}
      fieldErrorShown={Object.keys(fieldErrors).length > 0}
    >
      <PregnancyDates
        expectedDelivery={expectedDelivery}
        setExpectedDelivery={setExpectedDelivery}
        multipleBirth={multipleBirth}
        setMultipleBirth={setMultipleBirth}
        lastWorkingDay={lastWorkingDay}
        setLastWorkingDay={setLastWorkingDay}
        freeDayBetween={freeDayBetween}
        setFreeDayBetween={setFreeDayBetween}
        errors={{
          expectedDelivery: messageOf(fieldErrors.expectedDelivery),
          lastWorkingDay: messageOf(fieldErrors.lastWorkingDay),
        }}
      />
      <NoteField value={note} onChange={setNote} />
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
  const messageOf = useFormMessages();
  const details = pregnancyCase.pregnancy;
  const [choice, setChoice] = useState<'birth' | 'correct' | 'end'>('birth');
  const [day, setDay] = useState(todayInAmsterdam);
  const [expectedDelivery, setExpectedDelivery] = useState(details?.expectedDelivery ?? '');
  const [multipleBirth, setMultipleBirth] = useState(details?.multipleBirth ?? false);
  const [lastWorkingDay, setLastWorkingDay] = useState(details?.lastWorkingDay ?? '');
  const [freeDayBetween, setFreeDayBetween] = useState(details?.freeDayBetween ?? false);
  const [reason, setReason] =
    useState<(typeof pregnancyOtherEndReasonValues)[number]>('miscarriage');
  const [note, setNote] = useState('');
  const birth = useRecordBirth(pregnancyCase.id);
  const correct = useCorrectPregnancy(pregnancyCase.id);
  const end = useEndPregnancy(pregnancyCase.id);
  const active = choice === 'birth' ? birth : choice === 'correct' ? correct : end;
  const fieldErrors = serverFieldErrors(active.error, pregnancyFields);
  function submit() {
    const options = { onSuccess: saved(onDone) };
    if (choice === 'birth') birth.mutate({ actualDelivery: day }, options);
    else if (choice === 'correct')
      correct.mutate(
        {
          expectedDelivery,
          multipleBirth,
          freeDayBetween,
          ...(lastWorkingDay === '' ? {} : { lastWorkingDay }),
        },
        options,
      );
    else end.mutate({ lastDay: day, reason, ...(note.trim() === '' ? {} : { note }) }, options);
  }
  return (
    <FormFrame
      onSubmit={submit}
      onCancel={onDone}
      pending={active.isPending}
      error={active.error}
      fieldErrorShown={Object.keys(fieldErrors).length > 0}
    >
      <Radio.Group
        value={choice}
        onChange={(value) => setChoice(value as typeof choice)}
        label={t('cases.actions.changePregnancy')}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="birth" label={t('cases.pregnancyChange.birth')} />
          <Radio value="correct" label={t('cases.pregnancyChange.correct')} />
          <Radio value="end" label={t('cases.pregnancyChange.end')} />
        </Stack>
      </Radio.Group>
      {choice === 'birth' && (
        <DateField
          label={t('cases.fields.actualDelivery')}
          value={day}
          onChange={setDay}
          error={messageOf(fieldErrors.actualDelivery)}
        />
      )}
      {choice === 'correct' && (
        <PregnancyDates
          expectedDelivery={expectedDelivery}
          setExpectedDelivery={setExpectedDelivery}
          multipleBirth={multipleBirth}
          setMultipleBirth={setMultipleBirth}
          lastWorkingDay={lastWorkingDay}
          setLastWorkingDay={setLastWorkingDay}
          freeDayBetween={freeDayBetween}
          setFreeDayBetween={setFreeDayBetween}
          errors={{
            expectedDelivery: messageOf(fieldErrors.expectedDelivery),
            lastWorkingDay: messageOf(fieldErrors.lastWorkingDay),
          }}
        />
      )}
      {choice === 'end' && (
        <>
          <DateField
            label={t('cases.fields.lastDay')}
            value={day}
            onChange={setDay}
            error={messageOf(fieldErrors.lastDay)}
          />
          <Select
            label={t('cases.fields.reason')}
            required
            allowDeselect={false}
            value={reason}
            data={pregnancyOtherEndReasonValues.map((value) => ({
              value,
              label: t(endReasonLabels[value] ?? 'cases.endReasons.other'),
            }))}
            onChange={(value) => value && setReason(value as typeof reason)}
          />
          <NoteField value={note} onChange={setNote} />
        </>
      )}
    </FormFrame>
  );
}
