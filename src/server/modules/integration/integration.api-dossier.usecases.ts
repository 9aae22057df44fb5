import { createHash } from 'node:crypto';
import type {
  ApiDocument,
  ApiDocumentFields,
  ApiPregnancy,
  ApiReportPregnancy,
} from '../../../contracts/api-v1-dossier.js';
import type { ApiEmployeeKey } from '../../../contracts/api-v1.js';
import type { CaseView } from '../../../contracts/cases.js';
import type { Db } from '../../db/connection.js';
import { inTenant, type TenantDb } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { AppError, errors } from '../../platform/errors.js';
import type { ApiCaller } from '../../platform/session/bearer.plugin.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { DossierUseCases } from '../dossier/dossier.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { CasesInTransaction } from './integration.api-writes.usecases.js';
import { createApiClientsRepository } from './integration.clients.repository.js';
import { actorOf, type ApiAnswer, apiWriteFrame } from './integration.context.js';

/** The dossier use cases an API write calls inside its transaction. */
export type DossierInTransaction = Pick<DossierUseCases, 'uploadDocument'>;

/** A pregnancy case as the API shows it. */
function apiPregnancyOf(view: CaseView): ApiPregnancy {
  const pregnancy = view.pregnancy;
  if (!pregnancy) throw errors.internal('a pregnancy case without its pregnancy');
  return {
    id: view.id,
    employeeId: view.employeeId,
    firstDay: view.firstDay,
    lastDay: view.lastDay,
    endReason: view.endReason,
    expectedDelivery: pregnancy.expectedDelivery,
    multipleBirth: pregnancy.multipleBirth,
    lastWorkingDay: pregnancy.lastWorkingDay,
    freeDayBetween: pregnancy.freeDayBetween,
    actualDelivery: pregnancy.actualDelivery,
    leave: pregnancy.leave,
  };
}

/** A file upload to an employee's dossier through the API. */
export type ApiDocumentUpload = ApiDocumentFields & { fileName: string; content: Buffer };

/**
 * The pregnancies and dossier documents of the REST API v1 (issue 13). The writes run in the
 * frame of every API write (integration.context.ts: Idempotency-Key, one transaction, the
 * `api.called` entry) and call the owning module's use case bound to that transaction: the cases
 * module's `reportPregnancy` (its rules, its WAZO tasks through the tasks' listener, its audit
 * entry) and the dossier's `uploadDocument` (its size and type checks, its storage, its audit
 * entry; the documents signal reads the row it writes). The employee is addressed as in GET; one
 * the employer does not have is not found (404).
 */
