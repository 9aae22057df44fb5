import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { getTableName, type SQL } from 'drizzle-orm';
import {
  type PgDatabase,
  PgDialect,
  type PgInsertValue,
  type PgQueryResultHKT,
  type PgTable,
} from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, PgliteSession, PgliteTransaction } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import {
  drizzle as drizzlePostgres,
  NodePgSession,
  NodePgTransaction,
} from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** Drizzle over either driver: both share PgDatabase, so repositories never know which. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** Raw SQL access, for what Drizzle does not express and for pg-boss. */
export type SqlClient = {
  /** One statement with $1… parameters. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Several statements, no parameters. */
  exec(text: string): Promise<void>;
};

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  sql: SqlClient;
  /**
   * Statements sent to the database since it was opened: each one a round trip (a network one on
   * PostgreSQL, a call into the engine on PGlite), BEGIN and COMMIT included. Tests and the
   * benchmark read it before and after a request to count what the request cost.
   */
  roundTrips(): number;
  migrate(): Promise<void>;
  close(): Promise<void>;
};

/** Migrations are committed SQL, the same files for PGlite and PostgreSQL. */
export const migrationsFolder = fileURLToPath(
  new URL('../../../src/server/db/migrations', import.meta.url),
);

export type DatabaseOptions =
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob | File }
  | { kind: 'postgres'; url: string; maxConnections?: number };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'pglite') {
    if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
    const client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const counter = countPgliteRoundTrips(client);
    const inTurn = serialisePglite(client);
    const pgliteDb = drizzlePglite({ client, schema });
    const db = pgliteDb as unknown as Db;
    const relational = relationalSchemaOf(db);
    registerPreludedTransactions(db, (prelude, work) =>
      inTurn(prelude, (connection) => {
        const session = new PgliteSession(connection, dialect, relational);
        return work(new PgliteTransaction(dialect, session, relational) as unknown as Db);
      }),
    );
    return {
      kind: 'pglite',
      roundTrips: counter.read,
      db,
      sql: {
        async query(text, params) {
          const result = await client.query(text, params);
          return { rows: result.rows as never[] };
        },
        async exec(text) {
          await client.exec(text);
        },
      },
      migrate: () => migratePglite(pgliteDb, { migrationsFolder }),
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // So must one ended while checked out (in a transaction, between its statements): its client
  // emits 'error' with no pool listener attached then. The statement fails by itself, and the pool
  // drops the broken client when it is released.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const counter = countPostgresRoundTrips(pool);
  const db = drizzlePostgres({ client: pool, schema });
  const relational = relationalSchemaOf(db as unknown as Db);
  registerPreludedTransactions(db as unknown as Db, async (prelude, work) => {
    const client = await pool.connect();
    try {
      return await runPreludedTransaction(
        { exec: async (text) => void (await client.query(text)) },
        prelude,
        () => {
          const session = new NodePgSession(client, dialect, relational);
          return work(new NodePgTransaction(dialect, session, relational) as unknown as Db);
        },
      );
    } finally {
      client.release();
    }
  });
  return {
    kind: 'postgres',
    roundTrips: counter.read,
    db: db as unknown as Db,
    sql: {
      async query(text, params) {
        const result = await pool.query(text, params);
        return { rows: result.rows };
      },
      async exec(text) {
        await pool.query(text);
      },
    },
    migrate: () => migratePostgres(db, { migrationsFolder }),
    close: () => pool.end(),
  };
}

/**
 * A transaction whose first statements go to the database together with BEGIN, in one round trip:
 * `prelude` is SQL without parameters (tenancy.ts sets the role and the employer with it).
 */
export type PreludedTransaction = <T>(prelude: string, work: (tx: Db) => Promise<T>) => Promise<T>;

const preludedTransactions = new WeakMap<Db, PreludedTransaction>();

function registerPreludedTransactions(db: Db, run: PreludedTransaction): void {
  preludedTransactions.set(db, run);
}

/** The preluded transaction of a database's own connection; none for a transaction handle. */
export function preludedTransactionOf(db: Db): PreludedTransaction | undefined {
  return preludedTransactions.get(db);
}

const dialect = new PgDialect();

/** What drizzle's transaction objects need to know of the schema, taken from the database. */
function relationalSchemaOf(db: Db) {
  const { fullSchema, schema: tables, tableNamesMap } = db._;
  if (!tables) throw new Error('the database was opened without its schema');
  return { fullSchema, schema: tables, tableNamesMap };
}

async function runPreludedTransaction<T>(
  connection: { exec(text: string): Promise<void> },
  prelude: string,
  work: () => Promise<T>,
): Promise<T> {
  await connection.exec(`begin; ${prelude}`);
  try {
    const result = await work();
    await connection.exec('commit');
    return result;
  } catch (error) {
    await connection.exec('rollback');
    throw error;
  }
}

/**
 * PGlite has one connection and sends BEGIN on its own, so a preluded transaction needs the
 * connection to itself: every query, exec and transaction of the client waits its turn here,
 * and the preluded transaction holds the turn from BEGIN to COMMIT. As with PGlite's own
 * transactions, work inside must use `tx`: a query on the outer connection would wait forever.
 */
function serialisePglite(
  client: PGlite,
): <T>(prelude: string, work: (connection: PGlite) => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = (...args: Parameters<PGlite['query']>) => inTurn(() => query(...args));
  client.exec = (...args: Parameters<PGlite['exec']>) => inTurn(() => exec(...args));
  client.transaction = (callback) => inTurn(() => transaction(callback));
  // Inside the turn: the client's own methods (counted, not queued again).
  const connection = { query, exec } as unknown as PGlite;
  return (prelude, work) =>
    inTurn(() =>
      runPreludedTransaction({ exec: async (text) => void (await exec(text)) }, prelude, () =>
        work(connection),
      ),
    );
}

type RoundTripCounter = { add(count: number): void; read(): number };

function roundTripCounter(): RoundTripCounter {
  let total = 0;
  return {
    add: (count) => {
      total += count;
    },
    read: () => total,
  };
}

/**
 * Every statement reaches a pooled client's `query` (also `pool.query`, which borrows a client),
 * so counting there catches drizzle, transactions and raw SQL alike.
 */
function countPostgresRoundTrips(pool: pg.Pool): RoundTripCounter {
  const counter = roundTripCounter();
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      counter.add(1);
      return query(...args);
    };
  });
  return counter;
}

