import type {
  DepartmentSummary,
  EmployerDetails,
  HrIntegrationMode,
  OrganisationStructure,
} from '../../../contracts/organisation.js';
import { hrIntegrationModeSchema } from '../../../contracts/organisation.js';
import { departmentManagerRoles } from '../../../contracts/permissions.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { Actor, EmployerActor } from '../users/users.policies.js';
import { organisationErrors } from './organisation.errors.js';
import {
  closeRefusal,
  departmentsWithDescendants,
  isValidKvkNumber,
  moveCreatesCycle,
} from './organisation.models.js';
import {
  createDepartmentsRepository,
  createOrganisationRepository,
  type Department,
  type Employer,
} from './organisation.repository.js';

export type { Department, Employer };

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

export type EmployerSettings = {
  name: string;
  kvkNumber: string | null;
  hrIntegrationMode: HrIntegrationMode;
  contactName: string | null;
  contactEmail: string | null;
  fullTimeHoursPerWeek: number;
};

type AuditMeta = Pick<Actor, 'userId' | 'ip' | 'requestId'>;

export function createOrganisationUseCases({
  db,
  clock,
  employees,
  members,
  audit,
}: {
  db: Db;
  clock: Clock;
  employees: EmployeesUseCases;
  members?: MemberDirectory;
  audit?: AuditWriter;
}) {
  const repository = createOrganisationRepository(db);
  const departmentsOf = <T>(
    employerId: AuthorizedEmployerId,
    work: (departments: ReturnType<typeof createDepartmentsRepository>) => Promise<T>,
  ): Promise<T> => inTenant(db, employerId, (tx) => work(createDepartmentsRepository(tx)));
  const today = () => amsterdamDateOf(clock.now());

  const recordChange = (
    actor: AuditMeta,
    employerId: string,
    action: string,
    subjectType: string,
    subjectId: string,
    details?: Record<string, unknown>,
  ) =>
    audit?.record({
      employerId,
      userId: actor.userId,
      action,
      subjectType,
      subjectId,
      ip: actor.ip,
      requestId: actor.requestId,
      ...(details ? { details } : {}),
    });

  function checkKvk(kvkNumber: string | null | undefined) {
    if (kvkNumber && !isValidKvkNumber(kvkNumber)) throw organisationErrors.invalidKvkNumber();
  }

  function employerDetails(employer: Employer): EmployerDetails {
    const mode = hrIntegrationModeSchema.safeParse(employer.hrIntegrationMode);
    return {
      id: employer.id,
      name: employer.name,
      kvkNumber: employer.kvkNumber,
      hrIntegrationMode: mode.success ? mode.data : 'none',
      contactName: employer.contactName,
      contactEmail: employer.contactEmail,
      fullTimeHoursPerWeek: employer.fullTimeHoursPerWeek,
      createdAt: employer.createdAt.toISOString(),
    };
  }

  const storedSettings = (settings: EmployerSettings) => ({
    name: settings.name,
    kvkNumber: settings.kvkNumber,
    hrIntegrationMode: settings.hrIntegrationMode,
    contactName: settings.contactName,
    contactEmail: settings.contactEmail,
    fullTimeHoursPerWeek: String(settings.fullTimeHoursPerWeek),
  });

  async function summaries(
    employerId: AuthorizedEmployerId,
    rows: Department[],
  ): Promise<DepartmentSummary[]> {
    const managerIds = [...new Set(rows.flatMap((row) => row.managerUserId ?? []))];
    const [headcounts, names] = await Promise.all([
      employees.countEmployedByDepartment(employerId, today()),
      managerIds.length > 0 && members
        ? members.displayNamesOf(managerIds)
        : Promise.resolve(new Map<string, string>()),
    ]);
    return rows.map((department) => ({
      id: department.id,
      parentId: department.parentId,
      name: department.name,
      closedOn: department.closedOn,
      employeeCount: headcounts.get(department.id) ?? 0,
      manager: department.managerUserId
        ? {
            id: department.managerUserId,
            displayName: names.get(department.managerUserId) ?? '',
          }
        : null,
    }));
  }

  async function summaryOf(employerId: AuthorizedEmployerId, department: Department) {
    const [summary] = await summaries(employerId, [department]);
    if (!summary) throw errors.internal('department summary missing');
    return summary;
  }

  /** The department and the whole tree of the employer; 404 for an id of another employer. */
  async function loadDepartment(employerId: AuthorizedEmployerId, departmentId: string) {
    const all = await departmentsOf(employerId, (departments) =>
      departments.listDepartments(employerId),
    );
    const department = all.find((row) => row.id === departmentId);
    if (!department) throw errors.notFound();
    return { department, all };
  }

  /** A parent must be an open department of the same employer (another's id: 404). */
  function checkParent(all: Department[], parentId: string | null) {
    if (parentId === null) return;
    const parent = all.find((row) => row.id === parentId);
    if (!parent) throw errors.notFound();
    if (parent.closedOn !== null) throw organisationErrors.parentClosed();
  }

  /** Members of the employer who may manage a department (a manager or super-user role). */
  async function managerCandidates(
    employerId: AuthorizedEmployerId,
  ): Promise<{ id: string; displayName: string; role: string }[]> {
    const all = (await members?.membersOf(employerId)) ?? [];
    return all.filter((member) =>
      (departmentManagerRoles as readonly string[]).includes(member.role),
    );
  }

  return {
    async createEmployer(values: { name: string; kvkNumber?: string | null }): Promise<Employer> {
      checkKvk(values.kvkNumber);
      return repository.insertEmployer({ name: values.name, kvkNumber: values.kvkNumber ?? null });
    },

    /** Werkgevers (operator admin): every employer of the arbodienst with its settings. */
    async listEmployers(search?: string): Promise<EmployerDetails[]> {
      return (await repository.listEmployers(search?.trim() || undefined)).map(employerDetails);
    },

    async addEmployer(actor: AuditMeta, settings: EmployerSettings): Promise<EmployerDetails> {
      checkKvk(settings.kvkNumber);
      const employer = await repository.insertEmployer(storedSettings(settings));
      await recordChange(actor, employer.id, 'employers.created', 'employer', employer.id, {
        name: employer.name,
      });
      return employerDetails(employer);
    },

    async updateEmployer(
      actor: AuditMeta,
      employerId: string,
      settings: EmployerSettings,
    ): Promise<EmployerDetails> {
      checkKvk(settings.kvkNumber);
      const before = await repository.findEmployer(employerId);
      if (!before) throw errors.notFound();
      const employer = await repository.updateEmployer(employerId, storedSettings(settings));
      if (!employer) throw errors.notFound();
      const changed = Object.keys(storedSettings(settings)).filter(
        (key) =>
          String(before[key as keyof Employer] ?? '') !==
          String(employer[key as keyof Employer] ?? ''),
      );
      await recordChange(actor, employer.id, 'employers.updated', 'employer', employer.id, {
        changed,
      });
      return employerDetails(employer);
    },

    /** The employer's departments with today's headcount of each (organisation structure). */
    async describeStructure(employerId: AuthorizedEmployerId): Promise<OrganisationStructure> {
      const employer = await repository.findEmployer(employerId);
      if (!employer) throw errors.notFound();
      const rows = await departmentsOf(employerId, (departments) =>
        departments.listDepartments(employerId),
      );
      return {
        employer: {
          id: employer.id,
          name: employer.name,
          hrIntegrationMode: employerDetails(employer).hrIntegrationMode,
        },
        departments: await summaries(employerId, rows),
      };
    },

    hasAnyEmployer(): Promise<boolean> {
      return repository.hasAnyEmployer();
    },

    employerNamesOf: (employerIds: string[]) => repository.employerNamesOf(employerIds),

    async getEmployer(employerId: string): Promise<Employer | undefined> {
      return repository.findEmployer(employerId);
    },
    /** Every department of the employer, closed ones included. */
    listDepartments(employerId: AuthorizedEmployerId): Promise<Department[]> {
      return departmentsOf(employerId, (departments) => departments.listDepartments(employerId));
    },

    /** For seeding and tests: a department without an actor or audit entry. */
    createDepartment(
      employerId: AuthorizedEmployerId,
      values: { name: string; parentId: string | null },
    ): Promise<Department> {
      return departmentsOf(employerId, (departments) =>
        departments.insertDepartment(employerId, values),
      );
    },

    async addDepartment(
      actor: EmployerActor,
      values: { name: string; parentId: string | null },
    ): Promise<DepartmentSummary> {
      const employerId = actor.employerId;
      const created = await departmentsOf(employerId, async (departments) => {
        checkParent(await departments.listDepartments(employerId), values.parentId);
        return departments.insertDepartment(employerId, values);
      });
      await recordChange(actor, employerId, 'departments.created', 'department', created.id, {
        name: created.name,
        parentId: created.parentId,
      });
      return summaryOf(employerId, created);
    },

    /** Rename and/or move (a move below itself or a sub-department is refused). */
    async updateDepartment(
      actor: EmployerActor,
      departmentId: string,
      values: { name?: string | undefined; parentId?: string | null | undefined },
    ): Promise<DepartmentSummary> {
      const employerId = actor.employerId;
      const { department, all } = await loadDepartment(employerId, departmentId);
      const moving = values.parentId !== undefined && values.parentId !== department.parentId;
      if (!moving && values.name === undefined) throw organisationErrors.alreadyThere();
      if (moving) {
        const parentId = values.parentId ?? null;
        checkParent(all, parentId);
        if (moveCreatesCycle(all, departmentId, parentId)) {
          throw organisationErrors.moveCreatesCycle();
        }
      }
      const updated = await departmentsOf(employerId, (departments) =>
        departments.updateDepartment(employerId, departmentId, {
          ...(values.name !== undefined ? { name: values.name } : {}),
          ...(moving ? { parentId: values.parentId ?? null } : {}),
        }),
      );
      if (!updated) throw errors.notFound();
      await recordChange(actor, employerId, 'departments.updated', 'department', departmentId, {
        ...(values.name !== undefined && values.name !== department.name
          ? { renamedFrom: department.name, renamedTo: values.name }
          : {}),
        ...(moving ? { movedFrom: department.parentId, movedTo: values.parentId ?? null } : {}),
      });
      return summaryOf(employerId, updated);
    },

    /**
     * Closes a department from a date (default today). Refused while an open sub-department is
     * below it or someone is employed in it today; never deleted, so its history stays.
     */
    async closeDepartment(
      actor: EmployerActor,
      departmentId: string,
      closedOn: string | undefined,
    ): Promise<DepartmentSummary> {
      const employerId = actor.employerId;
      const { department, all } = await loadDepartment(employerId, departmentId);
      if (department.closedOn !== null) throw organisationErrors.departmentClosed();
      const headcounts = await employees.countEmployedByDepartment(employerId, today());
      const refusal = closeRefusal(all, departmentId, headcounts.get(departmentId) ?? 0);
      if (refusal === 'has_open_sub_departments') throw organisationErrors.hasOpenSubDepartments();
      if (refusal === 'has_employees') throw organisationErrors.hasEmployees();
      const date = closedOn ?? today();
      const updated = await departmentsOf(employerId, (departments) =>
        departments.updateDepartment(employerId, departmentId, { closedOn: date }),
      );
      if (!updated) throw errors.notFound();
      await recordChange(actor, employerId, 'departments.closed', 'department', departmentId, {
        closedOn: date,
      });
      return summaryOf(employerId, updated);
    },

    managerCandidates,

    /** Sets or replaces the department's manager: a manager or super user of this employer. */
    async setDepartmentManager(
      actor: EmployerActor,
      departmentId: string,
      managerUserId: string,
    ): Promise<DepartmentSummary> {
      const employerId = actor.employerId;
      const { department } = await loadDepartment(employerId, departmentId);
      const candidates = await managerCandidates(employerId);
      if (!candidates.some((candidate) => candidate.id === managerUserId)) {
        throw organisationErrors.managerNotEligible();
      }
      const updated = await departmentsOf(employerId, (departments) =>
        departments.updateDepartment(employerId, departmentId, { managerUserId }),
      );
      if (!updated) throw errors.notFound();
      await recordChange(actor, employerId, 'departments.manager_set', 'department', departmentId, {
        previousManagerUserId: department.managerUserId,
        managerUserId,
      });
      return summaryOf(employerId, updated);
    },

    /** The departments the user manages at the employer (an account managing one stays linked). */
    async departmentsManagedBy(employerId: AuthorizedEmployerId, userId: string) {
      const all = await departmentsOf(employerId, (departments) =>
        departments.listDepartments(employerId),
      );
      return all.filter((row) => row.managerUserId === userId && row.closedOn === null);
    },

    /**
     * The given departments of the employer with all their sub-departments (a dossier scope's
     * departments as queries apply them). Ids of other employers are dropped.
     */
    async departmentsWithDescendants(
      employerId: AuthorizedEmployerId,
      departmentIds: readonly string[],
    ): Promise<string[]> {
      if (departmentIds.length === 0) return [];
      const all = await departmentsOf(employerId, (departments) =>
        departments.listDepartments(employerId),
      );
      return departmentsWithDescendants(all, departmentIds);
    },
  };
}

export type OrganisationUseCases = ReturnType<typeof createOrganisationUseCases>;
