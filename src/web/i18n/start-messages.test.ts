import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenKeys, nl } from '../../contracts/i18n/index.js';
import { startMessages } from '../../contracts/i18n/nl/start.js';

const webDir = fileURLToPath(new URL('..', import.meta.url));

/** The pages shown before the app frame (routes/authRoutes.tsx), where only `start` is loaded. */
const loginFrame = [
  'features/auth/AuthLayout.tsx',
  'features/auth/LoginPage.tsx',
  'features/auth/SecondFactorPage.tsx',
  'features/auth/AccountSetupPage.tsx',
  'features/auth/ForgotLoginDetailsPage.tsx',
  'features/auth/ResetPasswordPage.tsx',
  'features/auth/ConfirmEmailPage.tsx',
  'components/NotFound.tsx',
  'components/RouteError.tsx',
  'components/PageLoader.tsx',
];

/** The file and every file of src/web it imports, transitively. */
function withImports(files: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, path] of source.matchAll(/from '(\.[^']+)\.js'/g)) {
      const base = resolve(dirname(file), path ?? '');
      const next = [`${base}.ts`, `${base}.tsx`].find(existsSync);
      if (next?.startsWith(webDir)) visit(next);
    }
  };
  files.forEach((file) => visit(resolve(webDir, file)));
  return seen;
}

describe('the login frame messages (start.ts)', () => {
  it('hold every key the pages before the app frame use', () => {
    const all = new Set(flattenKeys(nl));
    const start = new Set(flattenKeys(startMessages));
    const missing = new Set<string>();
    for (const file of withImports(loginFrame)) {
      const source = readFileSync(file, 'utf8');
      for (const [, key] of source.matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)) {
        if (key !== undefined && all.has(key) && !start.has(key)) missing.add(key);
      }
      // A key built at run time (`factors.kinds.${kind}`): its whole branch must be there.
      for (const [, prefix] of source.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z_]+)*)\.\$\{/g)) {
        if (![...start].some((key) => key.startsWith(`${prefix}.`))) missing.add(`${prefix}.*`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
