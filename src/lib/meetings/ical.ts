/**
 * iCalendar (RFC 5545) feeds of meetings, for the calendars members subscribe
 * with (iOS, Android, Outlook) and single events downloaded from WeChat's
 * browser. Each event keeps its UID for life (the entry's id at the site's
 * host), carries a SEQUENCE that grows with each revision, says CANCELLED
 * when a meeting is called off (subscribed calendars then drop it instead of
 * keeping a stale one), is written in Asia/Shanghai with the zone's own
 * VTIMEZONE, and reminds the day before.
 */
import { SITE_TIME_ZONE } from '../civil-date';

export interface CalendarEvent {
  /** The entry id: the UID is `<id>@<host>`. */
  id: string;
  title: string;
  /** YYYY-MM-DD, Beijing. */
  date: string;
  /** HH:MM, Beijing. */
  start: string;
  end: string;
  location?: string;
  description?: string;
  /** The meeting's page. */
  url: string;
  cancelled: boolean;
  /** Grows with every revision of the entry (RFC 5545 §3.8.7.4). */
  sequence: number;
  /** When the entry was last changed: DTSTAMP and LAST-MODIFIED. */
  modified: Date;
  categories?: readonly string[];
}

export interface CalendarInfo {
  /** The calendar's name in the subscribing app. */
  name: string;
  /** The site's host, which makes the UIDs globally unique. */
  host: string;
  /** The reminder's text for an event, shown the day before. */
  reminder: (event: CalendarEvent) => string;
}

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets folded (§3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const localStamp = (date: string, clock: string) => `${date.replace(/-/g, '')}T${clock.replace(':', '')}00`;
const utcStamp = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** Beijing has kept UTC+8 without daylight saving time since 1991: one STANDARD block describes it. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${SITE_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19910915T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: CalendarEvent, info: CalendarInfo): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.id}@${info.host}`,
    `DTSTAMP:${utcStamp(event.modified)}`,
    `LAST-MODIFIED:${utcStamp(event.modified)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART;TZID=${SITE_TIME_ZONE}:${localStamp(event.date, event.start)}`,
    `DTEND;TZID=${SITE_TIME_ZONE}:${localStamp(event.date, event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `URL:${event.url}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  // No reminder for a meeting that will not take place.
  if (!event.cancelled)
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;RELATED=START:-P1D',
      `DESCRIPTION:${escapeText(info.reminder(event))}`,
      'END:VALARM',
    );
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR: CRLF line ends, folded lines, events in the given order. */
export function calendar(events: readonly CalendarEvent[], info: CalendarInfo): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${info.host}//dangjian-platform//ZH`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(info.name)}`,
    `X-WR-TIMEZONE:${SITE_TIME_ZONE}`,
    ...VTIMEZONE,
    ...events.flatMap((event) => eventLines(event, info)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
