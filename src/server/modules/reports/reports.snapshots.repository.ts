import { and, desc, eq } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { SnapshotData, SnapshotFilter } from './reports.snapshots.models.js';
import { reportSnapshots } from './reports.table.js';

/** The snapshots a viewer may open (the rule is reports.snapshots.usecases.ts's). */
export type SnapshotViewer = { userId: string; wholeEmployer: boolean };

export type StoredSnapshot = {
  id: string;
  createdBy: string;
  createdAt: Date;
  filter: SnapshotFilter;
};

/** The latest snapshots the list shows; older ones stay openable by id. */
const listLimit = 100;

export function createSnapshotsRepository(db: TenantDb, employerId: AuthorizedEmployerId) {
  const visibleTo = (viewer: SnapshotViewer) =>
    and(
      eq(reportSnapshots.employerId, employerId),
      viewer.wholeEmployer
        ? undefined
        : and(
            eq(reportSnapshots.createdBy, viewer.userId),
            eq(reportSnapshots.wholeEmployer, false),
          ),
    );
  const info = {
    id: reportSnapshots.id,
    createdBy: reportSnapshots.createdBy,
    createdAt: reportSnapshots.createdAt,
    filter: reportSnapshots.filter,
  };
  return {
    async insert(
      createdBy: string,
      wholeEmployer: boolean,
      filter: SnapshotFilter,
      data: SnapshotData,
    ): Promise<StoredSnapshot> {
      const [row] = await db
        .insert(reportSnapshots)
        .values({ employerId, createdBy, wholeEmployer, filter, data })
        .returning(info);
      return row as StoredSnapshot;
    },

    async list(viewer: SnapshotViewer): Promise<StoredSnapshot[]> {
      const rows = await db
        .select(info)
        .from(reportSnapshots)
        .where(visibleTo(viewer))
        .orderBy(desc(reportSnapshots.createdAt), desc(reportSnapshots.id))
        .limit(listLimit);
      return rows as StoredSnapshot[];
    },

    async find(
      viewer: SnapshotViewer,
      id: string,
    ): Promise<(StoredSnapshot & { data: SnapshotData }) | undefined> {
      const [row] = await db
        .select({ ...info, data: reportSnapshots.data })
        .from(reportSnapshots)
        .where(and(visibleTo(viewer), eq(reportSnapshots.id, id)));
      return row as (StoredSnapshot & { data: SnapshotData }) | undefined;
    },
  };
}
