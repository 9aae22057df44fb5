import { describe, expect, it } from 'vitest';
import { type RankedSickRow, sortSickRows } from './cases.sick-today.models.js';

function row(name: string, nameRank: number, due: string | null, sickDay: number): RankedSickRow {
  return {
    employeeId: name,
    name,
    departmentId: null,
    departmentName: null,
    firstSickDay: '2026-03-01',
    percentage: 100,
    durationDays: sickDay,
    sickDay,
    week: Math.ceil(sickDay / 7),
    ofWeeks: 104,
    nextDeadline: due === null ? null : { dueDate: due, name: 'Probleemanalyse' },
    classification: null,
    safetyNet: false,
    nameRank,
  };
}

describe('sortSickRows', () => {
  const rows = [
    row('a', 0, null, 30),
    row('b', 1, '2026-04-01', 8),
    row('c', 2, '2026-03-10', 9),
    row('d', 3, '2026-04-01', 2),
  ];
  const order = (sort: Parameters<typeof sortSickRows>[1]) =>
    sortSickRows(rows, sort).map((sorted) => sorted.name);

  it('sorts by the next deadline, rows without one last (first when descending)', () => {
    expect(order('nextDeadline')).toEqual(['c', 'b', 'd', 'a']);
    expect(order('-nextDeadline')).toEqual(['a', 'b', 'd', 'c']);
  });

  it('sorts by sick-day and by week, equal weeks by name', () => {
    expect(order('sickDay')).toEqual(['d', 'b', 'c', 'a']);
    expect(order('-sickDay')).toEqual(['a', 'c', 'b', 'd']);
    expect(order('week')).toEqual(['d', 'b', 'c', 'a']);
    expect(order('-week')).toEqual(['a', 'b', 'c', 'd']);
  });
});
