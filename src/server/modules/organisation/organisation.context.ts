import type { SQL } from 'drizzle-orm';
import type { HrIntegrationMode } from '../../../contracts/organisation.js';
import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { AuditActor, AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';

/**
 * What this module needs to know of accounts. The users module provides it; it is late-bound in
 * `createModules` because users depends on organisation, not the other way round.
 */
export type MemberDirectory = {
  /** The members of the employer with their role there. */
  membersOf(
    employerId: AuthorizedEmployerId,
  ): Promise<{ id: string; displayName: string; role: string }[]>;
  /** Display names of accounts by id (also of accounts no longer a member). */
  displayNamesOf(userIds: string[]): Promise<Map<string, string>>;
};

/**
 * The headcount of each department, which the employees module knows (a module above this
 * one): a port that `createModules` wires to the employees use case, so organisation imports
 * no module. It runs in the caller's tenant transaction.
 */
export type HeadcountPort = {
  countEmployedByDepartmentIn(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    date: string,
  ): Promise<Map<string, number>>;
  /** The same counts as a scalar subquery (a JSON object department id → count) for one statement. */
  employedByDepartmentQuery(employerId: AuthorizedEmployerId, date: string): SQL;
};

export type EmployerSettings = {
  name: string;
  kvkNumber: string | null;
  hrIntegrationMode: HrIntegrationMode;
  contactName: string | null;
  contactEmail: string | null;
  fullTimeHoursPerWeek: number;
  /** Undefined: unchanged (null on a new employer). */
  absenceInsurer?: string | null;
  /** Undefined: unchanged (the default on a new employer). */
  absenceRetentionYears?: number;
  caseRetentionYears?: number;
};

/** Who changes the organisation, as its audit entries name them (any module's actor fits). */
export type OrganisationActor = Pick<AuditActor, 'userId' | 'ip' | 'requestId'>;
/** Who changes an employer's departments: acting for that employer. */
export type DepartmentActor = OrganisationActor & { employerId: AuthorizedEmployerId };

export type OrganisationDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  headcounts: HeadcountPort;
  members?: MemberDirectory;
};
