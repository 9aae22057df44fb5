import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { genders, type PersonalDetails } from '../../../contracts/employees.js';
import { genderLabels } from './labels.js';

export type PersonalDetailsDraft = {
  firstName: string;
  initials: string;
  namePrefix: string;
  lastName: string;
  gender: string | null;
  dateOfBirth: string;
  personnelNumber: string;
};

export const emptyPersonalDetails: PersonalDetailsDraft = {
  firstName: '',
  initials: '',
  namePrefix: '',
  lastName: '',
  gender: null,
  dateOfBirth: '',
  personnelNumber: '',
};

export const requiredPersonalFields = ['firstName', 'lastName', 'gender', 'dateOfBirth'] as const;

export function toPersonalDetails(draft: PersonalDetailsDraft): PersonalDetails {
  return {
    firstName: draft.firstName,
    initials: draft.initials || null,
    namePrefix: draft.namePrefix || null,
    lastName: draft.lastName,
    gender: draft.gender === 'm' || draft.gender === 'f' ? draft.gender : 'x',
    dateOfBirth: draft.dateOfBirth,
    personnelNumber: draft.personnelNumber || null,
  };
}

export function personalDetailsDraftOf(details: PersonalDetails): PersonalDetailsDraft {
  return {
    firstName: details.firstName,
    initials: details.initials ?? '',
    namePrefix: details.namePrefix ?? '',
    lastName: details.lastName,
    gender: details.gender,
    dateOfBirth: details.dateOfBirth,
    personnelNumber: details.personnelNumber ?? '',
  };
}

export interface PersonalDetailsFieldsProps {
  value: PersonalDetailsDraft;
  onChange: (value: PersonalDetailsDraft) => void;
  errors: Partial<Record<keyof PersonalDetailsDraft, ReactNode>>;
  disabled?: boolean;
}

/** Name parts, gender, date of birth and personnel number; required ones marked *. */
export function PersonalDetailsFields({
  value,
  onChange,
  errors,
  disabled,
}: PersonalDetailsFieldsProps) {
  const { t } = useTranslation();
  const text = (key: Exclude<keyof PersonalDetailsDraft, 'gender'>) => ({
    value: value[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...value, [key]: event.currentTarget.value }),
    error: errors[key],
    disabled,
  });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={t('employees.fields.firstName')} required {...text('firstName')} />
      <TextInput label={t('employees.fields.initials')} {...text('initials')} />
      <TextInput label={t('employees.fields.namePrefix')} {...text('namePrefix')} />
      <TextInput label={t('employees.fields.lastName')} required {...text('lastName')} />
      <Select
        label={t('employees.fields.gender')}
        data={genders.map((gender) => ({ value: gender, label: t(genderLabels[gender]) }))}
        value={value.gender}
        onChange={(next) => onChange({ ...value, gender: next })}
        required
        error={errors.gender}
        disabled={disabled}
      />
      <TextInput
        type="date"
        label={t('employees.fields.dateOfBirth')}
        required
        {...text('dateOfBirth')}
      />
      <TextInput label={t('employees.fields.personnelNumber')} {...text('personnelNumber')} />
    </SimpleGrid>
  );
}
