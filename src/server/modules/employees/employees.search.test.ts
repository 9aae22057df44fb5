import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import {
  createTestApp,
  createTestUser,
  logIn,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { setScope } from '../../test/scope.js';

/** The test app's clock stands on 2 March 2026. */
describeEachDatabase('Dossier zoeken', (context) => {
  let testApp: TestApp;
  let owner: TestUser;
  let ownerCookie: string;
  let employerId: AuthorizedEmployerId;
  const ids: Record<string, string> = {};
  let zorg: string;
  let wijk: string;
  let keuken: string;

  async function hire(
    key: string,
    name: { firstName: string; namePrefix?: string | null; lastName: string },
    departmentId: string,
    extra: { personnelNumber?: string; dateOfBirth?: string; endDate?: string } = {},
  ) {
    ids[key] = await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId, endDate: extra.endDate ?? null },
      {
        ...name,
        dateOfBirth: extra.dateOfBirth ?? '1980-01-01',
        personnelNumber: extra.personnelNumber ?? null,
      },
    );
  }

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    owner = await createTestUser(testApp);
    employerId = trustEmployerId(owner.employerId);
    const organisation = testApp.modules.organisation;
    zorg = (await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null })).id;
    wijk = (await organisation.createDepartment(employerId, { name: 'Wijk', parentId: zorg })).id;
    keuken = (await organisation.createDepartment(employerId, { name: 'Keuken', parentId: null }))
      .id;
    await hire('muller', { firstName: 'Jürgen', lastName: 'Müller' }, wijk, {
      personnelNumber: '1001',
    });
    await hire('sanne', { firstName: 'Sanne', namePrefix: 'de', lastName: 'Vries' }, zorg, {
      dateOfBirth: '1992-07-04',
    });
    await hire('typed', { firstName: 'Kees', lastName: 'de Vries' }, keuken);
    await hire('hart', { firstName: 'Ilse', namePrefix: "'t", lastName: 'Hart' }, keuken);
    await hire('meer', { firstName: 'Bram', namePrefix: 'van der', lastName: 'Meer' }, keuken);
    await hire('left', { firstName: 'Oud', lastName: 'Vertrokken' }, keuken, {
      endDate: '2025-12-31',
    });
    for (let index = 0; index < 30; index++) {
      await hire(`bulk${index}`, { firstName: `Naam${index}`, lastName: 'Jansen' }, keuken);
    }
    // Another employer's Müller is never found.
    const stranger = await createTestUser(testApp);
    const strangerDepartment = await organisation.createDepartment(
      trustEmployerId(stranger.employerId),
      { name: 'Elders', parentId: null },
    );
    await hireEmployee(
      testApp.modules.employees,
      trustEmployerId(stranger.employerId),
      { departmentId: strangerDepartment.id },
      { firstName: 'Hans', lastName: 'Müller' },
    );
    ownerCookie = await logIn(testApp, owner);
  });
  afterAll(() => testApp.close());

  async function search(query: Record<string, string>, cookie = ownerCookie) {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/employees?${new URLSearchParams(query).toString()}`,
      headers: { cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      items: { id: string; lastName: string; inService: boolean; departmentId: string }[];
      total: number;
      scopeEmpty: boolean;
    };
  }
  const found = async (query: Record<string, string>, cookie?: string) =>
    (await search(query, cookie)).items.map((item) => item.id).sort();
  const expectIds = (...keys: string[]) => keys.map((key) => ids[key]).sort();

  it('finds names by prefix, in any case, without accents, prefix first or last', async () => {
    expect(await found({ name: 'Muller' })).toEqual(expectIds('muller'));
    expect(await found({ name: 'MÜLL' })).toEqual(expectIds('muller'));
    expect(await found({ name: 'jurgen' })).toEqual(expectIds('muller'));
    expect(await found({ name: 'de Vries' })).toEqual(expectIds('sanne', 'typed'));
    expect(await found({ name: 'Vries, de' })).toEqual(expectIds('sanne', 'typed'));
    expect(await found({ name: 'vries' })).toEqual(expectIds('sanne', 'typed'));
    expect(await found({ name: 'Hart' })).toEqual(expectIds('hart'));
    expect(await found({ name: "'t Hart" })).toEqual(expectIds('hart'));
    expect(await found({ name: 'v.d. Meer' })).toEqual(expectIds('meer'));
    expect(await found({ name: 'Meer, van der' })).toEqual(expectIds('meer'));
    expect(await found({ name: '%' })).toEqual([]);
  });

  it('leaves out employees who left, unless asked', async () => {
    expect(await found({ name: 'Vertrokken' })).toEqual([]);
    const withLeavers = await search({ name: 'Vertrokken', includeOutOfService: 'true' });
    expect(withLeavers.items).toMatchObject([{ id: ids['left'], inService: false }]);
  });

  it('searches by personnel number, date of birth, first name and department with sub-departments', async () => {
    expect(await found({ personnelNumber: '1001' })).toEqual(expectIds('muller'));
    expect(await found({ dateOfBirth: '1992-07-04' })).toEqual(expectIds('sanne'));
    expect(await found({ firstName: 'jur' })).toEqual(expectIds('muller'));
    expect(await found({ departmentId: zorg })).toEqual(expectIds('muller', 'sanne'));
    expect(await found({ departmentId: zorg, name: 'vries' })).toEqual(expectIds('sanne'));
  });

  it('pages sorted by name with the total', async () => {
    const first = await search({ name: 'jansen', limit: '25' });
    expect(first.total).toBe(30);
    expect(first.items).toHaveLength(25);
    const second = await search({ name: 'jansen', limit: '25', offset: '25' });
    expect(second.items).toHaveLength(5);
    expect(second.total).toBe(30);
    const pastTheEnd = await search({ name: 'jansen', limit: '25', offset: '50' });
    expect(pastTheEnd).toMatchObject({ items: [], total: 30 });
    const all = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(all).size).toBe(30);
    const everyone = await search({ limit: '100' });
    const names = everyone.items.map((item) => item.lastName);
    // Dutch order: the last name without its prefix, accents folded ("Müller" as "muller").
    expect(names.indexOf('Meer')).toBeLessThan(names.indexOf('Müller'));
    expect(names.indexOf('Müller')).toBeLessThan(names.indexOf('Vries'));
  });

  it('searches only within the scope: departments with sub-departments, single employees, none', async () => {
    const zorgUser = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
    await setScope(testApp, zorgUser, { departmentIds: [zorg] });
    const zorgCookie = await logIn(testApp, zorgUser);
    expect(await found({ name: 'Muller' }, zorgCookie)).toEqual(expectIds('muller'));
    expect(await found({ name: 'de vries' }, zorgCookie)).toEqual(expectIds('sanne'));
    expect((await search({ name: 'jansen' }, zorgCookie)).total).toBe(0);

    const single = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
    await setScope(testApp, single, { employeeIds: [ids['typed'] ?? ''] });
    const singleCookie = await logIn(testApp, single);
    expect(await found({ name: 'vries' }, singleCookie)).toEqual(expectIds('typed'));

    const nobody = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
    await setScope(testApp, nobody, {});
    const nobodyCookie = await logIn(testApp, nobody);
    expect(await search({ name: 'vries' }, nobodyCookie)).toEqual({
      items: [],
      total: 0,
      scopeEmpty: true,
    });
    const counts = await testApp.app.inject({
      method: 'GET',
      url: '/api/employees/department-counts',
      headers: { cookie: nobodyCookie },
    });
    expect(counts.json()).toEqual({ counts: [], scopeEmpty: true });

    const zorgCounts = await testApp.app.inject({
      method: 'GET',
      url: '/api/employees/department-counts',
      headers: { cookie: zorgCookie },
    });
    expect(zorgCounts.json().counts).toEqual(
      expect.arrayContaining([
        { departmentId: zorg, employees: 1 },
        { departmentId: wijk, employees: 1 },
      ]),
    );
    expect(zorgCounts.json().counts).toHaveLength(2);
  });

  it('lets the absence reporter search but not open dossiers; refuses without a session', async () => {
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    const cookie = await logIn(testApp, reporter);
    expect(await found({ name: 'muller' }, cookie)).toEqual(expectIds('muller'));
    const recent = await testApp.app.inject({
      method: 'GET',
      url: '/api/employees/recent',
      headers: { cookie },
    });
    expect(recent.statusCode).toBe(403);
    const anonymous = await testApp.app.inject({ method: 'GET', url: '/api/employees?name=a' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('remembers recently opened dossiers per user, newest first', async () => {
    for (const key of ['muller', 'sanne']) {
      await testApp.app.inject({
        method: 'GET',
        url: `/api/employees/${ids[key]}`,
        headers: { cookie: ownerCookie },
      });
      testApp.clock.advance(1000);
    }
    const recent = await testApp.app.inject({
      method: 'GET',
      url: '/api/employees/recent',
      headers: { cookie: ownerCookie },
    });
    expect(recent.json().items.map((item: { id: string }) => item.id)).toEqual([
      ids['sanne'],
      ids['muller'],
    ]);
  });
});
