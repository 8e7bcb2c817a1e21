/**
 * A meeting's time as the branch writes it: a civil date and a wall-clock time
 * in Beijing (UTC+8 all year, no daylight saving time since 1991). Kept as
 * text in the content (the CMS's datetime widget stores UTC and shifts days);
 * turned into an instant only here.
 */

export const CLOCK_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';
const CLOCK_RE = new RegExp(CLOCK_PATTERN);

export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && CLOCK_RE.test(value);
}

/** The instant of `date` (YYYY-MM-DD) at `clock` (HH:MM) Beijing time: 08:00 Beijing is 00:00 UTC. */
export function beijingInstant(date: string, clock: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = clock.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour - 8, minute));
}

/** Minutes from `start` to `end` (HH:MM, same day); negative when `end` is earlier. */
export function clockMinutes(start: string, end: string): number {
  const minutes = (clock: string) => {
    const [hour, minute] = clock.split(':').map(Number) as [number, number];
    return hour * 60 + minute;
  };
  return minutes(end) - minutes(start);
}
