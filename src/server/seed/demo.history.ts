/**
 * Demo Zorg BV's people and two years of their absence (issue 12), from the synthetic employer of
 * the benchmarks (synthetic.models.ts), so that a new user sees full reports and tasks at once.
 * The employees and the closed history go in with multi-row inserts; the cases still running
 * today are reported through the cases module's use cases, as a user would, so that they get
 * their tasks (the protocol's, the recurrence's link, the WAZO's). Tasks more than two weeks past
 * their due date are then marked done on their due date: an employer that used the product for
 * two years has done its old tasks, and the Taken list shows what is due now.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { addDays } from '../../contracts/civil-dates.js';
import type { Modules } from '../modules.js';
import type { Db } from '../db/connection.js';
import type { AuthorizedEmployerId } from '../db/tenancy.js';
import { caseTasks } from '../modules/tasks/tasks.table.js';
import { type SyntheticEmployee, syntheticEmployees } from './synthetic.models.js';
import { insertSyntheticEmployees } from './synthetic.js';

/** Demo Zorg BV's size: enough for figures per department, quick to seed on PGlite. */
export const demoEmployeeCount = 150;
/** Tasks this many days past due are done (on their due date) in the demo's history. */
const doneAfterDays = 14;

/** Two years back from the first of this month up to `today`. */
export function demoHistoryPeriod(today: string): { from: string; to: string } {
  return { from: `${Number(today.slice(0, 4)) - 2}-${today.slice(5, 7)}-01`, to: today };
}

/** The demo's employees (unique names) with their history; the open cases are not written yet. */
export async function insertDemoEmployees(
  db: Db,
  employerId: AuthorizedEmployerId,
  departmentIds: readonly string[],
  today: string,
): Promise<SyntheticEmployee[]> {
  const people = syntheticEmployees({
    seed: 20_260_301,
    employees: demoEmployeeCount,
    ...demoHistoryPeriod(today),
    departmentIds,
    firstPersonnelNumber: 1001,
  });
  await insertSyntheticEmployees(db, employerId, people, (item) => item.lastDay !== null);
  return people;
}

/** Reports the cases running today as `userId` (the demo super user) and closes old tasks. */
export async function reportRunningCases(
  modules: Modules,
  db: Db,
  employerId: AuthorizedEmployerId,
  userId: string,
  people: readonly SyntheticEmployee[],
  today: string,
): Promise<void> {
  const resolved = await modules.users.resolveActor(
    { id: randomUUID(), userId, activeEmployerId: employerId },
    { ip: '127.0.0.1', requestId: 'demo-seed' },
  );
  if (!resolved || resolved.employerId === null) throw new Error('the demo user has no actor');
  const actor = { ...resolved, employerId };
  for (const person of people) {
    for (const item of person.cases.filter((candidate) => candidate.lastDay === null)) {
      if (item.pregnancy) {
        const reported = await modules.cases.reportPregnancy(actor, person.id, {
          expectedDelivery: item.pregnancy.expectedDelivery,
          multipleBirth: false,
          lastWorkingDay: item.pregnancy.lastWorkingDay,
        });
        if (item.pregnancy.actualDelivery !== null) {
          await modules.cases.recordBirth(actor, reported.id, {
            actualDelivery: item.pregnancy.actualDelivery,
          });
        }
        continue;
      }
      const [first, ...later] = item.segments;
      const reported = await modules.cases.reportSick(actor, person.id, {
        classification: item.classification ?? 'illness',
        firstSickDay: item.firstDay,
        percentage: first?.percentage ?? 100,
      });
      for (const segment of later) {
        await modules.cases.changePercentage(actor, reported.id, {
          from: segment.validFrom,
          percentage: segment.percentage,
        });
      }
    }
  }
  await db
    .update(caseTasks)
    .set({ status: 'done', doneOn: sql`${caseTasks.dueDate}` })
    .where(
      and(
        eq(caseTasks.employerId, employerId),
        eq(caseTasks.status, 'open'),
        lt(caseTasks.dueDate, addDays(today, -doneAfterDays)),
      ),
    );
}
