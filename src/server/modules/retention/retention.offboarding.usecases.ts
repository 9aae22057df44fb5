import type { OffboardingReport } from '../../../contracts/offboarding.js';
import {
  type AuthorizedEmployerId,
  inTenant,
  type TenantDb,
  trustEmployerId,
} from '../../db/tenancy.js';
import { AppError, errors } from '../../platform/errors.js';
import { writeZip, type ZipFile } from '../../platform/zip/zip-writer.js';
import type { RetentionContext } from './retention.context.js';
import { documentPathOf, subjectAccessJson } from './retention.subject-access.models.js';
import { type SubjectAccessActor, subjectDataIn } from './retention.subject-access.usecases.js';

export type OffboardingExport = { fileName: string; zip: Buffer };

const add = (total: Record<string, number>, counts: Record<string, number>) => {
  for (const [kind, count] of Object.entries(counts)) total[kind] = (total[kind] ?? 0) + count;
};

/**
 * Offboarding an employer (issue 14, operator admin). The export: one ZIP of everything of the
 * employer, read in one tenant transaction (in memory). The erasure: one tenant transaction that
 * refuses while a dossier carries "lopende rechtszaak", erases every dossier through the retention
 * pieces of the owning modules, then the employer's own rows and the employer, and records
 * `employers.offboarded` with the counts; the stored files go after it committed.
 */
