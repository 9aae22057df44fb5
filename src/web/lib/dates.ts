export { formatCivilDate } from '../../contracts/civil-dates.js';

/** Today's civil date in the Netherlands (DOMAIN.md §1), whatever the browser's time zone. */
export function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
