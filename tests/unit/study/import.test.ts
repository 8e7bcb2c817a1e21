/**
 * The monthly study record from a member's browser to the archive: building the
 * file on 我的学习, reading it back, and merging it month by month (the rules
 * are in the header of src/lib/study/import.ts).
 */
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { stringify } from 'yaml';
import {
  addAttempt,
  addStudyTime,
  completeLesson,
  emptyLog,
  type QuizAttempt,
  type StudyLog,
} from '../../../src/lib/study/log';
import {
  buildSubmission,
  defaultSubmitMonth,
  fileNameMemberMonth,
  previousMonth,
  serializeSubmission,
  submissionFileName,
  type StudySubmission,
} from '../../../src/lib/study/submission';
import {
  beijingTimestamp,
  changedAnything,
  describeChange,
  ImportRefused,
  importIntoArchive,
  mergeSubmissions,
  parseSubmission,
  readSubmissions,
  recordFromSubmission,
  SUBMISSION_LIMITS,
  timestampMs,
  type ArchiveStudyRecord,
} from '../../../src/lib/study/import';
import { canonicalJson, contentChecksum, crc32 } from '../../../src/lib/study/checksum';
import { collectionModel } from '../../../src/model/collections';
import { collectionSchema } from '../../../src/model/to-zod';

const RULES = {
  readingMinutesPerPoint: 10,
  mediaMinutesPerPoint: 10,
  pointsPerTestPassed: 5,
  pointsPerDailyCorrect: 1,
};
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
  seconds: 300.4,
  ...over,
});

/** A member who read 25 minutes on 20 Nov, watched 12 on 21 Nov, 30 on 1 Dec; one lesson, a test, a daily quiz. */
function studied(): StudyLog {
  let log = addStudyTime(
    emptyLog(),
    'lessons/one',
    [{ date: '2026-11-20', kind: 'read', ms: 25 * 60_000 + 30_000 }],
    3600,
  );
  log = addStudyTime(log, 'media/talk', [{ date: '2026-11-21', kind: 'media', ms: 12 * 60_000 }], 3600);
  log = addStudyTime(log, 'articles/x', [{ date: '2026-12-01', kind: 'read', ms: 30 * 60_000 }], 3600);
  log = completeLesson(log, 'one', '2026-11-20');
  log = addAttempt(log, attempt());
  log = addAttempt(log, attempt({ id: 'a2', percent: 40, correct: 4, passed: false, date: '2026-11-22' }));
  return addAttempt(
    log,
    attempt({
      id: 'd1',
      quiz: 'daily-practice',
      title: '每日答题',
      kind: 'daily',
      date: '2026-11-21',
      correct: 3,
      total: 5,
      percent: 60,
    }),
  );
}

const NOV_END = new Date('2026-11-30T12:00:00Z'); // 30 Nov, 20:00 in Beijing
const submit = (over: { member?: string; month?: string; now?: Date; log?: StudyLog } = {}) =>
  buildSubmission(over.log ?? studied(), {
    member: over.member ?? 'wang-fang',
    month: over.month ?? '2026-11',
    now: over.now ?? NOV_END,
    rules: RULES,
    lessonTitle: (id) => `党章学习 · ${id}`,
  });
const file = (submission: StudySubmission, name = submissionFileName(submission.member, submission.month)) => ({
  name,
  text: serializeSubmission(submission),
});
const DEC_5 = new Date('2026-12-05T02:00:00Z');

/** Re-signs edited content, as a member with a text editor and the source code could. */
const resign = (s: StudySubmission): StudySubmission => {
  const { checksum: _, ...content } = s;
  return { ...content, checksum: contentChecksum(content) };
};

function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefused) return error.problems;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('the checksum', () => {
  it('is the standard CRC-32 and ignores key order and indentation', () => {
    expect(crc32('123456789')).toBe('cbf43926');
    expect(crc32('学习')).toBe(crc32('学习'));
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: '三' }] })).toBe('{"a":[{"c":"三","d":2}],"b":1}');
    expect(contentChecksum(JSON.parse(JSON.stringify({ a: 1, b: 2 }, null, 4)))).toBe(contentChecksum({ b: 2, a: 1 }));
  });
});

