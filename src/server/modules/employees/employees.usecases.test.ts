import { createEmployeesAndOrganisation } from '../../test/modules.js';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import { AppError } from '../../platform/errors.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import type { createOrganisationUseCases } from '../organisation/organisation.usecases.js';
import { employmentOnDate, type EmploymentVersionTerms } from './employees.models.js';
import { employments, employmentVersions } from './employees.table.js';
import type { EmployeesUseCases } from './employees.usecases.js';

describeEachDatabase('employment on date', (context) => {
  let employees: EmployeesUseCases;
  let organisation: ReturnType<typeof createOrganisationUseCases>;
  beforeAll(() => {
    const modules = createEmployeesAndOrganisation(context.database.db);
    employees = modules.employees;
    organisation = modules.organisation;
  });

  let employerCount = 0;
  async function employerWithDepartments() {
    employerCount++;
    const employer = await organisation.createEmployer({ name: `Werkgever ${employerCount} BV` });
    const employerId = trustEmployerId(employer.id);
    const zorg = await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null });
    const keuken = await organisation.createDepartment(employerId, {
      name: 'Keuken',
      parentId: null,
    });
    const schoonmaak = await organisation.createDepartment(employerId, {
      name: 'Schoonmaak',
      parentId: null,
    });
    return { employerId, departmentIds: [zorg.id, keuken.id, schoonmaak.id] as const };
  }

  /** Hires an employee with one employment; answers both ids. */
  async function hire(
    employerId: AuthorizedEmployerId,
    employment: {
      startDate: string;
      endDate?: string | null;
      departmentId: string;
      hours: number;
      type?: string;
    },
  ) {
    const employeeId = await hireEmployee(employees, employerId, {
      startDate: employment.startDate,
      endDate: employment.endDate ?? null,
      departmentId: employment.departmentId,
      contractHoursPerWeek: employment.hours.toFixed(2),
      employmentType: employment.type ?? 'permanent',
    });
    const { rows } = await context.database.sql.query<{ id: string }>(
      'select id from employments where employee_id = $1',
      [employeeId],
    );
    const employmentId = rows[0]?.id;
    if (!employmentId) throw new Error('the hired employee has no employment');
    return { employeeId, employmentId };
  }

  const rowOf = async (employerId: AuthorizedEmployerId, employmentId: string, date: string) =>
    (await employees.employmentsOnDate(employerId, date)).find(
      (row) => row.employmentId === employmentId,
    );

  it('lists an employment from its start date, not the day before', async () => {
    const { employerId, departmentIds } = await employerWithDepartments();
    const { employeeId, employmentId } = await hire(employerId, {
      startDate: '2025-03-01',
      departmentId: departmentIds[0],
      hours: 32,
    });
    expect(await rowOf(employerId, employmentId, '2025-02-28')).toBeUndefined();
    expect(await rowOf(employerId, employmentId, '2025-03-01')).toEqual({
      employeeId,
      employmentId,
      departmentId: departmentIds[0],
      contractHoursPerWeek: 32,
      employmentType: 'permanent',
    });
  });

  it('gives the old department and hours the day before a change and the new ones on the day', async () => {
    const { employerId, departmentIds } = await employerWithDepartments();
    const { employmentId } = await hire(employerId, {
      startDate: '2024-01-01',
      departmentId: departmentIds[0],
      hours: 36,
    });
    await employees.changeEmployment(employerId, employmentId, {
      validFrom: '2025-07-01',
      departmentId: departmentIds[1],
      contractHoursPerWeek: 24.5,
    });
    expect(await rowOf(employerId, employmentId, '2025-06-30')).toMatchObject({
      departmentId: departmentIds[0],
      contractHoursPerWeek: 36,
    });
    expect(await rowOf(employerId, employmentId, '2025-07-01')).toMatchObject({
      departmentId: departmentIds[1],
      contractHoursPerWeek: 24.5,
    });
  });

  it('lists an employment on its end date (inclusive) and not after it', async () => {
    const { employerId, departmentIds } = await employerWithDepartments();
    const { employmentId } = await hire(employerId, {
      startDate: '2024-01-01',
      endDate: '2025-12-31',
      departmentId: departmentIds[0],
      hours: 40,
    });
    expect(await rowOf(employerId, employmentId, '2025-12-31')).toBeDefined();
    expect(await rowOf(employerId, employmentId, '2026-01-01')).toBeUndefined();
  });

  it('gives an employee with two employments two rows, each with its own terms', async () => {
    const { employerId, departmentIds } = await employerWithDepartments();
    const first = await hire(employerId, {
      startDate: '2024-01-01',
      departmentId: departmentIds[0],
      hours: 24,
    });
    const [second] = await context.database.db
      .insert(employments)
      .values({ employerId, employeeId: first.employeeId, number: 2, startDate: '2024-06-01' })
      .returning();
    if (!second) throw new Error('no second employment');
    await context.database.db.insert(employmentVersions).values({
      employerId,
      employmentId: second.id,
      validFrom: '2024-06-01',
      departmentId: departmentIds[2],
      contractHoursPerWeek: '12.00',
      employmentType: 'on_call',
    });
    const rows = (await employees.employmentsOnDate(employerId, '2024-06-01')).filter(
      (row) => row.employeeId === first.employeeId,
    );
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ employmentId: first.employmentId, contractHoursPerWeek: 24 }),
        expect.objectContaining({
          employmentId: second.id,
          departmentId: departmentIds[2],
          contractHoursPerWeek: 12,
          employmentType: 'on_call',
        }),
      ]),
    );
  });

  it("never lists another employer's employments", async () => {
    const mine = await employerWithDepartments();
    const theirs = await employerWithDepartments();
    const own = await hire(mine.employerId, {
      startDate: '2020-01-01',
      departmentId: mine.departmentIds[0],
      hours: 40,
    });
    const other = await hire(theirs.employerId, {
      startDate: '2020-01-01',
      departmentId: theirs.departmentIds[0],
      hours: 40,
    });
    const ids = (await employees.employmentsOnDate(mine.employerId, '2025-01-01')).map(
      (row) => row.employmentId,
    );
    expect(ids).toContain(own.employmentId);
    expect(ids).not.toContain(other.employmentId);
  });

  it('refuses a date that is not a real YYYY-MM-DD date', async () => {
    const { employerId } = await employerWithDepartments();
    for (const date of ['2025-02-29', '2025-13-01', '1-1-2025', '']) {
      await expect(employees.employmentsOnDate(employerId, date), date).rejects.toMatchObject({
        code: 'validation',
        fields: [{ path: 'date', code: 'invalid_format' }],
      });
    }
  });

  it('agrees with the pure employmentOnDate for random histories and dates', async () => {
    const { employerId, departmentIds } = await employerWithDepartments();
    const day = (offset: number) => addDays('2023-01-01', offset);
    const history = fc.record({
      start: fc.integer({ min: 0, max: 700 }),
      length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
      changes: fc.uniqueArray(fc.integer({ min: 1, max: 600 }), { maxLength: 4 }),
      terms: fc.array(
        fc.record({
          department: fc.integer({ min: 0, max: 2 }),
          hours: fc.constantFrom(8, 16, 20.5, 24, 32, 36, 40, 45),
          type: fc.constantFrom('permanent', 'fixed_term', 'on_call'),
        }),
        { minLength: 5, maxLength: 5 },
      ),
    });
    const expected: {
      employeeId: string;
      employmentId: string;
      startDate: string;
      endDate: string | null;
      versions: EmploymentVersionTerms[];
    }[] = [];
    for (const plan of fc.sample(history, { numRuns: 10, seed: 20_260_301 })) {
      const startDate = day(plan.start);
      const endDate = plan.length === null ? null : day(plan.start + plan.length);
      const termsOf = (index: number) => {
        const terms = plan.terms[index] ?? plan.terms[0];
        if (!terms) throw new Error('no terms');
        return {
          departmentId: departmentIds[terms.department] ?? departmentIds[0],
          contractHoursPerWeek: terms.hours,
          employmentType: terms.type,
          functionName: null,
        };
      };
      const first = termsOf(0);
      const { employeeId, employmentId } = await hire(employerId, {
        startDate,
        endDate,
        departmentId: first.departmentId,
        hours: first.contractHoursPerWeek,
        type: first.employmentType,
      });
      const versions: EmploymentVersionTerms[] = [{ validFrom: startDate, ...first }];
      // Changes in random order, so some land between earlier versions; those after the end
      // date are refused and must leave no trace.
      for (const [index, offset] of plan.changes.entries()) {
        const validFrom = day(plan.start + offset);
        const terms = termsOf(index + 1);
        const change = employees.changeEmployment(employerId, employmentId, {
          validFrom,
          ...terms,
        });
        if (endDate !== null && validFrom > endDate) {
          await expect(change).rejects.toBeInstanceOf(AppError);
        } else {
          await change;
          versions.push({ validFrom, ...terms });
        }
      }
      expected.push({ employeeId, employmentId, startDate, endDate, versions });
    }

    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -30, max: 1400 }), async (offset) => {
        const date = day(offset);
        const fromSql = await employees.employmentsOnDate(employerId, date);
        const fromModel = expected.flatMap((employment) => {
          const { status, version } = employmentOnDate(employment, date);
          return status === 'employed' && version
            ? [
                {
                  employeeId: employment.employeeId,
                  employmentId: employment.employmentId,
                  departmentId: version.departmentId,
                  contractHoursPerWeek: version.contractHoursPerWeek,
                  employmentType: version.employmentType,
                },
              ]
            : [];
        });
        const byEmployment = (a: { employmentId: string }, b: { employmentId: string }) =>
          a.employmentId.localeCompare(b.employmentId);
        expect([...fromSql].sort(byEmployment)).toEqual(fromModel.sort(byEmployment));
      }),
      { numRuns: 60, seed: 4_2025 },
    );
  });
});

