import type { z } from 'zod';
import type {
  NewEmploymentInput,
  PersonalDetails,
  vaultDetailsDraftSchema,
} from '../../../contracts/employees.js';
import {
  isValidHouseNumber,
  isValidHouseNumberAddition,
  normaliseBsn,
  normaliseDutchPostcode,
} from '../../../contracts/dutch-personal-data.js';
import { errors, type FieldError } from '../../platform/errors.js';
import { employeesErrors } from './employees.errors.js';
import { checkContractHours, checkPlausibleDate, type DateBoundKind } from './employees.models.js';
import type { Employee, EmploymentVersion, NewEmployment } from './employees.rows.js';

/** The field checks and value shaping that the use cases of this module share (pure). */

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type VaultDetails = z.output<typeof vaultDetailsDraftSchema>;

/** Throws the field error of contract hours outside 0–80 or with more than two decimals. */
export function assertContractHours(hours: number): void {
  const problem = checkContractHours(hours);
  if (problem !== null) throw errors.invalidField('contractHoursPerWeek', problem);
}

/** Collects every field problem of a request, so the form can mark them all at once. */
export class FieldProblems {
  readonly list: FieldError[] = [];
  constructor(private readonly today: string) {}
  add(path: string, code: string): void {
    this.list.push({ path, code });
  }
  date(path: string, value: string | null | undefined, kind: DateBoundKind): void {
    if (value === null || value === undefined) return;
    const problem = checkPlausibleDate(value, kind, this.today);
    if (problem !== null) this.add(path, problem);
  }
  hours(path: string, value: number | undefined): void {
    if (value === undefined) return;
    const problem = checkContractHours(value);
    if (problem !== null) this.add(path, problem);
  }
  has(path: string): boolean {
    return this.list.some((problem) => problem.path === path);
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw employeesErrors.fields(this.list);
  }
}

/** The personal details, checked: dates plausible, names present. */
export function checkPersonalDetails(problems: FieldProblems, details: PersonalDetails): void {
  problems.date('dateOfBirth', details.dateOfBirth, 'dateOfBirth');
}

/** A new employment, checked field by field under `prefix` ("employments.0."). */
export function checkNewEmployment(
  problems: FieldProblems,
  prefix: string,
  employment: NewEmploymentInput,
): void {
  problems.date(`${prefix}startDate`, employment.startDate, 'employmentDate');
  problems.date(`${prefix}contractStartDate`, employment.contractStartDate, 'employmentDate');
  problems.date(`${prefix}endDate`, employment.endDate, 'endDate');
  if (
    employment.endDate &&
    !problems.has(`${prefix}endDate`) &&
    employment.endDate < employment.startDate
  ) {
    problems.add(`${prefix}endDate`, 'end_before_start');
  }
  problems.hours(`${prefix}contractHoursPerWeek`, employment.contractHoursPerWeek);
}

/** The vault part of "Werknemer toevoegen": BSN 11-test, Dutch postcode and house number. */
export function checkVaultDetails(problems: FieldProblems, details: VaultDetails): VaultDetails {
  const bsn = details.bsn === null ? null : normaliseBsn(details.bsn);
  if (details.bsn !== null && bsn === null) problems.add('vault.bsn', 'bsn_invalid');
  const postcode = details.postcode === null ? null : normaliseDutchPostcode(details.postcode);
  if (details.postcode !== null && postcode === null) {
    problems.add('vault.postcode', 'postcode_invalid');
  }
  if (
    details.houseNumber !== null &&
    details.houseNumber !== undefined &&
    !isValidHouseNumber(details.houseNumber)
  ) {
    problems.add('vault.houseNumber', 'house_number_invalid');
  }
  if (!isValidHouseNumberAddition(details.houseNumberAddition)) {
    problems.add('vault.houseNumberAddition', 'house_number_addition_invalid');
  }
  return { ...details, bsn, postcode };
}

/** True when the vault part of the form holds anything to store. */
export function hasVaultData(details: VaultDetails): boolean {
  return Object.entries(details).some(
    ([key, value]) => key !== 'lettersByEmail' && value !== null && value !== undefined,
  );
}

export const toNewEmployment = (employment: NewEmploymentInput): NewEmployment => ({
  startDate: employment.startDate,
  contractStartDate: employment.contractStartDate ?? null,
  endDate: employment.endDate ?? null,
  departmentId: employment.departmentId,
  contractHoursPerWeek: employment.contractHoursPerWeek.toFixed(2),
  functionName: employment.functionName ?? null,
  functionGroup: employment.functionGroup ?? null,
  employmentType: employment.employmentType,
  noRiskPolicy: employment.noRiskPolicy ?? false,
});

export function pickDetails(details: PersonalDetails | Employee) {
  return {
    firstName: details.firstName,
    initials: details.initials,
    namePrefix: details.namePrefix,
    lastName: details.lastName,
    gender: details.gender,
    dateOfBirth: details.dateOfBirth,
    personnelNumber: details.personnelNumber,
  };
}

/** The object without its undefined entries (a partial change names only what changes). */
export function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** The version's values of the keys in `changed`, for the audit's "before". */
export function pickTerms(version: EmploymentVersion, changed: Record<string, unknown>) {
  return Object.fromEntries(
    Object.keys(changed).map((key) => [key, version[key as keyof EmploymentVersion]]),
  );
}

/** `date` moved into the employment's period (start … end). */
export function clampToEmployment(
  employment: { startDate: string; endDate: string | null },
  date: string,
): string {
  if (date < employment.startDate) return employment.startDate;
  if (employment.endDate !== null && date > employment.endDate) return employment.endDate;
  return date;
}
