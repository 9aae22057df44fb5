import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCivilDate } from '../../lib/dates.js';
import type { DossierSectionProps } from './dossierSections.js';
import { genderLabels } from './labels.js';

export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** Gegevens: the name parts, gender, date of birth and personnel number. */
export function EmployeeDetailsSection({ dossier }: DossierSectionProps) {
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
        {formatCivilDate(dossier.dateOfBirth, i18n.language)}
      </DetailItem>
      <DetailItem label={t('employees.fields.personnelNumber')}>
        {dossier.personnelNumber ?? empty}
      </DetailItem>
    </SimpleGrid>
  );
}
