import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  type EmployerDetails,
  employerRequestSchema,
  type HrIntegrationMode,
  hrIntegrationModes,
} from '../../../contracts/organisation.js';
import {
  defaultRetentionYears,
  maxRetentionYears,
  minRetentionYears,
} from '../../../contracts/retention.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { submission } from '../../lib/schema-errors.js';
import { modeLabelKeys } from './employerLabels.js';
import { useSaveEmployerMutation } from './organisation.api.js';

/** A new employer (`employer` null) or an employer's settings. */
export function EmployerForm({
  employer,
  onClose,
}: {
  employer: EmployerDetails | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveEmployerMutation();
  const schemaForm = useSchemaForm({
    initialValues: {
      name: employer?.name ?? '',
      kvkNumber: employer?.kvkNumber ?? '',
      hrIntegrationMode: employer?.hrIntegrationMode ?? ('none' as HrIntegrationMode),
      contactName: employer?.contactName ?? '',
      contactEmail: employer?.contactEmail ?? '',
      fullTimeHoursPerWeek: (employer ? Number(employer.fullTimeHoursPerWeek) : 40) as number | '',
      absenceInsurer: employer?.absenceInsurer ?? '',
      absenceRetentionYears: (employer?.absenceRetentionYears ?? defaultRetentionYears) as
        number | '',
      caseRetentionYears: (employer?.caseRetentionYears ?? defaultRetentionYears) as number | '',
    },
    submission: (values) =>
      submission(
        employerRequestSchema,
        {
          ...values,
          fullTimeHoursPerWeek: Number(values.fullTimeHoursPerWeek),
          absenceRetentionYears: Number(values.absenceRetentionYears),
          caseRetentionYears: Number(values.caseRetentionYears),
        },
        (body) => save.mutateAsync({ id: employer?.id ?? null, values: body }),
      ),
    // An empty number field would be sent as 0: name it missing rather than too small.
    required: () => ['name', 'fullTimeHoursPerWeek', 'absenceRetentionYears', 'caseRetentionYears'],
    onSaved: () => {
      notifications.show({
        color: 'teal',
        message: employer
          ? t('organisation.employers.saved')
          : t('organisation.employers.created', { name: schemaForm.form.values.name }),
      });
      onClose();
    },
  });
  const { form } = schemaForm;

  return (
    <FormFrame schemaForm={schemaForm} onCancel={onClose}>
      <TextInput
        label={t('organisation.employers.name')}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <TextInput
        label={t('organisation.employers.kvkNumber')}
        description={t('organisation.employers.kvkHelp')}
        inputMode="numeric"
        maxLength={8}
        {...form.getInputProps('kvkNumber')}
      />
      <Select
        label={t('organisation.employers.hrIntegrationMode')}
        description={t('organisation.employers.hrIntegrationHelp')}
        data={hrIntegrationModes.map((value) => ({ value, label: t(modeLabelKeys[value]) }))}
        allowDeselect={false}
        {...form.getInputProps('hrIntegrationMode')}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('organisation.employers.contactName')}
          {...form.getInputProps('contactName')}
        />
        <TextInput
          label={t('organisation.employers.contactEmail')}
          type="email"
          {...form.getInputProps('contactEmail')}
        />
      </Group>
      <NumberInput
        label={t('organisation.employers.fullTimeHours')}
        min={1}
        max={80}
        decimalScale={2}
        decimalSeparator=","
        required
        {...form.getInputProps('fullTimeHoursPerWeek')}
      />
      <TextInput
        label={t('organisation.employers.absenceInsurer')}
        description={t('organisation.employers.absenceInsurerHelp')}
        maxLength={200}
        {...form.getInputProps('absenceInsurer')}
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t('retention.settings.absenceYears')}
          description={t('retention.settings.absenceYearsHelp')}
          min={minRetentionYears}
          max={maxRetentionYears}
          allowDecimal={false}
          required
          {...form.getInputProps('absenceRetentionYears')}
        />
        <NumberInput
          label={t('retention.settings.caseYears')}
          description={t('retention.settings.caseYearsHelp')}
          min={minRetentionYears}
          max={maxRetentionYears}
          allowDecimal={false}
          required
          {...form.getInputProps('caseRetentionYears')}
        />
      </Group>
    </FormFrame>
  );
}
