/**
 * A civil date `YYYY-MM-DD` for people, e.g. "2 maart 2026". Formatted in UTC from UTC midnight,
 * so the day never shifts with the browser's time zone.
 */
export function formatCivilDate(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}

/** Today's civil date in the Netherlands (DOMAIN.md §1), whatever the browser's time zone. */
export function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
