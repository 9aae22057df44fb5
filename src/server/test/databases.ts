import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, openDatabase } from '../db/connection.js';
import { databaseNameOf, withDatabaseName } from './database-url.js';

export type DatabaseKind = Database['kind'];

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): DatabaseKind[] {
  return inject('postgresTemplateUrl') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database for one test file; `close` also drops it on PostgreSQL. */
export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') {
    const dump = await readFile(inject('pgliteTemplatePath'));
    return openDatabase({ kind: 'pglite', loadDataDir: new Blob([dump]) });
  }
  return (await createTestPostgresDatabase()).database;
}

/**
 * A fresh PostgreSQL database and its URL (for tools that connect themselves, such as pg_dump):
 * migrated from the template, or `empty` (CREATE DATABASE without the template).
 */
export async function createTestPostgresDatabase(
  options: { empty?: boolean } = {},
): Promise<{ database: Database; url: string }> {
  const templateUrl = inject('postgresTemplateUrl');
  const name = `verzuim_test_${randomBytes(6).toString('hex')}`;
  const serverUrl = withDatabaseName(templateUrl, 'postgres');
  const admin = await openDatabase({ kind: 'postgres', url: serverUrl, maxConnections: 1 });
  try {
    if (options.empty) await admin.sql.exec(`CREATE DATABASE ${name}`);
    else await createFromTemplate(admin, name, databaseNameOf(templateUrl));
  } finally {
    await admin.close();
  }
  const url = withDatabaseName(templateUrl, name);
  const database = await openDatabase({ kind: 'postgres', url, maxConnections: 5 });
  return {
    url,
    database: {
      ...database,
      async close() {
        await database.close();
        const dropper = await openDatabase({ kind: 'postgres', url: serverUrl, maxConnections: 1 });
        await dropper.sql.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.close();
      },
    },
  };
}

async function createFromTemplate(admin: Database, name: string, template: string): Promise<void> {
  // Two files copying the same template at the same moment can collide; a short retry settles it.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.sql.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/**
 * Runs the same tests once per database kind, each on its own fresh copy.
 * `context.database` is available inside tests and hooks.
 */
export function describeEachDatabase(
  title: string,
  body: (context: { readonly database: Database; readonly kind: DatabaseKind }) => void,
): void {
  for (const kind of testDatabaseKinds()) {
    describe(`${title} [${kind}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await database?.close();
      });
      body({
        kind,
        get database() {
          if (!database)
            throw new Error('The test database is not open yet: use it inside a test or hook.');
          return database;
        },
      });
    });
  }
}
