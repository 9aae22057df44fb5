import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, maxDate, minDate } from '../../../contracts/civil-dates.js';
import { selectRows } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';

/**
 * The read models the statistics sum over (`employment_stretches`, `sick_stretches`, kept by the
 * triggers of migration 0032) stay exact after every kind of change: random sequences of writes
 * to employments, versions, cases and segments — a backdated start, a move (a version from a
 * date), a change of hours, a corrected or withdrawn version, an ended or reopened employment, a
 * correction of a sick report's days or percentage, a withdrawn report, a case turned into a
 * pregnancy — each in a tenant transaction as the app writes, and after every write both read
 * models equal the stretches computed here from the rows.
 */
type Version = { id: string; validFrom: string; departmentId: string; hours: number };
type Employment = {
  id: string;
  employeeId: string;
  start: string;
  end: string | null;
  versions: Version[];
};
type Segment = { id: string; validFrom: string; percentage: number };
type Case = {
  id: string;
  employeeId: string;
  kind: 'sickness' | 'pregnancy';
  first: string;
  last: string | null;
  segments: Segment[];
};
type Model = { employments: Employment[]; cases: Case[] };

const origin = '2025-01-01';
const day = fc.integer({ min: 0, max: 150 }).map((offset) => addDays(origin, offset));
const pick = fc.nat({ max: 1000 });
const span = fc.option(fc.integer({ min: 0, max: 90 }), { nil: null });

