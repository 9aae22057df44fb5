import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { permissionMatrix, type Role, roleSchema } from '../contracts/permissions.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from './db/tenancy.js';
import { sessions } from './modules/auth/auth.table.js';
import { memberships, scopeDepartments, users } from './modules/users/users.table.js';
import type { ApiRouteAccess } from './platform/session/actor.plugin.js';
import { isOperatorRole } from './modules/users/users.policies.js';
import {
  actorOf,
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from './test/app.js';
import { describeEachDatabase } from './test/databases.js';
import { hireEmployee } from './test/employees.js';
import { recordFirstQuarterReports } from './test/reports.js';
import {
  cookieAs,
  isIdParam,
  kindOf,
  operatorUser,
  pathOf,
  pdfUpload,
  validBodies,
} from './test/routes.js';

/**
 * API routes a user reaches without a role permission: logging in and out, recovery, the first
 * login, and the user's own account (language, security settings, second factors). Everything
 * else must declare `config.permission`, which this file then checks for every role.
 */
const ownAccountRoutes = [
  /^\/api\/(docs|openapi\.json)/,
  /^\/api\/auth\//,
  /^\/api\/me(\/|$)/,
  /^\/api\/factors(\/|$)/,
  /^\/api\/settings(\/|$)/,
];

/**
 * Routes open to every user acting for an employer, whose rights are data rather than a role:
 * the datakluis (vault admins and access are granted per user, and signing the agreement must
 * be possible before anything else). The isolation walk covers them; the role walk cannot.
 */
const memberRoutes = [/^\/api\/vault\//];
const isMemberRoute = (url: string) => memberRoutes.some((pattern) => pattern.test(url));

/** Routes without a session whose secret in the path is the key: the iCal feed of tasks. */
const tokenRoutes = [/^\/api\/calendar\/:file$/];

const allRoles = roleSchema.options as readonly Role[];

describeEachDatabase('access: every role × every route against the one matrix', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const owner = await createTestUser(testApp, { role: 'super_user' });
    employerId = trustEmployerId(owner.employerId);
    // Every role acts for the same employer; operators through their session's choice.
    for (const role of allRoles) cookies.set(role, await cookieAs(testApp, role, employerId));
  }, 300_000);
  afterAll(() => testApp.close());

  const routes = (): ApiRouteAccess[] => testApp.app.apiRouteAccess;

  it('every API route declares a permission, or belongs to the user’s own account', () => {
    const undeclared = routes()
      .filter((route) => route.permission === null)
      .filter((route) => !ownAccountRoutes.some((pattern) => pattern.test(route.url)))
      .filter((route) => !isMemberRoute(route.url))
      .filter((route) => !tokenRoutes.some((pattern) => pattern.test(route.url)))
      .map((route) => `${route.method} ${route.url}`);
    expect(undeclared).toEqual([]);
  });

  it(
    'each role gets exactly the routes its permissions allow (403 for the others)',
    { timeout: 300_000 },
    async () => {
      const mismatches: string[] = [];
      let tried = 0;
      for (const route of routes()) {
        if (!route.permission) continue;
        for (const role of allRoles) {
          const cookie = cookies.get(role) as string;
          const response = await testApp.app.inject({
            method: route.method as 'GET',
            url: pathOf(route.url),
            headers: { ...fetchHeaders, cookie },
            ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
          });
          tried++;
          const refused =
            response.statusCode === 403 &&
            (response.json() as { error?: { code?: string } }).error?.code === 'forbidden';
          const allowed = permissionMatrix[role].includes(route.permission);
          if (allowed === refused || response.statusCode === 401) {
            mismatches.push(
              `${role} ${route.method} ${route.url}: ${response.statusCode} (matrix: ${allowed ? 'allowed' : 'refused'})`,
            );
          }
        }
      }
      process.stdout.write(
        `role × route: ${tried} requests, ${mismatches.length} against the matrix\n`,
      );
      expect(tried).toBeGreaterThan(0);
      expect(mismatches).toEqual([]);
    },
  );

  it('a logged-out request to any declared route is refused with 401', async () => {
    const answered = new Set<number>();
    for (const route of routes()) {
      if (!route.permission) continue;
      const response = await testApp.app.inject({
        method: route.method as 'GET',
        url: pathOf(route.url),
        headers: fetchHeaders,
      });
      answered.add(response.statusCode);
    }
    expect([...answered]).toEqual([401]);
  });
});

