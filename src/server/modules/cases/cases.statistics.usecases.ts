import type { SQL } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  type ApiAbsenceRow,
  type ApiAbsenceSelection,
  apiAbsences,
} from './cases.api.repository.js';
import {
  casesByHrAbsenceIds,
  type ReportCaseRow,
  reportCases,
} from './cases.report-lists.repository.js';
import {
  type SicknessEpisodeRow,
  sicknessEpisodes,
  sicknessEpisodesQuery,
  sickStretchesQuery,
} from './cases.statistics.repository.js';

export type { SicknessEpisodeRow } from './cases.statistics.repository.js';
export type { ReportCaseRow } from './cases.report-lists.repository.js';
export type { ApiAbsenceRow } from './cases.api.repository.js';

/** What the statistics (the reports module) and the REST API v1 (integration) read of the cases. */
export function caseStatisticsUseCases() {
  return {
    /**
     * The sickness episodes with a sick day in `from`–`to` and their percentages, in the
     * caller's tenant transaction: the numerator of the verzuimpercentage.
     */
    sicknessEpisodesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      from: string,
      to: string,
    ): Promise<SicknessEpisodeRow[]> {
      return sicknessEpisodes(tx, employerId, from, to);
    },
    /**
     * The sickness episodes' stretches at one percentage with a sick day in `from`–`to`, as a
     * subquery the reports module sums in the database (columns: cases.statistics.repository.ts).
     */
    sickStretchesQuery(employerId: AuthorizedEmployerId, from: string, to: string): SQL {
      return sickStretchesQuery(employerId, from, to);
    },
    /** The sickness episodes with a sick day in `from`–`to`, as a subquery (the same). */
    sicknessEpisodesQuery(employerId: AuthorizedEmployerId, from: string, to: string): SQL {
      return sicknessEpisodesQuery(employerId, from, to);
    },
    /**
     * The cases (sickness and pregnancy) with a day in `from`–`to`, with segments and flags, in
     * the caller's tenant transaction: the rows of the list reports. The report applies the
     * scope and what a role is shown of a classification.
     */
    /** The cases the HR system knows by these absence ids (koppeling), in the caller's transaction. */
    casesByHrAbsenceIdsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      hrAbsenceIds: readonly string[],
    ): Promise<{ id: string; employeeId: string; hrAbsenceId: string }[]> {
      return casesByHrAbsenceIds(tx, employerId, hrAbsenceIds);
    },
    reportCasesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      from: string,
      to: string,
    ): Promise<ReportCaseRow[]> {
      return reportCases(tx, employerId, from, to);
    },
    /**
     * A page of sickness episodes with their percentages for an API client, or the one its key
     * names, in the caller's tenant transaction (which writes the audit entry of the call); the
     * whole employer.
     */
    apiAbsencesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      selection: ApiAbsenceSelection,
    ): Promise<ApiAbsenceRow[]> {
      return apiAbsences(tx, employerId, selection);
    },
  };
}