describeEachDatabase('changing an employment from a date', (context) => {
  let employees: EmployeesUseCases;
  let employerId: AuthorizedEmployerId;
  let departments: string[];
  let employmentId: string;
  let otherEmployerId: AuthorizedEmployerId;

  beforeAll(async () => {
    const modules = createEmployeesAndOrganisation(context.database.db);
    employees = modules.employees;
    const organisation = modules.organisation;
    employerId = trustEmployerId((await organisation.createEmployer({ name: 'Eigen BV' })).id);
    otherEmployerId = trustEmployerId((await organisation.createEmployer({ name: 'Ander BV' })).id);
    departments = [
      (await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null })).id,
      (await organisation.createDepartment(employerId, { name: 'Keuken', parentId: null })).id,
    ];
    const employeeId = await hireEmployee(employees, employerId, {
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      departmentId: departments[0] ?? '',
      functionName: 'Helpende',
      employmentType: 'fixed_term',
    });
    const { rows } = await context.database.sql.query<{ id: string }>(
      'select id from employments where employee_id = $1',
      [employeeId],
    );
    employmentId = rows[0]?.id ?? '';
  });

  const versionCount = async () =>
    (
      await context.database.sql.query<{ count: number }>(
        'select count(*)::int as count from employment_versions where employment_id = $1',
        [employmentId],
      )
    ).rows[0]?.count;

  it('adds a version from the date and keeps the terms that were not changed', async () => {
    const version = await employees.changeEmployment(employerId, employmentId, {
      validFrom: '2025-04-01',
      departmentId: departments[1],
    });
    expect(version).toMatchObject({
      employmentId,
      validFrom: '2025-04-01',
      departmentId: departments[1],
      contractHoursPerWeek: 32,
      functionName: 'Helpende',
      employmentType: 'fixed_term',
    });
    expect(await versionCount()).toBe(2);
  });

  it('takes the carried-over terms from the version in force on the date, also between versions', async () => {
    await employees.changeEmployment(employerId, employmentId, {
      validFrom: '2025-10-01',
      contractHoursPerWeek: 20,
    });
    // 2025-02-01 lies before the 2025-04-01 move: it keeps Zorg, not Keuken.
    const between = await employees.changeEmployment(employerId, employmentId, {
      validFrom: '2025-02-01',
      functionName: 'Verzorgende IG',
    });
    expect(between).toMatchObject({ departmentId: departments[0], contractHoursPerWeek: 32 });
    const later = await employees.changeEmployment(employerId, employmentId, {
      validFrom: '2025-11-01',
      employmentType: 'permanent',
    });
    expect(later).toMatchObject({ departmentId: departments[1], contractHoursPerWeek: 20 });
  });

  it('refuses a change before the start or after the end of the employment, saving nothing', async () => {
    const before = await versionCount();
    for (const validFrom of ['2023-12-31', '2027-01-01']) {
      await expect(
        employees.changeEmployment(employerId, employmentId, {
          validFrom,
          contractHoursPerWeek: 8,
        }),
      ).rejects.toMatchObject({
        code: 'validation',
        fields: [{ path: 'validFrom', code: 'employment_change_outside_employment' }],
      });
    }
    expect(await versionCount()).toBe(before);
  });

  it('refuses a second version on a day where one already starts (that is a correction)', async () => {
    const before = await versionCount();
    for (const validFrom of ['2024-01-01', '2025-04-01']) {
      await expect(
        employees.changeEmployment(employerId, employmentId, {
          validFrom,
          contractHoursPerWeek: 8,
        }),
      ).rejects.toMatchObject({
        fields: [{ path: 'validFrom', code: 'employment_version_exists' }],
      });
    }
    expect(await versionCount()).toBe(before);
  });

  it('refuses bad input naming the field: date, hours outside 0–80, unknown employment type', async () => {
    const refusals: [Parameters<EmployeesUseCases['changeEmployment']>[2], string, string][] = [
      [{ validFrom: '2025-02-30' }, 'validFrom', 'invalid_format'],
      [{ validFrom: '2025-06-01', contractHoursPerWeek: 80.5 }, 'contractHoursPerWeek', 'too_big'],
      [{ validFrom: '2025-06-01', contractHoursPerWeek: -1 }, 'contractHoursPerWeek', 'too_small'],
      [
        { validFrom: '2025-06-01', contractHoursPerWeek: 12.345 },
        'contractHoursPerWeek',
        'invalid_format',
      ],
      [{ validFrom: '2025-06-01', employmentType: 'zzp' }, 'employmentType', 'invalid_value'],
      [{ validFrom: '2025-06-01', departmentId: 'keuken' }, 'departmentId', 'invalid_value'],
    ];
    const before = await versionCount();
    for (const [change, path, code] of refusals) {
      await expect(
        employees.changeEmployment(employerId, employmentId, change),
        JSON.stringify(change),
      ).rejects.toMatchObject({ code: 'validation', fields: [{ path, code }] });
    }
    expect(await versionCount()).toBe(before);
  });

  it("answers not found for another employer's employment and for an unknown id", async () => {
    for (const [employer, id] of [
      [otherEmployerId, employmentId],
      [employerId, '00000000-0000-4000-8000-000000000000'],
      [employerId, 'not-a-uuid'],
    ] as const) {
      await expect(
        employees.changeEmployment(employer, id, { validFrom: '2025-06-01' }),
      ).rejects.toMatchObject({ code: 'not_found', status: 404 });
    }
  });
});

/** `days` days after a civil date, by month lengths (test helper; never through Date). */
function addDays(date: string, days: number): string {
  let [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const length = (y: number, m: number) =>
    m === 2
      ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
        ? 29
        : 28
      : [4, 6, 9, 11].includes(m)
        ? 30
        : 31;
  day += days;
  while (day > length(year, month)) {
    day -= length(year, month);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  while (day < 1) {
    [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    day += length(year, month);
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