/**
 * PGlite's own `query`/`exec`, and inside `transaction` the BEGIN and COMMIT (or ROLLBACK) it
 * sends itself plus each statement of the callback.
 */
function countPgliteRoundTrips(client: PGlite): RoundTripCounter {
  const counter = roundTripCounter();
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = (...args: Parameters<PGlite['query']>) => {
    counter.add(1);
    return query(...args);
  };
  client.exec = (...args: Parameters<PGlite['exec']>) => {
    counter.add(1);
    return exec(...args);
  };
  client.transaction = (callback) => {
    counter.add(2);
    return transaction((tx) => {
      const txQuery = tx.query.bind(tx);
      const txExec = tx.exec.bind(tx);
      tx.query = (...args: Parameters<typeof tx.query>) => {
        counter.add(1);
        return txQuery(...args);
      };
      tx.exec = (...args: Parameters<typeof tx.exec>) => {
        counter.add(1);
        return txExec(...args);
      };
      return callback(tx);
    });
  };
  return counter;
}

/** A migrated, empty PGlite data dir as a tarball: the template every test file starts from. */
export async function dumpMigratedPglite(): Promise<Blob> {
  const client = await PGlite.create();
  try {
    await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
    return await client.dumpDataDir('gzip');
  } finally {
    await client.close();
  }
}

/**
 * Rows of a raw SQL query written with Drizzle's `sql` template (parameters stay bound). Both
 * drivers answer `{ rows }`; Drizzle's shared type does not say so, hence the one cast here.
 */
export async function selectRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** Inserts one row and returns it as stored (defaults and generated ids filled in). */
export async function insertOne<TTable extends PgTable>(
  db: Db,
  table: TTable,
  values: PgInsertValue<TTable>,
): Promise<TTable['$inferSelect']> {
  const [row] = (await db.insert(table).values(values).returning()) as TTable['$inferSelect'][];
  if (!row) throw new Error(`insert into ${getTableName(table)} returned no row`);
  return row;
}

/** Whether a failed query has the SQLSTATE `code` (drizzle wraps the driver's error in `cause`). */
function hasSqlState(error: unknown, code: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    if ((current as { code?: unknown }).code === code) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Whether a failed query broke a UNIQUE constraint (PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return hasSqlState(error, '23505');
}

/** Whether a failed query broke a FOREIGN KEY constraint (PostgreSQL 23503): a row still refers. */
export function isForeignKeyViolation(error: unknown): boolean {
  return hasSqlState(error, '23503');
}

/**
 * Whether a query failed because the database could not be reached or dropped the connection
 * (terminated by an administrator, restarting, out of connections, the network gone), rather than
 * because of the query: the request may succeed when repeated a moment later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && unavailableCodes.test(code)) return true;
    if (typeof message === 'string' && lostConnectionMessages.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** SQLSTATE class 08 (connection), 57P01–57P03 (shutdown, cannot connect now), 53300 (too many connections), and the network's own. */
const unavailableCodes =
  /^(08[0-9A-Z]{3}|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH)$/;
/** node-postgres says these without a code. */
const lostConnectionMessages =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;
