/**
 * Verzuimsamenvatting jaar (issue 12): recorded as a snapshot of the data it needs, within the
 * requester's dossier scope, and computed from that snapshot now and whenever it is opened again.
 *
 * Who may open a snapshot (statistics.read is the route's): a user whose scope is the whole
 * employer opens every snapshot of the employer (it holds nobody they may not see); a user with a
 * limited scope opens only the snapshots they recorded themselves while limited. So a snapshot of
 * the whole employer never reaches a limited user, not even its maker after their scope shrank.
 */
import type {
  AnnualSummaryFilter,
  AnnualSummaryReport,
  SnapshotInfo,
  SnapshotList,
} from '../../../contracts/report-snapshots.js';
import type { TenantDb } from '../../db/tenancy.js';
import { inTenant } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import { monthlyWindowStart } from './reports.models.js';
import {
  annualSummaryOf,
  type SnapshotData,
  type SnapshotFilter,
  snapshotDataOf,
} from './reports.snapshots.models.js';
import {
  createSnapshotsRepository,
  type SnapshotViewer,
  type StoredSnapshot,
} from './reports.snapshots.repository.js';
import { type ReportActor, type ReportsDependencies, reportInputIn } from './reports.usecases.js';

export type SnapshotActor = ReportActor & { userId: string };

const viewerOf = (actor: SnapshotActor): SnapshotViewer => ({
  userId: actor.userId,
  wholeEmployer: actor.scope.kind === 'employer',
});

function filterOf(filter: Omit<AnnualSummaryFilter, 'format'>): SnapshotFilter {
  return {
    from: filter.from,
    to: filter.to,
    method: filter.method,
    level: filter.level,
    unitIds: filter.unitIds ?? [],
  };
}

function infoOf(stored: StoredSnapshot, actor: SnapshotActor): SnapshotInfo {
  return {
    id: stored.id,
    createdAt: stored.createdAt.toISOString(),
    ...stored.filter,
    mine: stored.createdBy === actor.userId,
  };
}

export function createSnapshotsUseCases({
  db,
  organisation,
  employees,
  cases,
}: ReportsDependencies) {
  /** The data of now the filter's figures need, cut to the actor's scope. */
  async function capture(
    tx: TenantDb,
    actor: SnapshotActor,
    filter: SnapshotFilter,
  ): Promise<SnapshotData> {
    const { input, departments } = await reportInputIn(
      { organisation, employees, cases },
      tx,
      actor,
      filter,
      monthlyWindowStart(filter.from),
    );
    const { fullTimeHours, employments, episodes, scope } = input;
    return snapshotDataOf(
      { departments, fullTimeHours, employments: [...employments], episodes: [...episodes], scope },
      filter,
      filter.to,
    );
  }

  return {
    /** The summary from the data of now, recorded nowhere (the JSON API's GET). */
    annualSummary(
      actor: SnapshotActor,
      query: Omit<AnnualSummaryFilter, 'format'>,
    ): Promise<AnnualSummaryReport> {
      const filter = filterOf(query);
      return inTenant(db, actor.employerId, async (tx) =>
        annualSummaryOf(await capture(tx, actor, filter), filter, null),
      );
    },

    /** Records the snapshot and answers the summary computed from it. */
    recordAnnualSummary(
      actor: SnapshotActor,
      query: Omit<AnnualSummaryFilter, 'format'>,
    ): Promise<AnnualSummaryReport> {
      const filter = filterOf(query);
      return inTenant(db, actor.employerId, async (tx) => {
        const data = await capture(tx, actor, filter);
        const stored = await createSnapshotsRepository(tx, actor.employerId).insert(
          actor.userId,
          actor.scope.kind === 'employer',
          filter,
          data,
        );
        return annualSummaryOf(data, filter, infoOf(stored, actor));
      });
    },

    /** The latest snapshots the actor may open, newest first. */
    listSnapshots(actor: SnapshotActor): Promise<SnapshotList> {
      return inTenant(db, actor.employerId, async (tx) => ({
        items: (await createSnapshotsRepository(tx, actor.employerId).list(viewerOf(actor))).map(
          (stored) => infoOf(stored, actor),
        ),
      }));
    },

    /** The summary of a snapshot the actor may open, from its recorded data; else 404. */
    openSnapshot(actor: SnapshotActor, id: string): Promise<AnnualSummaryReport> {
      return inTenant(db, actor.employerId, async (tx) => {
        const stored = await createSnapshotsRepository(tx, actor.employerId).find(
          viewerOf(actor),
          id,
        );
        if (!stored) throw errors.notFound();
        return annualSummaryOf(stored.data, stored.filter, infoOf(stored, actor));
      });
    },
  };
}

export type SnapshotsUseCases = ReturnType<typeof createSnapshotsUseCases>;
