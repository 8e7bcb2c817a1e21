import { describe, expect, it } from 'vitest';
import {
  addAttempt,
  addStudyTime,
  completeLesson,
  dailyAttemptOn,
  emptyLog,
  exportLog,
  loadLog,
  mergeLogs,
  parseExport,
  saveLog,
  storageUsable,
  STUDY_LOG_KEY,
  updateLog,
  type LogStorage,
  type QuizAttempt,
  type StudyLog,
} from '../../../src/lib/study/log';

const attempt = (over: Partial<QuizAttempt> = {}): QuizAttempt => ({
  id: 'a1',
  quiz: 'course-test',
  title: '结业测试',
  kind: 'test',
  date: '2026-11-20',
  correct: 8,
  total: 10,
  percent: 80,
  passed: true,
  seconds: 300,
  ...over,
});

function sample(): StudyLog {
  let log = addStudyTime(emptyLog(), 'lessons/one', [{ date: '2026-11-20', kind: 'read', ms: 600_000 }], 3600);
  log = addStudyTime(log, 'lessons/one', [{ date: '2026-11-21', kind: 'media', ms: 120_000 }], 3600);
  log = completeLesson(log, 'one', '2026-11-20');
  return addAttempt(log, attempt());
}

function memoryStorage(): LogStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('study log', () => {
  it('adds time per page and day, capped per page per day', () => {
    let log = addStudyTime(emptyLog(), 'a', [{ date: '2026-11-20', kind: 'read', ms: 50 * 60_000 }], 3600);
    log = addStudyTime(log, 'a', [{ date: '2026-11-20', kind: 'media', ms: 30 * 60_000 }], 3600);
    log = addStudyTime(log, 'b', [{ date: '2026-11-20', kind: 'read', ms: 5 * 60_000 }], 3600);
    expect(log.days['2026-11-20']).toEqual({ a: { read: 3000, media: 600 }, b: { read: 300, media: 0 } });
  });

  it('keeps the first completion date of a lesson', () => {
    expect(completeLesson(completeLesson(emptyLog(), 'x', '2026-11-01'), 'x', '2026-11-05').lessons).toEqual({
      x: '2026-11-01',
    });
  });

  it('records one daily attempt per day', () => {
    const log = addAttempt(emptyLog(), attempt({ id: 'd', kind: 'daily', date: '2026-11-26' }));
    expect(dailyAttemptOn(log, '2026-11-26')?.id).toBe('d');
    expect(dailyAttemptOn(log, '2026-11-27')).toBeUndefined();
  });
});

