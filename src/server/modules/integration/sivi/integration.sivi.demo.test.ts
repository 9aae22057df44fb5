import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../../seed/demo.js';
import { callApi, createTestApp, demoLogin, logIn, type TestApp } from '../../../test/app.js';
import { describeEachDatabase } from '../../../test/databases.js';
import { readVerzuimmeldingen } from './integration.sivi.import.models.js';
import { verzuimmeldingenSchema } from './integration.sivi.schema.js';

describeEachDatabase('SIVI export of the demo employer', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('validates, and reads back as every sickness case of the demo with its timeline', async () => {
    const credentials = await seedDemoIfEmpty(testApp.modules, {
      db: testApp.platform.database.db,
      clock: testApp.clock,
    });
    if (!credentials) throw new Error('no demo');
    const cookie = await logIn(testApp, demoLogin(credentials, 'koppeling'));
    const response = await callApi(
      testApp,
      cookie,
      'GET',
      '/api/integration/sivi/verzuimmeldingen',
    );
    expect(response.statusCode, response.body).toBe(200);
    const reading = readVerzuimmeldingen(response.body, verzuimmeldingenSchema());
    if (!reading.ok) throw new Error(JSON.stringify(reading.refusals.slice(0, 5)));

    const exported = new Map(
      reading.message.employees.flatMap((employee) =>
        employee.employments.flatMap((job) => job.cases.map((episode) => [episode.id, episode])),
      ),
    );
    const stored = await context.database.sql.query<{
      id: string;
      firstDay: string;
      lastDay: string | null;
      segments: { validFrom: string; percentage: number }[];
    }>(`select c.id, c.first_day::text as "firstDay", c.last_day::text as "lastDay",
          (select json_agg(json_build_object('validFrom', s.valid_from::text,
              'percentage', s.percentage) order by s.valid_from)
            from case_segments s where s.case_id = c.id) as segments
        from cases c join employees e on e.id = c.employee_id
        join employers w on w.id = c.employer_id
        where c.kind = 'sickness' and w.name = 'Demo Zorg BV'`);
    expect(stored.rows.length).toBeGreaterThan(50);
    expect(exported.size).toBe(stored.rows.length);
    for (const row of stored.rows) {
      expect(exported.get(row.id), row.id).toMatchObject({
        id: row.id,
        firstDay: row.firstDay,
        lastDay: row.lastDay,
        segments: row.segments,
      });
    }
  });
});
