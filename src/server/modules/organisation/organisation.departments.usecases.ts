import type { AuditAction } from '../../../contracts/audit.js';
import {
  type DepartmentSummary,
  type OrganisationStructure,
} from '../../../contracts/organisation.js';
import { departmentManagerRoles } from '../../../contracts/permissions.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import { auditBy } from '../../platform/audit/audit.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import type { DepartmentActor, OrganisationDependencies } from './organisation.context.js';
import { organisationErrors } from './organisation.errors.js';
import {
  closeRefusal,
  departmentsWithDescendants,
  moveCreatesCycle,
  storedHrIntegrationMode,
} from './organisation.models.js';
import {
  createDepartmentsRepository,
  type Department,
  type DepartmentListed,
} from './organisation.repository.js';

/** A parent must be an open department of the same employer (another's id: 404). */
function checkParent(all: Department[], parentId: string | null) {
  if (parentId === null) return;
  const parent = all.find((row) => row.id === parentId);
  if (!parent) throw errors.notFound();
  if (parent.closedOn !== null) throw organisationErrors.parentClosed();
}

/** An employer's departments: the tree, its changes, closing, managers. */
export function departmentsUseCases({
  db,
  clock,
  audit,
  headcounts,
  members,
}: OrganisationDependencies) {
  const today = () => amsterdamDateOf(clock.now());
  /** Runs `work` on the departments inside a transaction limited to the employer (RLS). */
  const departmentsOf = <T>(
    employerId: AuthorizedEmployerId,
    work: (departments: ReturnType<typeof createDepartmentsRepository>, tx: TenantDb) => Promise<T>,
  ): Promise<T> => inTenant(db, employerId, (tx) => work(createDepartmentsRepository(tx), tx));

  /**
   * The departments as the organisation tree shows them. Headcounts come from `tx`; the managers'
   * names from the users module afterwards (accounts are not tenant data).
   */
  async function summaries(
    rows: DepartmentListed[],
    headcount: Map<string, number>,
  ): Promise<DepartmentSummary[]> {
    const managerIds = [...new Set(rows.flatMap((row) => row.managerUserId ?? []))];
    const names =
      managerIds.length > 0 && members
        ? await members.displayNamesOf(managerIds)
        : new Map<string, string>();
    return rows.map((department) => ({
      id: department.id,
      parentId: department.parentId,
      name: department.name,
      closedOn: department.closedOn,
      employeeCount: headcount.get(department.id) ?? 0,
      manager: department.managerUserId
        ? {
            id: department.managerUserId,
            displayName: names.get(department.managerUserId) ?? '',
          }
        : null,
    }));
  }

  async function summaryOf(changed: { department: Department; headcount: Map<string, number> }) {
    const [summary] = await summaries([changed.department], changed.headcount);
    if (!summary) throw errors.internal('department summary missing');
    return summary;
  }

  /**
   * Changes one department in a transaction: `change` gets the department and the whole tree
   * of the employer (404 for an id of another employer), writes, and names its audit entry,
   * which is written in the same transaction. Answers the changed department with its headcount.
   */
  async function changeDepartment(
    actor: DepartmentActor,
    departmentId: string,
    action: AuditAction,
    change: (
      departments: ReturnType<typeof createDepartmentsRepository>,
      tx: TenantDb,
      found: { department: Department; all: Department[] },
    ) => Promise<{ updated: Department | undefined; details: Record<string, unknown> }>,
  ): Promise<DepartmentSummary> {
    const employerId = actor.employerId;
    const changed = await departmentsOf(employerId, async (departments, tx) => {
      const all = await departments.listDepartments(employerId);
      const department = all.find((row) => row.id === departmentId);
      if (!department) throw errors.notFound();
      const { updated, details } = await change(departments, tx, { department, all });
      if (!updated) throw errors.notFound();
      await auditBy(audit, actor).record(
        { action, subjectType: 'department', subjectId: departmentId, details },
        tx,
      );
      const headcount = await headcounts.countEmployedByDepartmentIn(tx, employerId, today());
      return { department: updated, headcount };
    });
    return summaryOf(changed);
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
    /** The employer's departments with today's headcount of each (organisation structure). */
    async describeStructure(employerId: AuthorizedEmployerId): Promise<OrganisationStructure> {
      const structure = await inTenant(db, employerId, (tx) =>
        createDepartmentsRepository(tx).readStructure(
          employerId,
          headcounts.employedByDepartmentQuery(employerId, today()),
        ),
      );
      if (!structure) throw errors.notFound();
      return {
        employer: {
          id: structure.employer.id,
          name: structure.employer.name,
          hrIntegrationMode: storedHrIntegrationMode.parse(structure.employer.hrIntegrationMode),
        },
        departments: await summaries(
          structure.departments,
          new Map(Object.entries(structure.headcounts)),
        ),
      };
    },

    /** Every department of the employer, closed ones included. */
    listDepartments(employerId: AuthorizedEmployerId): Promise<Department[]> {
      return departmentsOf(employerId, (departments) => departments.listDepartments(employerId));
    },

    /** `listDepartments` inside another module's use case, in its tenant transaction. */
    listDepartmentsIn(tx: TenantDb, employerId: AuthorizedEmployerId): Promise<Department[]> {
      return createDepartmentsRepository(tx).listDepartments(employerId);
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
      actor: DepartmentActor,
      values: { name: string; parentId: string | null },
    ): Promise<DepartmentSummary> {
      const employerId = actor.employerId;
      const changed = await departmentsOf(employerId, async (departments, tx) => {
        checkParent(await departments.listDepartments(employerId), values.parentId);
        const created = await departments.insertDepartment(employerId, values);
        await auditBy(audit, actor).record(
          {
            action: 'departments.created',
            subjectType: 'department',
            subjectId: created.id,
            details: { name: created.name, parentId: created.parentId },
          },
          tx,
        );
        const headcount = await headcounts.countEmployedByDepartmentIn(tx, employerId, today());
        return { department: created, headcount };
      });
      return summaryOf(changed);
    },

    /**
     * The first departments of a new employer in the caller's transaction ("Werkgever
     * aansluiten"): each `parent` is the index of an earlier one in the list, or null for the top.
     * From here the transaction runs as the employer's tenant (RLS) until it ends.
     */
    addFirstDepartmentsIn(
      tx: Db,
      actor: DepartmentActor,
      list: readonly { name: string; parent: number | null }[],
    ): Promise<Department[]> {
      const employerId = actor.employerId;
      return inTenant(tx, employerId, async (tenantTx) => {
        const departments = createDepartmentsRepository(tenantTx);
        const created: Department[] = [];
        for (const { name, parent } of list) {
          const parentId = parent === null ? null : (created[parent]?.id ?? null);
          const department = await departments.insertDepartment(employerId, { name, parentId });
          await auditBy(audit, actor).record(
            {
              action: 'departments.created',
              subjectType: 'department',
              subjectId: department.id,
              details: { name, parentId },
            },
            tenantTx,
          );
          created.push(department);
        }
        return created;
      });
    },

    /** Rename and/or move (a move below itself or a sub-department is refused). */
    updateDepartment(
      actor: DepartmentActor,
      departmentId: string,
      values: { name?: string | undefined; parentId?: string | null | undefined },
    ): Promise<DepartmentSummary> {
      return changeDepartment(
        actor,
        departmentId,
        'departments.updated',
        async (departments, _tx, { department, all }) => {
          const moving = values.parentId !== undefined && values.parentId !== department.parentId;
          if (!moving && values.name === undefined) throw organisationErrors.alreadyThere();
          if (moving) {
            const parentId = values.parentId ?? null;
            checkParent(all, parentId);
            if (moveCreatesCycle(all, departmentId, parentId)) {
              throw organisationErrors.moveCreatesCycle();
            }
          }
          const updated = await departments.updateDepartment(actor.employerId, departmentId, {
            ...(values.name !== undefined ? { name: values.name } : {}),
            ...(moving ? { parentId: values.parentId ?? null } : {}),
          });
          return {
            updated,
            details: {
              ...(values.name !== undefined && values.name !== department.name
                ? { renamedFrom: department.name, renamedTo: values.name }
                : {}),
              ...(moving
                ? { movedFrom: department.parentId, movedTo: values.parentId ?? null }
                : {}),
            },
          };
        },
      );
    },

    /**
     * Closes a department from a date (default today). Refused while an open sub-department is
     * below it or someone is employed in it today; never deleted, so its history stays.
     */
    closeDepartment(
      actor: DepartmentActor,
      departmentId: string,
      closedOn: string | undefined,
    ): Promise<DepartmentSummary> {
      return changeDepartment(
        actor,
        departmentId,
        'departments.closed',
        async (departments, tx, { department, all }) => {
          if (department.closedOn !== null) throw organisationErrors.departmentClosed();
          const employed = await headcounts.countEmployedByDepartmentIn(
            tx,
            actor.employerId,
            today(),
          );
          const refusal = closeRefusal(all, departmentId, employed.get(departmentId) ?? 0);
          if (refusal === 'has_open_sub_departments') {
            throw organisationErrors.hasOpenSubDepartments();
          }
          if (refusal === 'has_employees') throw organisationErrors.hasEmployees();
          const date = closedOn ?? today();
          const updated = await departments.updateDepartment(actor.employerId, departmentId, {
            closedOn: date,
          });
          return { updated, details: { closedOn: date } };
        },
      );
    },

    managerCandidates,

    /** Sets or replaces the department's manager: a manager or super user of this employer. */
    async setDepartmentManager(
      actor: DepartmentActor,
      departmentId: string,
      managerUserId: string,
    ): Promise<DepartmentSummary> {
      // Accounts are not tenant data: the candidates are read before the transaction.
      const candidates = await managerCandidates(actor.employerId);
      return changeDepartment(
        actor,
        departmentId,
        'departments.manager_set',
        async (departments, _tx, { department }) => {
          if (!candidates.some((candidate) => candidate.id === managerUserId)) {
            throw organisationErrors.managerNotEligible();
          }
          const updated = await departments.updateDepartment(actor.employerId, departmentId, {
            managerUserId,
          });
          return {
            updated,
            details: { previousManagerUserId: department.managerUserId, managerUserId },
          };
        },
      );
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