export function offboardingUseCases(context: RetentionContext) {
  const { db, clock, audit, organisation, employees, cases, tasks, dossier, vault, users } =
    context;
  const more = context.offboarding;

  async function eraseDossierIn(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    employeeId: string,
  ): Promise<{ counts: Record<string, number>; storageKeys: string[] }> {
    const caseIds = (await cases.retentionCasesIn(tx, employerId, [employeeId])).map(
      (row) => row.id,
    );
    const files = await dossier.eraseDossierRowsIn(tx, employerId, employeeId, null);
    const counts: Record<string, number> = {
      ...files.counts,
      tasks: await tasks.eraseTasksOfCasesIn(tx, employerId, caseIds),
      ...(await cases.eraseCasesIn(tx, employerId, caseIds)),
      vaultEntries: await vault.erasePersonalDataIn(tx, employerId, employeeId),
      scopeEntries: await users.forgetScopeEmployeeIn(tx, employeeId),
    };
    Object.assign(counts, await employees.eraseEmployeeIn(tx, employerId, employeeId));
    return { counts, storageKeys: files.storageKeys };
  }

  return {
    /** The ZIP: werkgever.json (settings, departments, users) and per employee the inzage JSON and files. */
    async offboardingExport(actor: SubjectAccessActor, id: string): Promise<OffboardingExport> {
      const employerId = trustEmployerId(id);
      const exportedAt = clock.now();
      const read = await inTenant(db, employerId, async (tx) => {
        const own = await organisation.employerRowsIn(tx, employerId);
        if (!own) return null;
        const employer = { id: own.employer.id, name: own.employer.name };
        const people = [];
        for (const employeeId of await employees.allEmployeeIdsIn(tx, employerId)) {
          const data = await subjectDataIn(context, tx, employer, employeeId, actor, exportedAt);
          if (data) people.push(data);
        }
        const userRows = await users.employerUsersIn(tx, employerId);
        await audit.record(
          {
            employerId,
            userId: actor.userId,
            ip: actor.ip,
            requestId: actor.requestId,
            action: 'employers.offboarding_exported',
            subjectType: 'employer',
            subjectId: employerId,
            details: {
              employees: people.length,
              departments: own.departments.length,
              users: userRows.length,
              documents: people.reduce((sum, data) => sum + data.dossier.documents.length, 0),
            },
          },
          tx,
        );
        return { own, people, userRows };
      });
      if (!read) throw errors.notFound();
      const entries: ZipFile[] = [
        {
          name: 'werkgever.json',
          data: Buffer.from(
            JSON.stringify(
              {
                format: 'verzuim-employer-export/1',
                exportedAt: exportedAt.toISOString(),
                exportedBy: actor.userId,
                employer: read.own.employer,
                departments: read.own.departments,
                users: read.userRows,
                employees: read.people.map((data) => ({
                  id: data.person.employee.id,
                  folder: `medewerkers/${data.person.employee.id}/`,
                })),
              },
              null,
              2,
            ),
            'utf8',
          ),
        },
      ];
      for (const data of read.people) {
        const folder = `medewerkers/${data.person.employee.id}/`;
        const missing = new Set<string>();
        const files: ZipFile[] = [];
        for (const document of data.dossier.documents) {
          try {
            const bytes = await dossier.storedDocumentBytes(document.storageKey);
            files.push({ name: folder + documentPathOf(document), data: bytes });
          } catch {
            missing.add(document.id);
          }
        }
        const json = JSON.stringify(subjectAccessJson(data, missing), null, 2);
        entries.push({ name: `${folder}gegevens.json`, data: Buffer.from(json, 'utf8') }, ...files);
      }
      const date = exportedAt.toISOString().slice(0, 10);
      return {
        fileName: `werkgever-${employerId}-${date}.zip`,
        zip: writeZip(entries, exportedAt),
      };
    },

    /** The erasure, confirmed with the employer's name; the report of what went. */
    async offboardEmployer(
      actor: SubjectAccessActor,
      id: string,
      confirmName: string,
    ): Promise<OffboardingReport> {
      const employer = await organisation.getEmployer(id);
      if (!employer) throw errors.notFound();
      if (confirmName.trim() !== employer.name.trim()) {
        throw new AppError('offboarding_name_mismatch', 422);
      }
      const employerId = trustEmployerId(employer.id);
      const done = await inTenant(db, employerId, async (tx) => {
        if (!(await organisation.lockEmployerIn(tx, employerId))) return null;
        const employeeIds = await employees.allEmployeeIdsIn(tx, employerId);
        const tags = await employees.dossierTagsIn(tx, employerId, employeeIds);
        const held = employeeIds.filter((employeeId) =>
          (tags.get(employeeId) ?? []).includes('legal_proceedings'),
        );
        if (held.length > 0) {
          throw new AppError('dossier_legal_proceedings', 409, {
            params: { count: held.length },
            fields: held.map((employeeId) => ({
              path: `employees.${employeeId}`,
              code: 'legal_proceedings',
            })),
          });
        }
        const erased: Record<string, number> = {};
        const storageKeys: string[] = [];
        for (const employeeId of employeeIds) {
          const dossierErased = await eraseDossierIn(tx, employerId, employeeId);
          add(erased, dossierErased.counts);
          storageKeys.push(...dossierErased.storageKeys);
        }
        add(erased, await employees.eraseEmployerHeadcountRowsIn(tx, employerId));
        add(erased, await tasks.eraseEmployerTaskRowsIn(tx, employerId));
        add(erased, await more.signals.eraseEmployerSignalRowsIn(tx, employerId));
        const reports = await more.reports.eraseEmployerReportRowsIn(tx, employerId);
        add(erased, reports.counts);
        add(erased, await more.integration.eraseEmployerIntegrationRowsIn(tx, employerId));
        add(erased, await more.sivi.eraseEmployerSiviRowsIn(tx, employerId));
        add(erased, await vault.eraseEmployerVaultRowsIn(tx, employerId));
        const members = await users.eraseEmployerMembershipsIn(tx, employerId);
        add(erased, members.counts);
        const accounts = members.accountsToErase;
        add(erased, await more.auth.eraseSessionsForEmployerIn(tx, employerId, accounts));
        add(erased, await more.factors.eraseFactorsOfUsersIn(tx, accounts));
        erased.departments = await organisation.eraseDepartmentsIn(tx, employerId);
        erased.users = await users.eraseUsersIn(tx, accounts);
        erased.employers = await organisation.eraseEmployerRowIn(tx, employerId);
        const erasedAt = clock.now();
        await audit.record(
          {
            employerId,
            userId: actor.userId,
            ip: actor.ip,
            requestId: actor.requestId,
            action: 'employers.offboarded',
            subjectType: 'employer',
            subjectId: employerId,
            details: { erased, files: storageKeys.length + reports.fileKeys.length },
          },
          tx,
        );
        return { erased, erasedAt, storageKeys, exportKeys: reports.fileKeys };
      });
      if (!done) throw errors.notFound();
      await dossier.eraseStoredFiles(done.storageKeys);
      await more.reports.eraseExportFiles(done.exportKeys);
      return {
        employerId,
        erasedAt: done.erasedAt.toISOString(),
        erased: done.erased,
        files: done.storageKeys.length + done.exportKeys.length,
      };
    },
  };
}
