import {
  type CareAssignments,
  type CareRole,
  careRoles,
} from '../../../contracts/care-assignments.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import { departmentsWithDescendants } from '../organisation/organisation.models.js';
import { createCareAssignmentsRepository } from './users.assignments.repository.js';
import type { UsersContext } from './users.context.js';
import { usersErrors } from './users.errors.js';
import type { Actor, DossierScope, EmployerActor } from './users.policies.js';
import { wholeEmployer } from './users.policies.js';

function careRoleOf(role: string | null): CareRole | undefined {
  return careRoles.find((careRole) => careRole === role);
}

/** An employer a care role is assigned to, with the actor it acts as there (work list). */
export type AssignedEmployer = { employerId: string; name: string; actor: EmployerActor };

/**
 * Werkgevers > Casemanagers en bedrijfsartsen: the operator admin assigns the arbodienst's care
 * roles to employers or departments; the work list asks which employers a care role serves.
 */
export function createCareAssignments(context: UsersContext) {
  const { db, organisation, recordActorEvent } = context;
  const assignments = createCareAssignmentsRepository(db);

  async function employerOrNotFound(employerId: string) {
    const employer = await organisation.getEmployer(employerId);
    if (!employer) throw errors.notFound();
    // An operator admin acts across employers; the id was just looked up.
    return { employer, tenant: trustEmployerId(employerId) };
  }

  return {
    async listCareAssignments(employerId: string): Promise<CareAssignments> {
      const { tenant } = await employerOrNotFound(employerId);
      const departments = await organisation.listDepartments(tenant);
      const nameOf = new Map(departments.map((department) => [department.id, department.name]));
      const rows = await assignments.listByEmployer(employerId);
      const candidates = await assignments.listCandidates();
      return {
        assignments: rows.flatMap((row) => {
          const role = careRoleOf(row.operatorRole);
          // An account whose operator role changed away from care keeps no visible assignment.
          if (!role) return [];
          return [
            {
              id: row.id,
              userId: row.userId,
              displayName: `${row.firstName} ${row.lastName}`,
              loginName: row.loginName,
              role,
              departmentId: row.departmentId,
              departmentName: row.departmentId ? (nameOf.get(row.departmentId) ?? null) : null,
            },
          ];
        }),
        candidates: candidates.flatMap((candidate) => {
          const role = careRoleOf(candidate.operatorRole);
          return role
            ? [
                {
                  id: candidate.id,
                  displayName: `${candidate.firstName} ${candidate.lastName}`,
                  role,
                },
              ]
            : [];
        }),
        departments: departments
          .filter((department) => department.closedOn === null)
          .map(({ id, name }) => ({ id, name }))
          .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      };
    },

    /** Assigns a casemanager or bedrijfsarts to the employer, or to one open department of it. */
    async assignCare(
      actor: Pick<Actor, 'userId' | 'ip' | 'requestId'>,
      employerId: string,
      values: { userId: string; departmentId: string | null },
    ): Promise<void> {
      const { tenant } = await employerOrNotFound(employerId);
      const target = await context.repository.findById(values.userId);
      if (!target || target.deactivatedAt !== null || !careRoleOf(target.operatorRole)) {
        throw usersErrors.notACareAccount();
      }
      if (values.departmentId !== null) {
        const departments = await organisation.listDepartments(tenant);
        const department = departments.find((row) => row.id === values.departmentId);
        if (!department || department.closedOn !== null) {
          throw usersErrors.unknownAssignmentDepartment();
        }
      }
      await db.transaction(async (tx) => {
        const id = await createCareAssignmentsRepository(tx).insert({ ...values, employerId });
        if (!id) throw usersErrors.alreadyAssigned();
        await recordActorEvent(
          actor,
          employerId,
          {
            action: 'users.care_assigned',
            subjectType: 'user',
            subjectId: values.userId,
            details: { assignmentId: id, departmentId: values.departmentId },
          },
          tx,
        );
      });
    },

    async unassignCare(
      actor: Pick<Actor, 'userId' | 'ip' | 'requestId'>,
      employerId: string,
      assignmentId: string,
    ): Promise<void> {
      await employerOrNotFound(employerId);
      await db.transaction(async (tx) => {
        const removed = await createCareAssignmentsRepository(tx).delete(employerId, assignmentId);
        if (!removed) throw errors.notFound();
        await recordActorEvent(
          actor,
          employerId,
          {
            action: 'users.care_unassigned',
            subjectType: 'user',
            subjectId: removed.userId,
            details: { assignmentId, departmentId: removed.departmentId },
          },
          tx,
        );
      });
    },

    /**
     * The employers a casemanager or bedrijfsarts is assigned to, each with the actor they act as
     * there: their own role, scoped to the whole employer, or to the assigned departments with
     * every department below them. Nobody else is assigned anywhere (empty list).
     */
    async assignedEmployers(actor: Actor): Promise<AssignedEmployer[]> {
      if (!actor.isOperator || !careRoleOf(actor.role)) return [];
      const rows = await assignments.listByUser(actor.userId);
      const byEmployer = new Map<string, (string | null)[]>();
      for (const row of rows) {
        byEmployer.set(row.employerId, [
          ...(byEmployer.get(row.employerId) ?? []),
          row.departmentId,
        ]);
      }
      const found = await Promise.all(
        [...byEmployer].map(async ([employerId, nodes]) => {
          const employer = await organisation.getEmployer(employerId);
          if (!employer) return [];
          // The assignment names this employer for this user: the operator's own record.
          const tenant = trustEmployerId(employerId);
          let scope: DossierScope = wholeEmployer;
          if (!nodes.includes(null)) {
            const departments = await organisation.listDepartments(tenant);
            scope = {
              kind: 'selection',
              departmentIds: departmentsWithDescendants(
                departments,
                nodes.filter((node) => node !== null),
              ),
              employeeIds: [],
            };
          }
          return [
            { employerId, name: employer.name, actor: { ...actor, employerId: tenant, scope } },
          ];
        }),
      );
      return found.flat().sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },
  };
}
