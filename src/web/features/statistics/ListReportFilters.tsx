import { Group, MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  caseProtocolCodes,
  caseProtocolLabels,
  caseStatuses,
  caseStatusLabels,
  safetyNetChoiceLabels,
  safetyNetChoices,
} from '../../../contracts/report-lists.js';
import { useClassificationOptions } from '../cases/caseFields.js';
import type { AbsenceFilters, CaseHistoryFilters } from './statistics.lists.api.js';

/** "All", then the choices: one of them or none. */
function OneOrAll<Value extends string>({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: { value: Value; label: string }[];
  value: Value | null;
  onChange: (value: Value | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      data={[{ value: '', label: t('reportLists.filters.all') }, ...choices]}
      value={value ?? ''}
      onChange={(chosen) => onChange((chosen || null) as Value | null)}
      allowDeselect={false}
      w={200}
    />
  );
}

/**
 * OverzichtVerzuimPerMedewerker's own filters (the manual: "de geselecteerde verzuimoorzaken en
 * de geselecteerde vangnetsituatie"): the causes the user may choose, none for all; the vangnet.
 */
export function AbsenceFilterFields({
  value,
  onChange,
}: {
  value: AbsenceFilters;
  onChange: (next: AbsenceFilters) => void;
}) {
  const { t } = useTranslation();
  const causes = useClassificationOptions();
  return (
    <Group align="flex-end" gap="md">
      <MultiSelect
        label={t('reportLists.filters.causes')}
        searchable
        placeholder={value.causes.length === 0 ? t('reportLists.filters.all') : undefined}
        data={causes}
        value={value.causes}
        onChange={(chosen) => onChange({ ...value, causes: chosen as AbsenceFilters['causes'] })}
        w={420}
      />
      <OneOrAll
        label={t('reportLists.filters.safetyNet')}
        choices={safetyNetChoices.map((choice) => ({
          value: choice,
          label: t(safetyNetChoiceLabels[choice]),
        }))}
        value={value.safetyNet}
        onChange={(safetyNet) => onChange({ ...value, safetyNet })}
      />
    </Group>
  );
}

/** Trajecthistorie's own filters: one or more protocols, none for all; the case status. */
export function CaseHistoryFilterFields({
  value,
  onChange,
}: {
  value: CaseHistoryFilters;
  onChange: (next: CaseHistoryFilters) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md">
      <MultiSelect
        label={t('reportLists.filters.protocols')}
        placeholder={value.protocols.length === 0 ? t('reportLists.filters.all') : undefined}
        data={caseProtocolCodes.map((code) => ({
          value: code,
          label: t(caseProtocolLabels[code]),
        }))}
        value={value.protocols}
        onChange={(protocols) =>
          onChange({ ...value, protocols: protocols as CaseHistoryFilters['protocols'] })
        }
        w={360}
      />
      <OneOrAll
        label={t('reportLists.filters.status')}
        choices={caseStatuses.map((status) => ({
          value: status,
          label: t(caseStatusLabels[status]),
        }))}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
      />
    </Group>
  );
}
