import {
  type ImportField,
  type ImportLimits,
  type ImportPreview,
  type ImportResult,
  importColumns,
} from '../../../contracts/integration.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import { auditBy, type AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { TasksUseCases } from '../tasks/tasks.usecases.js';
import { apiReadUseCases } from './integration.api.usecases.js';
import { apiWriteUseCases, type CasesInTransaction } from './integration.api-writes.usecases.js';
import {
  apiDossierUseCases,
  type DossierInTransaction,
} from './integration.api-dossier.usecases.js';
import { apiClientsUseCases } from './integration.clients.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { integrationErrors } from './integration.errors.js';
import {
  type CellError,
  checkAcrossRows,
  checkRow,
  csvTemplate,
  type DepartmentLookup,
  departmentLookup,
  detectFormat,
  type FileProblem,
  type ImportedEmployee,
  type ImportFormat,
  type ImportDepartment,
  mapHeaders,
  parseImportDate,
  maskBsn,
  personnelNumberKey,
  type RawRow,
  readCsv,
  readXlsx,
  rowCells,
  type SheetText,
  xlsxTemplate,
} from './integration.models.js';
import { integrationOffboardingUseCases } from './integration.offboarding.usecases.js';

/** A row with everything checked: its errors, or the employee ready to be stored. */
type AnalysedRow = RawRow & {
  errors: CellError[];
  employee: (ImportedEmployee & { departmentIds: string[] }) | null;
};

type Analysis = {
  format: ImportFormat;
  fields: ImportField[];
  ignoredHeaders: string[];
  rows: AnalysedRow[];
};

const columnOrder = new Map(
  importColumns.map((importColumn, index) => [importColumn.field, index]),
);

function refuse(problem: FileProblem): never {
  switch (problem.kind) {
    case 'unsupported_format':
      throw integrationErrors.unsupportedFormat();
    case 'unreadable':
      throw integrationErrors.unreadable();
    case 'empty':
      throw integrationErrors.empty();
    case 'too_many_rows':
      throw integrationErrors.tooManyRows(problem.limit);
    case 'unpacks_too_large':
      throw integrationErrors.unpacksTooLarge(problem.megabytes);
  }
}

