/**
 * A small iCalendar writer (RFC 5545) for the tasks feed: all-day events only. Text values are
 * escaped (§3.3.11) and every content line is folded at 75 octets (§3.1) without splitting a
 * UTF-8 character; lines end in CRLF.
 */
import { addDays } from '../../../contracts/civil-dates.js';

export type AllDayEvent = {
  /** Stable across fetches, so a calendar updates the event instead of adding another. */
  uid: string;
  /** The civil date, YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
};

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const maxOctets = 75;

/** Folds one content line: at most 75 octets per line, continuations start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // A continuation line's leading space counts towards its 75 octets.
    const limit = parts.length === 0 ? maxOctets : maxOctets - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: string) => date.replaceAll('-', '');

/** A UTC timestamp in the basic form, e.g. 20260302T080000Z. */
function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The whole calendar as text/calendar content. */
export function writeCalendar(calendar: {
  productId: string;
  name: string;
  stampedAt: Date;
  events: readonly AllDayEvent[];
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(calendar.stampedAt)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      // DTEND of an all-day event is exclusive: the next day.
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description === undefined ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
      ...(event.url === undefined ? [] : [`URL:${event.url}`]),
      // A deadline, not an appointment: it does not make the user look busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
