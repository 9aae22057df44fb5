import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { i18n } from '../../i18n/i18n.js';
import { formatDate } from '../../lib/dates.js';
import { meQueryOptions } from '../auth/auth.api.js';
import { caseChoicesQuery } from './dossier.api.js';

/** "Ziekmelding vanaf 2 mrt 2026": how a case is named where a note or document links to it. */
export function caseLabel(entry: { kind: 'sickness' | 'pregnancy'; firstDay: string }): string {
  const date = formatDate(entry.firstDay, i18n.language);
  return entry.kind === 'pregnancy'
    ? i18n.t('dossier.caseLink.pregnancy', { date })
    : i18n.t('dossier.caseLink.sickness', { date });
}

/** Whether the user may read the employee's cases (and so link to one). */
export function useMayReadCases(): boolean {
  const role = useQuery(meQueryOptions).data?.role ?? '';
  return roleHasPermission(role, 'cases.read');
}

/**
 * Optional link of a note or document to one of the employee's cases. Not shown when the user
 * may not read cases or the employee has none.
 */
export function CaseLinkSelect({
  employeeId,
  value,
  onChange,
  error,
}: {
  employeeId: string;
  value: string | null;
  onChange: (caseId: string | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const mayRead = useMayReadCases();
  const cases = useQuery({ ...caseChoicesQuery(employeeId), enabled: mayRead });
  if (!mayRead || !cases.data || cases.data.cases.length === 0) return null;
  return (
    <Select
      label={t('dossier.caseLink.label')}
      allowDeselect={false}
      value={value ?? ''}
      data={[
        { value: '', label: t('dossier.caseLink.none') },
        ...cases.data.cases.map((entry) => ({ value: entry.id, label: caseLabel(entry) })),
      ]}
      onChange={(next) => onChange(next ? next : null)}
      error={error}
    />
  );
}

/** The label of a linked case by id, for the lists (undefined while unknown or not readable). */
export function useLinkedCaseLabel(employeeId: string): (caseId: string) => string | undefined {
  const mayRead = useMayReadCases();
  const cases = useQuery({ ...caseChoicesQuery(employeeId), enabled: mayRead });
  return (caseId) => {
    const found = cases.data?.cases.find((entry) => entry.id === caseId);
    return found ? caseLabel(found) : undefined;
  };
}
