/**
 * Study on several devices (issue 31, item 2): each device tallies its own time,
 * the log keeps other devices' tallies apart, and uniting them, by a restored
 * backup or by the branch service's sync, never counts a minute twice however
 * often it runs and in whatever order. What a sync sends, and how the
 * service's record comes back (src/lib/study/sync.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  addAttempt,
  addStudyTime,
  completeLesson,
  emptyLog,
  exportLog,
  mergeLogs,
  parseExport,
  updateLog,
  validateLog,
  withDevice,
  type LogStorage,
  type StudyLog,
} from '../../../src/lib/study/log';
import { minutesInMonth, minutesOn, recordedMonths } from '../../../src/lib/study/summary';
import { SYNC_MAX_BYTES, sentMonths, syncBody, withServiceRecord } from '../../../src/lib/study/sync';
import { SUBMISSION_LIMITS } from '../../../src/lib/study/import';
import { serviceImportFiles } from '../../../src/lib/study/service-files';
import { STUDY_LIMITS, SYNC_MAX_BYTES as SERVICE_SYNC_MAX_BYTES, syncRows } from '../../../services/branch/study.mjs';

const CAP = 3600;
const minutes = (n: number) => n * 60_000;
const phone = (log = emptyLog()): StudyLog => ({ ...log, device: 'phone-000000000001' });
const laptop = (log = emptyLog()): StudyLog => ({ ...log, device: 'laptop-00000000001' });
const study = (log: StudyLog, page: string, date: string, n: number) =>
  addStudyTime(log, page, [{ date, kind: 'read', ms: minutes(n) }], CAP);

/** The record the service would answer with, from the bodies it was sent (max per device, day and page). */
function serviceRecord(...bodies: ReturnType<typeof syncBody>[]) {
  const devices: Record<string, StudyLog['days']> = {};
  for (const body of bodies)
    for (const [device, days] of Object.entries(body.devices))
      devices[device] = mergeLogs(
        { ...emptyLog(), device, days: devices[device] ?? {} },
        { ...emptyLog(), device, days },
      ).days;
  const lessons: Record<string, string> = {};
  for (const body of bodies)
    for (const [id, date] of Object.entries(body.lessons)) if (!lessons[id] || date < lessons[id]) lessons[id] = date;
  const attempts = [...new Map(bodies.flatMap((b) => b.attempts).map((a) => [a.id, a])).values()];
  return { devices, lessons, attempts, months: [] };
}

describe('a log on two devices', () => {
  const onPhone = study(phone(), 'lessons/one', '2026-11-20', 10);
  const onLaptop = study(laptop(), 'lessons/one', '2026-11-20', 15);

  it('adds the devices up: the same page on the same day on two devices is two stretches of study', () => {
    const both = mergeLogs(onPhone, onLaptop);
    expect(minutesOn(both, '2026-11-20')).toBe(25);
    expect(both.devices).toEqual({ [onLaptop.device!]: onLaptop.days });
    expect(both.days).toEqual(onPhone.days);
  });

  it('counts a minute once however often, and in whatever order, the devices are united', () => {
    const once = mergeLogs(onPhone, onLaptop);
    const twice = mergeLogs(mergeLogs(once, onLaptop), once);
    expect(minutesInMonth(twice, '2026-11')).toBe(25);
    const otherWay = mergeLogs(onLaptop, onPhone);
    expect(minutesInMonth(otherWay, '2026-11')).toBe(25);
    // The phone's own time comes back to it as its own, never as a third device.
    const roundTrip = mergeLogs(onPhone, mergeLogs(onLaptop, onPhone));
    expect(Object.keys(roundTrip.devices ?? {})).toEqual([onLaptop.device]);
    expect(minutesInMonth(roundTrip, '2026-11')).toBe(25);
  });

  it('keeps a device’s later, larger tally: its time only grows', () => {
    const later = study(onLaptop, 'lessons/one', '2026-11-20', 5);
    const merged = mergeLogs(mergeLogs(onPhone, onLaptop), later);
    expect(minutesOn(merged, '2026-11-20')).toBe(30);
  });

  it('takes a backup from before devices were told apart as this browser’s own, as before', () => {
    const old = study(emptyLog(), 'lessons/one', '2026-11-20', 10);
    const merged = mergeLogs(onPhone, old);
    expect(merged.devices).toBeUndefined();
    expect(minutesOn(merged, '2026-11-20')).toBe(10);
  });

  it('keeps the devices through a backup and a restore, and rejects a bad device id', () => {
    const both = mergeLogs(onPhone, onLaptop);
    expect(parseExport(exportLog(both, new Date('2026-11-21T00:00:00Z')))).toEqual(both);
    expect(() => validateLog({ ...both, device: 'x' })).toThrow(/设备编号/);
    expect(() => validateLog({ ...both, devices: { [onPhone.device!]: {} } })).toThrow(/设备编号/);
  });

  it('shows every device’s days in the months 我的学习 offers', () => {
    const both = mergeLogs(onPhone, study(laptop(), 'articles/a', '2026-10-03', 3));
    expect(recordedMonths(both, '2026-11')).toEqual(['2026-11', '2026-10']);
  });
});

