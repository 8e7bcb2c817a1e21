/**
 * The study log and the branch service (services/branch/study.mjs, routes
 * `study`, `study/sync`, `study/months/:month`): what a sync sends, how the
 * record the service keeps comes back into the log, and what a member sees of
 * the months sent. Pure logic; <my-study> does the calls.
 *
 * A sync sends every device's tallies the browser knows, by device id, and the
 * service answers with every device's: uniting them (mergeLogs) never counts a
 * minute twice, however often it runs (log.ts, StudyLog).
 */
import { mergeLogs, STUDY_LOG_VERSION, validateLog, type DayTimes, type StudyLog } from './log';

/**
 * The largest sync the service takes: services/branch/study.mjs SYNC_MAX_BYTES,
 * four monthly records at the import's limit (a unit test keeps them equal;
 * not imported here, so the page does not load the import's messages).
 */
export const SYNC_MAX_BYTES = 1024 * 1024;

export interface SyncBody {
  devices: Record<string, DayTimes>;
  lessons: StudyLog['lessons'];
  attempts: StudyLog['attempts'];
}

/** One month of a body: the tallies, lessons and attempts dated in it. */
const fromMonth = (body: SyncBody, month: string): SyncBody => {
  const inMonth = (date: string) => date.startsWith(month);
  return {
    devices: Object.fromEntries(
      Object.entries(body.devices).map(([device, days]) => [
        device,
        Object.fromEntries(Object.entries(days).filter(([date]) => inMonth(date))),
      ]),
    ),
    lessons: Object.fromEntries(Object.entries(body.lessons).filter(([, date]) => inMonth(date))),
    attempts: body.attempts.filter((a) => inMonth(a.date)),
  };
};

/** The months a body has anything in, newest first. */
function monthsOf(body: SyncBody): string[] {
  const dates = [
    ...Object.values(body.devices).flatMap((days) => Object.keys(days)),
    ...Object.values(body.lessons),
    ...body.attempts.map((a) => a.date),
  ];
  return [...new Set(dates.map((d) => d.slice(0, 7)))].sort().reverse();
}

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * What a sync sends: the whole log, or when that is larger than the service
 * takes (years of study), the newest months that fit; older months went with
 * an earlier sync and stay on the service. `log` must have its device id.
 */
export function syncBody(log: StudyLog, maxBytes = SYNC_MAX_BYTES): SyncBody {
  const whole: SyncBody = {
    devices: { ...log.devices, [log.device!]: log.days },
    lessons: log.lessons,
    attempts: log.attempts,
  };
  if (bytes(whole) <= maxBytes) return whole;
  const kept: SyncBody = { devices: {}, lessons: {}, attempts: [] };
  for (const month of monthsOf(whole)) {
    const part = fromMonth(whole, month);
    const next: SyncBody = {
      devices: Object.fromEntries(
        Object.keys(whole.devices).map((d) => [d, { ...kept.devices[d], ...part.devices[d] }]),
      ),
      lessons: { ...kept.lessons, ...part.lessons },
      attempts: [...kept.attempts, ...part.attempts],
    };
    if (bytes(next) > maxBytes) break;
    Object.assign(kept, next);
  }
  return kept;
}

/** A month the service keeps, as `study` and `study/sync` answer. */
export interface SentMonth {
  month: string;
  /** When the record was made on the member's device (ISO). */
  createdAt: string;
  /** When the service took it (ISO). */
  receivedAt: string;
}

export interface ServiceRecord {
  devices: Record<string, DayTimes>;
  lessons: StudyLog['lessons'];
  attempts: unknown[];
  months: SentMonth[];
}

/**
 * The log with the service's record united into it; undefined when the
 * answer is not a record (the page then keeps its own log unchanged).
 */
export function withServiceRecord(log: StudyLog, record: unknown): StudyLog | undefined {
  const r = record as Partial<ServiceRecord> | null;
  try {
    const kept = validateLog({
      version: STUDY_LOG_VERSION,
      days: {},
      devices: r?.devices,
      lessons: r?.lessons,
      attempts: r?.attempts,
    });
    return mergeLogs(log, kept);
  } catch {
    return undefined;
  }
}

/** The months sent, from the service's answer (nothing readable: none). */
export function sentMonths(record: unknown): SentMonth[] {
  const months = (record as Partial<ServiceRecord> | null)?.months;
  if (!Array.isArray(months)) return [];
  return months.filter(
    (m): m is SentMonth =>
      typeof m?.month === 'string' && typeof m.createdAt === 'string' && typeof m.receivedAt === 'string',
  );
}