export function apiDossierUseCases({
  db,
  audit,
  organisation,
  employees,
  cases,
  casesIn,
  dossierIn,
}: {
  db: Db;
  audit: AuditWriter;
  organisation: Pick<OrganisationUseCases, 'hrIntegrationModeIn'>;
  employees: Pick<EmployeesUseCases, 'apiEmployeesIn'>;
  cases: Pick<CasesUseCases, 'apiAbsencesIn'>;
  casesIn: (tx: TenantDb) => CasesInTransaction;
  dossierIn: (tx: TenantDb) => DossierInTransaction;
}) {
  const written = apiWriteFrame({ db, audit, organisation });

  /** Our id of the employee the path names; 404 when the employer has none such. */
  async function employeeIdOf(
    tx: TenantDb,
    caller: ApiCaller,
    employee: ApiEmployeeKey,
  ): Promise<string> {
    const [found] = await employees.apiEmployeesIn(tx, caller.employerId, { key: employee });
    if (!found) throw errors.notFound();
    return found.id;
  }

  /** Our id of the absence a document is linked to: a uuid as given, an hrAbsenceId looked up. */
  async function absenceIdOf(
    tx: TenantDb,
    caller: ApiCaller,
    absence: ApiDocumentFields['absenceId'],
  ): Promise<string | null> {
    if (absence === undefined) return null;
    if ('id' in absence && absence.id !== undefined) return absence.id;
    const [found] = await cases.apiAbsencesIn(tx, caller.employerId, { key: absence });
    if (!found) throw errors.invalidField('absenceId', 'dossier_case_unknown');
    return found.id;
  }

  return {
    /** The employee's pregnancies, newest first, read as the app's case list reads them. */
    apiPregnancies(caller: ApiCaller, employee: ApiEmployeeKey): Promise<{ data: ApiPregnancy[] }> {
      return inTenant(db, caller.employerId, async (tx) => {
        const employeeId = await employeeIdOf(tx, caller, employee);
        const all = await casesIn(tx).listCases(actorOf(caller), employeeId);
        const data = all.filter((view) => view.kind === 'pregnancy').map(apiPregnancyOf);
        await audit.record(
          {
            employerId: caller.employerId,
            userId: null,
            action: 'api.called',
            subjectType: 'api_client',
            subjectId: caller.clientId,
            ip: caller.ip,
            requestId: caller.requestId,
            details: { operation: 'pregnancies.list', count: data.length },
          },
          tx,
        );
        return { data };
      });
    },

    /**
     * Zwangerschap melden from the HR system, as in the app: the last working day inside its
     * window, the leave's start inside an employment, no other open pregnancy, no leave on
     * registered sick days; the WAZO tasks follow. Absence data: modes `full` and `absence_only`.
     */
    apiReportPregnancy(
      caller: ApiCaller,
      employee: ApiEmployeeKey,
      body: ApiReportPregnancy,
      idempotencyKey: string | undefined,
    ): Promise<ApiAnswer<ApiPregnancy>> {
      return written(
        caller,
        { name: 'pregnancies.report', area: 'absences' },
        { idempotencyKey, fingerprint: { employee, body } },
        async (tx, actor) => {
          const employeeId = await employeeIdOf(tx, caller, employee);
          const view = await casesIn(tx).reportPregnancy(actor, employeeId, body);
          return { statusCode: 201, body: apiPregnancyOf(view) };
        },
      );
    },

    /**
     * A document uploaded to the employee's dossier, as the app's upload stores it, with the API
     * client (by name) as its uploader. The request's fingerprint is the fields, the file's name
     * and the SHA-256 of its bytes.
     */
    apiUploadDocument(
      caller: ApiCaller,
      employee: ApiEmployeeKey,
      upload: ApiDocumentUpload,
      idempotencyKey: string | undefined,
    ): Promise<ApiAnswer<ApiDocument>> {
      const sha256 = createHash('sha256').update(upload.content).digest('hex');
      return written(
        caller,
        { name: 'documents.upload', area: 'documents' },
        {
          idempotencyKey,
          fingerprint: {
            employee,
            category: upload.category,
            absenceId: upload.absenceId,
            fileName: upload.fileName,
            sha256,
          },
        },
        async (tx, actor) => {
          const employeeId = await employeeIdOf(tx, caller, employee);
          const caseId = await absenceIdOf(tx, caller, upload.absenceId);
          const client = await createApiClientsRepository(tx).find(
            caller.employerId,
            caller.clientId,
          );
          if (!client) throw errors.internal('the calling API client is gone');
          const document = await dossierIn(tx)
            .uploadDocument(actor, employeeId, {
              category: upload.category,
              caseId,
              uploadedName: upload.fileName,
              content: upload.content,
              uploadedBy: { apiClientId: client.id, name: client.name },
            })
            .catch((error: unknown) => {
              // The dossier names the link `caseId`; the API's field is `absenceId`.
              if (error instanceof AppError && error.fields?.[0]?.path === 'caseId') {
                throw errors.invalidField('absenceId', error.fields[0].code);
              }
              throw error;
            });
          return {
            statusCode: 201,
            body: {
              id: document.id,
              employeeId,
              absenceId: document.caseId,
              category: document.category,
              fileName: document.fileName,
              kind: document.kind,
              sizeBytes: document.sizeBytes,
              uploadedByName: document.uploadedByName,
              uploadedAt: document.uploadedAt,
            },
          };
        },
      );
    },
  };
}
