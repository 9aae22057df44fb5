import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { snapshotDataDir, withoutPassword } from './backup.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'verzuim-snapshot-test-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

it('copies a PGlite data folder during a burst of writes into one that opens with every committed transaction whole', async () => {
  const live = await PGlite.create({ dataDir: path.join(folder, 'live') });
  await live.exec(`CREATE TABLE orders (id int PRIMARY KEY, note text NOT NULL);
    CREATE TABLE order_lines (order_id int NOT NULL REFERENCES orders (id), line int NOT NULL)`);
  let written = 0;
  let stop = false;
  // Each transaction writes an order and its two lines: a torn copy shows as an order without both.
  const writer = (async () => {
    while (!stop) {
      const id = ++written;
      await live.transaction(async (tx) => {
        await tx.query('INSERT INTO orders VALUES ($1, repeat($2, 500))', [id, 'x']);
        await tx.query('INSERT INTO order_lines VALUES ($1, 1), ($1, 2)', [id]);
      });
      // A busy app's pace, with the copy's file operations in between.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  while (written < 200) await new Promise((resolve) => setTimeout(resolve, 20));
  const copy = path.join(folder, 'copy');
  await snapshotDataDir(path.join(folder, 'live'), copy);
  const writtenAfterCopy = written;
  stop = true;
  await writer;
  await live.close();

  const restored = await PGlite.create({ dataDir: copy });
  try {
    const { rows } = await restored.query<{ orders: number; lines: number; torn: number }>(
      `SELECT (SELECT count(*)::int FROM orders) AS orders,
              (SELECT count(*)::int FROM order_lines) AS lines,
              (SELECT count(*)::int FROM orders o
                WHERE (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) <> 2) AS torn`,
    );
    const counts = rows[0];
    expect(counts?.torn).toBe(0);
    expect(counts?.lines).toBe(2 * (counts?.orders ?? 0));
    expect(counts?.orders).toBeGreaterThanOrEqual(200);
    expect(counts?.orders).toBeLessThanOrEqual(writtenAfterCopy);
  } finally {
    await restored.close();
  }
}, 120_000);

it('keeps the database password out of the client tools’ arguments (PGPASSWORD instead)', () => {
  expect(
    withoutPassword('postgres://app:s%40cret@db.internal:5432/verzuim?sslmode=require'),
  ).toEqual({
    url: 'postgres://app@db.internal:5432/verzuim?sslmode=require',
    password: 's@cret',
  });
  expect(withoutPassword('postgres://postgres@127.0.0.1:5432/postgres')).toEqual({
    url: 'postgres://postgres@127.0.0.1:5432/postgres',
  });
});
