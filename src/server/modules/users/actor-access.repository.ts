import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/connection.js';
import { organisationSubqueries } from '../organisation/organisation.queries.js';
import type { AccountState, ActorAccess } from './users.policies.js';
import { memberships, scopeDepartments, scopeEmployees, users } from './users.table.js';

/** The user's account state and access as one JSON value (timestamps as text). */
type UserAccessJson = ActorAccess & {
  account: { [K in keyof AccountState]: string | null };
};

/**
 * What a request needs of its user, as one column of a query: the account state that may refuse
 * the session, the locale, the operator role, the membership of the employer acted for (the
 * session's active one, else the oldest), and that membership's explicit scope with every
 * sub-department. `userId` and `activeEmployerId` are columns or values of the outer query, so
 * the session lookup reads all of it in the same round trip (auth.repository.ts) and
 * `findActorAccess` reads it by user id. Read on the owner connection: it reads the scope rows
 * of whichever employer the user's own membership names. Null when the user does not exist.
 */
export function userAccessColumn(userId: AnyColumn | SQL, activeEmployerId: AnyColumn | SQL) {
  const chosenEmployer = sql`(select chosen.employer_id from ${memberships} chosen
    where chosen.user_id = ${userId}
    order by (chosen.employer_id = ${activeEmployerId}) is true desc, chosen.created_at
    limit 1)`;
  const explicitScope = sql`select selected.department_id from ${scopeDepartments} selected
    where selected.user_id = ${userId} and selected.employer_id = ${chosenEmployer}`;
  return sql<UserAccessJson | null>`(select json_build_object(
      'account', json_build_object(
        'blockedAt', account.blocked_at, 'deactivatedAt', account.deactivated_at,
        'validFrom', account.valid_from::text, 'validUntil', account.valid_until::text),
      'locale', account.locale,
      'operatorRole', account.operator_role,
      'operatorEmployerId', ${organisationSubqueries.existingEmployer(sql`${activeEmployerId}`)},
      'membership', (select json_build_object(
          'employerId', membership.employer_id, 'role', membership.role,
          'scopeMode', membership.scope_mode,
          'scopeWholeEmployer', membership.scope_whole_employer)
        from ${memberships} membership
        where membership.user_id = ${userId} and membership.employer_id = ${chosenEmployer}),
      'departmentIds', ${organisationSubqueries.departmentsWithDescendants(chosenEmployer, explicitScope)},
      'employeeIds', (select coalesce(json_agg(selected.employee_id), '[]'::json)
        from ${scopeEmployees} selected
        where selected.user_id = ${userId} and selected.employer_id = ${chosenEmployer}))
    from ${users} account where account.id = ${userId})`;
}

/** The JSON of `userAccessColumn` as account state (dates restored) and access. */
export function parseUserAccess(json: UserAccessJson): {
  account: AccountState;
  access: ActorAccess;
} {
  const { account, ...access } = json;
  const instant = (value: string | null) => (value === null ? null : new Date(value));
  return {
    account: {
      blockedAt: instant(account.blockedAt),
      deactivatedAt: instant(account.deactivatedAt),
      validFrom: account.validFrom,
      validUntil: account.validUntil,
    },
    access,
  };
}

/** The access of one user acting for `activeEmployerId` (or their oldest membership). */
export async function findActorAccess(
  db: Db,
  userId: string,
  activeEmployerId: string | null,
): Promise<ActorAccess | undefined> {
  const [row] = await selectRows<{ user: UserAccessJson | null }>(
    db,
    sql`select ${userAccessColumn(sql`${userId}::uuid`, sql`${activeEmployerId}::uuid`)} as "user"`,
  );
  return row?.user ? parseUserAccess(row.user).access : undefined;
}

/**
 * Every member of the employer whose account is not deactivated, and every operator account (the
 * arbodienst's staff serve every employer), with their name and access at that employer, in one
 * query on `db` (a tenant transaction of that employer reads it too).
 */
export async function listMemberAccess(
  db: Db,
  employerId: string,
): Promise<
  { id: string; firstName: string; lastName: string; account: AccountState; access: ActorAccess }[]
> {
  const rows = await selectRows<{
    id: string;
    firstName: string;
    lastName: string;
    user: UserAccessJson | null;
  }>(
    db,
    sql`select member.id, member.first_name as "firstName", member.last_name as "lastName",
        ${userAccessColumn(sql`member.id`, sql`${employerId}::uuid`)} as "user"
      from ${users} member
      where member.deactivated_at is null
        and (member.operator_role is not null or exists (select 1 from ${memberships} membership
          where membership.user_id = member.id and membership.employer_id = ${employerId}::uuid))
      order by lower(member.last_name), lower(member.first_name), member.id`,
  );
  return rows.flatMap(({ user, ...row }) => (user ? [{ ...row, ...parseUserAccess(user) }] : []));
}
