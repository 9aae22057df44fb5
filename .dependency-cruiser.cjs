// @ts-check
/**
 * The module graph of docs/architecture.md, checked by `npm run lint`. Each rule's comment is the
 * message a developer sees: it says what to do instead. Known violations that are still being
 * removed are listed in .dependency-cruiser-known-violations.json; a new one fails the lint.
 */

/** Server modules from the bottom layer up; a module may use only the modules listed before it. */
const moduleLayers = [
  'organisation',
  'users',
  'employees',
  'factors',
  'auth',
  'vault',
  'cases',
  'dossier',
  'tasks',
  'reintegration',
  'signals',
  'worklist',
  'reports',
  'integration',
  'retention',
];

/** Modules each module may call (its use cases, policies, models or errors). */
const allowedCalls = {
  organisation: [],
  users: ['organisation'],
  employees: ['organisation', 'users'],
  factors: ['users'],
  auth: ['organisation', 'users', 'factors'],
  vault: ['users', 'employees'],
  cases: ['organisation', 'users', 'employees'],
  dossier: ['users', 'employees', 'cases'],
  tasks: ['organisation', 'users', 'employees', 'cases', 'dossier'],
  reintegration: ['organisation', 'users', 'employees', 'cases', 'dossier', 'tasks'],
  signals: ['organisation', 'users', 'employees', 'cases', 'tasks', 'dossier'],
  worklist: ['users', 'cases', 'tasks'],
  reports: ['organisation', 'users', 'employees', 'cases', 'dossier'],
  retention: [
    'organisation',
    'users',
    'employees',
    'vault',
    'cases',
    'dossier',
    'tasks',
    'reintegration',
  ],
  integration: ['organisation', 'users', 'employees', 'vault', 'cases', 'dossier', 'tasks'],
};

const layeringRules = moduleLayers.map((module) => {
  const forbidden = moduleLayers.filter(
    (other) => other !== module && !allowedCalls[module].includes(other),
  );
  return {
    name: `layers-${module}`,
    severity: 'error',
    comment:
      `The module '${module}' may call only ${allowedCalls[module].join(', ') || 'no other module'} ` +
      '(docs/architecture.md, "The module graph"). For a call upwards, declare a port (an ' +
      `interface) in '${module}' and let src/server/app.ts wire the other module into it.`,
    from: { path: `^src/server/modules/${module}/`, pathNot: '\\.table\\.ts$' },
    to: {
      path: `^src/server/modules/(${forbidden.join('|')})/`,
    },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'This import closes a circle. Move the shared piece down (to contracts/, platform/ or the ' +
        'lower module), or invert the call with a port that src/server/app.ts wires.',
      from: {},
      // Foreign keys between table files point both ways; they are the database's business.
      to: { circular: true, via: { pathNot: '\\.table\\.ts$' } },
    },
    {
      name: 'module-internals',
      severity: 'error',
      comment:
        "Another module's repository, routes or tables are its own. Call its use cases " +
        '(<module>.usecases.ts) or policies (<module>.policies.ts) instead.',
      from: { path: '^src/server/modules/([^/]+)/', pathNot: '\\.(table|test)\\.ts$' },
      to: {
        path: '^src/server/modules/([^/]+)/.+\\.(repository|routes|table)\\.ts$',
        pathNot: '^src/server/modules/$1/',
      },
    },
    {
      name: 'platform-below-modules',
      severity: 'error',
      comment:
        'platform/ and db/ serve every module and know none of them; pass what they need in ' +
        '(db/schema.ts alone gathers the table files).',
      from: {
        path: '^src/server/(platform|db)/',
        pathNot: '(^src/server/db/schema\\.ts$|\\.test\\.ts$)',
      },
      to: { path: '^src/server/modules/' },
    },
    {
      name: 'contracts-stand-alone',
      severity: 'error',
      comment: 'src/contracts is shared by the server and the web app and imports neither.',
      from: { path: '^src/contracts/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'modules-have-a-layer',
      severity: 'error',
      comment:
        'Every module has its place in the graph: add the new module to moduleLayers and ' +
        'allowedCalls in .dependency-cruiser.cjs and to docs/architecture.md.',
      from: { path: `^src/server/modules/(?!(${moduleLayers.join('|')})/)` },
      to: {},
    },
    ...layeringRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.test\\.tsx?$|^src/server/test/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.server.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
