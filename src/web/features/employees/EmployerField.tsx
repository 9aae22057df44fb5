import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { meQueryOptions } from '../auth/auth.api.js';
import { myEmployersQuery, useSwitchEmployerMutation } from '../users/linked-accounts.api.js';

/**
 * Werkgever, for a user linked to more than one employer they may add employees to. Choosing
 * one switches the employer the user acts for, as the header's switch does, so the departments
 * of the form are that employer's; the server refuses an employer that is not the one acted for.
 */
export function EmployerField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (employerId: string) => void;
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const me = useQuery(meQueryOptions);
  const user = me.data;
  const choices = useQuery({ ...myEmployersQuery(''), enabled: user?.canSwitchEmployer === true });
  const switchEmployer = useSwitchEmployerMutation();
  // Operators choose the employer in the header: their list is every employer.
  const allowed = (choices.data?.employers ?? []).filter(
    (employer) => employer.role !== null && roleHasPermission(employer.role, 'employees.write'),
  );
  if (!user?.employer || allowed.length < 2) return null;
  return (
    <Select
      label={t('employees.form.employer')}
      description={t('employees.form.employerHint')}
      required
      allowDeselect={false}
      data={allowed.map((employer) => ({ value: employer.id, label: employer.name }))}
      value={value || user.employer.id}
      error={error}
      disabled={switchEmployer.isPending}
      onChange={(employerId) => {
        if (!employerId || employerId === user.employer?.id) return;
        switchEmployer.mutate(employerId, { onSuccess: () => onChange(employerId) });
      }}
    />
  );
}
