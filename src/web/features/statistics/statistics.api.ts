import { queryOptions } from '@tanstack/react-query';
import type {
  AbsenceAnalysisReport,
  AbsencePercentageReport,
  CountingMethod,
  QuarterlyReport,
  ReportFormat,
  ReportUnit,
} from '../../../contracts/reports.js';
import { api } from '../../lib/api.js';

/** The filters of a report as the screen holds them. */
export type ReportFilters = {
  from: string;
  to: string;
  method: CountingMethod;
  unitIds: string[];
  level: number;
};

/** The statistical reports of the screen, by their id in the JSON API, with their answer. */
export type StatisticalReports = {
  'verzuimpercentage-per-maand': AbsencePercentageReport;
  kwartaalrapportage: QuarterlyReport;
  'verzuimanalyse-totaal': AbsenceAnalysisReport;
};
export type StatisticalReportId = keyof StatisticalReports;

/** The units the filters offer: the departments of the user's dossier scope. */
export const reportUnitsQuery = queryOptions({
  queryKey: ['reports', 'units'],
  queryFn: async ({ signal }) =>
    (await api.get<{ units: ReportUnit[] }>('/api/reports/units', signal)).units,
});

export const reportUrl = (report: StatisticalReportId) => `/api/reports/${report}`;

/** The query string of the report and of its Excel and PDF exports. */
export function reportSearch(filters: ReportFilters, format: ReportFormat = 'json'): string {
  const search = new URLSearchParams({
    from: filters.from,
    to: filters.to,
    method: filters.method,
    level: String(filters.level),
  });
  if (filters.unitIds.length > 0) search.set('unitIds', filters.unitIds.join(','));
  if (format !== 'json') search.set('format', format);
  return search.toString();
}

export const reportQuery = <Id extends StatisticalReportId>(report: Id, filters: ReportFilters) =>
  queryOptions({
    queryKey: ['reports', report, filters],
    queryFn: ({ signal }) =>
      api.get<StatisticalReports[Id]>(`${reportUrl(report)}?${reportSearch(filters)}`, signal),
    // While new filters load the figures shown stay, but never another report's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === report ? previous : undefined,
  });
