import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { careRoles } from '../../../contracts/care-assignments.js';
import type { Db } from '../../db/connection.js';
import { careAssignments, users } from './users.table.js';

export type CareAssignmentRow = {
  id: string;
  userId: string;
  employerId: string;
  departmentId: string | null;
  firstName: string;
  lastName: string;
  loginName: string;
  operatorRole: string | null;
};

const assignmentColumns = {
  id: careAssignments.id,
  userId: careAssignments.userId,
  employerId: careAssignments.employerId,
  departmentId: careAssignments.departmentId,
  firstName: users.firstName,
  lastName: users.lastName,
  loginName: users.loginName,
  operatorRole: users.operatorRole,
};

/** The care assignments (users.table.ts `careAssignments`): the operator's record across employers. */
export function createCareAssignmentsRepository(db: Db) {
  return {
    listByEmployer(employerId: string): Promise<CareAssignmentRow[]> {
      return db
        .select(assignmentColumns)
        .from(careAssignments)
        .innerJoin(users, eq(users.id, careAssignments.userId))
        .where(eq(careAssignments.employerId, employerId))
        .orderBy(asc(sql`lower(${users.lastName})`), asc(users.firstName), asc(careAssignments.id));
    },
    /** The assignments of one user, across employers. */
    listByUser(userId: string): Promise<{ employerId: string; departmentId: string | null }[]> {
      return db
        .select({
          employerId: careAssignments.employerId,
          departmentId: careAssignments.departmentId,
        })
        .from(careAssignments)
        .where(eq(careAssignments.userId, userId))
        .orderBy(asc(careAssignments.createdAt), asc(careAssignments.id));
    },
    /** The active casemanager and bedrijfsarts accounts, by name. */
    listCandidates(): Promise<
      { id: string; firstName: string; lastName: string; operatorRole: string | null }[]
    > {
      return db
        .select({
          id: users.id,
          firstName: users.firstName,
          lastName: users.lastName,
          operatorRole: users.operatorRole,
        })
        .from(users)
        .where(and(inArray(users.operatorRole, [...careRoles]), isNull(users.deactivatedAt)))
        .orderBy(asc(sql`lower(${users.lastName})`), asc(users.firstName), asc(users.id));
    },
    /** Inserts the assignment; false when the same node is already assigned to the user. */
    async insert(values: {
      userId: string;
      employerId: string;
      departmentId: string | null;
    }): Promise<string | undefined> {
      const [row] = await db
        .insert(careAssignments)
        .values(values)
        .onConflictDoNothing()
        .returning({ id: careAssignments.id });
      return row?.id;
    },
    /** Deletes the assignment of the employer; what it was, or undefined when there was none. */
    async delete(
      employerId: string,
      assignmentId: string,
    ): Promise<{ userId: string; departmentId: string | null } | undefined> {
      const [row] = await db
        .delete(careAssignments)
        .where(
          and(eq(careAssignments.id, assignmentId), eq(careAssignments.employerId, employerId)),
        )
        .returning({ userId: careAssignments.userId, departmentId: careAssignments.departmentId });
      return row;
    },
  };
}
