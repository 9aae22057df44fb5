import { Paper, Select, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeSearchResponse } from '../../../contracts/employees.js';
import { Page } from '../../components/Page.js';
import { api } from '../../lib/api.js';
import { displayName } from '../employees/employees.api.js';
import { selectClearButtonProps } from '../../theme.js';
import { AbsenceSection } from './AbsenceSection.js';
import { sickTodayQuery } from './cases.api.js';

/**
 * Verzuim melden from the dashboard: find the employee (Dossier zoeken, within the user's scope),
 * then the same Verzuim section as in the dossier. Works for a verzuimmelder, who may search and
 * report but not open the dossier.
 */
export function ReportAbsencePage({ employeeId }: { employeeId?: string | undefined }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Undefined until the user chooses here: until then the employee of the address stands. Null
  // once cleared, so that clearing a preselected employee does not bring it back.
  const [picked, setChosen] = useState<{ value: string; label: string } | null | undefined>(
    undefined,
  );
  // Chosen on Actueel verzuim: the name comes from that list, which every reporter may read.
  const sick = useQuery({
    ...sickTodayQuery({ sort: 'name', page: 1, pageSize: 100 }),
    enabled: employeeId !== undefined && picked === undefined,
  });
  const preselected = employeeId
    ? {
        value: employeeId,
        label:
          sick.data?.items.find((row) => row.employeeId === employeeId)?.name ??
          t('cases.report.employee'),
      }
    : null;
  const chosen = picked === undefined ? preselected : picked;
  const hits = useQuery({
    queryKey: ['cases', 'employee-search', search],
    queryFn: ({ signal }) =>
      api.get<EmployeeSearchResponse>(
        `/api/employees?${new URLSearchParams({ name: search, limit: '20' }).toString()}`,
        signal,
      ),
    enabled: search.trim().length >= 2,
  });
  const options = (hits.data?.items ?? []).map((hit) => ({
    value: hit.id,
    label: [displayName(hit), hit.personnelNumber].filter(Boolean).join(' · '),
  }));
  return (
    <Page title={t('cases.report.title')}>
      <Stack>
        <Select
          label={t('cases.report.employee')}
          placeholder={t('cases.report.employeePlaceholder')}
          searchable
          clearable
          clearButtonProps={selectClearButtonProps(t('cases.report.clearEmployee'))}
          searchValue={search}
          onSearchChange={setSearch}
          data={
            chosen && !options.some((option) => option.value === chosen.value)
              ? [chosen, ...options]
              : options
          }
          value={chosen?.value ?? null}
          onChange={(_value, option) => setChosen(option ?? null)}
          filter={({ options: all }) => all}
          nothingFoundMessage={search.trim().length >= 2 ? t('cases.report.noResults') : undefined}
          maw={480}
        />
        {chosen && (
          <Paper withBorder p="md" component="section" aria-labelledby="report-absence-employee">
            <Stack gap="sm">
              <Title order={2} size="h3" id="report-absence-employee">
                {chosen.label}
              </Title>
              <AbsenceSection key={chosen.value} dossier={{ id: chosen.value }} />
            </Stack>
          </Paper>
        )}
      </Stack>
    </Page>
  );
}
