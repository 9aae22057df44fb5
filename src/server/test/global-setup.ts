import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadTestSettings } from '../config.js';
import { dumpMigratedPglite, openDatabase } from '../db/connection.js';
import { withDatabaseName } from './database-url.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dumped, migrated PGlite data dir that each test file loads into its own instance. */
    pgliteTemplatePath: string;
    /** URL of a migrated PostgreSQL database used as CREATE DATABASE … TEMPLATE; '' when not set. */
    postgresTemplateUrl: string;
  }
}

/** Migrate once, then every test file starts from a copy (ARCHITECTURE.md, "Tests"). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'verzuim-test-'));
  const dump = await dumpMigratedPglite();
  const templatePath = path.join(folder, 'pglite-template.tar.gz');
  await writeFile(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', templatePath);

  const { postgresUrl } = loadTestSettings();
  let templateName: string | undefined;
  if (postgresUrl) {
    templateName = `verzuim_template_${randomBytes(4).toString('hex')}`;
    const admin = await openDatabase({ kind: 'postgres', url: postgresUrl, maxConnections: 1 });
    await admin.sql.exec(`CREATE DATABASE ${templateName}`);
    const template = await openDatabase({
      kind: 'postgres',
      url: withDatabaseName(postgresUrl, templateName),
      maxConnections: 1,
    });
    await template.migrate();
    await template.close();
    await admin.close();
  }
  project.provide(
    'postgresTemplateUrl',
    templateName && postgresUrl ? withDatabaseName(postgresUrl, templateName) : '',
  );

  return async () => {
    await rm(folder, { recursive: true, force: true });
    if (postgresUrl && templateName) {
      const admin = await openDatabase({ kind: 'postgres', url: postgresUrl, maxConnections: 1 });
      await admin.sql.exec(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
      await admin.close();
    }
  };
}
