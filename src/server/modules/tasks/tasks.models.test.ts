import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpisodePeriod } from '../cases/cases.models.js';
import { urgencyOf } from '../../../contracts/tasks.js';
import { dueDateOf, type PlannedTask, planTasks } from './tasks.models.js';
import { wvpProtocol } from './tasks.protocols.fixture.js';

// The test's own calendar, through the platform's Date in UTC: independent of civil-dates.
const dayMs = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const plus = (date: string, days: number) =>
  new Date(toMs(date) + days * dayMs).toISOString().slice(0, 10);
const isWeekend = (date: string) => [0, 6].includes(new Date(toMs(date)).getUTCDay());
const uwvReport = 'ziekmelding_uwv_einde_dienstverband';

/** The sick days of the first legal case, walked day by day (28 fit days in a row end it). */
function sickDaysByWalk(episodes: readonly EpisodePeriod[]): string[] {
  const dates: string[] = [];
  let fitRun = 0;
  let day = episodes[0]?.firstSickDay ?? '2025-01-01';
  while (dates.length < 800 && fitRun < 28) {
    const sick = episodes.some(
      (e) => e.firstSickDay <= day && (e.lastSickDay === null || day <= e.lastSickDay),
    );
    if (sick) dates.push(day);
    fitRun = sick ? 0 : fitRun + 1;
    day = plus(day, 1);
  }
  return dates;
}

/** The due date the walk gives a task of the WVP protocol on sick-day `n`. */
function expectedDue(code: string, n: number, walked: readonly string[]): string | undefined {
  const day = walked[n - 1];
  if (day === undefined || code !== 'uwv_42e_week') return day;
  let next = plus(day, 1);
  while (isWeekend(next)) next = plus(next, 1);
  return next;
}

/** Stores a plan's inserts and updates, as the repository would. */
function apply(tasks: PlannedTask[], plan: ReturnType<typeof planTasks>): PlannedTask[] {
  const updated = tasks.map((task) => {
    const update = plan.updates.find((candidate) => candidate.id === task.id);
    return update ? { ...task, dueDate: update.dueDate, status: update.status } : task;
  });
  const inserted = plan.inserts.map((task, index) => ({
    ...task,
    id: `t${tasks.length + index}`,
    doneOn: null,
  }));
  return [...updated, ...inserted];
}

/** Episodes with 26–30 fit days between them (some join, some not), the first corrected. */
const history = fc.record({
  start: fc.integer({ min: 0, max: 3650 }).map((days) => plus('2020-01-01', days)),
  correction: fc.integer({ min: -5, max: 5 }),
  lengths: fc.array(fc.integer({ min: 1, max: 150 }), { minLength: 1, maxLength: 5 }),
  gaps: fc.array(fc.integer({ min: 26, max: 30 }), { minLength: 5, maxLength: 5 }),
});

const caseId = 'case-1';

