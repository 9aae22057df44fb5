import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PeriodFigures } from '../../../contracts/reports.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { type StoredHistory, storeHistory } from '../../test/reports-history.js';
import { historyArbitrary, oracleFigures, oracleVp } from '../../test/reports-oracle.js';
import { monthEnd, monthStart } from './reports.models.js';
import { quartersOf } from './reports.quarterly.models.js';

/**
 * The reports whose sums the database takes (reports.statistics.repository.ts) against the
 * day-by-day oracle: random histories written as an employer of their own, the report asked
 * through the use case the route calls.
 */
// Each run writes an employer of its own: slow on a loaded machine, hence the long timeouts.
describeEachDatabase('the statistics summed in the database', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(() => testApp.close());

  const close = (actual: number | null | undefined, wanted: number | null, what: string) => {
    if (wanted === null) expect(actual, what).toBeNull();
    else expect(Math.abs((actual ?? Number.NaN) - wanted), what).toBeLessThan(1e-9);
  };
  const expectFigures = (
    actual: PeriodFigures,
    expected: ReturnType<typeof oracleFigures>,
    what: string,
  ) => {
    close(actual.vp, expected.vp, `${what} vp`);
    close(actual.mf, expected.mf, `${what} mf`);
    close(actual.meanDuration, expected.meanDuration, `${what} meanDuration`);
    close(actual.zeroAbsencePct, expected.zeroAbsencePct, `${what} zeroAbsencePct`);
    close(actual.averageHeadcount, expected.averageHeadcount, `${what} averageHeadcount`);
    for (const key of ['short', 'medium', 'long', 'extraLong'] as const) {
      close(actual.vpByDurationClass[key], expected.vpByDurationClass[key], `${what} ${key}`);
    }
  };
  type History = Parameters<typeof oracleVp>[0];
  const filterOf = (history: History, stored: StoredHistory) => ({
    from: history.from,
    to: history.to,
    method: history.method,
    level: history.level,
    unitIds: history.selected.map(stored.idOf),
  });

  type Actor = Parameters<TestApp['modules']['reports']['quarterly']>[0];
  /**
   * Stores the drawn history as an employer of its own and asks `report` for it as an actor of
   * the history's scope. A selected unit outside the dossier scope is refused (reports.units.ts):
   * the selection as drawn must be refused, and its in-scope part is the history the oracle checks.
   */
  async function askInScope<Answer>(
    asked: History,
    report: (actor: Actor, filter: ReturnType<typeof filterOf>) => Promise<Answer>,
  ): Promise<{ stored: StoredHistory; history: History; answer: Answer }> {
    const stored = await storeHistory(testApp, asked);
    const ask = (history: History) =>
      report({ employerId: stored.employerId, scope: stored.scope }, filterOf(history, stored));
    const { scope } = asked;
    const history =
      scope.kind === 'employer'
        ? asked
        : {
            ...asked,
            selected: asked.selected.filter((unit) => scope.departmentIds.includes(unit)),
          };
    if (history.selected.length < asked.selected.length) {
      await expect(ask(asked)).rejects.toMatchObject({
        fields: [{ path: 'unitIds', code: 'report_unit_out_of_scope' }],
      });
    }
    return { stored, history, answer: await ask(history) };
  }

  it('gives every month VP, cumulative and rolling VP of each unit and the total, and the period figures', async () => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary, async (asked) => {
        const { stored, history, answer } = await askInScope(asked, (actor, filter) =>
          testApp.modules.reports.absencePercentage(actor, filter),
        );
        expectFigures(answer.total, oracleFigures(history), 'total');
        const rows = [
          { unit: null, months: answer.total.months, vp: answer.total.vp },
          ...answer.units.map((unit) => ({
            unit: stored.oracleIdOf(unit.id),
            months: unit.months,
            vp: unit.vp,
          })),
        ];
        for (const row of rows) {
          const what = row.unit ?? 'total';
          close(row.vp, oracleVp(history, row.unit, history.from, history.to), `${what} vp`);
          for (const month of row.months) {
            const first = `${month.month}-01`;
            const last = monthEnd(first) < history.to ? monthEnd(first) : history.to;
            const start = first < history.from ? history.from : first;
            close(month.vp, oracleVp(history, row.unit, start, last), `${what} ${month.month}`);
            close(
              month.cumulativeVp,
              oracleVp(history, row.unit, `${month.month.slice(0, 4)}-01-01`, last),
              `${what} ${month.month} cumulative`,
            );
            close(
              month.rollingVp,
              oracleVp(history, row.unit, monthStart(first, -11), last),
              `${what} ${month.month} rolling`,
            );
          }
        }
        // A unit with any employment day in the period is shown.
        const shown = new Set(answer.units.map((unit) => stored.oracleIdOf(unit.id)));
        for (const unit of ['a', 'a1', 'a1x', 'a2', 'b']) {
          if (!shown.has(unit))
            expect(oracleVp(history, unit, history.from, history.to)).toBeNull();
        }
      }),
      { numRuns: 40 },
    );
  }, 180_000);

  it('gives every quarter of each unit and of the total of the kwartaalrapportage its figures', async () => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary, async (asked) => {
        const { stored, history, answer } = await askInScope(asked, (actor, filter) =>
          testApp.modules.reports.quarterly(actor, filter),
        );
        expectFigures(answer.total, oracleFigures(history), 'total');
        const rows = [
          { unit: undefined, quarters: answer.total.quarters },
          ...answer.units.map((unit) => ({
            unit: stored.oracleIdOf(unit.id),
            quarters: unit.quarters,
          })),
        ];
        for (const { unit, quarters } of rows) {
          expect(quarters.map((quarter) => quarter.from)).toEqual(
            quartersOf(history.from, history.to).map((quarter) => quarter.from),
          );
          for (const quarter of quarters) {
            expectFigures(
              quarter,
              oracleFigures(history, { from: quarter.from, to: quarter.to, unit }),
              `${unit ?? 'total'} ${quarter.quarter}`,
            );
          }
        }
        for (const unit of answer.units) {
          const id = stored.oracleIdOf(unit.id);
          expectFigures(unit, oracleFigures(history, { unit: id }), id);
        }
        // A unit with anyone employed in the period is shown.
        const shown = new Set(answer.units.map((unit) => stored.oracleIdOf(unit.id)));
        for (const id of ['a', 'a1', 'a1x', 'a2', 'b']) {
          if (!shown.has(id)) expect(oracleFigures(history, { unit: id }).averageHeadcount).toBe(0);
        }
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});
