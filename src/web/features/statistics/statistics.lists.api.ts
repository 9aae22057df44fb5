import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ClassificationValue } from '../../../contracts/cases.js';
import type {
  AbsencePerEmployeeReport,
  CaseHistoryReport,
  caseProtocolCodes,
  caseStatuses,
  InsurerCasesReport,
  safetyNetChoices,
} from '../../../contracts/report-lists.js';
import type { ReportFormat } from '../../../contracts/reports.js';
import { api } from '../../lib/api.js';
import { type ReportFilters, reportSearch } from './statistics.api.js';

/** The list reports of Statistieken and the URL each answers on. */
export const listReportUrls = {
  'verzuim-per-medewerker': '/api/reports/verzuim-per-medewerker',
  'ziektetrajecten-per-verzekeraar': '/api/reports/ziektetrajecten-per-verzekeraar',
  trajecthistorie: '/api/reports/trajecthistorie',
} as const;
export type ListReportId = keyof typeof listReportUrls;

/** Trajecthistorie's own filters. */
export type CaseHistoryFilters = {
  protocols: (typeof caseProtocolCodes)[number][];
  status: (typeof caseStatuses)[number] | null;
};

/** OverzichtVerzuimPerMedewerker's own filters: causes of absence and vangnet situation. */
export type AbsenceFilters = {
  causes: ClassificationValue[];
  safetyNet: (typeof safetyNetChoices)[number] | null;
};

/** The query string of the filters of every report and a list's own ones that are chosen. */
function listSearch(
  filters: ReportFilters,
  format: ReportFormat,
  own: Record<string, string>,
): string {
  const search = new URLSearchParams(reportSearch(filters, format));
  for (const [key, value] of Object.entries(own)) if (value !== '') search.set(key, value);
  return search.toString();
}

/** The query string of Trajecthistorie and of its Excel and PDF exports. */
export const caseHistorySearch = (
  filters: ReportFilters,
  extra: CaseHistoryFilters,
  format: ReportFormat = 'json',
) =>
  listSearch(filters, format, { protocols: extra.protocols.join(','), status: extra.status ?? '' });

/** The query string of OverzichtVerzuimPerMedewerker and of its Excel and PDF exports. */
export const absencePerEmployeeSearch = (
  filters: ReportFilters,
  extra: AbsenceFilters,
  format: ReportFormat = 'json',
) =>
  listSearch(filters, format, { causes: extra.causes.join(','), safetyNet: extra.safetyNet ?? '' });

export const absencePerEmployeeQuery = (filters: ReportFilters, extra: AbsenceFilters) =>
  queryOptions({
    queryKey: ['reports', 'verzuim-per-medewerker', filters, extra],
    queryFn: ({ signal }) =>
      api.get<AbsencePerEmployeeReport>(
        `${listReportUrls['verzuim-per-medewerker']}?${absencePerEmployeeSearch(filters, extra)}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const insurerCasesQuery = (filters: ReportFilters) =>
  queryOptions({
    queryKey: ['reports', 'ziektetrajecten-per-verzekeraar', filters],
    queryFn: ({ signal }) =>
      api.get<InsurerCasesReport>(
        `${listReportUrls['ziektetrajecten-per-verzekeraar']}?${reportSearch(filters)}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const caseHistoryQuery = (filters: ReportFilters, extra: CaseHistoryFilters) =>
  queryOptions({
    queryKey: ['reports', 'trajecthistorie', filters, extra],
    queryFn: ({ signal }) =>
      api.get<CaseHistoryReport>(
        `${listReportUrls.trajecthistorie}?${caseHistorySearch(filters, extra)}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
