// Builds the app and starts it on a fresh embedded database for the browser journeys.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'verzuim-e2e-'));
execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
const server = spawn(process.execPath, ['dist/server/main.js'], {
  stdio: 'inherit',
  env: {
    // Journeys log in more often than the production limits allow (the limits themselves are
    // tested in auth.security.test.ts).
    RATE_LIMIT_AUTH_PER_IP: '1000',
    RATE_LIMIT_AUTH_PER_ACCOUNT: '1000',
    ...process.env,
    DATA_DIR: dataDir,
  },
});
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
