import { Checkbox, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { employmentTypeSchema, type NewEmploymentInput } from '../../../contracts/employees.js';
import { buildDepartmentTree, type DepartmentTree } from '../../../contracts/organisation.js';
import type { DepartmentSummary } from '../../../contracts/organisation.js';
import { todayInAmsterdam } from '../../lib/dates.js';
import { organisationStructureQuery } from '../organisation/organisation.api.js';
import { employmentTypeLabels } from './labels.js';

/** What the employment fields hold while being edited (inputs work with strings). */
export type EmploymentDraft = {
  departmentId: string | null;
  startDate: string;
  contractStartDate: string;
  endDate: string;
  functionGroup: string;
  functionName: string;
  employmentType: string;
  contractHoursPerWeek: number | string;
  noRiskPolicy: boolean;
};

export const emptyEmploymentDraft: EmploymentDraft = {
  departmentId: null,
  startDate: '',
  contractStartDate: '',
  endDate: '',
  functionGroup: '',
  functionName: '',
  employmentType: 'permanent',
  contractHoursPerWeek: '',
  noRiskPolicy: false,
};

/** The draft as the API takes it. */
export function toNewEmployment(draft: EmploymentDraft): NewEmploymentInput {
  return {
    departmentId: draft.departmentId ?? '',
    startDate: draft.startDate,
    contractStartDate: draft.contractStartDate || null,
    endDate: draft.endDate || null,
    functionGroup: draft.functionGroup || null,
    functionName: draft.functionName || null,
    employmentType: employmentTypeSchema.catch('other').parse(draft.employmentType),
    contractHoursPerWeek: Number(draft.contractHoursPerWeek),
    noRiskPolicy: draft.noRiskPolicy,
  };
}

/** The fields the browser requires before sending (the server checks everything again). */
export function missingEmploymentFields(
  draft: EmploymentDraft,
  fields: readonly (keyof EmploymentDraft)[],
): (keyof EmploymentDraft)[] {
  return fields.filter((field) => draft[field] === '' || draft[field] === null);
}

/**
 * Open departments for a select, labelled with their path ("Zorg › Wijkteam Noord"); none unless
 * `enabled` (a role without organisation.read would be refused the structure).
 */
export function useDepartmentOptions(enabled = true): { value: string; label: string }[] {
  const structure = useQuery({ ...organisationStructureQuery, enabled });
  return useMemo(() => {
    // Today in the Netherlands, not in UTC: a department closed from today is gone after midnight.
    const today = todayInAmsterdam();
    const options: { value: string; label: string }[] = [];
    const walk = (nodes: DepartmentTree<DepartmentSummary>[], parents: string[]) => {
      for (const node of nodes) {
        const path = [...parents, node.name];
        if (node.closedOn === null || node.closedOn > today) {
          options.push({ value: node.id, label: path.join(' › ') });
        }
        walk(node.children, path);
      }
    };
    walk(buildDepartmentTree(structure.data?.departments ?? []), []);
    return options;
  }, [structure.data]);
}

export interface EmploymentFieldsProps {
  value: EmploymentDraft;
  onChange: (value: EmploymentDraft) => void;
  /** Messages by field name. */
  errors: Partial<Record<keyof EmploymentDraft, ReactNode>>;
  /** Which fields to show: dates only where they apply. */
  show: { dates: boolean; endDate: boolean };
  disabled?: boolean;
}

/** Department, dates, function, type, hours and no-risk policy of one employment. */
export function EmploymentFields({
  value,
  onChange,
  errors,
  show,
  disabled,
}: EmploymentFieldsProps) {
  const { t } = useTranslation();
  const departments = useDepartmentOptions();
  const set = <K extends keyof EmploymentDraft>(key: K, next: EmploymentDraft[K]) =>
    onChange({ ...value, [key]: next });
  const required = show.dates;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t('employees.fields.department')}
        data={departments}
        value={value.departmentId}
        onChange={(next) => set('departmentId', next)}
        searchable
        required={required}
        error={errors.departmentId}
        disabled={disabled}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('employees.fields.employmentType')}
        data={employmentTypeSchema.options.map((type) => ({
          value: type,
          label: t(employmentTypeLabels[type]),
        }))}
        value={value.employmentType}
        onChange={(next) => set('employmentType', next ?? 'permanent')}
        allowDeselect={false}
        required={required}
        error={errors.employmentType}
        disabled={disabled}
      />
      {show.dates && (
        <>
          <TextInput
            type="date"
            label={t('employees.fields.startDate')}
            value={value.startDate}
            onChange={(event) => set('startDate', event.currentTarget.value)}
            required
            error={errors.startDate}
            disabled={disabled}
          />
          <TextInput
            type="date"
            label={t('employees.fields.contractStartDate')}
            value={value.contractStartDate}
            onChange={(event) => set('contractStartDate', event.currentTarget.value)}
            required
            error={errors.contractStartDate}
            disabled={disabled}
          />
        </>
      )}
      {show.endDate && (
        <TextInput
          type="date"
          label={t('employees.fields.endDate')}
          description={t('employees.form.endDateHint')}
          value={value.endDate}
          onChange={(event) => set('endDate', event.currentTarget.value)}
          error={errors.endDate}
          disabled={disabled}
        />
      )}
      <TextInput
        label={t('employees.fields.functionGroup')}
        value={value.functionGroup}
        onChange={(event) => set('functionGroup', event.currentTarget.value)}
        error={errors.functionGroup}
        disabled={disabled}
      />
      <TextInput
        label={t('employees.fields.functionName')}
        value={value.functionName}
        onChange={(event) => set('functionName', event.currentTarget.value)}
        error={errors.functionName}
        disabled={disabled}
      />
      <NumberInput
        label={t('employees.fields.contractHours')}
        value={value.contractHoursPerWeek}
        onChange={(next) => set('contractHoursPerWeek', next)}
        min={0}
        max={80}
        decimalScale={2}
        decimalSeparator=","
        required={required}
        error={errors.contractHoursPerWeek}
        disabled={disabled}
      />
      <Checkbox
        mt={{ sm: 'xl' }}
        label={t('employees.fields.noRiskPolicy')}
        checked={value.noRiskPolicy}
        onChange={(event) => set('noRiskPolicy', event.currentTarget.checked)}
        disabled={disabled}
      />
    </SimpleGrid>
  );
}

/** Server field errors under `prefix` ("employments.0."), keyed by the field name after it. */
export function fieldErrorsUnder(
  byPath: Record<string, ReactNode>,
  prefix: string,
): Record<string, ReactNode> {
  const result: Record<string, ReactNode> = {};
  for (const [path, message] of Object.entries(byPath)) {
    if (path.startsWith(prefix)) result[path.slice(prefix.length)] = message;
  }
  return result;
}
