import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ReportUnit } from '../../../contracts/reports.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { callApi, createTestApp, createTestUser, logIn, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { callReport, workedExampleEmployer } from '../../test/reports.js';
import { setScope } from '../../test/scope.js';

const quarter = 'from=2025-01-01&to=2025-03-31';

describeEachDatabase(
  'the report filters offer only the units in scope (GET /api/reports/units)',
  (context) => {
    let testApp: TestApp;
    let employerId: AuthorizedEmployerId;
    let cookie: string;
    let units: Awaited<ReturnType<typeof workedExampleEmployer>>['units'];

    const unitsOf = async (session: string) => {
      const response = await callApi(testApp, session, 'GET', '/api/reports/units');
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<{ units: ReportUnit[] }>();
      return body.units.sort((a, b) => a.name.localeCompare(b.name));
    };
    const refusal = async (report: string, unitId: string, session: string) => {
      const response = await callReport(testApp, report, `${quarter}&unitIds=${unitId}`, session);
      expect(response.statusCode, response.body).toBe(400);
      return response.json<{ error: { fields: { path: string; code: string }[] } }>().error.fields;
    };
    const manager = async (departmentIds: string[]) => {
      const user = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
      await setScope(testApp, user, { departmentIds });
      return logIn(testApp, user);
    };

    beforeAll(async () => {
      testApp = await createTestApp(context.database);
      ({ employerId, cookie, units } = await workedExampleEmployer(testApp));
    });
    afterAll(() => testApp.close());

    it('offers an employer-wide user every department, each at its level', async () => {
      expect(await unitsOf(cookie)).toEqual([
        { id: units.keuken, parentId: null, name: 'Keuken', level: 1 },
        { id: units.wijk, parentId: units.zorg, name: 'Wijkteam', level: 2 },
        { id: units.zorg, parentId: null, name: 'Zorg', level: 1 },
      ]);
      const response = await callReport(
        testApp,
        'verzuimpercentage-per-maand',
        `${quarter}&unitIds=${units.keuken},${units.wijk}`,
        cookie,
      );
      expect(response.statusCode, response.body).toBe(200);
    });

    it('offers a limited manager their departments with the sub-departments, nothing else', async () => {
      expect(await unitsOf(await manager([units.zorg]))).toEqual([
        { id: units.wijk, parentId: units.zorg, name: 'Wijkteam', level: 2 },
        { id: units.zorg, parentId: null, name: 'Zorg', level: 1 },
      ]);
      // A sub-department alone is the root of the offered tree, at its level in the employer's.
      const wijkOnly = await manager([units.wijk]);
      expect(await unitsOf(wijkOnly)).toEqual([
        { id: units.wijk, parentId: null, name: 'Wijkteam', level: 2 },
      ]);
      // The organisation page still shows the whole tree: only the report filters are scoped.
      const structure = await callApi(testApp, wijkOnly, 'GET', '/api/organisation/departments');
      expect(structure.statusCode, structure.body).toBe(200);
      expect(structure.json<{ departments: unknown[] }>().departments).toHaveLength(3);
    });

    it('refuses a limited manager a unit outside the scope, its parent included, in every report', async () => {
      const session = await manager([units.wijk]);
      for (const report of [
        'verzuimpercentage-per-maand',
        'kwartaalrapportage',
        'verzuim-per-medewerker',
      ]) {
        for (const unitId of [units.keuken, units.zorg]) {
          expect(await refusal(report, unitId, session), report).toEqual([
            expect.objectContaining({ path: 'unitIds', code: 'report_unit_out_of_scope' }),
          ]);
        }
        const allowed = await callReport(
          testApp,
          report,
          `${quarter}&unitIds=${units.wijk}`,
          session,
        );
        expect(allowed.statusCode, allowed.body).toBe(200);
      }
      const exported = await callApi(testApp, session, 'POST', '/api/reports/exports', {
        report: 'kwartaalrapportage',
        format: 'xlsx',
        from: '2025-01-01',
        to: '2025-03-31',
        unitIds: [units.keuken],
      });
      expect(exported.statusCode, exported.body).toBe(400);
      expect(exported.body).toContain('report_unit_out_of_scope');
    });

    it("gives another employer's user none of these units and refuses them", async () => {
      const stranger = await logIn(testApp, await createTestUser(testApp));
      expect(await unitsOf(stranger)).toEqual([]);
      expect(await refusal('verzuimpercentage-per-maand', units.zorg, stranger)).toEqual([
        expect.objectContaining({ path: 'unitIds', code: 'report_unit_unknown' }),
      ]);
    });

    it('refuses the units to a role without statistics', async () => {
      const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
      const response = await callApi(
        testApp,
        await logIn(testApp, reporter),
        'GET',
        '/api/reports/units',
      );
      expect(response.statusCode).toBe(403);
    });
  },
);
