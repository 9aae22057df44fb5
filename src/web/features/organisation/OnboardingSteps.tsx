import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { locales } from '../../../contracts/locales.js';
import { onboardingSuperUserRoles } from '../../../contracts/onboarding.js';
import { type HrIntegrationMode, hrIntegrationModes } from '../../../contracts/organisation.js';
import { type UserGender, userGenders } from '../../../contracts/users.js';
import { genderLabels, roleLabel } from '../users/users.labels.js';
import { modeLabelKeys } from './employerLabels.js';

/** The form's values: the request's shape, with the inputs' own types (text, '' for no choice). */
export type OnboardingValues = {
  employer: {
    name: string;
    kvkNumber: string;
    hrIntegrationMode: HrIntegrationMode;
    contactName: string;
    contactEmail: string;
    fullTimeHoursPerWeek: number | '';
    absenceInsurer: string;
  };
  /** `parent`: the index of an earlier department as text, '' for the top. */
  departments: { name: string; parent: string }[];
  superUser: {
    firstName: string;
    lastName: string;
    gender: UserGender | '';
    email: string;
    loginName: string;
    role: (typeof onboardingSuperUserRoles)[number];
    locale: (typeof locales)[number];
  };
};

type StepProps = { form: UseFormReturnType<OnboardingValues> };

const localeLabels = { nl: 'language.nl', en: 'language.en' } as const;

export function EmployerStep({ form }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <TextInput
        label={t('organisation.employers.name')}
        required
        {...form.getInputProps('employer.name')}
      />
      <TextInput
        label={t('organisation.employers.kvkNumber')}
        description={t('organisation.employers.kvkHelp')}
        inputMode="numeric"
        maxLength={8}
        required
        {...form.getInputProps('employer.kvkNumber')}
      />
      <NativeSelect
        label={t('organisation.employers.hrIntegrationMode')}
        description={t('organisation.employers.hrIntegrationHelp')}
        data={hrIntegrationModes.map((value) => ({ value, label: t(modeLabelKeys[value]) }))}
        {...form.getInputProps('employer.hrIntegrationMode')}
      />
      <NumberInput
        label={t('organisation.employers.fullTimeHours')}
        min={1}
        max={80}
        decimalScale={2}
        decimalSeparator=","
        required
        {...form.getInputProps('employer.fullTimeHoursPerWeek')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('organisation.employers.contactName')}
          {...form.getInputProps('employer.contactName')}
        />
        <TextInput
          label={t('organisation.employers.contactEmail')}
          type="email"
          {...form.getInputProps('employer.contactEmail')}
        />
      </SimpleGrid>
      <TextInput
        label={t('organisation.employers.absenceInsurer')}
        description={t('organisation.employers.absenceInsurerHelp')}
        maxLength={200}
        {...form.getInputProps('employer.absenceInsurer')}
      />
      <Alert variant="light" title={t('onboarding.protocol')}>
        {t('onboarding.protocolText')}
      </Alert>
    </Stack>
  );
}

