import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../test/databases.js';

describeEachDatabase('database connection', (context) => {
  it('starts every test file from a migrated, empty database', async () => {
    const { rows } = await context.database.sql.query<{ count: number }>(
      'select count(*)::int as count from employers',
    );
    expect(rows).toEqual([{ count: 0 }]);
  });

  it('runs several statements through exec and parameters through query', async () => {
    await context.database.sql.exec(
      "insert into employers (name) values ('A'); insert into employers (name) values ('B');",
    );
    const { rows } = await context.database.sql.query<{ name: string }>(
      'select name from employers where name = $1',
      ['B'],
    );
    expect(rows).toEqual([{ name: 'B' }]);
  });
});

describeEachDatabase('round-trip counter', (context) => {
  it('counts each statement, and BEGIN and COMMIT of a transaction', async () => {
    const { database } = context;
    const before = database.roundTrips();
    await database.sql.query('select 1');
    expect(database.roundTrips() - before).toBe(1);
    const beforeTransaction = database.roundTrips();
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
    expect(database.roundTrips() - beforeTransaction).toBe(3);
  });
});
