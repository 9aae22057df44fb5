import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiAbsenceWritten } from '../../../contracts/api-v1-absences.js';
import type { ApiTask } from '../../../contracts/api-v1.js';
import { callV1, employerWithApiClient } from '../../test/api-v1.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';

describeEachDatabase('REST API v1: the tasks of the legal cases, read-only', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { RATE_LIMIT_API_PER_CLIENT: '1000' });
  });
  afterAll(() => testApp.close());

  type Page = { data: ApiTask[]; nextCursor: string | null };

  it('lists the tasks a sick report planned, paged by cursor; another employer sees none', async () => {
    const setup = await employerWithApiClient(testApp, ['absences:write', 'tasks:read']);
    const report = await callV1(testApp, setup.accessToken, 'POST', '/api/v1/absences', {
      personnelNumber: '0012',
      firstSickDay: '2026-02-02',
    });
    expect(report.statusCode, report.body).toBe(201);
    const absence = report.json<ApiAbsenceWritten>();
    const all = await callV1(testApp, setup.accessToken, 'GET', '/api/v1/tasks?limit=500');
    expect(all.statusCode, all.body).toBe(200);
    const tasks = all.json<Page>().data;
    expect(tasks.length).toBeGreaterThan(2);
    expect(tasks.every((task) => task.absenceId === absence.id)).toBe(true);
    expect(tasks.every((task) => task.employeeId === setup.employeeId)).toBe(true);
    expect(tasks.find((task) => task.code === 'ziekmelding_arbodienst')).toMatchObject({
      status: 'open',
      doneOn: null,
      occurrence: 0,
    });
    // Two at a time, following nextCursor, gives the same tasks in the same order.
    const paged: ApiTask[] = [];
    let url: string | null = '/api/v1/tasks?limit=2';
    while (url !== null) {
      const page: Page = (await callV1(testApp, setup.accessToken, 'GET', url)).json<Page>();
      paged.push(...page.data);
      url =
        page.nextCursor === null
          ? null
          : `/api/v1/tasks?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`;
    }
    expect(paged.map((task) => task.id)).toEqual(tasks.map((task) => task.id));
    const later = await callV1(
      testApp,
      setup.accessToken,
      'GET',
      `/api/v1/tasks?updatedSince=${encodeURIComponent('2999-01-01T00:00:00Z')}`,
    );
    expect(later.json<Page>().data).toEqual([]);

    const other = await employerWithApiClient(testApp, ['tasks:read']);
    const theirs = await callV1(testApp, other.accessToken, 'GET', '/api/v1/tasks');
    expect(theirs.json<Page>().data).toEqual([]);
    const noScope = await callV1(
      testApp,
      (await employerWithApiClient(testApp, ['absences:read'])).accessToken,
      'GET',
      '/api/v1/tasks',
    );
    expect(noScope.statusCode).toBe(403);
    expect(noScope.json().error.code).toBe('api_scope_missing');
    for (const query of ['limit=0', 'limit=501', 'cursor=nope', 'updatedSince=yesterday', 'x=1']) {
      const bad = await callV1(testApp, setup.accessToken, 'GET', `/api/v1/tasks?${query}`);
      expect(bad.statusCode, query).toBe(400);
    }
  });
});
