/**
 * Calendar dates are civil dates in Europe/Amsterdam (DOMAIN.md §1), as `YYYY-MM-DD` strings,
 * never converted through UTC midnight.
 */
const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date it is in the Netherlands at this instant. */
export function amsterdamDateOf(instant: Date): string {
  return amsterdamDate.format(instant);
}
