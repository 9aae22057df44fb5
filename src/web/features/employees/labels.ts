import type { ParseKeys } from 'i18next';

/** Catalogue keys of the coded values of employees and employments. */
export const genderLabels = {
  m: 'employees.genders.m',
  f: 'employees.genders.f',
  x: 'employees.genders.x',
} as const satisfies Record<string, ParseKeys>;

export const employmentTypeLabels = {
  permanent: 'employees.employmentTypes.permanent',
  fixed_term: 'employees.employmentTypes.fixed_term',
  on_call: 'employees.employmentTypes.on_call',
  temporary_agency: 'employees.employmentTypes.temporary_agency',
  other: 'employees.employmentTypes.other',
} as const satisfies Record<string, ParseKeys>;

export const employmentStatusLabels = {
  current: 'employees.employment.current',
  future: 'employees.employment.future',
  ended: 'employees.employment.ended',
} as const satisfies Record<string, ParseKeys>;

export function employmentTypeLabel(type: string): ParseKeys {
  return type in employmentTypeLabels
    ? employmentTypeLabels[type as keyof typeof employmentTypeLabels]
    : employmentTypeLabels.other;
}
