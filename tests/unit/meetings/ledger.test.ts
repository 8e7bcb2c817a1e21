import { describe, expect, it } from 'vitest';
import {
  attendanceByMember,
  attendanceRate,
  checkRules,
  countAttendance,
  arrangedFor,
  dueNow,
  groupsOf,
  periodsOf,
  type LedgerMeeting,
} from '../../../src/lib/meetings/ledger';
import { MEETING_RULES, type MeetingRule } from '../../../src/lib/meetings/rules';

let n = 0;
const meeting = (date: string, kind: LedgerMeeting['kind'], extra: Partial<LedgerMeeting> = {}): LedgerMeeting => ({
  id: `m${(n += 1)}`,
  kind,
  title: kind,
  date,
  start: '14:30',
  end: '16:00',
  audience: '全体党员',
  status: '按计划举行',
  ...extra,
});
const assembly = MEETING_RULES.filter((rule) => rule.kind === '党员大会');
const states = (checks: ReturnType<typeof checkRules>) => Object.fromEntries(checks.map((c) => [c.label, c.state]));

describe('the rule checks', () => {
  it('flags a quarter without a 党员大会 and not one with it', () => {
    const meetings = [
      meeting('2026-02-10', '党员大会'),
      meeting('2026-05-10', '党员大会'),
      meeting('2026-11-10', '党员大会'),
    ];
    expect(states(checkRules(meetings, 2026, '2027-01-05', assembly))).toEqual({
      第一季度: 'held',
      第二季度: 'held',
      第三季度: 'missing',
      第四季度: 'held',
    });
  });

  it('does not count a cancelled meeting, nor one of another year', () => {
    const meetings = [meeting('2026-02-10', '党员大会', { status: '已取消' }), meeting('2025-02-10', '党员大会')];
    expect(checkRules(meetings, 2026, '2026-12-07', assembly)[0]!.state).toBe('missing');
  });

  it('counts a period’s last day as part of it', () => {
    expect(checkRules([], 2026, '2026-03-31', assembly)[0]!.state).toBe('due');
    expect(checkRules([], 2026, '2026-04-01', assembly)[0]!.state).toBe('missing');
  });

  it('leaves a running period due, not missing, and a planned meeting not yet held', () => {
    const meetings = [meeting('2026-12-20', '党员大会')];
    const checks = checkRules(meetings, 2026, '2026-12-07', assembly);
    expect(checks.at(-1)!.state).toBe('due');
    expect(dueNow(checks, '2026-12-07').map((c) => c.period)).toEqual(['2026-Q4']);
    // The help page says it is arranged; a cancelled one or one of another quarter is not.
    const later = [
      ...meetings,
      meeting('2026-12-21', '党员大会', { status: '已取消' }),
      meeting('2027-01-08', '党员大会'),
    ];
    expect(arrangedFor(checks.at(-1)!, later, '2026-12-07').map((m) => m.date)).toEqual(['2026-12-20']);
  });

  it('checks February of a leap year to its 29th day', () => {
    expect(periodsOf('month', 2028)[1]!.last).toBe('2028-02-29');
    expect(periodsOf('month', 2026)[1]!.last).toBe('2026-02-28');
    expect(periodsOf('quarter', 2028)[0]).toMatchObject({ first: '2028-01-01', last: '2028-03-31' });
    const committee = MEETING_RULES.filter((rule) => rule.kind === '支委会');
    const checks = checkRules([meeting('2028-02-29', '支委会')], 2028, '2028-12-31', committee);
    expect(checks[1]).toMatchObject({ period: '2028-02', state: 'held' });
  });

  it('checks each 党小组 on its own', () => {
    const group = MEETING_RULES.filter((rule) => rule.kind === '党小组会');
    // The second group meets first in January: the ledger still lists the groups in counting order.
    const meetings = [
      meeting('2026-01-15', '党小组会', { audience: '党小组', group: '第一党小组' }),
      meeting('2026-01-14', '党小组会', { audience: '党小组', group: '第二党小组' }),
      meeting('2026-02-11', '党小组会', { audience: '党小组', group: '第一党小组' }),
    ];
    const checks = checkRules(meetings, 2026, '2026-03-01', group).filter((c) => c.period <= '2026-02');
    expect(
      groupsOf([...meetings, meeting('2026-01-16', '党小组会', { audience: '党小组', group: '第十党小组' })]),
    ).toEqual(['第一党小组', '第二党小组', '第十党小组']);
    expect(checks.map((c) => [c.label, c.state])).toEqual([
      ['1月 · 第一党小组', 'held'],
      ['2月 · 第一党小组', 'held'],
      ['1月 · 第二党小组', 'held'],
      ['2月 · 第二党小组', 'missing'],
    ]);
    // A branch without 党小组 has no 党小组会 to hold.
    expect(checkRules([], 2026, '2026-12-31', group)).toEqual([]);
  });

  it('reads a stricter local rule as data: 党课 every quarter', () => {
    const quarterly: MeetingRule[] = [{ ...MEETING_RULES.find((r) => r.kind === '党课')!, period: 'quarter' }];
    const checks = checkRules([meeting('2026-07-01', '党课')], 2026, '2027-01-01', quarterly);
    expect(checks.map((c) => c.state)).toEqual(['missing', 'missing', 'held', 'missing']);
  });

  it('names every rule’s source and article', () => {
    for (const rule of MEETING_RULES) {
      expect(rule.source).toMatch(/^《.+》/);
      // An article, with a note where its number is still to be checked against the official text.
      expect(rule.article).toMatch(/^第.+条(（[^）]+）)?$/);
    }
  });
});

describe('attendance', () => {
  const lines = [
    { member: 'a', status: '出席' as const },
    { member: 'b', status: '请假' as const, reason: '出差' },
    { member: 'c', status: '缺席' as const },
    { member: 'd', status: '出席' as const },
  ];

  it('counts a meeting’s attendance and its rate', () => {
    const count = countAttendance(lines);
    expect(count).toEqual({ present: 2, leave: 1, absent: 1, expected: 4 });
    expect(attendanceRate(count)).toBe(50);
    expect(attendanceRate(countAttendance([]))).toBeUndefined();
  });

  it('adds up each member’s meetings, leaving out those not yet held and cancelled ones', () => {
    const held = meeting('2026-03-01', '主题党日');
    const later = meeting('2026-12-30', '主题党日');
    const cancelled = meeting('2026-04-01', '主题党日', { status: '已取消' });
    const records = new Map([held, later, cancelled].map((m) => [m.id, { meeting: m.id, attendance: lines }]));
    const byMember = attendanceByMember([held, later, cancelled], records, '2026-12-07');
    expect(byMember.get('b')).toEqual({ present: 0, leave: 1, absent: 0, expected: 1 });
    expect(byMember.get('a')).toEqual({ present: 1, leave: 0, absent: 0, expected: 1 });
  });
});
