import { describe, expect, it } from 'vitest';
import {
  defaultReportMonth,
  isReflectionThread,
  monthlyReport,
  reflectionsByAccount,
  type ReportMember,
} from '../../../src/lib/members/report';
import { reportCsv, reportHtml, talkNote } from '../../../src/lib/members/report-output';
import type { SnapshotDiscussion } from '../../../src/lib/discussion/snapshot';

const member = (over: Partial<ReportMember> & Pick<ReportMember, 'id' | 'name'>): ReportMember => ({
  stage: '正式党员',
  status: '正常',
  joined: '2020-01-01',
  studyRecords: [],
  discussionAccounts: [],
  ...over,
});

const thread = (term: string | null, posts: [string, string][], poll = false): SnapshotDiscussion => ({
  number: 1,
  title: term ?? 'x',
  url: '',
  createdAt: '2026-06-01T00:00:00Z',
  author: 'giscus',
  category: 'Comments',
  term,
  comments: posts.length,
  replies: 0,
  reactions: {},
  poll: poll ? { question: 'q', totalVotes: 0, options: [] } : null,
  posts: posts.map(([author, date]) => ({ author, date, text: '体会' })),
});

const discussions = [
  thread('lessons/constitution-1', [
    ['WangFang-Demo', '2026-11-03T02:00:00Z'],
    ['wangfang-demo', '2026-11-30T16:30:00Z'],
    ['lihua-demo', '2026-11-10T00:00:00Z'],
  ]),
  thread('topics/mobile-members', [['wangfang-demo', '2026-10-31T16:10:00Z']]), // 1 November in Beijing
  thread('feedback/site', [['wangfang-demo', '2026-11-05T00:00:00Z']]),
  thread('polls/2026-12-theme-day', [['wangfang-demo', '2026-11-05T00:00:00Z']], true),
  thread(null, [['wangfang-demo', '2026-11-05T00:00:00Z']]),
];

const members: ReportMember[] = [
  member({
    id: 'wang-fang',
    name: '王芳',
    discussionAccounts: ['wangfang-demo'],
    studyRecords: [
      { month: '2026-09', minutes: 700 },
      { month: '2026-10', minutes: 640 },
      {
        month: '2026-11',
        minutes: 620,
        testsPassed: 2,
        studyDays: 18,
        lessons: 3,
        points: 70,
        submittedAt: '2026-12-01T09:00:00+0800',
      },
    ],
  }),
  member({
    id: 'li-hua',
    name: '李华',
    discussionAccounts: ['lihua-demo', 'li-hua-waline'],
    studyRecords: [
      { month: '2026-09', minutes: 100 },
      { month: '2026-11', minutes: 300, testsPassed: 1 },
    ],
  }),
  member({ id: 'zhao-yu', name: '赵宇', studyRecords: [] }),
  member({ id: 'new-one', name: '新成员', joined: '2026-11-20', stage: '入党申请人' }),
];

