import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';
import { ApiError, errorMessage } from '../../lib/api.js';
import { useAddEmployee } from './employees.api.js';
import {
  EmploymentFields,
  type EmploymentDraft,
  emptyEmploymentDraft,
  fieldErrorsUnder,
  missingEmploymentFields,
  toNewEmployment,
} from './EmploymentFields.js';
import {
  emptyPersonalDetails,
  PersonalDetailsFields,
  type PersonalDetailsDraft,
  requiredPersonalFields,
  toPersonalDetails,
} from './PersonalDetailsFields.js';

type VaultDraft = {
  bsn: string;
  street: string;
  houseNumber: number | string;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  phone: string;
  privateEmail: string;
  lettersByEmail: boolean;
};

const emptyVault: VaultDraft = {
  bsn: '',
  street: '',
  houseNumber: '',
  houseNumberAddition: '',
  postcode: '',
  city: '',
  phone: '',
  privateEmail: '',
  lettersByEmail: false,
};

const requiredEmploymentFields = [
  'departmentId',
  'startDate',
  'contractStartDate',
  'employmentType',
  'contractHoursPerWeek',
] as const;

/** Werknemer toevoegen: personal data, contact data (vault), one or two employments. */
export function AddEmployeePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const add = useAddEmployee();
  const [details, setDetails] = useState<PersonalDetailsDraft>(emptyPersonalDetails);
  const [vault, setVault] = useState<VaultDraft>(emptyVault);
  const [employments, setEmployments] = useState<EmploymentDraft[]>([emptyEmploymentDraft]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const required = t('errors.field.required');
  const vaultText = (key: Exclude<keyof VaultDraft, 'lettersByEmail' | 'houseNumber'>) => ({
    value: vault[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      setVault({ ...vault, [key]: event.currentTarget.value }),
    error: errors[`vault.${key}`],
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const missing: Record<string, string> = {};
    for (const field of requiredPersonalFields) {
      if (details[field] === '' || details[field] === null) missing[field] = required;
    }
    employments.forEach((employment, index) => {
      for (const field of missingEmploymentFields(employment, requiredEmploymentFields)) {
        missing[`employments.${index}.${field}`] = required;
      }
    });
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    add.mutate(
      {
        ...toPersonalDetails(details),
        employments: employments.map(toNewEmployment),
        vault: {
          bsn: vault.bsn || null,
          street: vault.street || null,
          houseNumber: vault.houseNumber === '' ? null : Number(vault.houseNumber),
          houseNumberAddition: vault.houseNumberAddition || null,
          postcode: vault.postcode || null,
          city: vault.city || null,
          phone: vault.phone || null,
          privateEmail: vault.privateEmail || null,
          lettersByEmail: vault.lettersByEmail,
        },
      },
      {
        onSuccess: ({ id }) => {
          notifications.show({ color: 'green', message: t('employees.form.added') });
          void navigate({ to: `/werknemers/${id}` });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) setErrors(error.fieldErrors());
          setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <Page title={t('employees.form.addTitle')} description={t('employees.form.requiredHint')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          {formError && (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          )}
          <Fieldset legend={t('employees.form.personal')}>
            <PersonalDetailsFields value={details} onChange={setDetails} errors={errors} />
          </Fieldset>
          <Fieldset legend={t('employees.form.contact')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('employees.fields.bsn')}
                description={t('employees.form.bsnHint')}
                inputMode="numeric"
                autoComplete="off"
                {...vaultText('bsn')}
              />
              <TextInput label={t('employees.fields.street')} {...vaultText('street')} />
              <NumberInput
                label={t('employees.fields.houseNumber')}
                value={vault.houseNumber}
                onChange={(next) => setVault({ ...vault, houseNumber: next })}
                allowDecimal={false}
                min={1}
                error={errors['vault.houseNumber']}
              />
              <TextInput
                label={t('employees.fields.houseNumberAddition')}
                {...vaultText('houseNumberAddition')}
              />
              <TextInput label={t('employees.fields.postcode')} {...vaultText('postcode')} />
              <TextInput label={t('employees.fields.city')} {...vaultText('city')} />
              <TextInput label={t('employees.fields.phone')} type="tel" {...vaultText('phone')} />
              <TextInput
                label={t('employees.fields.privateEmail')}
                type="email"
                {...vaultText('privateEmail')}
              />
              <Checkbox
                label={t('employees.fields.lettersByEmail')}
                checked={vault.lettersByEmail}
                onChange={(event) =>
                  setVault({ ...vault, lettersByEmail: event.currentTarget.checked })
                }
              />
            </SimpleGrid>
          </Fieldset>
          {employments.map((employment, index) => (
            <Fieldset key={index} legend={t('employees.employment.title', { number: index + 1 })}>
              <Stack gap="sm">
                <EmploymentFields
                  value={employment}
                  onChange={(next) =>
                    setEmployments(employments.map((old, i) => (i === index ? next : old)))
                  }
                  errors={fieldErrorsUnder(errors, `employments.${index}.`)}
                  show={{ dates: true, endDate: true }}
                />
                {index > 0 && (
                  <Group>
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => setEmployments(employments.slice(0, index))}
                    >
                      {t('employees.form.removeSecond')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Fieldset>
          ))}
          <Group justify="space-between">
            {employments.length < 2 ? (
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setEmployments([...employments, emptyEmploymentDraft])}
              >
                {t('employees.form.addSecond')}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={add.isPending}>
              {t('employees.form.submitAdd')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
