import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProtocolTaskView, ProtocolView } from '../../../contracts/protocols.js';
import type { TaskView } from '../../../contracts/tasks.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import {
  type ApiMethod,
  callApi,
  createTestApp,
  createTestUser,
  logIn,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { reportSick } from '../../test/cases.js';
import { hireEmployee } from '../../test/employees.js';
import { users } from '../users/users.table.js';
import { wvpProtocol } from './tasks.protocols.fixture.js';

const wazoTask: ProtocolTaskView = {
  code: 'extra_gesprek',
  name: { nl: 'Extra gesprek', en: 'Extra meeting' },
  trigger: 'sick_day',
  offset: 21,
  repetition: null,
  responsible: ['employer', 'casemanager'],
  postponable: true,
  setAsideOnClose: true,
  earlierAfterDone: null,
};

describeEachDatabase('protocols as data', (context) => {
  let testApp: TestApp;
  let superUser: TestUser;
  let superCookie: string;
  let adminCookie: string;
  let other: TestUser;
  let otherCookie: string;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    superUser = await createTestUser(testApp);
    superCookie = await logIn(testApp, superUser);
    other = await createTestUser(testApp);
    otherCookie = await logIn(testApp, other);
    const admin = await createTestUser(testApp);
    await context.database.db
      .update(users)
      .set({ operatorRole: 'operator_admin' })
      .where(eq(users.id, admin.userId));
    adminCookie = await logIn(testApp, admin);
  });
  afterAll(() => testApp.close());

  const call = (method: ApiMethod, url: string, payload?: unknown, as = adminCookie) =>
    callApi(testApp, as, method, url, payload);

  async function protocols(): Promise<ProtocolView[]> {
    const response = await call('GET', '/api/protocols');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: ProtocolView[] }>().items;
  }
  const current = async (code: string, employerId: string | null = null) => {
    const found = (await protocols()).find(
      (protocol) => protocol.code === code && protocol.employerId === employerId,
    );
    if (found === undefined) throw new Error(`no protocol ${code}`);
    return found;
  };

  let counter = 0;
  const departments = new Map<string, string>();
  async function departmentOf(employerId: AuthorizedEmployerId): Promise<string> {
    const known = departments.get(employerId);
    if (known !== undefined) return known;
    const { id } = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    departments.set(employerId, id);
    return id;
  }
  async function sickEmployee(user: TestUser, cookie: string, firstSickDay: string) {
    counter += 1;
    const employerId = trustEmployerId(user.employerId);
    const employeeId = await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId: await departmentOf(employerId), contractHoursPerWeek: '40' },
      { lastName: `Protocol ${counter}` },
    );
    return { employeeId, caseId: await reportSick(testApp, cookie, employeeId, { firstSickDay }) };
  }
  async function tasksOf(employeeId: string, cookie = superCookie) {
    const response = await call('GET', `/api/employees/${employeeId}/tasks`, undefined, cookie);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: TaskView[] }>().items;
  }
  const dueOf = (tasks: TaskView[], code: string) => tasks.find((task) => task.code === code);

  it('seeds WVP (DOMAIN.md §2, the fixture the pure tests plan with) and WAZO', async () => {
    const wvp = await current('WVP');
    expect({ ...wvp, employerName: undefined, createdAt: undefined }).toEqual({
      ...wvpProtocol,
      employerName: undefined,
      createdAt: undefined,
    });
    const wazo = await current('WAZO');
    expect(wazo.tasks.map((task) => [task.code, task.trigger, task.offset])).toEqual([
      ['zwangerschapsverklaring_bewaren', 'case_start', 0],
      ['wazo_aanvraag', 'expected_delivery_date', -41],
      ['geboorte_melden', 'expected_delivery_date', 7],
    ]);
  });

  it('only the operator admin reads and edits protocols; bad input is a clear 4xx', async () => {
    const wvp = await current('WVP');
    expect((await call('GET', '/api/protocols', undefined, superCookie)).statusCode).toBe(403);
    const asSuperUser = await call(
      'PUT',
      `/api/protocols/${wvp.id}/tasks/probleemanalyse`,
      { name: { nl: 'X', en: 'X' }, offset: 40 },
      superCookie,
    );
    expect(asSuperUser.statusCode).toBe(403);

    const zero = await call('PUT', `/api/protocols/${wvp.id}/tasks/probleemanalyse`, {
      name: { nl: 'Probleemanalyse', en: 'Problem analysis' },
      offset: 0,
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.fields).toEqual([
      expect.objectContaining({ path: 'offset', message: 'Een ziektedag is 1 of hoger.' }),
    ]);
    const taken = await call('POST', `/api/protocols/${wvp.id}/tasks`, {
      ...wazoTask,
      code: 'probleemanalyse',
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.fields[0].path).toBe('code');
    const badCode = await call('POST', `/api/protocols/${wvp.id}/tasks`, {
      ...wazoTask,
      code: 'Met Spaties',
    });
    expect(badCode.statusCode).toBe(400);
    expect(
      (
        await call('PUT', `/api/protocols/${wvp.id}/tasks/geen_taak`, {
          name: { nl: 'X', en: 'X' },
          offset: 3,
        })
      ).statusCode,
    ).toBe(404);
    const inUse = await call('DELETE', `/api/protocols/${wvp.id}/tasks/probleemanalyse`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('protocol_task_in_use');
    const unknownEmployer = await call('POST', `/api/protocols/${wvp.id}/variants`, {
      employerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownEmployer.statusCode).toBe(400);
    expect((await current('WVP')).version).toBe(wvp.version);
  });

  it("a variant for an employer: its new cases follow the variant's edits, open cases keep their version", async () => {
    const wvp = await current('WVP');
    const made = await call('POST', `/api/protocols/${wvp.id}/variants`, {
      employerId: superUser.employerId,
    });
    expect(made.statusCode, made.body).toBe(200);
    const variant = made.json<ProtocolView>();
    expect(variant).toMatchObject({ employerId: superUser.employerId, version: 1 });
    const again = await call('POST', `/api/protocols/${wvp.id}/variants`, {
      employerId: superUser.employerId,
    });
    expect(again.json().error.code).toBe('protocol_variant_exists');

    const before = await sickEmployee(superUser, superCookie, '2026-01-05');
    const changed = await call('PUT', `/api/protocols/${variant.id}/tasks/probleemanalyse`, {
      name: { nl: 'Probleemanalyse (eigen)', en: 'Problem analysis (own)' },
      offset: 35,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const added = await call(
      'POST',
      `/api/protocols/${changed.json<ProtocolView>().id}/tasks`,
      wazoTask,
    );
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json<ProtocolView>().version).toBe(3);
    const stale = await call('DELETE', `/api/protocols/${variant.id}/tasks/extra_gesprek`);
    expect(stale.json().error.code).toBe('protocol_changed');

    // The open case keeps version 1, also when it changes afterwards (a corrected first day).
    const corrected = await call(
      'POST',
      `/api/cases/${before.caseId}/correction`,
      { firstSickDay: '2026-01-02' },
      superCookie,
    );
    expect(corrected.statusCode, corrected.body).toBe(200);
    const kept = await tasksOf(before.employeeId);
    expect(dueOf(kept, 'probleemanalyse')).toMatchObject({
      name: 'Probleemanalyse',
      dueSickDay: 42,
      dueDate: '2026-02-12',
    });
    expect(dueOf(kept, 'extra_gesprek')).toBeUndefined();

    const after = await sickEmployee(superUser, superCookie, '2026-01-05');
    const fresh = await tasksOf(after.employeeId);
    expect(dueOf(fresh, 'probleemanalyse')).toMatchObject({
      name: 'Probleemanalyse (eigen)',
      dueSickDay: 35,
      dueDate: '2026-02-08',
    });
    expect(dueOf(fresh, 'extra_gesprek')).toMatchObject({ dueDate: '2026-01-25' });

    // Another employer has no variant: its cases keep the default.
    const elsewhere = await sickEmployee(other, otherCookie, '2026-01-05');
    const defaults = await tasksOf(elsewhere.employeeId, otherCookie);
    expect(dueOf(defaults, 'probleemanalyse')?.dueSickDay).toBe(42);
    expect(dueOf(defaults, 'extra_gesprek')).toBeUndefined();

    const audit = await listAuditEntries(context.database.db, {
      employerId: superUser.employerId,
      limit: 50,
    });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'protocol.variant_created',
        'protocol.task_changed',
        'protocol.task_added',
      ]),
    );
    expect(audit.find((entry) => entry.action === 'protocol.task_changed')?.details).toMatchObject({
      protocol: 'WVP',
      version: 2,
      task: 'probleemanalyse',
      offsetBefore: 42,
      offset: 35,
    });
  });

  it('removing a task from the default applies to cases opened afterwards', async () => {
    const wvp = await current('WVP');
    const open = await sickEmployee(other, otherCookie, '2026-02-02');
    const removed = await call('DELETE', `/api/protocols/${wvp.id}/tasks/eindevaluatie`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<ProtocolView>().tasks.map((task) => task.code)).not.toContain(
      'eindevaluatie',
    );
    expect(dueOf(await tasksOf(open.employeeId, otherCookie), 'eindevaluatie')).toBeDefined();
    const later = await sickEmployee(other, otherCookie, '2026-02-02');
    expect(dueOf(await tasksOf(later.employeeId, otherCookie), 'eindevaluatie')).toBeUndefined();
  });
});
