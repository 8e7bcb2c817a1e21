/**
 * `npm run members:import <folder>` and `npm run members:report`, run as the
 * secretary runs them (the same Node command as package.json) against archives
 * in a temporary MEMBERS_DIR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addAttempt, addStudyTime, completeLesson, emptyLog } from '../../src/lib/study/log';
import { buildSubmission, serializeSubmission, submissionFileName } from '../../src/lib/study/submission';
import { npmScriptArgs } from '../support/npm-script';

const ROOT = join(import.meta.dirname, '../..');
const RULES = {
  readingMinutesPerPoint: 10,
  mediaMinutesPerPoint: 10,
  pointsPerTestPassed: 5,
  pointsPerDailyCorrect: 1,
};
let work: string;
let archives: string;
let inbox: string;

/** Runs an npm script's command line with `node` being this Node (npm's PATH puts the project's Node 24 first). */
function run(script: 'members:import' | 'members:report' | 'members:export', args: string[]) {
  const result = spawnSync(process.execPath, [...npmScriptArgs(script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, MEMBERS_DIR: archives },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const archive = (name: string, extra = '') =>
  `# 测试档案\nname: ${name}\nstage: 正式党员\njoined: 2020-01-01\nbranch: 第一党支部\nstatus: 正常\n${extra}`;

function submission(member: string, minutes: number) {
  let log = addStudyTime(
    emptyLog(),
    'lessons/one',
    [{ date: '2026-11-20', kind: 'read', ms: minutes * 60_000 }],
    24 * 3600,
  );
  log = completeLesson(log, 'one', '2026-11-20');
  log = addAttempt(log, {
    id: `${member}-1`,
    quiz: 't',
    title: '党章测试',
    kind: 'test',
    date: '2026-11-21',
    correct: 9,
    total: 10,
    percent: 90,
    passed: true,
    seconds: 200,
  });
  return buildSubmission(log, {
    member,
    month: '2026-11',
    now: new Date('2026-11-30T12:00:00Z'),
    rules: RULES,
    lessonTitle: (id) => id,
  });
}

const read = (file: string) => readFileSync(join(archives, file), 'utf8');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'members-commands-'));
  archives = join(work, 'members');
  inbox = join(work, 'inbox');
  mkdirSync(archives);
  mkdirSync(inbox);
  writeFileSync(
    join(archives, 'wang-fang.yml'),
    archive(
      '王芳',
      'discussionAccounts:\n  - wangfang-demo\nstudyRecords:\n  - month: 2026-10\n    minutes: 640\n    testsPassed: 3\n',
    ),
  );
  writeFileSync(join(archives, 'li-hua.yml'), archive('李华'));
  for (const [member, minutes] of [
    ['wang-fang', 620],
    ['li-hua', 250],
  ] as const) {
    const s = submission(member, minutes);
    writeFileSync(join(inbox, submissionFileName(member, '2026-11')), serializeSubmission(s));
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('members:import', () => {
  it('merges a folder of files into each member’s archive and says what changed', () => {
    const { code, out } = run('members:import', [inbox]);
    expect(code).toBe(0);
    expect(out).toContain('王芳（');
    expect(out).toContain('  - 2026-11：新增，学习 620 分钟，通过测试 1 项（study-record-wang-fang-2026-11.json）');
    expect(out).toContain('读入 2 个文件，更新 2 份档案，0 份没有变化。');
    const wang = read('wang-fang.yml');
    // The rest of the archive is as the secretary left it, the comment included.
    expect(wang.startsWith('# 测试档案\nname: 王芳\nstage: 正式党员\njoined: 2020-01-01\n')).toBe(true);
    expect(wang).toContain(
      '  - month: 2026-10\n    minutes: 640\n    testsPassed: 3\n  - month: 2026-11\n    minutes: 620\n    testsPassed: 1\n    studyDays: 1\n    lessons: 1\n',
    );
    expect(wang).toContain(
      '        title: 党章测试\n        score: 90\n        passed: true\n    submittedAt: 2026-11-30T20:00:00+0800\n',
    );
    expect(read('li-hua.yml')).toContain('studyRecords:\n  - month: 2026-11\n    minutes: 250\n');
  });

  it('changes nothing when run again with the same files', () => {
    const before = [read('wang-fang.yml'), read('li-hua.yml')];
    const { code, out } = run('members:import', [inbox]);
    expect(code).toBe(0);
    expect(out).toContain('王芳（');
    expect(out).toContain('：没有变化');
    expect(out).toContain('2026-11：与已导入的记录相同，未改动');
    expect([read('wang-fang.yml'), read('li-hua.yml')]).toEqual(before);
  });

  it('writes nothing at all when one file is damaged or has no archive', () => {
    const before = [read('wang-fang.yml'), read('li-hua.yml')];
    const later = join(work, 'later');
    mkdirSync(later);
    writeFileSync(
      join(later, 'wang-fang.json'),
      serializeSubmission({ ...submission('wang-fang', 700), createdAt: '2026-12-01T01:00:00.000Z' }),
    );
    writeFileSync(join(later, 'zhou-lei.txt'), serializeSubmission(submission('zhou-lei', 30), { compact: true }));
    const { code, err } = run('members:import', [later]);
    expect(code).toBe(1);
    expect(err).toContain('没有导入，档案未改动');
    expect(err).toContain('“wang-fang.json”已损坏或被改动过（校验码不符）');
    expect(err).toMatch(/“zhou-lei\.txt”的党员编号 zhou-lei 没有对应的档案（.*members 中没有 zhou-lei\.yml）/);
    expect([read('wang-fang.yml'), read('li-hua.yml')]).toEqual(before);
  });

  it('refuses a file larger than any record by its size, before reading it', () => {
    const big = join(work, 'big');
    mkdirSync(big);
    writeFileSync(
      join(big, submissionFileName('wang-fang', '2026-11')),
      serializeSubmission(submission('wang-fang', 700)),
    );
    // 60 MB, as in the trial; sparse on disk, so only reading it would cost the time and memory.
    writeFileSync(join(big, 'padding.json'), '');
    truncateSync(join(big, 'padding.json'), 60 * 1024 * 1024);
    const before = read('wang-fang.yml');
    const started = Date.now();
    const { code, err } = run('members:import', [big]);
    expect(code).toBe(1);
    expect(err).toContain('“padding.json”有 61440 KB，远大于任何月度学习记录（不超过 256 KB），没有读取');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(read('wang-fang.yml')).toBe(before);
  });

  it('refuses a record whose file is named for another member, as the CMS refuses it on the wrong archive', () => {
    const mixed = join(work, 'mixed');
    mkdirSync(mixed);
    const later = { ...submission('wang-fang', 700) };
    writeFileSync(join(mixed, submissionFileName('li-hua', '2026-11')), serializeSubmission(later));
    const before = [read('wang-fang.yml'), read('li-hua.yml')];
    const { code, err } = run('members:import', [mixed]);
    expect(code).toBe(1);
    expect(err).toContain(
      '“study-record-li-hua-2026-11.json”的文件名是 li-hua 2026-11 的记录，文件里却是党员编号 wang-fang、2026-11 的记录，没有导入',
    );
    expect([read('wang-fang.yml'), read('li-hua.yml')]).toEqual(before);
  });

  it('with --member, imports into that archive only and refuses another member’s file, whatever its name', () => {
    const pasted = join(work, 'pasted');
    mkdirSync(pasted);
    writeFileSync(join(pasted, '微信消息.txt'), serializeSubmission(submission('wang-fang', 700), { compact: true }));
    const before = [read('wang-fang.yml'), read('li-hua.yml')];
    const { code, err } = run('members:import', [pasted, '--member', 'li-hua']);
    expect(code).toBe(1);
    expect(err).toContain('“微信消息.txt”是党员编号 wang-fang 的记录，不属于本档案（li-hua），没有导入');
    expect([read('wang-fang.yml'), read('li-hua.yml')]).toEqual(before);
    expect(run('members:import', [pasted, '--member', 'wang-fang']).code).toBe(0);
  });

  it('explains how to call it without a folder', () => {
    const { code, err } = run('members:import', []);
    expect(code).toBe(2);
    expect(err).toContain('用法：npm run members:import <文件夹>');
  });
});

describe('members:report', () => {
  it('writes the printable page and the CSV outside dist/, with the imported month', () => {
    const out = join(work, 'report');
    const { code, out: stdout } = run('members:report', ['2026-11', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('2 人，有记录 2 人（本人提交 2 人），达标 1 人（50%）');
    const html = readFileSync(join(out, '2026-11.html'), 'utf8');
    expect(html).toContain('<th scope="row">王芳</th><td>正式党员 · 正常</td><td>620</td><td>达标</td>');
    expect(html).toContain('<th scope="row">李华</th><td>正式党员 · 正常</td><td>250</td><td>41%</td>');
    expect(readFileSync(join(out, '2026-11.csv'), 'utf8')).toContain('2026-11,wang-fang,王芳,');
  });

  it('says so when asked for the month still running, and not for a finished one', () => {
    const out = join(work, 'report-now');
    const now = new Date(Date.now() + 8 * 3_600_000).toISOString();
    const month = now.slice(0, 7);
    const day = Number(now.slice(8, 10));
    const running = run('members:report', [month, '--out', out]);
    expect(running.code).toBe(0);
    expect(running.out).toMatch(
      new RegExp(
        `^注意：${Number(month.slice(0, 4))}年${Number(month.slice(5))}月还没有结束：本报告只含截至.*${day}日导入的记录`,
      ),
    );
    expect(readFileSync(join(out, `${month}.html`), 'utf8')).toContain('还没有结束');
    expect(run('members:report', ['2026-11', '--out', out]).out).not.toContain('还没有结束');
  });

  it('refuses a folder inside dist/ and a month that is not a month', () => {
    expect(run('members:report', ['2026-11', '--out', 'dist/report']).err).toContain('报告目录不能在 dist/ 之内');
    expect(run('members:report', ['2026-13']).err).toContain('月份应写成 YYYY-MM');
  });
});

describe('members:export', () => {
  it('writes the CSV and vCards of every archive outside dist/', () => {
    const out = join(work, 'export');
    const { code, out: stdout } = run('members:export', [out]);
    expect(code).toBe(0);
    expect(stdout).toContain('已导出 2 份党员档案');
    expect(readFileSync(join(out, 'members.csv'), 'utf8')).toContain('王芳,正式党员,2020-01-01,第一党支部,正常');
  });

  it('refuses a published folder, and an archive the model rejects, naming the file and the field', () => {
    expect(run('members:export', ['dist/export']).err).toContain('导出目录不能在 dist/ 之内');
    expect(run('members:export', ['public/export']).err).toContain('导出目录不能在 public/ 之内');
    writeFileSync(join(archives, 'zz-bad.yml'), archive('赵宇').replace('status: 正常', 'status: 休假'));
    try {
      const { code, err } = run('members:export', [join(work, 'export-bad')]);
      expect(code).toBe(1);
      expect(err).toContain('党员档案有误，没有导出');
      expect(err).toMatch(/zz-bad\.yml status: /);
    } finally {
      rmSync(join(archives, 'zz-bad.yml'));
    }
  });
});

describe('a record with the name the member typed (no branch service, no personal link)', () => {
  const typed = (name: string, minutes: number) => {
    const { member: _, ...rest } = submission('li-hua', minutes);
    const s = buildSubmission(
      addStudyTime(emptyLog(), 'lessons/one', [{ date: '2026-11-20', kind: 'read', ms: minutes * 60_000 }], 86_400),
      { name, month: '2026-11', now: new Date('2026-11-30T13:00:00Z'), rules: RULES, lessonTitle: (id) => id },
    );
    expect(rest.month).toBe(s.month);
    return s;
  };

  it('is refused without --member, saying how to choose the archive; never matched by name', () => {
    const folder = join(work, 'typed');
    mkdirSync(folder);
    // 李华 is the name of an archive: still no guessing.
    writeFileSync(join(folder, submissionFileName(undefined, '2026-11')), serializeSubmission(typed('李华', 300)));
    const before = read('li-hua.yml');
    const { code, err } = run('members:import', [folder]);
    expect(code).toBe(1);
    expect(err).toContain('“study-record-2026-11.json”是党员自己填写姓名（李华）的记录，没有党员编号');
    expect(err).toContain('--member <档案编号>');
    expect(read('li-hua.yml')).toBe(before);

    const imported = run('members:import', [folder, '--member', 'li-hua']);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('2026-11：换成较新的提交（250 → 300 分钟）');
    expect(imported.out).toContain('文件中党员填写的姓名：李华（请核对是本档案的党员）');
    expect(read('li-hua.yml')).toContain('minutes: 300');
  });

  it('refuses files typed with two different names going into one archive', () => {
    const folder = join(work, 'two-names');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.json'), serializeSubmission(typed('王芳', 30)));
    writeFileSync(join(folder, 'b.json'), serializeSubmission(typed('小王', 40)));
    const { code, err } = run('members:import', [folder, '--member', 'wang-fang']);
    expect(code).toBe(1);
    expect(err).toContain(
      '这几份文件填写的姓名不同：“a.json”（王芳）、“b.json”（小王），不能都导入同一份档案（wang-fang）',
    );
  });
});
