import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  AbsencePerEmployeeReport,
  CaseHistoryReport,
  caseProtocolCodes,
  caseStatuses,
  InsurerCasesReport,
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

/** The query string of Trajecthistorie and of its Excel export. */
export function caseHistorySearch(
  filters: ReportFilters,
  extra: CaseHistoryFilters,
  format: ReportFormat = 'json',
): string {
  const search = new URLSearchParams(reportSearch(filters, format));
  if (extra.protocols.length > 0) search.set('protocols', extra.protocols.join(','));
  if (extra.status) search.set('status', extra.status);
  return search.toString();
}

export const absencePerEmployeeQuery = (filters: ReportFilters) =>
  queryOptions({
    queryKey: ['reports', 'verzuim-per-medewerker', filters],
    queryFn: ({ signal }) =>
      api.get<AbsencePerEmployeeReport>(
        `${listReportUrls['verzuim-per-medewerker']}?${reportSearch(filters)}`,
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
