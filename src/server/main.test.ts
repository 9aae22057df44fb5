import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it(
  'refuses to start in production without settings, listing each, and writes nothing',
  { timeout: 90_000 },
  async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'verzuim-production-'));
    // The real entry point, as `NODE_ENV=production npm start` runs it (minus the build).
    const started = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { NODE_ENV: 'production', DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 80_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toMatch(/^Refusing to start in production/);
    expect(started.stderr).toContain('  - ENCRYPTION_KEYS or ENCRYPTION_KEY_FILE: ');
    expect(started.stderr).toContain('  - PUBLIC_URL: ');
    expect(started.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(started.stdout).not.toContain('Password:');
    // No database, no generated key, no demo: the data folder stays as it was.
    expect(await readdir(dataDir)).toEqual([]);
  },
);
