import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IFlattenedRuleSet } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The rules of `npm run lint` (docs/architecture.md), tried on small trees made here: the lint
// must fail on a new circle, an arrow against the layering and a reach into another module.
const require = createRequire(import.meta.url);
const { forbidden } = require('../../.dependency-cruiser.cjs') as {
  forbidden: IFlattenedRuleSet['forbidden'];
};

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'verzuim-graph-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes the files of a small tree and returns the rules it breaks. */
async function violationsOf(files: Record<string, string>): Promise<string[]> {
  const tree = await mkdtemp(path.join(root, 'tree-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(tree, file)), { recursive: true });
    await writeFile(path.join(tree, file), text);
  }
  const { output } = await cruise(
    ['src'],
    { baseDir: tree, validate: true, ruleSet: { forbidden }, tsPreCompilationDeps: true },
    { extensions: ['.ts'] },
  );
  return (output as ICruiseResult).summary.violations.map((violation) => violation.rule.name);
}

describe('the module graph rules of npm run lint', () => {
  it('accepts a call down the layers', async () => {
    expect(
      await violationsOf({
        'src/server/modules/cases/cases.usecases.ts':
          "import { x } from '../employees/employees.usecases';\nexport const y = x;\n",
        'src/server/modules/employees/employees.usecases.ts': 'export const x = 1;\n',
      }),
    ).toEqual([]);
  });

  it('refuses a call up the layers, with the layer rule of the calling module', async () => {
    expect(
      await violationsOf({
        'src/server/modules/organisation/organisation.usecases.ts':
          "import { x } from '../cases/cases.usecases';\nexport const y = x;\n",
        'src/server/modules/cases/cases.usecases.ts': 'export const x = 1;\n',
      }),
    ).toEqual(['layers-organisation']);
  });

  it('refuses a circle, also one made of type imports', async () => {
    const violations = await violationsOf({
      'src/server/modules/cases/a.ts': "import type { B } from './b';\nexport type A = B;\n",
      'src/server/modules/cases/b.ts':
        "import type { A } from './a';\nexport type B = { a?: A };\n",
    });
    expect(violations).toContain('no-circular');
  });

  it('allows foreign keys between table files both ways', async () => {
    expect(
      await violationsOf({
        'src/server/modules/users/users.table.ts':
          "import { e } from '../organisation/organisation.table';\nexport const u = e;\n",
        'src/server/modules/organisation/organisation.table.ts':
          "import type { u } from '../users/users.table';\nexport const e = 1 as unknown as typeof u;\n",
      }),
    ).toEqual([]);
  });

  it("refuses a reach into another module's repository", async () => {
    expect(
      await violationsOf({
        'src/server/modules/dossier/dossier.usecases.ts':
          "import { x } from '../employees/employees.repository';\nexport const y = x;\n",
        'src/server/modules/employees/employees.repository.ts': 'export const x = 1;\n',
      }),
    ).toEqual(['module-internals']);
  });

  it('keeps platform code free of modules', async () => {
    expect(
      await violationsOf({
        'src/server/platform/audit/audit.ts':
          "import { x } from '../../modules/users/users.usecases';\nexport const y = x;\n",
        'src/server/modules/users/users.usecases.ts': 'export const x = 1;\n',
      }),
    ).toEqual(['platform-below-modules']);
  });
});