describe('a device id', () => {
  it('is given on the first write and kept after', () => {
    const items = new Map<string, string>();
    const storage: LogStorage = { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
    const first = updateLog(storage, (log) => study(log, 'a', '2026-11-01', 1)).log;
    expect(first.device).toMatch(/^[0-9a-f]{24}$/);
    expect(updateLog(storage, (log) => log).log.device).toBe(first.device);
    expect(withDevice(first)).toBe(first);
  });
});

describe('syncing with the branch service', () => {
  const onPhone = completeLesson(study(phone(), 'lessons/one', '2026-11-20', 10), 'one', '2026-11-20');
  const onLaptop = addAttempt(study(laptop(), 'lessons/one', '2026-11-20', 15), {
    id: 'attempt-1',
    quiz: 'q',
    title: '测试',
    kind: 'test',
    date: '2026-11-21',
    correct: 9,
    total: 10,
    percent: 90,
    passed: true,
    seconds: 100,
  });

  it('unites both devices, synced in any order and repeatedly, without counting a minute twice', () => {
    const record = serviceRecord(syncBody(onPhone), syncBody(onLaptop), syncBody(onPhone), syncBody(onLaptop));
    const phoneAfter = withServiceRecord(onPhone, record)!;
    const laptopAfter = withServiceRecord(onLaptop, record)!;
    for (const log of [phoneAfter, laptopAfter, withServiceRecord(phoneAfter, record)!]) {
      expect(minutesInMonth(log, '2026-11')).toBe(25);
      expect(log.lessons).toEqual({ one: '2026-11-20' });
      expect(log.attempts.map((a) => a.id)).toEqual(['attempt-1']);
    }
    // The phone syncs again after learning the laptop's time: still 25 minutes on the service.
    const again = serviceRecord(syncBody(onPhone), syncBody(onLaptop), syncBody(phoneAfter));
    expect(minutesInMonth(withServiceRecord(emptyLog(), again)!, '2026-11')).toBe(25);
  });

  it('brings everything back to a browser whose storage was cleared (a new device id)', () => {
    const record = serviceRecord(syncBody(onPhone), syncBody(onLaptop));
    const cleared = withDevice(emptyLog());
    const restored = withServiceRecord(cleared, record)!;
    expect(minutesInMonth(restored, '2026-11')).toBe(25);
    expect(restored.device).toBe(cleared.device);
    const studiedMore = study(restored, 'lessons/two', '2026-11-22', 4);
    const next = serviceRecord(syncBody(onPhone), syncBody(onLaptop), syncBody(studiedMore));
    expect(minutesInMonth(withServiceRecord(onPhone, next)!, '2026-11')).toBe(29);
  });

  it('sends the newest months that fit when the whole log is larger than the service takes', () => {
    let log = phone();
    for (let m = 1; m <= 12; m += 1)
      for (let d = 1; d <= 28; d += 1)
        log = study(
          log,
          `articles/${'x'.repeat(60)}-${d}`,
          `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          1,
        );
    const whole = syncBody(log);
    expect(Object.keys(whole.devices[log.device!]!)).toHaveLength(12 * 28);
    const limit = JSON.stringify(whole).length / 3;
    const part = syncBody(log, limit);
    const days = Object.keys(part.devices[log.device!]!).sort();
    expect(JSON.stringify(part).length).toBeLessThanOrEqual(limit);
    expect(days.at(-1)).toBe('2026-12-28');
    expect(days[0]!.slice(8)).toBe('01');
    expect(days.length).toBeGreaterThan(28);
    expect(days.length).toBeLessThan(12 * 28);
  });

  it('leaves the log alone when the answer is not a record', () => {
    expect(withServiceRecord(onPhone, { devices: { bad: {} } })).toBeUndefined();
    expect(withServiceRecord(onPhone, null)).toBeUndefined();
    expect(sentMonths({ months: [{ month: '2026-11', createdAt: 'a', receivedAt: 'b' }, { month: 3 }] })).toEqual([
      { month: '2026-11', createdAt: 'a', receivedAt: 'b' },
    ]);
  });

  it('takes what the page sends on the service, and refuses a month beyond the import’s limits in plain words', () => {
    const rows = syncRows({ ...syncBody(onPhone), requestId: 'x' });
    expect(rows.time).toEqual([
      { device: onPhone.device, day: '2026-11-20', page: 'lessons/one', read: 600, media: 0 },
    ]);
    const attempt = (id: string) => ({ ...onLaptop.attempts[0]!, id, date: '2026-11-02' });
    expect(syncRows({ devices: {}, lessons: {}, attempts: [attempt('a0')] }).attempts).toHaveLength(1);
    // Half an attempt would make the record unreadable for the page: refused whole.
    expect(() => syncRows({ devices: {}, lessons: {}, attempts: [{ id: 'a', date: '2026-11-02' }] })).toThrow(
      '无法读取',
    );
    const many = Array.from({ length: STUDY_LIMITS.tests + 1 }, (_, i) => attempt(`a${i}`));
    expect(() => syncRows({ devices: {}, lessons: {}, attempts: many })).toThrow(
      '2026-11 有 401 条测试记录，一个月的记录不会超过 400 条，没有保存。请联系支部书记。',
    );
    expect(() => syncRows({ devices: { 'bad id': {} }, lessons: {}, attempts: [] })).toThrow('无法读取');
  });
});

describe('the limits', () => {
  it('are the import’s, on the page and on the service', () => {
    expect(STUDY_LIMITS).toEqual(SUBMISSION_LIMITS);
    expect(SYNC_MAX_BYTES).toBe(4 * SUBMISSION_LIMITS.bytes);
    expect(SERVICE_SYNC_MAX_BYTES).toBe(SYNC_MAX_BYTES);
  });
});

describe('the months the service keeps, as the import reads them', () => {
  it('are files named as the member’s own, under 支部服务/; anything else is no file', () => {
    const files = serviceImportFiles([
      { member: 'wang-fang', month: '2026-11', submission: { format: 'dangjian-study-month' } },
      { member: 3, month: '2026-11' },
    ]);
    expect(files).toEqual([
      { name: '支部服务/study-record-wang-fang-2026-11.json', text: '{"format":"dangjian-study-month"}' },
    ]);
    expect(serviceImportFiles({ ok: false })).toEqual([]);
  });
});
