import type { employees, employments, employmentVersions } from './employees.table.js';
import type { ScopedEmployeeId } from './employees.scope.js';

/** The row shapes the employees repositories read and write. */
export type Employee = typeof employees.$inferSelect;
/** An employee found by the dossier-scope check: its id is the scoped handle. */
export type ScopedEmployee = Employee & { id: ScopedEmployeeId };
export type NewEmployee = Omit<
  typeof employees.$inferInsert,
  'id' | 'employerId' | 'createdAt' | 'updatedAt' | 'sortKey' | 'firstNameKey' | 'serviceEndDate'
>;
export type Employment = typeof employments.$inferSelect;
export type NewEmployment = {
  startDate: string;
  contractStartDate?: string | null;
  endDate?: string | null;
  departmentId: string;
  contractHoursPerWeek: string;
  functionName?: string | null;
  functionGroup?: string | null;
  noRiskPolicy?: boolean;
  employmentType: string;
  /** The HR system's own id of the employment (koppeling), unique within the employer. */
  hrEmploymentId?: string | null;
};

/** An employee found by a key of the HR system, with its employments (koppeling). */
export type HrKeyedEmployee = {
  id: string;
  personnelNumber: string | null;
  employments: {
    id: string;
    startDate: string;
    endDate: string | null;
    hrEmploymentId: string | null;
  }[];
};

/** An employment in force on a date, with the terms of the version valid that day. */
export type EmploymentOnDateRow = {
  employeeId: string;
  employmentId: string;
  departmentId: string;
  contractHoursPerWeek: number;
  employmentType: string;
};

/** An employee as a picker shows them (the dossier-scope tree of Gebruikersbeheer). */
export type EmployeeName = {
  id: string;
  name: string;
  /** The department of the employment in force on the date (else the latest one), if any. */
  departmentId: string | null;
};

export type EmploymentVersion = {
  id: string;
  employmentId: string;
  validFrom: string;
  departmentId: string;
  contractHoursPerWeek: number;
  functionName: string | null;
  functionGroup: string | null;
  employmentType: string;
  noRiskPolicy: boolean;
};

/** An employment with all its versions, oldest first. */
export type EmploymentWithVersions = Employment & { versions: EmploymentVersion[] };

/** New terms from `validFrom`; a term left out is carried over from the version it follows. */
export type EmploymentChange = {
  validFrom: string;
  departmentId?: string;
  contractHoursPerWeek?: number;
  functionName?: string | null;
  functionGroup?: string | null;
  employmentType?: string;
  noRiskPolicy?: boolean;
};

export type EmploymentChangeResult =
  | { kind: 'changed'; version: EmploymentVersion }
  | { kind: 'employment_not_found' }
  | { kind: 'outside_employment' }
  | { kind: 'version_exists' };

export function toEmploymentVersion(
  row: typeof employmentVersions.$inferSelect,
): EmploymentVersion {
  return {
    id: row.id,
    employmentId: row.employmentId,
    validFrom: row.validFrom,
    departmentId: row.departmentId,
    contractHoursPerWeek: Number(row.contractHoursPerWeek),
    functionName: row.functionName,
    functionGroup: row.functionGroup,
    employmentType: row.employmentType,
    noRiskPolicy: row.noRiskPolicy,
  };
}