describe('a member’s monthly file', () => {
  it('holds the month’s minutes per day, lessons, tests with scores and points, named for the member and month', () => {
    const s = submit();
    expect(submissionFileName('wang-fang', '2026-11')).toBe('study-record-wang-fang-2026-11.json');
    expect(s).toMatchObject({
      format: 'dangjian-study-month',
      version: 1,
      member: 'wang-fang',
      month: '2026-11',
      createdAt: '2026-11-30T12:00:00.000Z',
    });
    // 25.5 + 12 minutes: seconds add up before rounding down, as 我的学习 shows.
    expect(s.record.minutes).toBe(37);
    expect(s.record.days).toEqual({ '2026-11-20': 25, '2026-11-21': 12 });
    expect(s.record.lessons).toEqual([{ id: 'one', title: '党章学习 · one', date: '2026-11-20' }]);
    expect(s.record.tests.map((t) => [t.id, t.percent, t.passed, t.seconds])).toEqual([
      ['a1', 80, true, 300],
      ['a2', 40, false, 300],
      ['d1', 60, true, 300],
    ]);
    // The daily quiz is practice: it counts in the points, not as a test passed.
    expect(s.record.testsPassed).toBe(1);
    // reading 25 → 2, media 12 → 1, one test passed → 5, daily 3 correct → 3
    expect(s.record.points).toBe(11);
    expect(s.checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
  });

  it('gives minutes per day that add up to the month’s total, though each day rounds down', () => {
    // Three days of 30.5 minutes: 91 minutes in the month, 30 on each day when rounded alone.
    const log = [20, 21, 22].reduce(
      (l, day) => addStudyTime(l, 'articles/x', [{ date: `2026-11-${day}`, kind: 'read', ms: 30.5 * 60_000 }], 3600),
      emptyLog(),
    );
    const { record } = submit({ log });
    expect(record.minutes).toBe(91);
    expect(record.days).toEqual({ '2026-11-20': 31, '2026-11-21': 30, '2026-11-22': 30 });
    expect(parseSubmission(file(submit({ log })), DEC_5).record.minutes).toBe(91);
  });

  it('knows its own name again, also as a browser or chat app renames a second copy', () => {
    const named = { member: 'wang-fang', month: '2026-11' };
    for (const name of [
      'study-record-wang-fang-2026-11.json',
      'study-record-wang-fang-2026-11 (1).json',
      'study-record-wang-fang-2026-11(2).JSON',
      'study-record-wang-fang-2026-11.txt',
    ])
      expect(fileNameMemberMonth(name), name).toEqual(named);
    for (const name of ['wang-fang.json', '粘贴的内容', 'study-record-2026-11.json'])
      expect(fileNameMemberMonth(name), name).toBeUndefined();
    // A renamed copy is still checked against what it holds.
    expect(parseSubmission(file(submit(), 'study-record-wang-fang-2026-11 (1).json'), DEC_5).member).toBe('wang-fang');
  });

  it('reads back whatever the indentation (downloaded or pasted from a chat)', () => {
    const s = submit();
    expect(parseSubmission({ name: 'a.json', text: serializeSubmission(s, { compact: true }) }, DEC_5)).toEqual(s);
    expect(parseSubmission({ name: 'a.txt', text: `\uFEFF  ${serializeSubmission(s)}\n` }, DEC_5)).toEqual(s);
  });
});

describe('a file that cannot be imported', () => {
  const s = submit();
  const cases: [string, () => { name: string; text: string }, RegExp][] = [
    [
      'cut short',
      () => ({ name: 'a.json', text: serializeSubmission(s).slice(0, 200) }),
      /^“a\.json”不是学习记录文件（无法读取/,
    ],
    [
      'a backup, not a monthly record',
      () => ({ name: 'b.json', text: JSON.stringify({ format: 'dangjian-study-log', version: 1, log: emptyLog() }) }),
      /^“b\.json”不是“我的学习”生成的月度学习记录。如果是“备份学习记录”/,
    ],
    [
      'from a newer site',
      () => ({ name: 'c.json', text: JSON.stringify({ ...s, version: 2 }) }),
      /^“c\.json”的格式版本（2）无法识别/,
    ],
    [
      'edited by hand',
      () => ({ name: 'd.json', text: serializeSubmission({ ...s, record: { ...s.record, minutes: 6000 } }) }),
      /^“d\.json”已损坏或被改动过（校验码不符）/,
    ],
    [
      'without a checksum',
      () => ({ name: 'e.json', text: JSON.stringify({ ...s, checksum: undefined }) }),
      /校验码不符/,
    ],
    [
      'with a day outside its month',
      () => ({
        name: 'f.json',
        text: serializeSubmission(resign({ ...s, record: { ...s.record, days: { '2026-12-01': 5 } } })),
      }),
      /^“f\.json”内容有误：record\.days\.2026-12-01 应为该月内的日期/,
    ],
    [
      'with a negative minute count',
      () => ({ name: 'g.json', text: serializeSubmission(resign({ ...s, record: { ...s.record, minutes: -1 } })) }),
      /record\.minutes 应为不小于 0 的整数/,
    ],
    [
      'with a bad member id',
      () => ({ name: 'h.json', text: serializeSubmission(resign({ ...s, member: '王芳' })) }),
      /member 应为党员编号/,
    ],
    [
      'larger than any record (refused before it is parsed)',
      () => ({ name: 'big.json', text: `${serializeSubmission(s)}${' '.repeat(SUBMISSION_LIMITS.bytes)}` }),
      /^“big\.json”有 2\d\d KB，远大于任何月度学习记录（不超过 256 KB），没有读取/,
    ],
    [
      'larger than any record in bytes, though not in characters (as pasted: the same bound as a file’s size)',
      () => ({ name: 'zh.txt', text: `${serializeSubmission(s).slice(0, -2)},"note":"${'学'.repeat(90_000)}"}` }),
      /^“zh\.txt”有 2\d\d KB，远大于任何月度学习记录/,
    ],
    [
      'with more lessons than any month holds, each valid (a checksum does not make it a record)',
      () => {
        const lessons = Array.from({ length: 301 }, (_, i) => ({ id: `l${i}`, title: '课', date: '2026-11-20' }));
        return { name: 'i.json', text: serializeSubmission(resign({ ...s, record: { ...s.record, lessons } })) };
      },
      /record\.lessons 有 301 项，一个月的记录不会超过 300 项/,
    ],
    [
      'with a month total that is not the sum of its days',
      () => ({ name: 'j.json', text: serializeSubmission(resign({ ...s, record: { ...s.record, minutes: 99_999 } })) }),
      /^“j\.json”内容有误：record\.minutes 应等于各天分钟数之和（37）/,
    ],
    [
      'with a day over 1,440 minutes, named as such',
      () => ({
        name: 'k.json',
        text: serializeSubmission(
          resign({ ...s, record: { ...s.record, minutes: 2012, days: { '2026-11-20': 2000, '2026-11-21': 12 } } }),
        ),
      }),
      /record\.days\.2026-11-20 应为 0 到 1440 之间的整数（一天只有 1440 分钟）/,
    ],
    [
      'with more tests passed than its tests show',
      () => ({ name: 'l.json', text: serializeSubmission(resign({ ...s, record: { ...s.record, testsPassed: 9 } })) }),
      /record\.testsPassed 应等于记录中通过的测试数（1）/,
    ],
    [
      'with a day after the file was made',
      // Made on 20 November in Beijing, yet it holds the 21st's study and the 22nd's test.
      () => file(submit({ now: new Date('2026-11-20T12:00:00Z') }), 'm.json'),
      /record\.days\.2026-11-21 晚于文件的生成日期（2026-11-20）/,
    ],
    [
      'named for another member than the one inside',
      () => file(s, 'study-record-li-hua-2026-11.json'),
      /^“study-record-li-hua-2026-11\.json”的文件名是 li-hua 2026-11 的记录，文件里却是党员编号 wang-fang、2026-11 的记录/,
    ],
  ];
  it.each(cases)('is refused, naming the file and the fix: %s', (_, make, message) => {
    const problems = refusal(() => parseSubmission(make(), DEC_5));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(problems[0]).toMatch(/\/ [^/]*[a-z]+/); // and in English
  });
});

describe('month boundaries in Beijing time', () => {
  // 2026-11-30T16:30Z is already 1 December, 00:30, in Beijing.
  const justAfterMidnight = new Date('2026-11-30T16:30:00Z');

  it('accepts December as soon as it has begun in Beijing, though it is still November in UTC', () => {
    const s = submit({ month: '2026-12', now: justAfterMidnight });
    expect(parseSubmission(file(s), justAfterMidnight).month).toBe('2026-12');
  });

  it('calls a future month’s file what it is, whatever its dates', () => {
    // A phone's clock a year ahead: the month is in the future, its days are nowhere near it.
    const ahead = resign({ ...submit(), month: '2027-11' });
    expect(refusal(() => parseSubmission(file(ahead, 'n.json'), DEC_5))).toEqual([
      expect.stringMatching(/^“n\.json”是 2027-11 的记录，而北京时间现在是 2026-12：不能导入未来月份的记录/),
    ]);
  });

  it('refuses a month that has not begun in Beijing', () => {
    const s = resign({ ...submit({ month: '2026-12', now: justAfterMidnight }) });
    const beforeMidnight = new Date('2026-11-30T15:59:00Z'); // 23:59 on 30 November in Beijing
    expect(refusal(() => parseSubmission(file(s, 'dec.json'), beforeMidnight))).toEqual([
      '“dec.json”是 2026-12 的记录，而北京时间现在是 2026-11：不能导入未来月份的记录（请检查党员手机的日期设置）。/ dec.json: month 2026-12 is in the future',
    ]);
  });

  it('refuses a file made before its month began, or in the future', () => {
    const early = resign({
      ...submit({ month: '2026-12', now: justAfterMidnight }),
      createdAt: '2026-11-30T15:00:00.000Z',
    });
    expect(refusal(() => parseSubmission(file(early, 'e.json'), DEC_5))[0]).toBe(
      '“e.json”是 2026-12 的记录，却在该月开始之前（2026-11-30T23:00:00+0800）生成，内容不可信。请让党员重新生成。/ e.json: made before its month began',
    );
    const ahead = submit({ month: '2026-12', now: new Date(DEC_5.getTime() + 60 * 60_000) });
    expect(refusal(() => parseSubmission(file(ahead, 'f.json'), DEC_5))[0]).toMatch(
      /^“f\.json”的生成时间（2026-12-05T11:00:00\+0800）晚于现在/,
    );
    // A clock a few minutes fast is no reason to refuse.
    const slightlyAhead = submit({ month: '2026-12', now: new Date(DEC_5.getTime() + 5 * 60_000) });
    expect(parseSubmission(file(slightlyAhead), DEC_5).month).toBe('2026-12');
  });
});

describe('merging into an archive', () => {
  const manual: ArchiveStudyRecord = { month: '2026-10', minutes: 640, testsPassed: 3 };
  const nov = submit();

  it('adds a new month with the figures and when it was submitted (Beijing time)', () => {
    const { records, changes } = importIntoArchive('wang-fang', [manual], [file(nov)], DEC_5);
    expect(records).toEqual([
      manual,
      {
        month: '2026-11',
        minutes: 37,
        testsPassed: 1,
        studyDays: 2,
        lessons: 1,
        points: 11,
        tests: [
          { date: '2026-11-20', title: '结业测试', score: 80, passed: true },
          { date: '2026-11-22', title: '结业测试', score: 40, passed: false },
        ],
        submittedAt: '2026-11-30T20:00:00+0800',
      },
    ]);
    expect(changes.map(describeChange)).toEqual(['2026-11：新增，学习 37 分钟，通过测试 1 项']);
    expect(changedAnything(changes)).toBe(true);
  });

  it('is idempotent: the same file again, or twice in one import, changes nothing', () => {
    const once = importIntoArchive('wang-fang', [manual], [file(nov)], DEC_5);
    const twice = importIntoArchive('wang-fang', once.records, [file(nov), file(nov, 'copy.json')], DEC_5);
    expect(twice.records).toEqual(once.records);
    expect(twice.changes.map((c) => c.kind)).toEqual(['same', 'same']);
    expect(changedAnything(twice.changes)).toBe(false);
    expect(describeChange(twice.changes[0]!)).toBe('2026-11：与已导入的记录相同，未改动');
  });

  it('keeps the newest submission of a month, in whichever order the files come', () => {
    const later = submit({
      now: DEC_5,
      log: addStudyTime(studied(), 'lessons/two', [{ date: '2026-11-29', kind: 'read', ms: 20 * 60_000 }], 3600),
    });
    const a = importIntoArchive('wang-fang', [], [file(nov, 'early.json'), file(later, 'late.json')], DEC_5);
    const b = importIntoArchive('wang-fang', [], [file(later, 'late.json'), file(nov, 'early.json')], DEC_5);
    expect(a.records).toEqual(b.records);
    expect(a.records[0]).toMatchObject({ minutes: 57, submittedAt: '2026-12-05T10:00:00+0800' });
    // One by one: the newer replaces, the older afterwards changes nothing.
    const first = importIntoArchive('wang-fang', [], [file(nov)], DEC_5);
    const second = importIntoArchive('wang-fang', first.records, [file(later)], DEC_5);
    expect(second.changes.map(describeChange)).toEqual(['2026-11：换成较新的提交（37 → 57 分钟）']);
    const third = importIntoArchive('wang-fang', second.records, [file(nov)], DEC_5);
    expect(third.records).toEqual(second.records);
    expect(describeChange(third.changes[0]!)).toBe(
      '2026-11：档案中已有更新的提交（2026-12-05T10:00:00+0800），这份较旧，未改动',
    );
  });

  it('replaces a month typed by hand and says so with the old figure; keeps the secretary’s own extra fields', () => {
    const typed: ArchiveStudyRecord = { month: '2026-11', minutes: 560, testsPassed: 0, remark: '纸质档案录入' };
    const { records, changes } = importIntoArchive('wang-fang', [typed], [file(nov)], DEC_5);
    expect(describeChange(changes[0]!)).toBe('2026-11：用文件替换手工录入的记录（原 560 分钟 → 37 分钟）');
    expect(records[0]).toMatchObject({ minutes: 37, remark: '纸质档案录入' });
  });

  it('keeps a correction the secretary made to an imported month when the same file comes again, and says they differ', () => {
    const imported = importIntoArchive('wang-fang', [], [file(nov)], DEC_5).records;
    const corrected = [{ ...imported[0]!, minutes: 30 }];
    const again = importIntoArchive('wang-fang', corrected, [file(nov)], DEC_5);
    expect(again.records).toEqual(corrected);
    expect(again.changes.map(describeChange)).toEqual([
      '2026-11：这份文件与档案中的记录生成时间相同（2026-11-30T20:00:00+0800），内容却不同（档案 30 分钟，文件 37 分钟），未改动。如果档案是您手工改过的，无需处理；否则请让党员重新生成并发送。',
    ]);
  });

  it('calls a file identical only when its content is: the same time with other figures is not', () => {
    const first = importIntoArchive('wang-fang', [], [file(nov)], DEC_5);
    // Made at the same second on another device, with more study in it.
    const log = addStudyTime(studied(), 'articles/y', [{ date: '2026-11-23', kind: 'read', ms: 40 * 60_000 }], 3600);
    const twin = submit({ log });
    expect(twin.createdAt).toBe(nov.createdAt);
    const second = importIntoArchive('wang-fang', first.records, [file(twin, 'twin.json')], DEC_5);
    expect(second.records).toEqual(first.records);
    expect(changedAnything(second.changes)).toBe(false);
    expect(second.changes.map((c) => c.kind)).toEqual(['sameTimeDifferent']);
    expect(describeChange(second.changes[0]!)).toMatch(
      /^2026-11：这份文件与档案中的记录生成时间相同.*（档案 37 分钟，文件 77 分钟）/,
    );
    // The identical file is still called identical.
    expect(importIntoArchive('wang-fang', first.records, [file(nov)], DEC_5).changes.map(describeChange)).toEqual([
      '2026-11：与已导入的记录相同，未改动',
    ]);
  });

  it('refuses a file of another member, and then writes nothing at all', () => {
    const other = submit({ member: 'li-hua' });
    const problems = refusal(() =>
      importIntoArchive('wang-fang', [manual], [file(nov), file(other, 'li.json')], DEC_5),
    );
    expect(problems).toEqual([
      '“li.json”是党员编号 li-hua 的记录，不属于本档案（wang-fang），没有导入。请把它导入到 li-hua 的档案中。/ li.json: belongs to li-hua, not wang-fang',
    ]);
  });

  it('refuses the whole import when one file is damaged, listing every bad file', () => {
    const damaged = { name: 'bad.json', text: '{"format":"dangjian-study-month"' };
    const future = resign({ ...submit({ month: '2027-01', now: new Date('2027-01-02T00:00:00Z') }) });
    const problems = refusal(() =>
      importIntoArchive(
        'wang-fang',
        [],
        [file(nov), damaged, file(future, 'jan.json'), file(submit({ member: 'li-hua' }), 'li.json')],
        DEC_5,
      ),
    );
    expect(problems).toHaveLength(3);
    expect(problems[2]).toMatch(/^“li\.json”是党员编号 li-hua 的记录/);
    expect(problems[0]).toMatch(/^“bad\.json”不是学习记录文件/);
    expect(problems[1]).toMatch(/^“jan\.json”是 2027-01 的记录/);
  });

  it('merges several months of one member at once, sorted by month', () => {
    const dec = submit({ month: '2026-12', now: DEC_5 });
    const { read, problems } = readSubmissions([file(dec), file(nov)], DEC_5);
    expect(problems).toEqual([]);
    const { records } = mergeSubmissions('wang-fang', [manual], read);
    expect(records.map((r) => [r.month, r.minutes])).toEqual([
      ['2026-10', 640],
      ['2026-11', 37],
      ['2026-12', 30],
    ]);
  });
});

describe('what the archive stores', () => {
  it('passes the archive schema of the content model', () => {
    const schema = collectionSchema(collectionModel('members'));
    const record = recordFromSubmission(submit());
    const archive = {
      name: '王芳',
      stage: '正式党员',
      joined: '2020-11-20',
      branch: '第一党支部',
      status: '正常',
      studyRecords: [record],
    };
    expect(schema.safeParse(archive).success).toBe(true);
  });

  it('keeps 提交时间 as text through the CMS’s YAML writer and the build’s YAML reader', () => {
    const stamp = beijingTimestamp('2026-11-30T12:00:05.250Z');
    expect(stamp).toBe('2026-11-30T20:00:05+0800');
    const written = stringify({ studyRecords: [{ month: '2026-11', submittedAt: stamp }] });
    expect((yaml.load(written) as { studyRecords: { submittedAt: unknown }[] }).studyRecords[0]!.submittedAt).toBe(
      stamp,
    );
    expect(timestampMs(stamp)).toBe(Date.parse('2026-11-30T12:00:05Z'));
    expect(timestampMs('2026-11-30T20:00:05+08:00')).toBe(timestampMs(stamp));
    expect(timestampMs(new Date('2026-11-30T12:00:05Z'))).toBe(timestampMs(stamp));
  });
});

describe('which month 我的学习 offers to submit', () => {
  const months = ['2026-12', '2026-11', '2026-09'];
  it.each([
    ['2026-12-03', '2026-11', 'early in a month: last month, which is due'],
    ['2026-12-07', '2026-11', 'the last day of that grace'],
    ['2026-12-08', '2026-12', 'later: this month'],
  ])('on %s: %s (%s)', (today, expected) => {
    expect(defaultSubmitMonth(today, months)).toBe(expected);
  });
  it('this month when last month has no record, across a new year too', () => {
    expect(defaultSubmitMonth('2026-11-02', ['2026-11', '2026-09'])).toBe('2026-11');
    expect(defaultSubmitMonth('2027-01-02', ['2027-01', '2026-12'])).toBe('2026-12');
    expect(previousMonth('2027-01')).toBe('2026-12');
  });
});
