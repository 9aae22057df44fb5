import { type AnyColumn, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { departments, employers } from '../organisation/organisation.table.js';
import type { ActorAccess } from './users.policies.js';
import { memberships, scopeDepartments, scopeEmployees, users } from './users.table.js';

/**
 * What makes an actor of a user, as columns of one query over `users`: the operator role, the
 * membership of the employer acted for (the session's active one, else the oldest), and that
 * membership's explicit scope with every sub-department. `userId` and `activeEmployerId` are
 * columns or values of the outer query, so the session lookup can read all of it in the same
 * round trip (auth.repository.ts) and a use case can read it by user id (`findActorAccess`).
 * Run on the owner connection: it reads the scope rows of whichever employer the membership
 * names, which is what `actorOf` then trusts.
 */
export function actorAccessColumns(userId: AnyColumn | SQL, activeEmployerId: AnyColumn | SQL) {
  const chosenEmployer = sql`(select chosen.employer_id from ${memberships} chosen
    where chosen.user_id = ${userId}
    order by (chosen.employer_id = ${activeEmployerId}) is true desc, chosen.created_at
    limit 1)`;
  return {
    locale: users.locale,
    operatorRole: users.operatorRole,
    operatorEmployerId: sql<
      string | null
    >`(select employer.id from ${employers} employer where employer.id = ${activeEmployerId})`,
    membership: sql<MembershipAccess | null>`(select json_build_object(
        'employerId', membership.employer_id, 'role', membership.role,
        'scopeMode', membership.scope_mode, 'scopeWholeEmployer', membership.scope_whole_employer)
      from ${memberships} membership
      where membership.user_id = ${userId} and membership.employer_id = ${chosenEmployer})`,
    // The selected departments with all their descendants of today (a department moved under a
    // selected one comes along at once).
    departmentIds: sql<string[]>`(with recursive tree(id) as (
        select department.id from ${departments} department
        join ${scopeDepartments} selected
          on selected.employer_id = department.employer_id
         and selected.department_id = department.id
        where selected.user_id = ${userId} and selected.employer_id = ${chosenEmployer}
        union
        select child.id from ${departments} child join tree on child.parent_id = tree.id
        where child.employer_id = ${chosenEmployer}
      ) select coalesce(json_agg(tree.id), '[]'::json) from tree)`,
    employeeIds: sql<string[]>`(select coalesce(json_agg(selected.employee_id), '[]'::json)
      from ${scopeEmployees} selected
      where selected.user_id = ${userId} and selected.employer_id = ${chosenEmployer})`,
  };
}

type MembershipAccess = ActorAccess['membership'];

/** The access of one user acting for `activeEmployerId` (or their oldest membership). */
export async function findActorAccess(
  db: Db,
  userId: string,
  activeEmployerId: string | null,
): Promise<ActorAccess | undefined> {
  const [row] = await db
    .select(actorAccessColumns(sql`${userId}::uuid`, sql`${activeEmployerId}::uuid`))
    .from(users)
    .where(eq(users.id, userId));
  return row;
}