describe('the monthly report', () => {
  const report = monthlyReport({ month: '2026-11', target: 600, members, discussions });
  const row = (id: string) => report.rows.find((r) => r.id === id)!;

  it('lists members in pinyin order with the month’s figures and where they came from', () => {
    expect(report.rows.map((r) => r.name)).toEqual(['李华', '王芳', '新成员', '赵宇']);
    expect(row('wang-fang')).toMatchObject({
      source: 'file',
      minutes: 620,
      percent: 100,
      met: true,
      studyDays: 18,
      testsPassed: 2,
      lessons: 3,
      points: 70,
    });
    expect(row('li-hua')).toMatchObject({
      source: 'manual',
      minutes: 300,
      percent: 50,
      met: false,
      testsPassed: 1,
      studyDays: null,
    });
    expect(row('zhao-yu')).toMatchObject({ source: 'none', minutes: null, met: false, testsPassed: null });
  });

  it('counts 学习体会 by the member’s accounts in the month, Beijing time, in content threads only', () => {
    // lessons ×2 (one on 1 Dec in Beijing is out) + topics on 1 Nov in Beijing; not feedback, polls or untermed threads.
    expect(row('wang-fang').reflections).toBe(2);
    expect(row('li-hua').reflections).toBe(1);
    expect(row('zhao-yu').reflections).toBeNull();
    expect(isReflectionThread(discussions[2]!)).toBe(false);
    expect(reflectionsByAccount(discussions, '2026-12').get('wangfang-demo')).toBe(1);
    expect(monthlyReport({ month: '2026-11', target: 600, members }).rows.every((r) => r.reflections === null)).toBe(
      true,
    );
  });

  it('counts months in a row below target back to when the branch began keeping records, not before joining', () => {
    // Branch records begin 2026-09. 李华: Nov 300, Oct none, Sep 100 → 3.
    expect(row('li-hua').monthsBelow).toBe(3);
    expect(row('wang-fang').monthsBelow).toBe(0);
    expect(row('zhao-yu').monthsBelow).toBe(3);
    expect(row('new-one').monthsBelow).toBe(1);
  });

  it('adds up the branch', () => {
    expect(report.totals).toEqual({
      members: 4,
      submitted: 2,
      fromFiles: 1,
      met: 1,
      metPercent: 25,
      minutes: 920,
      averageMinutes: 460,
      testsPassed: 3,
      reflections: 3,
      attention: ['李华', '赵宇'],
    });
  });

  it('suggests what to talk about', () => {
    expect(talkNote(row('zhao-yu'))).toBe('本月未提交学习记录；已连续 3 个月未达标');
    expect(talkNote(row('wang-fang'))).toBe('');
  });

  it('defaults to the last complete month in Beijing', () => {
    expect(defaultReportMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-11');
    expect(defaultReportMonth(new Date('2027-01-10T00:00:00Z'))).toBe('2026-12');
  });
});

describe('the report files', () => {
  const report = monthlyReport({
    month: '2026-11',
    target: 600,
    members: [...members, member({ id: 'x', name: '<b>张"三</b>' })],
    discussions,
  });
  const context = {
    branch: '第一党支部',
    generatedAt: new Date('2026-12-02T01:00:00Z'),
    syncedAt: '2026-11-26T05:03:12Z',
  };

  it('is a printable page that says time is self-reported and a prompt for a talk, not proof', () => {
    const html = reportHtml(report, context);
    expect(html).toContain('<title>第一党支部党员学习情况月报（2026年11月）</title>');
    expect(html).toContain('属于自报数据');
    expect(html).toContain('是支部书记与党员开展谈心谈话的提示，而不是批评或考核的依据');
    expect(html).toContain('生成时间：2026-12-02 09:00（北京时间）');
    expect(html).toContain(
      '<th scope="row">王芳</th><td>正式党员 · 正常</td><td>620</td><td>达标</td><td>18</td><td>2</td><td>3</td><td>70</td><td>2</td><td>0</td><td>本人提交</td>',
    );
    expect(html).toContain(
      '连续 3 个月及以上未达标：3 人（&#60;b&#62;张&#34;三&#60;/b&#62;、李华、赵宇），请安排谈心谈话',
    );
    expect(html).toContain('&#60;b&#62;张&#34;三&#60;/b&#62;');
    expect(html).not.toContain('<b>张');
    expect(html).toContain('size: A4 landscape');
  });

  it('is a CSV Excel opens: the table alone, one row per member, no free text a spreadsheet would read as rows', () => {
    const csv = reportCsv(report);
    expect(csv.startsWith('\uFEFF月份,编号,姓名,阶段,学习分钟数,完成目标')).toBe(true);
    expect(csv).toContain(
      '\r\n2026-11,li-hua,李华,正式党员 · 正常,300,50%,—,1,—,—,1,3,手工录入,已连续 3 个月未达标,600\r\n',
    );
    expect(csv).toContain('"<b>张""三</b>"');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + report.rows.length);
    for (const line of lines.slice(1)) expect(line).toMatch(/^2026-11,/);
    // The notes and totals are on the printable page.
    expect(reportHtml(report, context)).toContain('学习体会合计：3 条');
  });

  it('says first, when the month is not over, that its figures are partial', () => {
    const html = reportHtml(report, { ...context, unfinishedOn: '2026-11-20' });
    expect(html).toContain(
      '<ul class="notes"><li>2026年11月还没有结束：本报告只含截至2026年11月20日导入的记录，不是全月的情况。',
    );
    expect(reportHtml(report, context)).not.toContain('还没有结束');
  });
});
