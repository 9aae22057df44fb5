/**
 * Report exports as background jobs (issue 12). `request` stores what to make (the filter, the
 * requester's scope and language at that moment) and puts a job on the queue; the job (`run`)
 * computes the report as the requester would have got it, writes the file to the file storage and
 * records its progress on the way; the requester polls, and downloads the file until it expires
 * (7 days), when `cleanup` removes row and file. An export is its requester's alone: anyone else,
 * of the employer or another, gets 404.
 */
import type { Readable } from 'node:stream';
import {
  type ExportableReport,
  type ExportRequest,
  exportRetentionDays,
  type ReportExport,
  type ReportExportList,
} from '../../../contracts/report-exports.js';
import type { Db } from '../../db/connection.js';
import { inTenant, trustEmployerId } from '../../db/tenancy.js';
import type { Clock } from '../../platform/clock.js';
import { errors } from '../../platform/errors.js';
import type { FileStorage } from '../../platform/files/files.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Locale } from '../../../contracts/common.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import { type ReportMaker, type ReportMakerActor, reportMakers } from './reports.catalogue.js';
import {
  createExportJobsRepository,
  exportOf,
  type StoredExportRequest,
} from './reports.exportjobs.repository.js';
import type { SnapshotActor, SnapshotsUseCases } from './reports.snapshots.usecases.js';
import { refuseHiddenCauses } from './reports.lists.usecases.js';
import { departmentsWithUnitsIn } from './reports.units.js';
import { reportOffboardingUseCases } from './reports.offboarding.usecases.js';

export type ExportJobsDependencies = {
  db: Db;
  clock: Clock;
  files: FileStorage;
  organisation: Pick<OrganisationUseCases, 'listEmployers' | 'listDepartmentsIn'>;
  reports: Parameters<typeof reportMakers>[0];
  snapshots: Pick<SnapshotsUseCases, 'annualSummary'>;
};

/** The job's data: which export of which employer. */
export type ExportJob = { exportId: string; employerId: string };

const retentionMs = exportRetentionDays * 24 * 60 * 60 * 1000;

export function createExportJobsUseCases(dependencies: ExportJobsDependencies) {
  const { db, clock, files, organisation, reports, snapshots } = dependencies;
  const makers: Record<ExportableReport, ReportMaker<unknown>> = reportMakers(reports, snapshots);

  /** Puts a job on the queue; without a job runner (tests, JOBS_ENABLED=false) it runs here. */
  let enqueue: ((job: ExportJob) => Promise<unknown>) | undefined;
  const running = new Set<Promise<unknown>>();

  async function run(job: ExportJob): Promise<void> {
    const employerId = trustEmployerId(job.employerId);
    const repository = (tx: Parameters<typeof createExportJobsRepository>[0]) =>
      createExportJobsRepository(tx, employerId);
    const row = await inTenant(db, employerId, (tx) => repository(tx).find(job.exportId));
    if (!row || row.status === 'done') return;
    const setProgress = (values: Parameters<ReturnType<typeof repository>['update']>[1]) =>
      inTenant(db, employerId, (tx) => repository(tx).update(row.id, values));
    const stored = row.request as StoredExportRequest;
    const maker = makers[row.report as ExportableReport];
    const format = row.format as 'xlsx' | 'pdf';
    try {
      await setProgress({ status: 'running', progress: 10 });
      const t = translator(stored.locale as Locale);
      const { scope, role, ip, requestId } = stored;
      const report = await maker.compute(
        { employerId, userId: row.requestedBy, scope, role, ip, requestId },
        stored.filter,
      );
      const context = { t, locale: stored.locale, printedAt: clock.now() };
      const body = await (format === 'pdf' ? maker.pdf : maker.workbook)(report, context);
      await setProgress({ progress: 80 });
      const fileKey = `report-exports/${employerId}/${row.id}`;
      await files.put(fileKey, body);
      await setProgress({
        status: 'done',
        progress: 100,
        fileKey,
        fileName: `${t(maker.fileName)}-${stored.filter.from}-${stored.filter.to}.${format}`,
        finishedAt: clock.now(),
      });
    } catch (error) {
      await setProgress({ status: 'failed', finishedAt: clock.now() });
      throw error;
    }
  }

  return {
    ...reportOffboardingUseCases(files),

    /** Wires the job queue (reports.exportjobs.job.ts). */
    useQueue(send: (job: ExportJob) => Promise<unknown>): void {
      enqueue = send;
    },

    /** Stores the export and queues its job; the answer is the export, queued. */
    async request(
      actor: ReportMakerActor & { locale: Locale },
      body: ExportRequest,
    ): Promise<ReportExport> {
      const { report, format, ...filter } = body;
      const now = clock.now();
      const row = await inTenant(db, actor.employerId, async (tx) => {
        // Refused now, not as a failed job later: the user is still looking at the form.
        await departmentsWithUnitsIn(organisation, tx, actor, filter.unitIds);
        if (report === 'verzuim-per-medewerker') refuseHiddenCauses(actor, filter.causes);
        return createExportJobsRepository(tx, actor.employerId).insert({
          requestedBy: actor.userId,
          report,
          format,
          request: {
            filter,
            scope: actor.scope,
            locale: actor.locale,
            role: actor.role,
            ip: actor.ip,
            requestId: actor.requestId,
          },
          expiresAt: new Date(now.getTime() + retentionMs),
        });
      });
      const job = { exportId: row.id, employerId: actor.employerId };
      if (enqueue) {
        await enqueue(job);
      } else {
        const done = run(job).catch(() => undefined);
        running.add(done);
        void done.finally(() => running.delete(done));
      }
      return exportOf(row);
    },

    run,

    /** The requester's exports not yet removed, newest first. */
    list(actor: SnapshotActor): Promise<ReportExportList> {
      return inTenant(db, actor.employerId, async (tx) => ({
        items: (
          await createExportJobsRepository(tx, actor.employerId).listOf(actor.userId, clock.now())
        ).map(exportOf),
      }));
    },

    async get(actor: SnapshotActor, id: string): Promise<ReportExport> {
      const row = await inTenant(db, actor.employerId, (tx) =>
        createExportJobsRepository(tx, actor.employerId).findOf(actor.userId, id, clock.now()),
      );
      if (!row) throw errors.notFound();
      return exportOf(row);
    },

    /** The file of a finished export of the requester; 404 otherwise. */
    async download(
      actor: SnapshotActor,
      id: string,
    ): Promise<{ content: Readable; fileName: string; format: 'xlsx' | 'pdf' }> {
      const row = await inTenant(db, actor.employerId, (tx) =>
        createExportJobsRepository(tx, actor.employerId).findOf(actor.userId, id, clock.now()),
      );
      if (!row || row.status !== 'done' || !row.fileKey || !row.fileName) throw errors.notFound();
      return {
        content: await files.get(row.fileKey),
        fileName: row.fileName,
        format: row.format as 'xlsx' | 'pdf',
      };
    },

    /** Removes the expired exports of every employer, rows and files. */
    async cleanup(): Promise<{ removed: number }> {
      const now = clock.now();
      let removed = 0;
      for (const employer of await organisation.listEmployers()) {
        const employerId = trustEmployerId(employer.id);
        const keys = await inTenant(db, employerId, (tx) =>
          createExportJobsRepository(tx, employerId).deleteExpired(now),
        );
        for (const key of keys) await files.delete(key);
        removed += keys.length;
      }
      return { removed };
    },

    /** Resolves when the exports run here (no job runner) have finished. */
    async settled(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export type ExportJobsUseCases = ReturnType<typeof createExportJobsUseCases>;