describe('the tasks of a legal case (DOMAIN.md §2)', () => {
  it("DOMAIN.md's worked example: every WVP date", () => {
    const episodes = [
      { firstSickDay: '2025-03-03', lastSickDay: '2025-03-23' },
      { firstSickDay: '2025-04-14', lastSickDay: null },
    ];
    const { inserts } = planTasks(wvpProtocol, { caseId, episodes }, []);
    const due = (code: string, occurrence = 0) =>
      inserts.find((task) => task.code === code && task.occurrence === occurrence)?.dueDate;
    expect(due('ziekmelding_arbodienst')).toBe('2025-03-09');
    expect(due('probleemanalyse')).toBe('2025-05-04');
    expect(due('plan_van_aanpak')).toBe('2025-05-18');
    expect(due('evaluatie_plan_van_aanpak')).toBe('2025-06-29'); // sick-day 98
    expect(due('evaluatie_plan_van_aanpak', 1)).toBe('2025-08-10'); // 140
    expect(due('uwv_42e_week')).toBe('2026-01-12');
    expect(due('eerstejaarsevaluatie')).toBe('2026-03-22');
    expect(due('wia_aanvraag')).toBe('2027-01-03');
    expect(due('einde_loondoorbetaling')).toBe('2027-03-21');
    expect(inserts.filter((task) => task.code === 'evaluatie_plan_van_aanpak')).toHaveLength(16);
  });

  it('a done probleemanalyse brings the plan van aanpak forward to 14 days after it', () => {
    const episodes = [{ firstSickDay: '2025-03-03', lastSickDay: null }];
    let tasks = apply([], planTasks(wvpProtocol, { caseId, episodes }, []));
    tasks = tasks.map((task) =>
      task.code === 'probleemanalyse' ? { ...task, status: 'done', doneOn: '2025-03-20' } : task,
    );
    tasks = apply(tasks, planTasks(wvpProtocol, { caseId, episodes }, tasks));
    expect(tasks.find((task) => task.code === 'plan_van_aanpak')?.dueDate).toBe('2025-04-03');
  });

  it('recovery sets pending tasks aside; a joining recurrence brings them back recomputed', () => {
    fc.assert(
      fc.property(history, ({ start, correction, lengths, gaps }) => {
        // The case opens (the first sick day possibly corrected afterwards), then each episode
        // closes and the next is reported: after every step the tasks follow the case.
        let tasks: PlannedTask[] = [];
        const episodes: EpisodePeriod[] = [{ firstSickDay: start, lastSickDay: null }];
        tasks = apply(tasks, planTasks(wvpProtocol, { caseId, episodes }, tasks));
        const head = episodes[0] as EpisodePeriod;
        head.firstSickDay = plus(start, correction);
        tasks = apply(tasks, planTasks(wvpProtocol, { caseId, episodes }, tasks));
        tasks[0] = { ...(tasks[0] as PlannedTask), status: 'done', doneOn: start };
        let first = head.firstSickDay;
        for (const [index, length] of lengths.entries()) {
          const episode = episodes[index] as EpisodePeriod;
          episode.lastSickDay = plus(first, length - 1);
          tasks = apply(tasks, planTasks(wvpProtocol, { caseId, episodes }, tasks));
          expect(tasks.filter((task) => task.status === 'open')).toEqual([]);
          first = plus(episode.lastSickDay, (gaps[index] ?? 26) + 1);
          if (index === lengths.length - 1 || (gaps[index] ?? 28) >= 28) break;
          episodes.push({ firstSickDay: first, lastSickDay: null });
          tasks = apply(tasks, planTasks(wvpProtocol, { caseId, episodes }, tasks));
          const walked = sickDaysByWalk(episodes);
          for (const task of tasks.filter(
            (candidate) => candidate.code !== 'ziekmelding_arbodienst',
          )) {
            expect(task.status).toBe('open');
            expect(task.dueDate, `${task.code} ${task.dueSickDay}`).toBe(
              expectedDue(task.code, task.dueSickDay, walked),
            );
          }
        }
        expect(tasks[0]?.status).toBe('done');
      }),
      { numRuns: 100 },
    );
  });

  it('calendar triggers: end of employment, expected delivery, days after the first sick day', () => {
    const endOfEmployment = wvpProtocol.tasks.find(
      (task) => task.code === 'ziekmelding_uwv_einde_dienstverband',
    );
    if (endOfEmployment === undefined) throw new Error('the WVP has its end-of-employment task');
    const episodes = [{ firstSickDay: '2026-01-05', lastSickDay: null }];
    const none = () => null;
    // The employment ends on Sunday 31 May 2026: its last working day is Friday 29 May.
    expect(dueDateOf(endOfEmployment, 0, { episodes, employmentEndDate: '2026-05-31' }, none)).toBe(
      '2026-05-29',
    );
    expect(dueDateOf(endOfEmployment, 0, { episodes, employmentEndDate: '2026-06-01' }, none)).toBe(
      '2026-06-01',
    );
    // Without an end of employment the task is not made.
    expect(dueDateOf(endOfEmployment, 0, { episodes }, none)).toBeNull();
    const { inserts } = planTasks(wvpProtocol, { caseId, episodes }, []);
    expect(inserts.map((task) => task.code)).not.toContain('ziekmelding_uwv_einde_dienstverband');
    const withEnd = planTasks(
      wvpProtocol,
      { caseId, episodes, employmentEndDate: '2026-05-31' },
      [],
    ).inserts.find((task) => task.code === 'ziekmelding_uwv_einde_dienstverband');
    expect(withEnd).toMatchObject({ dueDate: '2026-05-29', dueSickDay: 145 });

    const wazo = { ...endOfEmployment, trigger: 'expected_delivery_date' as const };
    expect(dueDateOf(wazo, -41, { episodes, expectedDeliveryDate: '2026-08-20' }, none)).toBe(
      '2026-07-10',
    );
    const calendar = { ...endOfEmployment, trigger: 'calendar_days' as const };
    expect(dueDateOf(calendar, 10, { episodes }, none)).toBe('2026-01-15');
  });

  it('the UWV report at the end of employment: the last working day, only when sick on it', () => {
    const endOfEmployment = wvpProtocol.tasks.find((task) => task.code === uwvReport);
    if (endOfEmployment === undefined) throw new Error('the WVP has its end-of-employment task');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }).map((days) => plus('2020-01-01', days)),
        fc.option(fc.integer({ min: 0, max: 400 })),
        fc.integer({ min: -30, max: 500 }),
        (firstSickDay, length, endAfter) => {
          const lastSickDay = length === null ? null : plus(firstSickDay, length);
          const episodes = [{ firstSickDay, lastSickDay }];
          const employmentEndDate = plus(firstSickDay, endAfter);
          // Independently: sick on the last day of employment (an open case runs on), and the
          // last Monday to Friday on or before it.
          const sickOnIt =
            endAfter >= 0 && (lastSickDay === null || employmentEndDate <= lastSickDay);
          let lastWorkingDay = employmentEndDate;
          while (isWeekend(lastWorkingDay)) lastWorkingDay = plus(lastWorkingDay, -1);
          const due = dueDateOf(endOfEmployment, 0, { episodes, employmentEndDate }, () => null);
          expect(due).toBe(sickOnIt ? lastWorkingDay : null);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    // [case, employment end, status before, status after, due after]
    ['open, an end date comes', [null], '2026-05-31', undefined, 'open', '2026-05-29'],
    ['open, the end date moves', [null], '2026-06-06', 'open', 'open', '2026-06-05'],
    ['open, the end date goes', [null], null, 'open', 'set_aside', '2026-05-29'],
    ['open, it comes back', [null], '2026-05-31', 'set_aside', 'open', '2026-05-29'],
    ['ended on the last day', ['2026-05-31'], '2026-05-31', 'open', 'open', '2026-05-29'],
    ['recovered before the end', ['2026-04-30'], '2026-05-31', 'open', 'set_aside', '2026-05-29'],
    ['closed without a report yet', ['2026-05-31'], '2026-05-31', undefined, undefined, undefined],
  ] as const)('%s', (_name, [lastSickDay], employmentEndDate, before, after, dueAfter) => {
    const legalCase = {
      caseId,
      episodes: [{ firstSickDay: '2026-01-05', lastSickDay }],
      employmentEndDate,
    };
    const existing: PlannedTask[] =
      before === undefined
        ? wvpProtocol.tasks
            .filter((task) => task.code !== uwvReport)
            .map((task, index) => ({
              id: `t${index}`,
              code: task.code,
              occurrence: 0,
              dueSickDay: task.offset,
              dueDate: '2026-02-01',
              status: 'open',
              doneOn: null,
            }))
        : [
            {
              id: 'uwv',
              code: uwvReport,
              occurrence: 0,
              dueSickDay: 145,
              dueDate: '2026-05-29',
              status: before,
              doneOn: null,
            },
          ];
    const tasks = apply(existing, planTasks(wvpProtocol, legalCase, existing));
    const report = tasks.find((task) => task.code === uwvReport);
    expect(report === undefined ? undefined : `${report.dueDate} ${report.status}`).toBe(
      after === undefined ? undefined : `${dueAfter} ${after}`,
    );
  });

  it('groups tasks as late, now (within 7 days) and future', () => {
    expect(urgencyOf('2026-03-01', '2026-03-02')).toBe('late');
    expect(urgencyOf('2026-03-02', '2026-03-02')).toBe('now');
    expect(urgencyOf('2026-03-09', '2026-03-02')).toBe('now');
    expect(urgencyOf('2026-03-10', '2026-03-02')).toBe('future');
  });
});
