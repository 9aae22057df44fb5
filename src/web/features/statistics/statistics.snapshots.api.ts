import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  AnnualSummaryReport,
  SnapshotList,
  SnapshotRequest,
} from '../../../contracts/report-snapshots.js';
import { api } from '../../lib/api.js';
import { type ReportFilters, reportSearch } from './statistics.api.js';

/** Verzuimsamenvatting jaar: from the data of now, recorded as a snapshot, or a snapshot opened. */
export const annualSummaryUrl = '/api/reports/verzuimsamenvatting-jaar';
export const snapshotsUrl = '/api/reports/snapshots';

export const annualSummaryQuery = (filters: ReportFilters) =>
  queryOptions({
    queryKey: ['reports', 'annual-summary', filters],
    queryFn: ({ signal }) =>
      api.get<AnnualSummaryReport>(`${annualSummaryUrl}?${reportSearch(filters)}`, signal),
    placeholderData: keepPreviousData,
  });

export const snapshotsQuery = queryOptions({
  queryKey: ['reports', 'snapshots'],
  queryFn: ({ signal }) => api.get<SnapshotList>(snapshotsUrl, signal),
});

export const snapshotQuery = (id: string) =>
  queryOptions({
    queryKey: ['reports', 'snapshots', id],
    queryFn: ({ signal }) => api.get<AnnualSummaryReport>(`${snapshotsUrl}/${id}`, signal),
    // A snapshot never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const recordSnapshot = (filters: ReportFilters) =>
  api.post<AnnualSummaryReport>(snapshotsUrl, filters satisfies SnapshotRequest);

/** The Excel export of what is shown: the snapshot's, or the summary of now. */
export function annualSummaryExportUrl(
  report: AnnualSummaryReport,
  filters: ReportFilters,
  format: 'xlsx' | 'pdf',
) {
  return report.snapshot
    ? `${snapshotsUrl}/${report.snapshot.id}?format=${format}`
    : `${annualSummaryUrl}?${reportSearch(filters, format)}`;
}
