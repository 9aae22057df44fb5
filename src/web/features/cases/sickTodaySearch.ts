import type { SickTodaySort } from '../../../contracts/sick-today.js';

/**
 * What Actueel verzuim keeps in its address: order, department, page and why it was opened. Apart
 * from the page so the route can read it without loading the page (nor zod) up front.
 */
export interface SickTodaySearch {
  sort?: SickTodaySort;
  department?: string;
  page?: number;
  /** Opened from "Hersteld melden": the user is to pick who recovered. */
  doel?: 'herstel';
}

const sorts: Record<SickTodaySort, true> = {
  name: true,
  '-name': true,
  department: true,
  '-department': true,
  firstSickDay: true,
  '-firstSickDay': true,
  percentage: true,
  '-percentage': true,
  duration: true,
  '-duration': true,
  sickDay: true,
  '-sickDay': true,
  week: true,
  '-week': true,
  nextDeadline: true,
  '-nextDeadline': true,
};

/** The address's search as the page reads it; anything else is dropped. */
export function validateSickTodaySearch(search: Record<string, unknown>): SickTodaySearch {
  const sort = search['sort'];
  const page = Number(search['page']);
  return {
    ...(typeof sort === 'string' && sort in sorts ? { sort: sort as SickTodaySort } : {}),
    ...(typeof search['department'] === 'string' ? { department: search['department'] } : {}),
    ...(Number.isInteger(page) && page > 1 ? { page } : {}),
    ...(search['doel'] === 'herstel' ? { doel: 'herstel' as const } : {}),
  };
}