export function DepartmentsStep({ form }: StepProps) {
  const { t } = useTranslation();
  const { departments } = form.values;
  const listError = form.errors.departments;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('onboarding.departments.help')}
      </Text>
      {departments.map((department, index) => {
        const number = index + 1;
        return (
          <Group key={index} align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 2 }}
              label={t('onboarding.departments.name', { number })}
              required
              {...form.getInputProps(`departments.${index}.name`)}
            />
            <NativeSelect
              style={{ flex: 1 }}
              label={t('onboarding.departments.parent', { number })}
              data={[
                { value: '', label: t('onboarding.departments.top') },
                ...departments.slice(0, index).map((earlier, earlierIndex) => ({
                  value: String(earlierIndex),
                  label: earlier.name.trim() || String(earlierIndex + 1),
                })),
              ]}
              {...form.getInputProps(`departments.${index}.parent`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('onboarding.departments.remove', { number })}
              disabled={departments.length === 1}
              onClick={() => {
                // Later departments below it move to the top; indexes after it shift down.
                form.setFieldValue(
                  'departments',
                  departments
                    .filter((_entry, at) => at !== index)
                    .map((entry) => {
                      const parent = entry.parent === '' ? null : Number(entry.parent);
                      if (parent === null || parent < index) return entry;
                      return { ...entry, parent: parent === index ? '' : String(parent - 1) };
                    }),
                );
              }}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      {listError !== undefined && listError !== null && (
        <Alert color="red" variant="light" role="alert">
          {listError}
        </Alert>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('departments', { name: '', parent: '' })}
        >
          {t('onboarding.departments.add')}
        </Button>
      </Group>
    </Stack>
  );
}

export function SuperUserStep({ form }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('onboarding.superUser.help')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('users.form.firstName')}
          required
          autoComplete="off"
          {...form.getInputProps('superUser.firstName')}
        />
        <TextInput
          label={t('users.form.lastName')}
          required
          autoComplete="off"
          {...form.getInputProps('superUser.lastName')}
        />
      </SimpleGrid>
      <Radio.Group
        label={t('users.form.gender')}
        required
        {...form.getInputProps('superUser.gender')}
      >
        <Group mt={4}>
          {userGenders.map((entry) => (
            <Radio key={entry} value={entry} label={t(genderLabels[entry])} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        label={t('users.form.email')}
        type="email"
        required
        autoComplete="off"
        {...form.getInputProps('superUser.email')}
      />
      <TextInput
        label={t('users.form.loginName')}
        description={t('users.form.loginNameHint')}
        required
        autoComplete="off"
        {...form.getInputProps('superUser.loginName')}
      />
      <NativeSelect
        label={t('users.form.role')}
        data={onboardingSuperUserRoles.map((role) => ({ value: role, label: roleLabel(t, role) }))}
        {...form.getInputProps('superUser.role')}
      />
      <NativeSelect
        label={t('onboarding.superUser.locale')}
        data={locales.map((locale) => ({ value: locale, label: t(localeLabels[locale]) }))}
        {...form.getInputProps('superUser.locale')}
      />
    </Stack>
  );
}

/** One labelled value of the review. */
function Row({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w="40%">{label}</Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}

export function ReviewStep({
  values,
  onEdit,
}: {
  values: OnboardingValues;
  onEdit: (step: number) => void;
}) {
  const { t } = useTranslation();
  const none = t('onboarding.review.none');
  const { employer, departments, superUser } = values;
  const section = (title: string, step: number) => (
    <Group justify="space-between">
      <Title order={3} size="h4">
        {title}
      </Title>
      <Button variant="subtle" size="compact-sm" onClick={() => onEdit(step)}>
        {t('onboarding.review.edit')}
        <VisuallyHidden>: {title}</VisuallyHidden>
      </Button>
    </Group>
  );
  return (
    <Stack>
      <Text>{t('onboarding.review.intro')}</Text>
      {section(t('onboarding.review.employer'), 0)}
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Row label={t('organisation.employers.name')} value={employer.name} />
          <Row label={t('organisation.employers.kvkNumber')} value={employer.kvkNumber} />
          <Row
            label={t('organisation.employers.hrIntegrationMode')}
            value={t(modeLabelKeys[employer.hrIntegrationMode])}
          />
          <Row
            label={t('organisation.employers.fullTimeHours')}
            value={String(employer.fullTimeHoursPerWeek).replace('.', ',')}
          />
          <Row
            label={t('organisation.employers.contact')}
            value={[employer.contactName, employer.contactEmail].filter(Boolean).join(', ') || none}
          />
          <Row
            label={t('organisation.employers.absenceInsurer')}
            value={employer.absenceInsurer || none}
          />
          <Row label={t('onboarding.protocol')} value={t('onboarding.protocolText')} />
          <Row
            label={t('onboarding.review.agreement')}
            value={t('onboarding.review.agreementPending')}
          />
        </Table.Tbody>
      </Table>
      {section(t('onboarding.review.departments'), 1)}
      <ul>
        {departments.map((department, index) => (
          <li key={index}>
            {department.name}
            {department.parent !== '' &&
              ` (${t('onboarding.review.below', {
                parent: departments[Number(department.parent)]?.name ?? '',
              })})`}
          </li>
        ))}
      </ul>
      {section(t('onboarding.review.superUser'), 2)}
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Row
            label={t('users.columns.name')}
            value={`${superUser.firstName} ${superUser.lastName}`}
          />
          <Row label={t('users.form.email')} value={superUser.email} />
          <Row label={t('users.form.loginName')} value={superUser.loginName} />
          <Row label={t('users.form.role')} value={roleLabel(t, superUser.role)} />
          <Row label={t('onboarding.superUser.locale')} value={t(localeLabels[superUser.locale])} />
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
