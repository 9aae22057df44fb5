import { Select, SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api.js';
import { formatDate } from '../../lib/dates.js';
import { managerCandidatesQuery } from '../organisation/organisation.api.js';
import { useSetManager } from './employees.api.js';
import { DetailItem } from './DetailItem.js';
import type { DossierSectionProps } from './dossierSection.js';
import { genderLabels } from './labels.js';

/** Gegevens: the name parts, gender, date of birth and personnel number. */
export function EmployeeDetailsSection({ dossier, canEdit }: DossierSectionProps) {
  const { t, i18n } = useTranslation();
  const empty = '—';
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      <DetailItem label={t('employees.fields.firstName')}>{dossier.firstName}</DetailItem>
      <DetailItem label={t('employees.fields.initials')}>{dossier.initials ?? empty}</DetailItem>
      <DetailItem label={t('employees.fields.namePrefix')}>
        {dossier.namePrefix ?? empty}
      </DetailItem>
      <DetailItem label={t('employees.fields.lastName')}>{dossier.lastName}</DetailItem>
      <DetailItem label={t('employees.fields.gender')}>
        {t(genderLabels[dossier.gender])}
      </DetailItem>
      <DetailItem label={t('employees.fields.dateOfBirth')}>
        {formatDate(dossier.dateOfBirth, i18n.language)}
      </DetailItem>
      <DetailItem label={t('employees.fields.personnelNumber')}>
        {dossier.personnelNumber ?? empty}
      </DetailItem>
      <EmployeeManager dossier={dossier} canEdit={canEdit} />
    </SimpleGrid>
  );
}

/**
 * The employee's own leidinggevende (SPEC.md §2.3: a manager per employee, besides the one of the
 * department). Users who may edit choose from the employer's managers and super users.
 */
function EmployeeManager({ dossier, canEdit }: DossierSectionProps) {
  const { t } = useTranslation();
  const candidates = useQuery({ ...managerCandidatesQuery, enabled: canEdit });
  const setManager = useSetManager(dossier.id);
  // The API names the manager by id only; who may not edit sees the department's manager instead.
  if (!canEdit) return null;
  return (
    <Select
      label={t('employees.fields.manager')}
      placeholder={t('employees.fields.managerNone')}
      data={(candidates.data?.managers ?? []).map((manager) => ({
        value: manager.id,
        label: manager.displayName,
      }))}
      value={dossier.managerUserId}
      disabled={candidates.isLoading || setManager.isPending}
      searchable
      allowDeselect={false}
      onChange={(userId) => {
        if (!userId || userId === dossier.managerUserId) return;
        setManager.mutate(userId, {
          onSuccess: () =>
            notifications.show({ color: 'teal', message: t('employees.fields.managerSaved') }),
          onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
        });
      }}
    />
  );
}
