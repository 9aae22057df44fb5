import { createEmployeesAndOrganisation } from '../test/modules.js';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { hireEmployee } from '../test/employees.js';
import { selectRows } from './connection.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from './tenancy.js';

/**
 * Tables that carry an employer id but are not tenant data, each with the reason. Every other
 * table with an `employer_id` column must have row-level security and the tenant policy.
 */
const notTenantData: Record<string, string> = {
  memberships: 'read at login to find which employers a user may act for, before any tenant is set',
  care_assignments:
    'the arbodienst’s own data: which employers a casemanager or bedrijfsarts cares for, read across employers for the Werklijst before any tenant is set',
  audit_log: 'written for every employer and read across employers by the operator admin',
  protocols:
    'the defaults belong to no employer and every employer reads them; only the operator admin writes',
  calendar_feeds: 'found by its secret token before any employer is known: the feed has no session',
  api_tokens: 'found by its bearer token before any employer is known: /api/v1 has no session',
};

describeEachDatabase('row-level security, the second wall between employers', (context) => {
  let first: AuthorizedEmployerId;
  let second: AuthorizedEmployerId;

  beforeAll(async () => {
    const modules = createEmployeesAndOrganisation(context.database.db);
    const employees = modules.employees;
    const organisation = modules.organisation;
    for (const name of ['Eerste BV', 'Tweede BV']) {
      const employer = trustEmployerId((await organisation.createEmployer({ name })).id);
      const department = await organisation.createDepartment(employer, {
        name: `Afdeling van ${name}`,
        parentId: null,
      });
      await hireEmployee(
        employees,
        employer,
        { departmentId: department.id },
        { firstName: 'Jan', lastName: name },
      );
      if (name === 'Eerste BV') first = employer;
      else second = employer;
    }
  });

  const count = async (query: string, employerId: AuthorizedEmployerId | null) => {
    const run = async (db: typeof context.database.db) =>
      Number((await selectRows<{ n: number }>(db, sql.raw(query)))[0]?.n);
    if (employerId) return inTenant(context.database.db, employerId, run);
    // The tenant role without an employer: what a query gets that forgot to say whose data.
    return context.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role verzuim_tenant`);
      return run(tx);
    });
  };

  it('a query with no WHERE clause sees only the rows of the transaction’s employer', async () => {
    for (const table of ['departments', 'employees', 'employments', 'employment_versions']) {
      expect(await count(`select count(*)::int as n from ${table}`, first), table).toBe(1);
      expect(await count(`select count(*)::int as n from ${table}`, second), table).toBe(1);
    }
  });

  it('a query without the tenant setting returns nothing', async () => {
    for (const table of ['departments', 'employees', 'employments', 'employment_versions']) {
      expect(await count(`select count(*)::int as n from ${table}`, null), table).toBe(0);
    }
  });

  it('a row for another employer cannot be written inside a tenant transaction', async () => {
    await expect(
      inTenant(context.database.db, first, (tx) =>
        tx.execute(
          sql`insert into departments (employer_id, name) values (${second}, 'Ingeslopen')`,
        ),
      ),
    ).rejects.toSatisfy((error: Error) =>
      // Drizzle wraps the driver's error; PostgreSQL's own message is the cause.
      /row-level security/.test(String((error.cause as Error | undefined)?.message)),
    );
    await expect(
      inTenant(context.database.db, first, (tx) =>
        tx.execute(sql`update employees set first_name = 'Piet' where employer_id = ${second}`),
      ),
    ).resolves.toBeDefined();
    expect(
      await count(`select count(*)::int as n from employees where first_name = 'Piet'`, second),
    ).toBe(0);
  });

  it('the tenant setting ends with its transaction', async () => {
    await inTenant(context.database.db, first, async () => undefined);
    expect(await count('select count(*)::int as n from employees', null)).toBe(0);
  });

  // 1,000 transactions: a few seconds quiet, past the default 30 s on a loaded machine.
  it(
    'the tenant never leaks across pooled connections: 1,000 alternating reads, 0 cross reads',
    {
      timeout: 120_000,
    },
    async () => {
      const reads = Array.from({ length: 1000 }, (_, index) => (index % 2 === 0 ? first : second));
      // In parallel, so on PostgreSQL the pool hands the same connections to both employers.
      const seen = await Promise.all(
        reads.map((employerId) =>
          inTenant(context.database.db, employerId, (tx) =>
            selectRows<{ employer_id: string }>(tx, sql`select employer_id from employees`),
          ),
        ),
      );
      const crossReads = seen.filter((rows, index) =>
        rows.some((row) => row.employer_id !== reads[index]),
      ).length;
      process.stdout.write(`tenant alternation: 1000 reads, ${crossReads} cross reads\n`);
      expect(crossReads).toBe(0);
      expect(seen.every((rows) => rows.length === 1)).toBe(true);
    },
  );

  it('every table with an employer id has row-level security and the tenant policy', async () => {
    const tables = await selectRows<{ table_name: string; rls: boolean; policies: number }>(
      context.database.db,
      sql`
        select c.table_name, cls.relrowsecurity as rls,
          (select count(*)::int from pg_policies p
            where p.tablename = c.table_name and p.policyname = 'tenant_isolation') as policies
        from information_schema.columns c
        join pg_class cls on cls.relname = c.table_name and cls.relkind = 'r'
        where c.table_schema = 'public' and c.column_name = 'employer_id'
        order by c.table_name`,
    );
    expect(tables.length).toBeGreaterThan(4);
    for (const table of tables) {
      if (table.table_name in notTenantData) continue;
      expect({ table: table.table_name, rls: table.rls, policies: table.policies }).toEqual({
        table: table.table_name,
        rls: true,
        policies: 1,
      });
    }
  });
});
