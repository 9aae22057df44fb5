import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../../contracts/civil-dates.js';
import { addEmployeeRequestSchema } from '../../../contracts/employees.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import { AppError } from '../../platform/errors.js';
import { createTestApp, createTestUser, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import type { DossierScope, EmployerActor } from '../users/users.policies.js';

/**
 * The start page's read models (migration 0009: `headcount_changes` kept by triggers, and the
 * sickness index) against the direct count, after random sequences of the changes that move
 * them: hiring, second employments, department changes and corrections, ends and re-opening,
 * out-of-service reports, department moves, sick and recovery reports.
 */

const today = '2026-03-02';
/** Days around today that the sequences write. */
const days = [-60, -40, -12, -5, -1, 0, 1, 5, 12, 40, 60];
/** Every day a count can change on: each written day, the day before and the day after. */
const checkedDays = [...new Set(days.flatMap((day) => [day - 1, day, day + 1]))];
const departmentCount = 3;

type Step =
  | { kind: 'hire'; department: number; start: number; end: number | null; second: number | null }
  | { kind: 'addEmployment'; employee: number; department: number; start: number }
  | { kind: 'change'; employee: number; employment: number; department: number; from: number }
  | { kind: 'correct'; employee: number; employment: number; department: number; start: number }
  | { kind: 'end'; employee: number; employment: number; end: number | null }
  | { kind: 'outOfService'; employee: number; date: number }
  | { kind: 'move'; department: number; parent: number | null }
  | { kind: 'sick'; employee: number; first: number }
  | { kind: 'recover'; employee: number; last: number };

const day = fc.constantFrom(...days);
const index = fc.nat({ max: 5 });
const department = fc.nat({ max: departmentCount - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  // Hiring twice as often as anything else, so the other steps have people to change.
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('hire' as const),
      department,
      start: day,
      end: fc.option(day, { nil: null }),
      second: fc.option(department, { nil: null }),
    }),
  },
  fc.record({
    kind: fc.constant('addEmployment' as const),
    employee: index,
    department,
    start: day,
  }),
  fc.record({
    kind: fc.constant('change' as const),
    employee: index,
    employment: fc.nat({ max: 1 }),
    department,
    from: day,
  }),
  fc.record({
    kind: fc.constant('correct' as const),
    employee: index,
    employment: fc.nat({ max: 1 }),
    department,
    start: day,
  }),
  fc.record({
    kind: fc.constant('end' as const),
    employee: index,
    employment: fc.nat({ max: 1 }),
    end: fc.option(day, { nil: null }),
  }),
  fc.record({ kind: fc.constant('outOfService' as const), employee: index, date: day }),
  fc.record({
    kind: fc.constant('move' as const),
    department,
    parent: fc.option(department, { nil: null }),
  }),
  fc.record({ kind: fc.constant('sick' as const), employee: index, first: day }),
  fc.record({ kind: fc.constant('recover' as const), employee: index, last: day }),
);

/** A refusal by a business rule (a date outside the employment, …) is a valid outcome too. */
async function allowRefusal(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
  }
}

