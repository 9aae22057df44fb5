import type { Db } from '../../../db/connection.js';
import type { AuditWriter } from '../../../platform/audit/audit.js';
import type { Clock } from '../../../platform/clock.js';
import type { CasesUseCases } from '../../cases/cases.usecases.js';
import type { EmployeesUseCases } from '../../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../../organisation/organisation.usecases.js';
import type { UsersUseCases } from '../../users/users.usecases.js';
import { readVerzuimmeldingen, type SiviReading } from './integration.sivi.import.models.js';
import { verzuimmeldingenSchema } from './integration.sivi.schema.js';

/** What the SIVI use cases (export, check, import, processing log) share. */
export type SiviDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  organisation: Pick<OrganisationUseCases, 'getEmployer' | 'listDepartmentsIn'>;
  employees: Pick<
    EmployeesUseCases,
    'employmentHistoriesIn' | 'employeeProfilesIn' | 'reportEmployeesIn' | 'within'
  >;
  cases: Pick<CasesUseCases, 'reportCasesIn' | 'casesByHrAbsenceIdsIn' | 'within'>;
  users: Pick<UsersUseCases, 'displayNamesOf'>;
};

/** The uploaded bytes as text; a file that is no UTF-8 is refused like any unreadable XML. */
export function readUpload(bytes: Uint8Array): SiviReading {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      refusals: [
        { line: 0, element: 'Verzuimmeldingen', code: 'sivi_invalid_xml', detail: 'UTF-8' },
      ],
    };
  }
  return readVerzuimmeldingen(xml, verzuimmeldingenSchema());
}