describe('merge', () => {
  it('is idempotent: merging a log into itself changes nothing', () => {
    expect(mergeLogs(sample(), sample())).toEqual(sample());
  });
  it('unites two devices: larger times, earlier lessons, all attempts once', () => {
    let other = addStudyTime(emptyLog(), 'lessons/one', [{ date: '2026-11-20', kind: 'read', ms: 60_000 }], 3600);
    other = addStudyTime(other, 'articles/x', [{ date: '2026-11-22', kind: 'read', ms: 60_000 }], 3600);
    other = completeLesson(other, 'one', '2026-11-18');
    other = addAttempt(other, attempt({ id: 'a2', date: '2026-11-22' }));
    const merged = mergeLogs(sample(), other);
    expect(merged.days['2026-11-20']!['lessons/one']).toEqual({ read: 600, media: 0 });
    expect(merged.days['2026-11-22']!['articles/x']).toEqual({ read: 60, media: 0 });
    expect(merged.lessons.one).toBe('2026-11-18');
    expect(merged.attempts.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(mergeLogs(merged, other)).toEqual(merged);
  });
  it('keeps only the first daily attempt of a day across devices', () => {
    const a = addAttempt(emptyLog(), attempt({ id: 'd1', kind: 'daily', date: '2026-11-26' }));
    const b = addAttempt(emptyLog(), attempt({ id: 'd2', kind: 'daily', date: '2026-11-26' }));
    expect(mergeLogs(a, b).attempts.map((x) => x.id)).toEqual(['d1']);
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    expect(parseExport(exportLog(sample(), new Date('2026-11-26T00:00:00Z')))).toEqual(sample());
  });

  it.each([
    [
      'an unreadable file',
      '{oops',
      '无法读取这个文件（可能不完整）。请选择“备份学习记录”得到的备份文件 / not a study log backup (unreadable)',
    ],
    [
      'another JSON file',
      '{"name":"x"}',
      '这不是本网站的学习记录备份文件。请选择“备份学习记录”得到的备份文件 / not a study log backup of this site',
    ],
    [
      'a monthly record meant for the secretary',
      '{"format":"dangjian-study-month","version":1}',
      '这是提交给支部的月度学习记录，不能用来恢复。请选择“备份学习记录”得到的备份文件 / a monthly submission, not a backup',
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'dangjian-study-log', log: { version: 9 } }),
      '学习记录的版本（9）无法识别：请用本网站“备份学习记录”得到的文件 / unsupported study record version',
    ],
    [
      'negative minutes',
      JSON.stringify({
        format: 'dangjian-study-log',
        log: { version: 1, days: { '2026-11-01': { p: { read: -5, media: 0 } } }, lessons: {}, attempts: [] },
      }),
      '文件内容有误：days.2026-11-01.p 学习时间应为非负秒数 / invalid study record at days.2026-11-01.p',
    ],
    [
      'a bad attempt date',
      JSON.stringify({
        format: 'dangjian-study-log',
        log: { ...sample(), attempts: [attempt({ date: '26/11/2026' })] },
      }),
      '文件内容有误：attempts.0.date 日期应为 YYYY-MM-DD / invalid study record at attempts.0.date',
    ],
  ])('rejects %s with a clear message', (_name, text, message) => {
    expect(() => parseExport(text)).toThrow(message);
  });
});

describe('storage', () => {
  it('saves and loads', () => {
    const storage = memoryStorage();
    expect(saveLog(storage, sample())).toBe(true);
    expect(loadLog(storage)).toEqual(sample());
  });
  it('a refusing storage (private mode, quota) does not throw', () => {
    const refusing: LogStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadLog(refusing)).toEqual(emptyLog());
    expect(saveLog(refusing, sample())).toBe(false);
    expect(updateLog(refusing, (log) => completeLesson(log, 'x', '2026-11-26'))).toMatchObject({
      saved: false,
      log: { lessons: { x: '2026-11-26' } },
    });
    expect(loadLog(undefined)).toEqual(emptyLog());
  });
  it('damaged storage reads as an empty log', () => {
    const storage = memoryStorage();
    storage.data.set(STUDY_LOG_KEY, '{"version":1,"days":[]}');
    expect(loadLog(storage)).toEqual(emptyLog());
    expect(storageUsable(storage)).toBe(false);
  });
  it('never overwrites a record it cannot read (e.g. written by a newer version of the site)', () => {
    const storage = memoryStorage();
    const newer = JSON.stringify({ version: 2, anything: true });
    storage.data.set(STUDY_LOG_KEY, newer);
    expect(updateLog(storage, (log) => completeLesson(log, 'a', '2026-11-26')).saved).toBe(false);
    expect(storage.data.get(STUDY_LOG_KEY)).toBe(newer);
  });
  it('an empty storage is usable', () => {
    expect(storageUsable(memoryStorage())).toBe(true);
  });
  it('update reads before writing, so two tabs add up', () => {
    const storage = memoryStorage();
    updateLog(storage, (log) => completeLesson(log, 'a', '2026-11-26'));
    updateLog(storage, (log) => completeLesson(log, 'b', '2026-11-26'));
    expect(Object.keys(loadLog(storage).lessons)).toEqual(['a', 'b']);
  });
});
