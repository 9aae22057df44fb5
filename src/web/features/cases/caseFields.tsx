import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { GetInputPropsReturnType, UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classificationChoicesFor } from '../../../contracts/cases.js';
import { i18n } from '../../i18n/i18n.js';
import { errorMessage } from '../../lib/api.js';
import { formatDate } from '../../lib/dates.js';
import { meQueryOptions } from '../auth/auth.api.js';
import { classificationLabels } from './labels.js';
import { PrivacyWarning } from '../dossier/NotesSection.js';
import { previewSickReport } from './cases.api.js';

export const date = (value: string) => formatDate(value, i18n.language);

/** The classifications the user may choose: employer roles only "vangnet", not which (§5). */
export function useClassificationOptions() {
  const { t } = useTranslation();
  const role = useQuery(meQueryOptions).data?.role ?? '';
  return classificationChoicesFor(role).map((value) => ({
    value,
    label: t(classificationLabels[value]),
  }));
}

export function saved(onDone: () => void) {
  return () => {
    notifications.show({ color: 'teal', message: i18n.t('cases.saved') });
    onDone();
  };
}

export const noteOf = (note: string) => (note.trim() === '' ? undefined : note);
export const numberOf = (value: number | '') => (value === '' ? undefined : value);

export function DateField({ label, ...input }: { label: string } & GetInputPropsReturnType) {
  return <TextInput type="date" required label={label} {...input} />;
}

export function NoteField(input: GetInputPropsReturnType) {
  const { t } = useTranslation();
  return (
    <>
      <PrivacyWarning />
      <Textarea label={t('cases.fields.note')} autosize minRows={2} maxLength={2000} {...input} />
    </>
  );
}

/** The values of a form that takes a percentage sick or the hours not worked. */
export interface PercentageValues {
  mode: 'percentage' | 'hours';
  percentage: number | '';
  hoursNotWorked: number | '';
}

/** The percentage or the hours, whichever the user chose to enter. */
export function percentageOrHoursOf(values: PercentageValues) {
  return values.mode === 'percentage'
    ? { percentage: numberOf(values.percentage) }
    : { hoursNotWorked: numberOf(values.hoursNotWorked) };
}

/** Percentage sick, or hours not worked that the server converts with the contract hours. */
export function PercentageOrHours({
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
export const requiredAmount = (values: PercentageValues) => [
  values.mode === 'percentage' ? 'percentage' : 'hoursNotWorked',
];
