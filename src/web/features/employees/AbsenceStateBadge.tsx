import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AbsenceState } from '../../../contracts/absence-state.js';
import { formatDate } from '../../lib/dates.js';

const leaveText = {
  pregnancy_leave: 'employees.dossier.absence.pregnancy_leave',
  maternity_leave: 'employees.dossier.absence.maternity_leave',
} as const;

/**
 * Where the employee's absence stands today: "Ziek 50% sinds 3 november 2026", "Zwangerschapsverlof
 * tot en met …"; nothing when neither sick nor on leave, or when the role is not shown it.
 */
export function AbsenceStateBadge({ absence }: { absence: AbsenceState | undefined }) {
  const { t, i18n } = useTranslation();
  if (!absence) return null;
  const text =
    absence.kind === 'sick'
      ? t('employees.dossier.absence.sick', {
          percentage: absence.percentage,
          date: formatDate(absence.since, i18n.language),
        })
      : t(leaveText[absence.kind], {
          date: formatDate(absence.until, i18n.language),
        });
  return (
    <Badge color={absence.kind === 'sick' ? 'orange' : 'grape'} variant="light" tt="none">
      {text}
    </Badge>
  );
}