/** True for PostgreSQL's unique violation, also when the driver or Drizzle wrapped it. */
function isUniqueViolation(error: unknown): boolean {
  for (
    let current = error;
    current instanceof Object;
    current = (current as { cause?: unknown }).cause
  ) {
    if ((current as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

export function createIntegrationUseCases({
  db,
  clock,
  audit,
  organisation,
  employees,
  users,
  cases,
  tasks,
  casesIn,
  dossierIn,
  limits,
}: {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  organisation: Pick<OrganisationUseCases, 'listDepartmentsIn' | 'hrIntegrationModeIn'>;
  employees: Pick<
    EmployeesUseCases,
    | 'within'
    | 'assertMaintainedHere'
    | 'apiEmployeesIn'
    | 'apiUpsertEmployeeIn'
    | 'reportEmployeesIn'
  >;
  users: Pick<UsersUseCases, 'displayNamesOf'>;
  cases: Pick<CasesUseCases, 'apiAbsencesIn'>;
  tasks: Pick<TasksUseCases, 'apiTasksIn'>;
  /** The cases use cases bound to a transaction the API's write holds (wired in modules.ts). */
  casesIn: (tx: TenantDb) => CasesInTransaction;
  /** The dossier use cases bound to a transaction the API's write holds (wired in modules.ts). */
  dossierIn: (tx: TenantDb) => DossierInTransaction;
  /** The import's limits, and the dossier's for a document the API uploads. */
  limits: ImportLimits & { documentMaxBytes: number };
}) {
  /**
   * The file's header and rows, or the reason it cannot be read at all; read before the
   * transaction, refused in it after the check whether the employer maintains its staff here.
   */
  async function readSheet(bytes: Uint8Array): Promise<SheetText | FileProblem> {
    const format = detectFormat(bytes);
    if (format === 'xls') return { kind: 'unsupported_format' };
    return format === 'xlsx' ? readXlsx(bytes, limits.maxRows) : readCsv(bytes, limits.maxRows);
  }

  /** The checks before any row is read, in the use case's transaction. */
  async function readableSheetOf(
    tx: TenantDb,
    actor: EmployerActor,
    sheet: SheetText | FileProblem,
  ): Promise<SheetText> {
    await employees.assertMaintainedHere(actor.employerId, tx);
    if ('kind' in sheet) refuse(sheet);
    return sheet;
  }

  /**
   * The departments an import may place employees in: the employer's, and of those only the
   * ones in the actor's dossier scope (a super user limited to some departments imports into
   * those). Any other name is "not found", so nothing tells whether it exists elsewhere.
   */
  async function departmentsFor(tx: TenantDb, actor: EmployerActor): Promise<DepartmentLookup> {
    const departments = await organisation.listDepartmentsIn(tx, actor.employerId);
    const inScope: ImportDepartment[] =
      actor.scope.kind === 'employer'
        ? departments
        : departments.filter((department) =>
            (actor.scope as { departmentIds: readonly string[] }).departmentIds.includes(
              department.id,
            ),
          );
    return departmentLookup(inScope);
  }

  /** Every check of every row; `tx` is the transaction that reads the personnel numbers in use. */
  async function analyse(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    sheet: SheetText,
    findDepartment: DepartmentLookup,
  ): Promise<Analysis> {
    const mapping = mapHeaders(sheet.header);
    if (mapping.missing.length > 0) {
      throw integrationErrors.missingColumns(
        mapping.missing
          .map(
            (field) => importColumns.find((importColumn) => importColumn.field === field)?.header,
          )
          .join(', '),
      );
    }
    if (mapping.duplicated.length > 0) {
      throw integrationErrors.duplicateColumns(
        mapping.duplicated
          .map(
            (field) => importColumns.find((importColumn) => importColumn.field === field)?.header,
          )
          .join(', '),
      );
    }
    const rows: RawRow[] = sheet.rows.flatMap((line) => {
      const cells = rowCells(mapping, line.values);
      return cells ? [{ rowNumber: line.rowNumber, cells }] : [];
    });
    const numbers = [
      ...new Set(
        rows.flatMap((row) =>
          row.cells.personnelNumber ? [personnelNumberKey(row.cells.personnelNumber)] : [],
        ),
      ),
    ];
    const inUse = await employees.within(tx).personnelNumbersInUse(employerId, numbers);
    const acrossRows = checkAcrossRows(rows, inUse);
    const today = amsterdamDateOf(clock.now());
    const analysed = rows.map((row): AnalysedRow => {
      const checked = checkRow(row.cells, today);
      const errors: CellError[] = [...checked.errors, ...(acrossRows.get(row.rowNumber) ?? [])];
      const departmentIds: string[] = [];
      const departmentFields: [ImportField, ImportField][] = [
        ['department', 'startDate'],
        ['department2', 'startDate2'],
      ];
      for (const [field, startField] of departmentFields) {
        const text = row.cells[field];
        if (!text || errors.some((error) => error.field === field)) continue;
        const start = parseImportDate(row.cells[startField] ?? '');
        const found = findDepartment(text, start.ok ? start.value : today);
        if (found.ok) departmentIds.push(found.id);
        else errors.push({ field, code: found.code });
      }
      errors.sort((a, b) => (columnOrder.get(a.field) ?? 0) - (columnOrder.get(b.field) ?? 0));
      return {
        ...row,
        errors,
        employee: checked.ok && errors.length === 0 ? { ...checked.value, departmentIds } : null,
      };
    });
    return {
      format: sheet.format,
      fields: mapping.fields,
      ignoredHeaders: mapping.ignoredHeaders,
      rows: analysed,
    };
  }

  return {
    ...apiClientsUseCases({ db, clock, audit, users }),
    ...integrationOffboardingUseCases(),
    ...apiReadUseCases({ db, audit, organisation, employees, cases, tasks }),
    ...apiWriteUseCases({ db, audit, organisation, employees, cases, casesIn }),
    ...apiDossierUseCases({ db, audit, organisation, employees, cases, casesIn, dossierIn }),
    limits,
    /**
     * Reads the file and checks every row without storing anything: the preview the user
     * corrects the file by. Nothing of the file is kept or logged; the BSN goes back masked.
     */
    async preview(actor: EmployerActor, bytes: Uint8Array, t: Translate): Promise<ImportPreview> {
      const read = await readSheet(bytes);
      const analysis = await inTenant(db, actor.employerId, async (tx) =>
        analyse(
          tx,
          actor.employerId,
          await readableSheetOf(tx, actor, read),
          await departmentsFor(tx, actor),
        ),
      );
      return {
        format: analysis.format,
        fields: analysis.fields,
        ignoredHeaders: analysis.ignoredHeaders,
        rowCount: analysis.rows.length,
        rowsWithErrors: analysis.rows.filter((row) => row.errors.length > 0).length,
        rows: analysis.rows.map((row) => ({
          rowNumber: row.rowNumber,
          cells: row.cells.bsn ? { ...row.cells, bsn: maskBsn(row.cells.bsn) } : row.cells,
          errors: row.errors.map((error) => ({
            field: error.field,
            code: error.code,
            ...(error.params ? { params: error.params } : {}),
            message: t(`errors.field.${error.code}`, error.params),
          })),
        })),
      };
    },

    /**
     * Stores every employee of the file, or none: the file is read and checked again inside
     * one tenant transaction, refused when any row has an error, and any failure while storing
     * rolls everything back. The audit entry holds counts only, no personal data.
     */
    async commit(actor: EmployerActor, bytes: Uint8Array): Promise<ImportResult> {
      const read = await readSheet(bytes);
      try {
        return await inTenant(db, actor.employerId, async (tx) => {
          const sheet = await readableSheetOf(tx, actor, read);
          const findDepartment = await departmentsFor(tx, actor);
          const analysis = await analyse(tx, actor.employerId, sheet, findDepartment);
          const refused = analysis.rows.filter((row) => row.errors.length > 0).length;
          if (refused > 0) throw integrationErrors.rowsHaveErrors(refused);
          const staff = employees.within(tx);
          let employments = 0;
          for (const row of analysis.rows) {
            const imported = row.employee;
            if (!imported) throw new Error(`row ${row.rowNumber} has no errors and no employee`);
            await staff.addEmployee(
              actor.employerId,
              imported.employee,
              imported.employments.map((employment, index) => ({
                startDate: employment.startDate,
                contractStartDate: employment.contractStartDate,
                endDate: employment.endDate,
                departmentId: imported.departmentIds[index] ?? '',
                contractHoursPerWeek: employment.contractHoursPerWeek.toFixed(2),
                functionName: employment.functionName,
                functionGroup: employment.functionGroup,
                employmentType: employment.employmentType,
                noRiskPolicy: employment.noRiskPolicy,
              })),
              imported.personalData,
            );
            employments += imported.employments.length;
          }
          const result = { employees: analysis.rows.length, employments };
          await auditBy(audit, actor).record(
            {
              action: 'employees.imported',
              subjectType: 'employer',
              subjectId: actor.employerId,
              details: { ...result, format: analysis.format },
            },
            tx,
          );
          return result;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw integrationErrors.personnelNumberTaken();
        throw error;
      }
    },

    /** The template to fill in, from the same column definitions the reader uses. */
    async template(
      format: ImportFormat,
      t: Translate,
    ): Promise<{ body: Buffer; contentType: string; fileName: string }> {
      if (format === 'csv') {
        return {
          body: Buffer.from(csvTemplate(), 'utf8'),
          contentType: 'text/csv; charset=utf-8',
          fileName: 'werknemers-importeren.csv',
        };
      }
      return {
        body: await xlsxTemplate(t),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: 'werknemers-importeren.xlsx',
      };
    },
  };
}

export type IntegrationUseCases = ReturnType<typeof createIntegrationUseCases>;
