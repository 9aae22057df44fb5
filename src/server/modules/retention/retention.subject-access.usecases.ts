import type { Locale } from '../../../contracts/common.js';
import { inTenant, type TenantDb, trustEmployerId } from '../../db/tenancy.js';
import { type AuditActor, auditEntriesAbout } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import { renderPdf } from '../../platform/pdf/pdf.js';
import { writeZip, type ZipFile } from '../../platform/zip/zip-writer.js';
import type { RetentionContext } from './retention.context.js';
import {
  documentPathOf,
  type SubjectAccessData,
  subjectAccessJson,
  subjectAccessPdf,
} from './retention.subject-access.models.js';

export type SubjectAccessActor = Pick<AuditActor, 'userId' | 'ip' | 'requestId'>;

export type SubjectAccessExport = { fileName: string; zip: Buffer };

/**
 * Everything held on one employee, read in the caller's tenant transaction through the owning
 * modules' use cases; null when the employee is not the employer's. `beforeAudit` runs before the
 * audit entries are read (the inzage records its own download there, so the export lists itself).
 * Also the per-employee part of the offboarding export.
 */
export async function subjectDataIn(
  context: RetentionContext,
  tx: TenantDb,
  employer: { id: string; name: string },
  employeeId: string,
  actor: SubjectAccessActor,
  exportedAt: Date,
  beforeAudit?: (counts: { cases: number; notes: number; documents: number }) => Promise<void>,
): Promise<SubjectAccessData | null> {
  const { employees, cases, tasks, dossier, users } = context;
  const employerId = trustEmployerId(employer.id);
  const person = await employees.subjectAccessEmployeeIn(tx, employerId, employeeId);
  if (!person) return null;
  const caseData = await cases.subjectAccessCasesIn(tx, employerId, employeeId);
  const taskRows = await tasks.subjectAccessTasksIn(tx, employerId, employeeId);
  const dossierData = await dossier.subjectAccessDossierIn(tx, employerId, employeeId);
  await beforeAudit?.({
    cases: caseData.cases.length,
    notes: dossierData.notes.length,
    documents: dossierData.documents.length,
  });
  const subjectIds = [
    ...person.employments.map((row) => row.id),
    ...caseData.cases.map((row) => row.id),
    ...taskRows.map((row) => row.id),
    ...dossierData.notes.map((row) => row.id),
    ...dossierData.documents.map((row) => row.id),
    ...dossierData.functionalAdvices.map((row) => row.id),
    ...dossierData.consultationFeedback.map((row) => row.id),
  ];
  const auditRows = await auditEntriesAbout(tx, { employerId, employeeId, subjectIds });
  const userIds = [
    ...new Set([
      actor.userId,
      ...auditRows.flatMap((row) => (row.userId === null ? [] : [row.userId])),
    ]),
  ];
  const userNames = await users.displayNamesOf(userIds, tx);
  return {
    employer: { id: employer.id, name: employer.name },
    person,
    cases: caseData,
    tasks: taskRows,
    dossier: dossierData,
    audit: auditRows,
    userNames,
    exportedAt,
    exportedBy: { userId: actor.userId, name: userNames.get(actor.userId) ?? actor.userId },
  };
}

/**
 * Inzage (AVG art. 15, issue 14): everything held on one employee of one employer, as a ZIP for
 * the operator admin. One tenant transaction reads the rows through the owning modules' use
 * cases and writes the audit entry `retention.subject_access_exported` first, so the export's
 * own audit lines include it; the documents' bytes are read from the file storage after it.
 * 404 for an employer or employee that is not there (another employer's employee included).
 */
export function subjectAccessUseCases(context: RetentionContext) {
  const { db, clock, audit, organisation, dossier } = context;

  async function gather(
    actor: SubjectAccessActor,
    employer: { id: string; name: string },
    employeeId: string,
  ): Promise<SubjectAccessData | null> {
    const employerId = trustEmployerId(employer.id);
    return inTenant(db, employerId, async (tx) => {
      const exportedAt = clock.now();
      return subjectDataIn(context, tx, employer, employeeId, actor, exportedAt, async (counts) => {
        await audit.record(
          {
            employerId,
            userId: actor.userId,
            ip: actor.ip,
            requestId: actor.requestId,
            action: 'retention.subject_access_exported',
            subjectType: 'employee',
            subjectId: employeeId,
            details: { employeeId, ...counts },
          },
          tx,
        );
      });
    });
  }

  return {
    /** The ZIP: gegevens.json, dossier.pdf and documenten/… (the stored bytes). */
    async subjectAccessExport(
      actor: SubjectAccessActor,
      employerId: string,
      employeeId: string,
      locale: Locale,
    ): Promise<SubjectAccessExport> {
      const employer = await organisation.getEmployer(employerId);
      if (!employer) throw errors.notFound();
      const data = await gather(actor, employer, employeeId);
      if (!data) throw errors.notFound();
      const documents: ZipFile[] = [];
      const missing = new Set<string>();
      for (const document of data.dossier.documents) {
        try {
          const bytes = await dossier.storedDocumentBytes(document.storageKey);
          documents.push({ name: documentPathOf(document), data: bytes });
        } catch {
          missing.add(document.id);
        }
      }
      const json = JSON.stringify(subjectAccessJson(data, missing), null, 2);
      const pdf = await renderPdf(subjectAccessPdf(data, translator(locale), locale));
      const zip = writeZip(
        [
          { name: 'gegevens.json', data: Buffer.from(json, 'utf8') },
          { name: 'dossier.pdf', data: pdf },
          ...documents,
        ],
        data.exportedAt,
      );
      const number = data.person.employee.personnelNumber ?? employeeId.slice(0, 8);
      const safe = number.replace(/[^A-Za-z0-9_-]/g, '_');
      const date = data.exportedAt.toISOString().slice(0, 10);
      return { fileName: `inzage-${safe}-${date}.zip`, zip };
    },
  };
}