describeEachDatabase(
  'isolation: ids of another employer or outside the scope never answer',
  (context) => {
    let testApp: TestApp;
    /** Per object kind: an id at another employer, and an id of this employer outside the scope. */
    const foreign = new Map<string, string>();
    const outOfScope = new Map<string, string>();
    const unscoped = new Map<Role, string>();
    const scoped = new Map<Role, string>();

    async function employerWith(testAppUser: { employerId: string; userId: string }) {
      const employerId = trustEmployerId(testAppUser.employerId);
      const { organisation, employees } = testApp.modules;
      const inside = await organisation.createDepartment(employerId, {
        name: 'Binnen',
        parentId: null,
      });
      const outside = await organisation.createDepartment(employerId, {
        name: 'Buiten',
        parentId: null,
      });
      const hire = (departmentId: string, lastName: string) =>
        hireEmployee(employees, employerId, { departmentId }, { lastName });
      const insider = await hire(inside.id, 'Binnenkant');
      const outsider = await hire(outside.id, 'Buitenkant');
      return { employerId, inside, outside, insider, outsider, ownerId: testAppUser.userId };
    }

    beforeAll(async () => {
      testApp = await createTestApp(context.database);
      const db = context.database.db;
      const mine = await employerWith(await createTestUser(testApp));
      const otherOwner = await createTestUser(testApp);
      const theirs = await employerWith(otherOwner);
      (
        validBodies['POST /api/employees/:employeeId/employments'] as { departmentId: string }
      ).departmentId = mine.inside.id;
      const otherActor = await actorOf(testApp, otherOwner.userId, theirs.employerId);
      const mineOwner = await actorOf(testApp, mine.ownerId, mine.employerId);
      foreign.set('department', theirs.inside.id);
      foreign.set('employer', theirs.employerId);
      // The other employer's own variant of the WVP: protocols are the operator admin's only.
      const wvp = (await testApp.modules.tasks.listProtocols()).find(
        (protocol) => protocol.code === 'WVP' && protocol.employerId === null,
      );
      const variant = await testApp.modules.tasks.createProtocolVariant(
        otherActor,
        wvp?.id as string,
        theirs.employerId,
      );
      foreign.set('protocol', variant.id);
      // A snapshot and a background export of the other employer.
      const theirReports = await recordFirstQuarterReports(testApp, otherActor);
      foreign.set('snapshot', theirReports.snapshotId);
      foreign.set('export', theirReports.exportId);
      // A pending vault access request at the other employer.
      const asker = await createTestUser(testApp, {
        role: 'manager_with_reports',
        employerId: theirs.employerId,
      });
      await testApp.modules.vault.requestAccess(
        await actorOf(testApp, asker.userId, theirs.employerId),
      );
      const [request] = await testApp.modules.vault.listRequests(
        await actorOf(testApp, otherOwner.userId, theirs.employerId),
      );
      foreign.set('access-request', request?.id as string);
      foreign.set('user', otherOwner.userId);
      // An API client (Koppelingen) of the other employer.
      const theirClient = await testApp.modules.integration.createApiClient(otherActor, {
        name: 'HR',
        scopes: ['employees:read'],
      });
      foreign.set('client', theirClient.client.id);
      // A SIVI message in the other employer's processing log (refused: not XML).
      const theirImport = await testApp.modules.sivi.importVerzuimmeldingen(
        otherActor,
        { fileName: 'verzuim.xml', bytes: Buffer.from('geen xml') },
        (key) => key,
      );
      foreign.set('import', theirImport.id);
      // A casemanager assigned to the other employer (Werkgevers > Casemanagers en bedrijfsartsen).
      const theirCare = await operatorUser(testApp, 'case_manager');
      const meta = { userId: otherOwner.userId, ip: '127.0.0.1', requestId: 'fixture' };
      await testApp.modules.users.assignCare(meta, theirs.employerId, {
        userId: theirCare.userId,
        departmentId: null,
      });
      const [assignment] = (await testApp.modules.users.listCareAssignments(theirs.employerId))
        .assignments;
      foreign.set('assignment', assignment?.id as string);
      for (const [ids, actor, employeeId] of [
        [foreign, otherActor, theirs.insider],
        [outOfScope, mineOwner, mine.outsider],
      ] as const) {
        ids.set('employee', employeeId);
        const [employment] = await testApp.modules.employees.listEmploymentsOf(actor, employeeId);
        ids.set('employment', employment?.id as string);
        const sick = await testApp.modules.cases.reportSick(actor, employeeId, {
          classification: 'illness',
          firstSickDay: '2026-03-02',
          percentage: 100,
        });
        ids.set('case', sick.id);
        const tasks = await testApp.modules.tasks.employeeTasks(actor, employeeId, 'nl');
        ids.set('task', tasks.items[0]?.id as string);
        const document = await testApp.modules.dossier.uploadDocument(actor, employeeId, {
          category: 'other',
          caseId: null,
          uploadedName: 'brief.pdf',
          content: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
        });
        ids.set('document', document.id);
      }

      for (const role of allRoles) {
        for (const limited of [false, true]) {
          if (limited && isOperatorRole(role)) continue;
          const user = await createTestUser(
            testApp,
            isOperatorRole(role)
              ? { agreement: 'unsigned' }
              : { role, employerId: mine.employerId },
          );
          if (limited) {
            await db
              .update(memberships)
              .set({ scopeMode: 'explicit' })
              .where(eq(memberships.userId, user.userId));
          }
          if (limited) {
            await inTenant(db, mine.employerId, (tx) =>
              tx.insert(scopeDepartments).values({
                employerId: mine.employerId,
                userId: user.userId,
                departmentId: mine.inside.id,
              }),
            );
          }
          if (isOperatorRole(role)) {
            await db.delete(memberships).where(eq(memberships.userId, user.userId));
            await db.update(users).set({ operatorRole: role }).where(eq(users.id, user.userId));
          }
          const cookie = await logIn(testApp, { ...user, employerId: mine.employerId });
          await db
            .update(sessions)
            .set({ activeEmployerId: mine.employerId })
            .where(eq(sessions.userId, user.userId));
          (limited ? scoped : unscoped).set(role, cookie);
        }
      }
    }, 300_000);
    afterAll(() => testApp.close());

    it(
      'every route taking an id refuses ids of another employer and outside the scope',
      { timeout: 300_000 },
      async () => {
        let tried = 0;
        const leaked: string[] = [];
        const uncovered = new Set<string>();
        const unproven = new Set<string>();
        const triedBy = new Map<string, Role[]>();
        for (const route of testApp.app.apiRouteAccess) {
          const params = [...route.url.matchAll(/:([A-Za-z]+)/g)]
            .map((match) => match[1] as string)
            .filter(isIdParam);
          if ((!route.permission && !isMemberRoute(route.url)) || params.length === 0) continue;
          const scenarios: {
            name: string;
            ids: Map<string, string>;
            cookies: Map<Role, string>;
          }[] = [
            { name: 'another employer', ids: foreign, cookies: unscoped },
            { name: 'outside the scope', ids: outOfScope, cookies: scoped },
          ];
          for (const scenario of scenarios) {
            const kinds = params.map((param) => kindOf(route.url, param));
            if (scenario.name === 'another employer' && kinds.some((kind) => !foreign.has(kind))) {
              uncovered.add(`${route.method} ${route.url} (${kinds.join(', ')})`);
              continue;
            }
            // Outside the scope only matters for objects that belong to an employee.
            if (
              scenario.name === 'outside the scope' &&
              !kinds.every((kind) => outOfScope.has(kind))
            )
              continue;
            const url = pathOf(
              route.url,
              (param) => scenario.ids.get(kindOf(route.url, param)) as string,
            );
            for (const [role, cookie] of scenario.cookies) {
              // A route that names the employer, or a protocol (an employer's variant is the
              // operator admin's to edit), serves every employer to the operator roles by design;
              // every other route, operator-wide or not, keeps to the actor's employer.
              if (
                route.acrossEmployers &&
                isOperatorRole(role) &&
                (kinds.includes('employer') || kinds.includes('protocol'))
              ) {
                continue;
              }
              const key = `${route.method} ${route.url}`;
              if (scenario.name === 'another employer') {
                triedBy.set(key, [...(triedBy.get(key) ?? []), role]);
              }
              const upload =
                key === 'POST /api/employees/:employeeId/documents' ? pdfUpload() : null;
              const response = await testApp.app.inject({
                method: route.method as 'GET',
                url,
                headers: { ...fetchHeaders, cookie, ...upload?.headers },
                ...(route.method === 'GET' || route.method === 'DELETE'
                  ? {}
                  : { payload: upload?.payload ?? validBodies[key] ?? {} }),
              });
              tried++;
              if (response.statusCode < 400) {
                leaked.push(
                  `${role} ${route.method} ${route.url} (${scenario.name}): ${response.statusCode}`,
                );
              }
              if (response.statusCode === 400) unproven.add(`${route.method} ${route.url}`);
            }
          }
        }
        process.stdout.write(
          `isolation: ${tried} requests with foreign or out-of-scope ids, ${leaked.length} leaked\n`,
        );
        // Every action on a user is tried with another employer's user by each role allowed it.
        const userActions = testApp.app.apiRouteAccess.filter((route) =>
          route.url.startsWith('/api/users/:id'),
        );
        const untried = userActions.flatMap((route) =>
          allRoles
            .filter((role) => route.permission && permissionMatrix[role].includes(route.permission))
            .filter((role) => !triedBy.get(`${route.method} ${route.url}`)?.includes(role))
            .map((role) => `${role} ${route.method} ${route.url}`),
        );
        expect(userActions.length).toBeGreaterThan(0);
        expect(untried).toEqual([]);
        expect(leaked).toEqual([]);
        expect([...uncovered]).toEqual([]);
        expect([...unproven]).toEqual([]);
        expect(tried).toBeGreaterThan(0);
      },
    );
  },
);
