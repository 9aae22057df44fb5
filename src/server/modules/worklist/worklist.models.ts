import { addDays } from '../../../contracts/civil-dates.js';
import type { WorklistFilter, WorklistItem } from '../../../contracts/worklist.js';

/**
 * The order of "urgency": late tasks first (oldest due first), then new sick reports (newest
 * first), tasks due soon (soonest first), and the other open cases, longest first.
 */
function urgencyRank(item: WorklistItem): number {
  if (item.kind === 'task') return item.late ? 0 : 2;
  return item.isNew ? 1 : 3;
}

/** The date an item is about: a case's first sick day, a task's due date. */
function dateOf(item: WorklistItem): string {
  return item.kind === 'case' ? item.firstSickDay : item.dueDate;
}

function durationOf(item: WorklistItem): number {
  return item.kind === 'case' ? item.durationDays : -1;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'nl');

function compare(sort: WorklistFilter['sort'], a: WorklistItem, b: WorklistItem): number {
  switch (sort) {
    case 'employer':
      return byName(a.employerName, b.employerName) || compare('urgency', a, b);
    case 'name':
      return byName(a.employeeName, b.employeeName) || compare('urgency', a, b);
    case 'date':
      return dateOf(a).localeCompare(dateOf(b)) || byName(a.employeeName, b.employeeName);
    case '-duration':
      return durationOf(b) - durationOf(a) || compare('urgency', a, b);
    case 'urgency': {
      const rank = urgencyRank(a) - urgencyRank(b);
      if (rank !== 0) return rank;
      // New reports newest first, open cases longest first: both are the first sick day
      // descending or ascending; tasks by due date.
      if (a.kind === 'case' && b.kind === 'case') {
        return a.isNew
          ? b.firstSickDay.localeCompare(a.firstSickDay)
          : a.firstSickDay.localeCompare(b.firstSickDay);
      }
      return dateOf(a).localeCompare(dateOf(b)) || byName(a.employeeName, b.employeeName);
    }
  }
}

function shown(show: WorklistFilter['show'], item: WorklistItem): boolean {
  switch (show) {
    case 'all':
      return true;
    case 'new':
      return item.kind === 'case' && item.isNew;
    case 'cases':
      return item.kind === 'case';
    case 'late':
      return item.kind === 'task' && item.late;
    case 'due':
      return item.kind === 'task' && !item.late;
  }
}

/** The items the filter shows, in its order. */
export function worklistItems(
  items: readonly WorklistItem[],
  filter: WorklistFilter,
): WorklistItem[] {
  return items
    .filter((item) => shown(filter.show, item))
    .filter((item) => filter.employerId === undefined || item.employerId === filter.employerId)
    .sort((a, b) => compare(filter.sort, a, b));
}

/** Whether a case that started on `firstSickDay` is a new sick report on `today`. */
export function isNewSickReport(firstSickDay: string, today: string, days: number): boolean {
  return firstSickDay >= addDays(today, -days);
}
