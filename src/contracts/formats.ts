/**
 * Every date, time and number a person reads, on screen, in a mail or in an export, in one
 * place: Dutch as nl-NL ("3 maart 2025", "03-03-2025"), English as en-GB ("3 March 2025",
 * "03/03/2025", never the US order of plain `en`), and every instant in Europe/Amsterdam
 * (DOMAIN.md §1), whatever the time zone of the browser or the server.
 *
 * `Intl.DateTimeFormat` is costly to build, so each formatter is made once per locale and style
 * and kept (`cached`); never build one per call, request or render.
 */

/** The time zone of every instant people read (DOMAIN.md §1). */
export const amsterdamTimeZone = 'Europe/Amsterdam';

/** `long`: 3 maart 2025 / 3 March 2025, for text; `short`: 03-03-2025 / 03/03/2025, for tables. */
export type DateStyle = 'long' | 'short';

/**
 * The `Intl` locale of a UI language (i18next's `language`, a user's `locale`): English is
 * British English, anything else the default, Dutch.
 */
export function intlLocaleOf(language: string): 'nl-NL' | 'en-GB' {
  return language === 'en' || language.startsWith('en-') ? 'en-GB' : 'nl-NL';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateTimeFormat(
  language: string,
  name: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const locale = intlLocaleOf(language);
  return cached(`${locale}|${name}`, () => new Intl.DateTimeFormat(locale, options));
}

const instantOf = (instant: Date | string) =>
  typeof instant === 'string' ? new Date(instant) : instant;

/**
 * A civil date `YYYY-MM-DD` (a sick day, a date of birth) for people. It is a day, not an
 * instant: formatted from UTC midnight in UTC, so no time zone can move it a day.
 */
export function formatDate(date: string, language: string, style: DateStyle = 'long'): string {
  const [year, month, day] = date.split('-').map(Number);
  const midnight = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  midnight.setUTCFullYear(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return dateTimeFormat(language, `date-${style}`, {
    dateStyle: style,
    timeZone: 'UTC',
  }).format(midnight);
}

/** The Amsterdam day of an instant, e.g. when an account was deactivated. */
export function formatInstantDate(
  instant: Date | string,
  language: string,
  style: DateStyle = 'long',
): string {
  return dateTimeFormat(language, `instant-date-${style}`, {
    dateStyle: style,
    timeZone: amsterdamTimeZone,
  }).format(instantOf(instant));
}

/** An instant with its Amsterdam time: "3 maart 2025 om 14:05", "03/03/2025, 14:05". */
export function formatDateTime(
  instant: Date | string,
  language: string,
  style: DateStyle = 'long',
): string {
  return dateTimeFormat(language, `date-time-${style}`, {
    dateStyle: style,
    timeStyle: 'short',
    timeZone: amsterdamTimeZone,
  }).format(instantOf(instant));
}

/** An instant to the second, short date (a log): "03-03-2025, 14:05:09". */
export function formatTimestamp(instant: Date | string, language: string): string {
  return dateTimeFormat(language, 'timestamp', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: amsterdamTimeZone,
  }).format(instantOf(instant));
}

/** The Amsterdam time of day of an instant: "14:05". */
export function formatTime(instant: Date | string, language: string): string {
  return dateTimeFormat(language, 'time', {
    timeStyle: 'short',
    timeZone: amsterdamTimeZone,
  }).format(instantOf(instant));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number for people, at most one decimal: "12,5" in Dutch, "12.5" in English. */
export function formatNumber(value: number, language: string): string {
  const locale = intlLocaleOf(language);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** The wall-clock reading in Amsterdam at an instant, each part a number (month 1–12). */
export type AmsterdamClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const clockParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: amsterdamTimeZone,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

const hourMs = 3_600_000;

/**
 * The clock at the start of the UTC hour read last. Amsterdam's offset from UTC has been whole
 * hours since 1940 and changes only on the hour, so within one UTC hour the minutes and seconds
 * are UTC's: one `formatToParts` an hour instead of one a call, which cost about 3 % of the
 * server's CPU on a dossier read (bench/README.md).
 */
let hourRead: { start: number; clock: AmsterdamClock } | undefined;

/** What a clock on the wall in Amsterdam shows at `instant` (summer time included). */
export function amsterdamClockOf(instant: Date): AmsterdamClock {
  const time = instant.getTime();
  const start = Math.floor(time / hourMs) * hourMs;
  let hour = hourRead;
  if (hour === undefined || hour.start !== start) {
    const clock = formattedClockOf(new Date(start));
    // An offset of minutes and seconds (before 1940): read the instant itself.
    if (clock.minute !== 0 || clock.second !== 0) return formattedClockOf(instant);
    hour = { start, clock };
    hourRead = hour;
  }
  const within = time - start;
  return {
    ...hour.clock,
    minute: Math.floor(within / 60_000),
    second: Math.floor((within % 60_000) / 1000),
  };
}

function formattedClockOf(instant: Date): AmsterdamClock {
  const parts = Object.fromEntries(
    clockParts
      .formatToParts(instant)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

const pad = (value: number, digits = 2) => String(value).padStart(digits, '0');

const civilDateOf = ({ year, month, day }: AmsterdamClock) =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The civil date `YYYY-MM-DD` it is in the Netherlands at `instant`. */
export function amsterdamDateOf(instant: Date): string {
  return civilDateOf(amsterdamClockOf(instant));
}

/** `YYYY-MM-DD HH:mm:ss` in Amsterdam: what every spreadsheet reads as a date and time. */
export function amsterdamDateTimeOf(instant: Date): string {
  const clock = amsterdamClockOf(instant);
  return `${civilDateOf(clock)} ${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;
}
