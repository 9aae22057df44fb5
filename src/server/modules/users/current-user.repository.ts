import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/connection.js';
import { organisationSubqueries } from '../organisation/organisation.queries.js';
import { memberships, scopeDepartments, scopeEmployees, users } from './users.table.js';

/** What the web shows of the logged-in user (`/api/auth/me`), as stored. */
export type CurrentUserRow = {
  id: string;
  loginName: string;
  firstName: string;
  lastName: string;
  locale: string;
  operatorRole: string | null;
  /** The membership acted for: the active employer's, else the oldest; null for operators. */
  membershipRole: string | null;
  membershipCount: number;
  employer: { id: string; name: string; hrIntegrationMode: string } | null;
  /** An explicit scope that names no department and no employee. */
  seesNoEmployees: boolean;
};

/**
 * The current user in one round trip (issue 17: it took five): the account, the membership acted
 * for, the employer and whether the scope is empty. Read on the owner connection, like the
 * request context (actor-access.repository.ts): the scope rows are of the user's own membership.
 */
export async function findCurrentUser(
  db: Db,
  userId: string,
  activeEmployerId: string | null,
): Promise<CurrentUserRow | undefined> {
  const active = sql`${activeEmployerId}::uuid`;
  const [row] = await selectRows<CurrentUserRow>(
    db,
    sql`select account.id, account.login_name as "loginName", account.first_name as "firstName",
        account.last_name as "lastName", account.locale, account.operator_role as "operatorRole",
        chosen.role as "membershipRole",
        (select count(*) from ${memberships} counted
          where counted.user_id = account.id)::int as "membershipCount",
        ${organisationSubqueries.employerSummary(
          sql`case when account.operator_role is null then chosen.employer_id else ${active} end`,
        )} as employer,
        coalesce(chosen.scope_mode = 'explicit' and not chosen.scope_whole_employer
          and not exists (select 1 from ${scopeDepartments} selected
            where selected.user_id = account.id and selected.employer_id = chosen.employer_id)
          and not exists (select 1 from ${scopeEmployees} selected
            where selected.user_id = account.id and selected.employer_id = chosen.employer_id),
          false) as "seesNoEmployees"
      from ${users} account
      left join lateral (select membership.employer_id, membership.role, membership.scope_mode,
          membership.scope_whole_employer
        from ${memberships} membership
        where membership.user_id = account.id
        order by (membership.employer_id = ${active}) is true desc, membership.created_at
        limit 1) chosen on account.operator_role is null
      where account.id = ${userId}`,
  );
  return row;
}