describeEachDatabase('start-page read models', (context) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(() => testApp.close());

  async function newEmployer() {
    const user = await createTestUser(testApp);
    const employerId = trustEmployerId(user.employerId);
    const actor: EmployerActor = {
      userId: user.userId,
      sessionId: 'property',
      role: 'super_user',
      isOperator: false,
      employerId,
      scope: { kind: 'employer' },
      ip: '127.0.0.1',
      requestId: 'property',
    };
    const departments: string[] = [];
    for (let number = 0; number < departmentCount; number++) {
      const created = await testApp.modules.organisation.createDepartment(employerId, {
        name: `Afdeling ${number}`,
        parentId: null,
      });
      departments.push(created.id);
    }
    return { employerId, actor, departments };
  }

  async function apply(
    { actor, departments }: Awaited<ReturnType<typeof newEmployer>>,
    employees: string[],
    steps: Step[],
  ): Promise<void> {
    const { employees: useCases, organisation, cases } = testApp.modules;
    const at = (offset: number) => addDays(today, offset);
    const departmentOf = (number: number) => departments[number] ?? '';
    const employeeOf = (number: number) => employees[number % Math.max(employees.length, 1)];
    const employmentOf = async (employeeId: string, number: number) => {
      const all = await useCases.listEmploymentsOf(actor, employeeId);
      return all[number % all.length]?.id;
    };
    const employment = (departmentId: string, startDate: string) => ({
      departmentId,
      startDate,
      contractStartDate: null,
      endDate: null,
      functionName: null,
      functionGroup: null,
      employmentType: 'permanent' as const,
      contractHoursPerWeek: 32,
      noRiskPolicy: false,
    });
    for (const change of steps) {
      if (change.kind === 'hire') {
        await allowRefusal(async () => {
          const first = {
            ...employment(departmentOf(change.department), at(change.start)),
            endDate: change.end === null ? null : at(Math.max(change.start, change.end)),
          };
          const request = addEmployeeRequestSchema.parse({
            firstName: 'Eva',
            initials: null,
            namePrefix: null,
            lastName: `Proef ${employees.length}`,
            gender: 'f',
            dateOfBirth: '1990-01-01',
            personnelNumber: null,
            employments:
              change.second === null
                ? [first]
                : [first, employment(departmentOf(change.second), at(change.start + 3))],
          });
          const { id } = await useCases.registerEmployee(actor, request);
          employees.push(id);
        });
        continue;
      }
      if (change.kind === 'move') {
        const parentId = change.parent === null ? null : departmentOf(change.parent);
        await allowRefusal(() =>
          organisation.updateDepartment(actor, departmentOf(change.department), {
            // With the name, so a move to the same parent still has something to write.
            name: `Afdeling ${change.department}`,
            parentId,
          }),
        );
        continue;
      }
      const employeeId = employeeOf(change.employee);
      if (employeeId === undefined) continue;
      if (change.kind === 'addEmployment') {
        await allowRefusal(() =>
          useCases.addEmploymentFor(
            actor,
            employeeId,
            employment(departmentOf(change.department), at(change.start)),
          ),
        );
      } else if (change.kind === 'change' || change.kind === 'correct' || change.kind === 'end') {
        const employmentId = await employmentOf(employeeId, change.employment);
        if (employmentId === undefined) continue;
        const departmentId = departmentOf('department' in change ? change.department : 0);
        await allowRefusal(() =>
          change.kind === 'change'
            ? useCases.changeEmploymentFor(actor, employeeId, employmentId, {
                validFrom: at(change.from),
                departmentId,
              })
            : change.kind === 'correct'
              ? useCases.correctEmployment(actor, employeeId, employmentId, {
                  startDate: at(change.start),
                  departmentId,
                })
              : useCases.endEmployment(
                  actor,
                  employeeId,
                  employmentId,
                  change.end === null ? null : at(change.end),
                ),
        );
      } else if (change.kind === 'outOfService') {
        await allowRefusal(() =>
          useCases.reportOutOfService(actor, employeeId, { date: at(change.date), reason: 'none' }),
        );
      } else if (change.kind === 'sick') {
        await allowRefusal(() =>
          cases.reportSick(actor, employeeId, {
            classification: 'illness',
            firstSickDay: at(change.first),
            percentage: 100,
          }),
        );
      } else {
        const open = await cases.openCases(actor, employeeId);
        const sickness = open.find((found) => found.kind === 'sickness');
        if (sickness)
          await allowRefusal(() =>
            cases.registerRecovery(actor, sickness.id, { lastSickDay: at(change.last) }),
          );
      }
    }
  }

  /** The direct count: every employment in force on the date, one per employee and department. */
  async function directCounts(employerId: AuthorizedEmployerId, date: string) {
    const rows = await testApp.modules.employees.employmentsOnDate(employerId, date);
    const byDepartment = new Map<string, Set<string>>();
    for (const row of rows) {
      const set = byDepartment.get(row.departmentId) ?? new Set<string>();
      set.add(row.employeeId);
      byDepartment.set(row.departmentId, set);
    }
    return {
      byDepartment: new Map([...byDepartment].map(([id, set]) => [id, set.size])),
      employed: new Set(rows.map((row) => row.employeeId)).size,
      employedIds: new Set(rows.map((row) => row.employeeId)),
      rows,
    };
  }

  it('department headcounts and current absence equal the direct count after any changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const employer = await newEmployer();
        const { employerId, actor } = employer;
        const employees: string[] = [];
        await apply(employer, employees, steps);
        const { employees: useCases, organisation, cases } = testApp.modules;

        for (const offset of checkedDays) {
          const date = addDays(today, offset);
          const direct = await directCounts(employerId, date);
          expect(await useCases.countEmployedByDepartment(employerId, date)).toEqual(
            direct.byDepartment,
          );
          expect(await useCases.countEmployedInScope(actor, date)).toBe(direct.employed);
        }

        const direct = await directCounts(employerId, today);
        const structure = await organisation.describeStructure(employerId);
        expect(
          new Map(
            structure.departments
              .filter((row) => row.employeeCount > 0)
              .map((row) => [row.id, row.employeeCount]),
          ),
        ).toEqual(direct.byDepartment);
        const counts = await useCases.departmentCounts(actor);
        expect(new Map(counts.counts.map((row) => [row.departmentId, row.employees]))).toEqual(
          direct.byDepartment,
        );

        let sick = 0;
        for (const employeeId of employees) {
          const all = await cases.listCases(actor, employeeId);
          const covers = (found: (typeof all)[number]) =>
            found.kind === 'sickness' &&
            found.firstDay <= today &&
            (found.lastDay === null || found.lastDay >= today);
          if (all.some(covers)) sick += 1;
        }
        const absence = await cases.currentAbsence(actor);
        expect({ sick: absence.sick, employed: absence.employed }).toEqual({
          sick,
          employed: direct.employed,
        });

        // A scoped actor counts only the employees of its scope (the direct, scoped query).
        const chosen = employees.filter((_, number) => number % 2 === 0);
        const scope: DossierScope = { kind: 'selection', departmentIds: [], employeeIds: chosen };
        const scoped = await useCases.departmentCounts({ ...actor, scope });
        const inScope = new Map<string, Set<string>>();
        for (const row of direct.rows.filter((found) => chosen.includes(found.employeeId))) {
          inScope.set(
            row.departmentId,
            (inScope.get(row.departmentId) ?? new Set()).add(row.employeeId),
          );
        }
        expect(new Map(scoped.counts.map((row) => [row.departmentId, row.employees]))).toEqual(
          new Map([...inScope].map(([id, set]) => [id, set.size])),
        );
        expect(await useCases.countEmployedInScope({ ...actor, scope }, today)).toBe(
          chosen.filter((id) => direct.employedIds.has(id)).length,
        );
      }),
      {
        numRuns: 25,
        // Besides the random ones: a department change, a second employment and an end, so
        // each kind of spell boundary is checked on every run.
        examples: [
          [
            [
              { kind: 'hire', department: 0, start: -60, end: null, second: null },
              { kind: 'hire', department: 1, start: -40, end: 40, second: 2 },
              { kind: 'change', employee: 0, employment: 0, department: 1, from: 0 },
              { kind: 'addEmployment', employee: 0, department: 1, start: 5 },
              { kind: 'end', employee: 1, employment: 0, end: 12 },
              { kind: 'sick', employee: 0, first: -5 },
              { kind: 'recover', employee: 0, last: 1 },
            ],
          ],
        ],
      },
    );
  }, 600_000);
});