const write = fc.oneof(
  fc.record({ kind: fc.constant('addEmployment' as const), who: pick, start: day, length: span }),
  fc.record({
    kind: fc.constant('addVersion' as const),
    which: pick,
    validFrom: day,
    department: fc.nat({ max: 1 }),
    hours: fc.integer({ min: 0, max: 8000 }).map((centi) => centi / 100),
  }),
  fc.record({
    kind: fc.constant('correctVersion' as const),
    which: pick,
    validFrom: day,
    department: fc.nat({ max: 1 }),
    hours: fc.integer({ min: 0, max: 8000 }).map((centi) => centi / 100),
  }),
  fc.record({ kind: fc.constant('deleteVersion' as const), which: pick }),
  fc.record({
    kind: fc.constant('setEmploymentDays' as const),
    which: pick,
    start: day,
    length: span,
  }),
  fc.record({ kind: fc.constant('deleteEmployment' as const), which: pick }),
  fc.record({ kind: fc.constant('addCase' as const), who: pick, first: day, length: span }),
  fc.record({
    kind: fc.constant('addSegment' as const),
    which: pick,
    validFrom: day,
    percentage: fc.integer({ min: 1, max: 100 }),
  }),
  fc.record({
    kind: fc.constant('changeSegment' as const),
    which: pick,
    validFrom: day,
    percentage: fc.integer({ min: 1, max: 100 }),
  }),
  fc.record({ kind: fc.constant('deleteSegment' as const), which: pick }),
  fc.record({ kind: fc.constant('setCaseDays' as const), which: pick, first: day, length: span }),
  fc.record({ kind: fc.constant('toggleKind' as const), which: pick }),
  fc.record({ kind: fc.constant('deleteCase' as const), which: pick }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

const lastOf = (first: string, length: number | null) =>
  length === null ? null : addDays(first, length);
const chosen = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];
const byValidFrom = (a: { validFrom: string }, b: { validFrom: string }) =>
  a.validFrom < b.validFrom ? -1 : 1;

/** The stretches as the statistics define them, from the model's rows. */
function expectedEmploymentStretches(model: Model) {
  return model.employments.flatMap((employment) => {
    const versions = [...employment.versions].sort(byValidFrom);
    return versions.flatMap((version, index) => {
      const next = versions[index + 1];
      const first = index === 0 ? employment.start : maxDate(version.validFrom, employment.start);
      const ends = [next && addDays(next.validFrom, -1), employment.end].filter(
        (end): end is string => typeof end === 'string',
      );
      const last = ends.length === 0 ? null : minDate(ends[0] as string, ...ends.slice(1));
      if (last !== null && last < first) return [];
      return [`${employment.employeeId} ${version.departmentId} ${first} ${last} ${version.hours}`];
    });
  });
}

function expectedSickStretches(model: Model) {
  return model.cases
    .filter((item) => item.kind === 'sickness')
    .flatMap((item) => {
      const segments = [...item.segments].sort(byValidFrom);
      return segments.flatMap((segment, index) => {
        const next = segments[index + 1];
        const first = maxDate(segment.validFrom, item.first);
        const ends = [next && addDays(next.validFrom, -1), item.last].filter(
          (end): end is string => typeof end === 'string',
        );
        const last = ends.length === 0 ? null : minDate(ends[0] as string, ...ends.slice(1));
        if (last !== null && last < first) return [];
        return [
          `${item.id} ${item.employeeId} ${item.first} ${item.last} ${first} ${last} ${segment.percentage}`,
        ];
      });
    });
}

describeEachDatabase('the statistics read models after every kind of change', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(() => testApp.close());

  async function newEmployer() {
    const { organisation } = testApp.modules;
    const employer = await organisation.createEmployer({ name: `Stretches ${randomUUID()}` });
    const employerId = trustEmployerId(employer.id);
    const departmentIds: string[] = [];
    for (const name of ['A', 'B']) {
      departmentIds.push(
        (await organisation.createDepartment(employerId, { name, parentId: null })).id,
      );
    }
    const employeeIds = [randomUUID(), randomUUID()];
    await inTenant(testApp.platform.database.db, employerId, async (tx) => {
      for (const id of employeeIds) {
        await tx.execute(sql`insert into employees (id, employer_id, first_name, last_name, gender,
            date_of_birth) values (${id}, ${employerId}, 'Test', 'Persoon', 'female', '1980-01-01')`);
      }
    });
    return { employerId, departmentIds, employeeIds, employmentsAdded: 0 };
  }

  /** Applies one write to the database (one tenant transaction) and to the model. */
  async function apply(
    employerId: AuthorizedEmployerId,
    setting: { departmentIds: string[]; employeeIds: string[]; employmentsAdded: number },
    model: Model,
    change: Write,
  ) {
    await inTenant(testApp.platform.database.db, employerId, async (tx) => {
      const run = (statement: ReturnType<typeof sql>) => tx.execute(statement);
      const versions = model.employments.flatMap((employment) =>
        employment.versions.map((version) => ({ employment, version })),
      );
      const segments = model.cases.flatMap((item) =>
        item.segments.map((segment) => ({ item, segment })),
      );
      switch (change.kind) {
        case 'addEmployment': {
          const employment: Employment = {
            id: randomUUID(),
            employeeId: setting.employeeIds[change.who % 2] as string,
            start: change.start,
            end: lastOf(change.start, change.length),
            versions: [
              {
                id: randomUUID(),
                validFrom: change.start,
                departmentId: setting.departmentIds[0] as string,
                hours: 36,
              },
            ],
          };
          const [version] = employment.versions as [Version];
          await run(sql`insert into employments (id, employer_id, employee_id, number,
              start_date, end_date)
            values (${employment.id}, ${employerId}, ${employment.employeeId},
              ${(setting.employmentsAdded += 1)}, ${employment.start}, ${employment.end})`);
          await run(sql`insert into employment_versions (id, employer_id, employment_id, valid_from,
              department_id, contract_hours_per_week, employment_type)
            values (${version.id}, ${employerId}, ${employment.id}, ${version.validFrom},
              ${version.departmentId}, ${version.hours}, 'permanent')`);
          model.employments.push(employment);
          return;
        }
        case 'addVersion': {
          const employment = chosen(model.employments, change.which);
          if (!employment || employment.versions.some((v) => v.validFrom === change.validFrom))
            return;
          const version: Version = {
            id: randomUUID(),
            validFrom: change.validFrom,
            departmentId: setting.departmentIds[change.department] as string,
            hours: change.hours,
          };
          await run(sql`insert into employment_versions (id, employer_id, employment_id, valid_from,
              department_id, contract_hours_per_week, employment_type)
            values (${version.id}, ${employerId}, ${employment.id}, ${version.validFrom},
              ${version.departmentId}, ${version.hours}, 'permanent')`);
          employment.versions.push(version);
          return;
        }
        case 'correctVersion': {
          const found = chosen(versions, change.which);
          if (!found || found.employment.versions.some((v) => v.validFrom === change.validFrom))
            return;
          found.version.validFrom = change.validFrom;
          found.version.departmentId = setting.departmentIds[change.department] as string;
          found.version.hours = change.hours;
          await run(sql`update employment_versions set valid_from = ${change.validFrom},
              department_id = ${found.version.departmentId},
              contract_hours_per_week = ${change.hours}
            where id = ${found.version.id}`);
          return;
        }
        case 'deleteVersion': {
          const found = chosen(versions, change.which);
          if (!found || found.employment.versions.length === 1) return;
          await run(sql`delete from employment_versions where id = ${found.version.id}`);
          found.employment.versions = found.employment.versions.filter((v) => v !== found.version);
          return;
        }
        case 'setEmploymentDays': {
          const employment = chosen(model.employments, change.which);
          if (!employment) return;
          employment.start = change.start;
          employment.end = lastOf(change.start, change.length);
          await run(sql`update employments set start_date = ${employment.start},
            end_date = ${employment.end} where id = ${employment.id}`);
          return;
        }
        case 'deleteEmployment': {
          const employment = chosen(model.employments, change.which);
          if (!employment || model.cases.length > 0) return;
          await run(sql`delete from employment_versions where employment_id = ${employment.id}`);
          await run(sql`delete from employments where id = ${employment.id}`);
          model.employments = model.employments.filter((item) => item !== employment);
          return;
        }
        case 'addCase': {
          const item: Case = {
            id: randomUUID(),
            employeeId: setting.employeeIds[change.who % 2] as string,
            kind: 'sickness',
            first: change.first,
            last: lastOf(change.first, change.length),
            segments: [{ id: randomUUID(), validFrom: change.first, percentage: 100 }],
          };
          await run(sql`insert into cases (id, employer_id, employee_id, kind, classification,
              first_day, last_day, end_reason)
            values (${item.id}, ${employerId}, ${item.employeeId}, 'sickness', 'illness',
              ${item.first}, ${item.last}, ${item.last === null ? null : 'recovered'})`);
          const [segment] = item.segments as [Segment];
          await run(sql`insert into case_segments (id, employer_id, case_id, valid_from, percentage)
            values (${segment.id}, ${employerId}, ${item.id}, ${segment.validFrom}, 100)`);
          model.cases.push(item);
          return;
        }
        case 'addSegment': {
          const item = chosen(model.cases, change.which);
          if (!item || item.segments.some((s) => s.validFrom === change.validFrom)) return;
          const segment = {
            id: randomUUID(),
            validFrom: change.validFrom,
            percentage: change.percentage,
          };
          await run(sql`insert into case_segments (id, employer_id, case_id, valid_from, percentage)
            values (${segment.id}, ${employerId}, ${item.id}, ${segment.validFrom}, ${segment.percentage})`);
          item.segments.push(segment);
          return;
        }
        case 'changeSegment': {
          const found = chosen(segments, change.which);
          if (!found || found.item.segments.some((s) => s.validFrom === change.validFrom)) return;
          await run(sql`update case_segments set valid_from = ${change.validFrom},
            percentage = ${change.percentage} where id = ${found.segment.id}`);
          found.segment.validFrom = change.validFrom;
          found.segment.percentage = change.percentage;
          return;
        }
        case 'deleteSegment': {
          const found = chosen(segments, change.which);
          if (!found) return;
          await run(sql`delete from case_segments where id = ${found.segment.id}`);
          found.item.segments = found.item.segments.filter((s) => s !== found.segment);
          return;
        }
        case 'setCaseDays': {
          const item = chosen(model.cases, change.which);
          if (!item) return;
          item.first = change.first;
          item.last = lastOf(change.first, change.length);
          await run(sql`update cases set first_day = ${item.first}, last_day = ${item.last},
            end_reason = ${item.last === null ? null : 'recovered'} where id = ${item.id}`);
          return;
        }
        case 'toggleKind': {
          const item = chosen(model.cases, change.which);
          if (!item) return;
          item.kind = item.kind === 'sickness' ? 'pregnancy' : 'sickness';
          await run(sql`update cases set kind = ${item.kind},
            classification = ${item.kind === 'sickness' ? 'illness' : null} where id = ${item.id}`);
          return;
        }
        case 'deleteCase': {
          const item = chosen(model.cases, change.which);
          if (!item) return;
          await run(sql`delete from cases where id = ${item.id}`);
          model.cases = model.cases.filter((other) => other !== item);
          return;
        }
      }
    });
  }

  async function storedStretches(employerId: AuthorizedEmployerId) {
    return inTenant(testApp.platform.database.db, employerId, async (tx) => ({
      employments: (
        await selectRows<{ line: string }>(
          tx,
          sql`select concat_ws(' ', employee_id, department_id, first_day, coalesce(last_day::text, 'null'),
              contract_hours_per_week::float8) as line from employment_stretches`,
        )
      ).map((row) => row.line),
      sickness: (
        await selectRows<{ line: string }>(
          tx,
          sql`select concat_ws(' ', case_id, employee_id, episode_first,
              coalesce(episode_last::text, 'null'), first_day, coalesce(last_day::text, 'null'),
              percentage) as line from sick_stretches`,
        )
      ).map((row) => row.line),
    }));
  }

  it('equal the stretches of the rows after each write', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(write, { minLength: 10, maxLength: 30, size: 'max' }),
        async (writes) => {
          const { employerId, ...setting } = await newEmployer();
          const model: Model = { employments: [], cases: [] };
          for (const change of writes) {
            await apply(employerId, setting, model, change);
            const stored = await storedStretches(employerId);
            expect(stored.employments.sort(), change.kind).toEqual(
              expectedEmploymentStretches(model).sort(),
            );
            expect(stored.sickness.sort(), change.kind).toEqual(
              expectedSickStretches(model).sort(),
            );
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 240_000);

  type Tx = Parameters<Parameters<typeof inTenant>[2]>[0];
  /** Runs `first` and, while its transaction is still open, `second`; the first commits later. */
  async function concurrently(
    employerId: AuthorizedEmployerId,
    first: (tx: Tx) => Promise<unknown>,
    second: (tx: Tx) => Promise<unknown>,
  ) {
    const { db } = testApp.platform.database;
    let written!: () => void;
    let release!: () => void;
    const firstWritten = new Promise<void>((resolve) => (written = resolve));
    const firstMayCommit = new Promise<void>((resolve) => (release = resolve));
    const one = inTenant(db, employerId, async (tx) => {
      await first(tx);
      written();
      await firstMayCommit;
    });
    await firstWritten;
    // The second's trigger waits for the first to commit, then reads its rows.
    const two = inTenant(db, employerId, second);
    setTimeout(release, 300);
    await Promise.all([one, two]);
  }

  it.runIf(context.kind === 'postgres')(
    'stay exact when two transactions change one employee or one case at once',
    async () => {
      const { employerId, ...setting } = await newEmployer();
      const model: Model = { employments: [], cases: [] };
      await apply(employerId, setting, model, {
        kind: 'addEmployment',
        who: 0,
        start: origin,
        length: null,
      });
      await apply(employerId, setting, model, {
        kind: 'addCase',
        who: 0,
        first: origin,
        length: null,
      });
      const [employment] = model.employments as [Employment];
      const [item] = model.cases as [Case];
      const addVersion = (validFrom: string) => (tx: Tx) =>
        tx.execute(sql`insert into employment_versions (id, employer_id, employment_id, valid_from,
            department_id, contract_hours_per_week, employment_type)
          values (${randomUUID()}, ${employerId}, ${employment.id}, ${validFrom},
            ${setting.departmentIds[1]}, 20, 'permanent')`);
      const addSegment = (validFrom: string) => (tx: Tx) =>
        tx.execute(sql`insert into case_segments (employer_id, case_id, valid_from, percentage)
          values (${employerId}, ${item.id}, ${validFrom}, 50)`);
      await concurrently(employerId, addVersion('2025-02-01'), addVersion('2025-03-01'));
      await concurrently(employerId, addSegment('2025-02-01'), addSegment('2025-03-01'));
      for (const validFrom of ['2025-02-01', '2025-03-01']) {
        const departmentId = setting.departmentIds[1] as string;
        employment.versions.push({ id: validFrom, validFrom, departmentId, hours: 20 });
        item.segments.push({ id: validFrom, validFrom, percentage: 50 });
      }
      const stored = await storedStretches(employerId);
      expect(stored.employments.sort()).toEqual(expectedEmploymentStretches(model).sort());
      expect(stored.sickness.sort()).toEqual(expectedSickStretches(model).sort());
    },
  );
});
