import {
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
import { useTranslation } from 'react-i18next';
import { isValidBsn } from '../../../contracts/dutch-personal-data.js';
import { addEmployeeRequestSchema } from '../../../contracts/employees.js';
import { Page } from '../../components/Page.js';
import { FormFrame, useSchemaForm } from '../../components/SchemaForm.js';
import { type FormMessage, submission } from '../../lib/schema-errors.js';
import { EmployerField } from './EmployerField.js';
import { useAddEmployee } from './employees.api.js';
import {
  EmploymentFields,
  type EmploymentDraft,
  emptyEmploymentDraft,
  fieldErrorsUnder,
  toNewEmployment,
} from './EmploymentFields.js';
import {
  emptyPersonalDetails,
  PersonalDetailsFields,
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
  const schemaForm = useSchemaForm({
    initialValues: {
      /** Chosen in the Werkgever field; empty: the employer the user acts for. */
      employerId: '',
      ...emptyPersonalDetails,
      vault: emptyVault,
      employments: [emptyEmploymentDraft] as EmploymentDraft[],
    },
    submission: ({ employerId, vault, employments, ...details }) =>
      submission(
        addEmployeeRequestSchema,
        {
          ...(employerId === '' ? {} : { employerId }),
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
        async (body) => {
          const { id } = await add.mutateAsync(body);
          notifications.show({ color: 'green', message: t('employees.form.added') });
          void navigate({ to: `/werknemers/${id}` });
        },
      ),
    // The server checks the 11-test with every other problem at once; the browser checks it as
    // the field is left, so the fault shows before the first submit.
    check: ({ vault }): Record<string, FormMessage> =>
      vault.bsn.trim() !== '' && !isValidBsn(vault.bsn)
        ? { 'vault.bsn': { key: 'errors.field.bsn_invalid' } }
        : {},
    required: ({ employments }) => [
      ...requiredPersonalFields,
      ...employments.flatMap((_, index) =>
        requiredEmploymentFields.map((field) => `employments.${index}.${field}`),
      ),
    ],
  });
  const { form } = schemaForm;
  const { employments } = form.values;
  const vaultText = (key: Exclude<keyof VaultDraft, 'lettersByEmail' | 'houseNumber'>) =>
    form.getInputProps(`vault.${key}`);

  return (
    <Page title={t('employees.form.addTitle')} description={t('employees.form.requiredHint')}>
      <FormFrame schemaForm={schemaForm} submitLabel={t('employees.form.submitAdd')}>
        <Stack gap="lg">
          <EmployerField
            value={form.values.employerId}
            error={form.errors.employerId}
            onChange={(employerId) => {
              form.setFieldValue('employerId', employerId);
              // The departments chosen belonged to the other employer.
              form.setFieldValue(
                'employments',
                employments.map((employment) => ({ ...employment, departmentId: null })),
              );
            }}
          />
          <Fieldset legend={t('employees.form.personal')}>
            <PersonalDetailsFields
              value={form.values}
              onChange={(draft) => form.setValues(draft)}
              errors={form.errors}
            />
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
                allowDecimal={false}
                min={1}
                {...form.getInputProps('vault.houseNumber')}
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
                {...form.getInputProps('vault.lettersByEmail', { type: 'checkbox' })}
              />
            </SimpleGrid>
          </Fieldset>
          {employments.map((employment, index) => (
            <Fieldset key={index} legend={t('employees.employment.title', { number: index + 1 })}>
              <Stack gap="sm">
                <EmploymentFields
                  value={employment}
                  onChange={(next) => form.replaceListItem('employments', index, next)}
                  errors={fieldErrorsUnder(form.errors, `employments.${index}.`)}
                  show={{ dates: true, endDate: true }}
                />
                {index > 0 && (
                  <Group>
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => form.removeListItem('employments', index)}
                    >
                      {t('employees.form.removeSecond')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Fieldset>
          ))}
          {employments.length < 2 && (
            <Group>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('employments', emptyEmploymentDraft)}
              >
                {t('employees.form.addSecond')}
              </Button>
            </Group>
          )}
        </Stack>
      </FormFrame>
    </Page>
  );
}
