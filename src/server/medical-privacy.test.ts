import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Role, roleSchema } from '../contracts/permissions.js';
import {
  actorOf,
  createTestApp,
  fetchHeaders,
  newEmployerWithDepartment,
  type TestApp,
} from './test/app.js';
import { describeEachDatabase } from './test/databases.js';
import { hireEmployee } from './test/employees.js';
import { cookieAs, isIdParam, kindOf, pathOf, validBodies } from './test/routes.js';

const allRoles = roleSchema.options as readonly Role[];

/** A word that exists only in the medical note: found in an answer, the note has leaked. */
const marker = 'MEDISCH-GEHEIM-7c1f';

/**
 * DOMAIN.md §5: the company doctor's medical file is the company doctor's alone; what the
 * employer receives is the functional advice. Every API route is called as every role with the
 * ids of an employee who has a medical note, a case, a document, notes, functional advice and a
 * terugkoppeling; no answer to any role but the company doctor may contain the note's text.
 */
describeEachDatabase('nothing medical reaches any role but the company doctor', (context) => {
  let testApp: TestApp;
  const ids = new Map<string, string>();
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    testApp.clock.set(new Date('2026-03-10T09:00:00Z'));
    const { user, employerId, departmentId } = await newEmployerWithDepartment(testApp);
    const { employees, cases, dossier } = testApp.modules;
    const owner = await actorOf(testApp, user.userId, employerId);
    const employeeId = await hireEmployee(employees, employerId, { departmentId });
    const sick = await cases.reportSick(owner, employeeId, {
      classification: 'illness',
      firstSickDay: '2026-03-02',
      percentage: 100,
    });
    ids.set('employee', employeeId);
    ids.set('case', sick.id);
    ids.set('department', departmentId);
    ids.set('employer', employerId);
    ids.set('user', user.userId);
    const [employment] = await employees.listEmploymentsOf(owner, employeeId);
    ids.set('employment', employment?.id as string);
    const tasks = await testApp.modules.tasks.employeeTasks(owner, employeeId, 'nl');
    ids.set('task', tasks.items[0]?.id as string);
    const document = await dossier.uploadDocument(owner, employeeId, {
      category: 'other',
      caseId: null,
      uploadedName: 'brief.pdf',
      content: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    ids.set('document', document.id);
    (
      validBodies['POST /api/employees/:employeeId/employments'] as { departmentId: string }
    ).departmentId = departmentId;
    for (const role of allRoles) cookies.set(role, await cookieAs(testApp, role, employerId));
    const doctor = cookies.get('company_doctor') as string;
    const write = (path: string, payload: object) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/employees/${employeeId}/${path}`,
        headers: { ...fetchHeaders, cookie: doctor },
        payload,
      });
    expect((await write('medical-notes', { text: `Diagnose ${marker}` })).statusCode).toBe(201);
    expect(
      (
        await write('functional-advice', {
          workPossible: 'Licht werk',
          expectedDuration: 'Vier weken',
          caseId: sick.id,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await write('feedback', { consultationDate: '2026-03-09', text: 'Consult gehad' }))
        .statusCode,
    ).toBe(201);
  }, 300_000);
  afterAll(() => testApp.close());

  it(
    'walks every route as every role: the medical text only in the company doctor’s answers',
    { timeout: 600_000 },
    async () => {
      const leaks: string[] = [];
      const doctorSaw = new Set<string>();
      // Reads first, so a write of the walk (an ended case, a deactivated user) cannot hide data.
      const routes = [...testApp.app.apiRouteAccess].sort(
        (a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'),
      );
      for (const route of routes) {
        if (!route.permission) continue;
        const key = `${route.method} ${route.url}`;
        const url = pathOf(route.url, (param) =>
          isIdParam(param) ? (ids.get(kindOf(route.url, param)) ?? crypto.randomUUID()) : param,
        );
        for (const role of allRoles) {
          const response = await testApp.app.inject({
            method: route.method as 'GET',
            url,
            headers: { ...fetchHeaders, cookie: cookies.get(role) as string },
            ...(route.method === 'GET' || route.method === 'DELETE'
              ? {}
              : { payload: (validBodies[key] as object | undefined) ?? {} }),
          });
          if (!response.body.includes(marker)) continue;
          if (role === 'company_doctor') doctorSaw.add(key);
          else leaks.push(`${role} ${key}: ${response.statusCode}`);
        }
      }
      expect(leaks).toEqual([]);
      // The walk reached the note: the company doctor reads it where it lives.
      expect([...doctorSaw]).toContain('GET /api/employees/:employeeId/medical-notes');
    },
  );
});
