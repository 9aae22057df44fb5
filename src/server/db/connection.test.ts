import { expect, it } from 'vitest';
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
