/**
 * Without the branch service, a member says who a monthly record is from by
 * typing their name as they like (issue 34, item 6): the file carries it, and
 * the import takes it only onto the archive the secretary chooses.
 */
import { describe, expect, it } from 'vitest';
import { addStudyTime, emptyLog } from '../../../src/lib/study/log';
import { buildSubmission, submissionFileName, type StudySubmission } from '../../../src/lib/study/submission';
import { ImportRefused, importIntoArchive, parseSubmission } from '../../../src/lib/study/import';
import { contentChecksum } from '../../../src/lib/study/checksum';
import { normaliseMemberName } from '../../../src/lib/members/identity';

const NOW = new Date('2026-11-30T12:00:00Z');
const RULES = {
  readingMinutesPerPoint: 10,
  mediaMinutesPerPoint: 10,
  pointsPerTestPassed: 5,
  pointsPerDailyCorrect: 1,
};
const log = addStudyTime(emptyLog(), 'lessons/one', [{ date: '2026-11-20', kind: 'read', ms: 30 * 60_000 }], 3600);
const typed = (name: string, now = NOW) =>
  buildSubmission(log, { name, month: '2026-11', now, rules: RULES, lessonTitle: (id) => id });
const file = (s: StudySubmission, name = submissionFileName(s.member, s.month)) => ({ name, text: JSON.stringify(s) });
const resign = (s: Record<string, unknown>) => {
  const { checksum: _, ...content } = s;
  return { ...content, checksum: contentChecksum(content) } as unknown as StudySubmission;
};
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefused) return error.problems;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('a typed name', () => {
  it('takes Chinese and spaces as typed, and refuses nothing or a name too long', () => {
    expect(normaliseMemberName('  王芳 ')).toBe('王芳');
    expect(normaliseMemberName('Wang   Fang')).toBe('Wang Fang');
    expect(normaliseMemberName('   ')).toBeUndefined();
    expect(normaliseMemberName('王'.repeat(41))).toBeUndefined();
  });

  it('goes into the file in place of an id, under a name without it', () => {
    const s = typed('王芳');
    expect(s).toMatchObject({ name: '王芳', month: '2026-11' });
    expect(s.member).toBeUndefined();
    expect(submissionFileName(s.member, s.month)).toBe('study-record-2026-11.json');
    expect(parseSubmission(file(s), NOW).name).toBe('王芳');
  });

  it('is refused when it is no name (a file edited and signed again)', () => {
    const bad = resign({ ...typed('王芳'), name: '' });
    expect(refusal(() => parseSubmission(file(bad, 'x.json'), NOW))[0]).toContain('name 应为党员填写的姓名');
    const neither = resign({ ...typed('王芳'), name: undefined });
    expect(refusal(() => parseSubmission(file(neither, 'x.json'), NOW))[0]).toContain('member 应为党员编号');
    const control = resign({ ...typed('王芳'), name: '王\u0007芳' });
    expect(refusal(() => parseSubmission(file(control, 'x.json'), NOW))[0]).toContain('name 应为党员填写的姓名');
  });
});

describe('importing a typed-name record', () => {
  it('goes into the archive the secretary chose, and names what was typed for checking', () => {
    const { records, names } = importIntoArchive('wang-fang', [], [file(typed('王芳'))], NOW);
    expect(records.map((r) => r.minutes)).toEqual([30]);
    expect(names).toEqual(['王芳']);
  });

  it('refuses records typed with different names together, and another member’s id as before', () => {
    const problems = refusal(() =>
      importIntoArchive('wang-fang', [], [file(typed('王芳'), 'a.json'), file(typed('李华'), 'b.json')], NOW),
    );
    expect(problems).toEqual([
      '这几份文件填写的姓名不同：“a.json”（王芳）、“b.json”（李华），不能都导入同一份档案（wang-fang）。请分开导入，每次只选同一位党员的文件。/ files typed with different names cannot all go into wang-fang',
    ]);
    const other = buildSubmission(log, {
      member: 'li-hua',
      month: '2026-11',
      now: NOW,
      rules: RULES,
      lessonTitle: (id) => id,
    });
    expect(refusal(() => importIntoArchive('wang-fang', [], [file(other)], NOW))[0]).toContain(
      '不属于本档案（wang-fang）',
    );
  });
});
