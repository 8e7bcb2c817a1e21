/**
 * The branch service's pure rules (services/branch/ballot-rules.mjs, codes.mjs,
 * routes.mjs) at their edges; the service itself is tested through a real
 * PostgreSQL in tests/integration/branch-service.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  ballotState,
  checkAnswers,
  checkGrades,
  definitionProblems,
  excellentLimit,
  publicResults,
  reviewFingerprint,
} from '../../../services/branch/ballot-rules.mjs';
import { normaliseCode, receiptCode, trackingCode } from '../../../services/branch/codes.mjs';
import { matchRoute, ROUTES } from '../../../services/branch/routes.mjs';

const poll = {
  id: 'theme-day',
  title: '主题党日去哪里',
  kind: 'poll' as const,
  opens: '2026-12-01T08:00:00+08:00',
  closes: '2026-12-05T20:00:00+08:00',
  includeProbationary: true,
  changeable: false,
  questions: [
    {
      id: 'q1',
      text: '方案',
      min: 1,
      max: 1,
      options: [
        { id: 'o1', text: '甲' },
        { id: 'o2', text: '乙' },
      ],
    },
    {
      id: 'q2',
      text: '时间',
      min: 1,
      max: 2,
      options: [
        { id: 'o1', text: '周六' },
        { id: 'o2', text: '周日' },
      ],
    },
  ],
};
const rules = {
  grades: ['优秀', '合格', '基本合格', '不合格'],
  excellent: '优秀',
  excellentMaxShare: 1 / 3,
  rule: '不超过三分之一',
  source: '测试',
};
const candidates = ['a', 'b', 'c', 'd'].map((id, i) => ({ memberId: id, name: `党员${id}`, accountId: i + 1 }));

describe('ballot definitions', () => {
  it('accepts a good one and names what is wrong with a bad one', () => {
    expect(definitionProblems(poll)).toEqual([]);
    expect(definitionProblems({ ...poll, closes: poll.opens })).toEqual(['投票 theme-day：截止时间应晚于开始时间']);
    expect(definitionProblems({ ...poll, opens: '2026-12-01 08:00' })[0]).toContain('北京时间');
    const one = { ...poll, questions: [{ ...poll.questions[0]!, max: 3 }] };
    expect(definitionProblems(one)[0]).toContain('可选个数');
  });

  it('is open from its opening second up to, not including, its closing second (Beijing time)', () => {
    const at = (iso: string) => ballotState(poll, Date.parse(iso));
    expect(at('2026-12-01T07:59:59+08:00')).toBe('upcoming');
    expect(at('2026-12-01T00:00:00Z')).toBe('open');
    expect(at('2026-12-05T11:59:59Z')).toBe('open');
    expect(at('2026-12-05T12:00:00Z')).toBe('closed');
  });
});

describe('poll answers', () => {
  it('takes the choices within the limits, duplicates removed, and refuses the rest in member words', () => {
    expect(checkAnswers(poll, { q1: ['o2'], q2: ['o2', 'o1', 'o1'] })).toEqual({
      ok: true,
      answers: { q1: ['o2'], q2: ['o1', 'o2'] },
    });
    expect(checkAnswers(poll, { q1: [], q2: ['o1'] })).toMatchObject({ ok: false, message: '“方案”请选择 1 项。' });
    expect(checkAnswers(poll, { q1: ['o1'], q2: [] })).toMatchObject({ ok: false, message: '“时间”请选择 1–2 项。' });
    expect(checkAnswers(poll, { q1: ['o3'], q2: ['o1'] }).ok).toBe(false);
    expect(checkAnswers(poll, { q1: ['o1'], q2: ['o1'], q9: ['o1'] }).ok).toBe(false);
  });
});

describe('民主评议', () => {
  it('allows 优秀 for at most the share of those graded, rounding down', () => {
    expect([1, 2, 3, 5, 6, 9, 11, 12].map((n) => excellentLimit(1 / 3, n))).toEqual([0, 0, 1, 1, 2, 3, 3, 4]);
    // A share written with four digits (0.3333) still allows a third of 9, 3 and 12.
    expect([3, 9, 12, 30, 33, 60].map((n) => excellentLimit(0.3333, n))).toEqual([1, 3, 4, 10, 11, 20]);
  });

  it('wants every other member graded once, never oneself, within the share', () => {
    const all = { b: '优秀', c: '合格', d: '基本合格' };
    expect(checkGrades(rules, candidates, 'a', all)).toEqual({ ok: true, grades: all });
    expect(checkGrades(rules, candidates, 'a', { ...all, c: '优秀' })).toMatchObject({ ok: false });
    expect(checkGrades(rules, candidates, 'a', { b: '合格', c: '合格' })).toMatchObject({
      ok: false,
      message: '还没有给党员d评定等次。',
    });
    expect(checkGrades(rules, candidates, 'a', { ...all, a: '合格' }).ok).toBe(false);
    expect(checkGrades(rules, candidates, 'a', { ...all, d: '很好' }).ok).toBe(false);
  });

  it('fingerprints the grades with the voter’s salt, whatever the order they were given in', () => {
    const one = reviewFingerprint('salt-1234567890abcdef', { c: '合格', b: '优秀' });
    expect(one).toMatch(/^[0-9a-f]{16}$/);
    expect(reviewFingerprint('salt-1234567890abcdef', { b: '优秀', c: '合格' })).toBe(one);
    expect(reviewFingerprint('salt-other-567890abcdef', { b: '优秀', c: '合格' })).not.toBe(one);
  });

  it('publishes counts per receipt and totals, never whom a receipt graded', () => {
    const casts = [
      { receipt: 'BBBB', grades: { b: '优秀', c: '合格' }, fingerprint: 'f2' },
      { receipt: 'AAAA', grades: { b: '合格', c: '合格' }, fingerprint: 'f1' },
    ];
    const review = { ...poll, kind: 'review' as const, questions: undefined, review: rules };
    const results = publicResults(review, casts, 3);
    expect(results).toEqual({
      kind: 'review',
      cast: 2,
      eligible: 3,
      totals: { 优秀: 1, 合格: 3, 基本合格: 0, 不合格: 0 },
      receipts: [
        { receipt: 'AAAA', counts: { 优秀: 0, 合格: 2, 基本合格: 0, 不合格: 0 }, fingerprint: 'f1' },
        { receipt: 'BBBB', counts: { 优秀: 1, 合格: 1, 基本合格: 0, 不合格: 0 }, fingerprint: 'f2' },
      ],
    });
  });
});

describe('codes', () => {
  it('gives the same receipt for the same request, another for another ballot or request', () => {
    const receipt = receiptCode('secret', 'theme-day', 'request-0123456789');
    expect(receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(receiptCode('secret', 'theme-day', 'request-0123456789')).toBe(receipt);
    expect(receiptCode('secret', 'other', 'request-0123456789')).not.toBe(receipt);
    expect(receiptCode('other-secret', 'theme-day', 'request-0123456789')).not.toBe(receipt);
  });

  it('reads a tracking code as typed: lower case, spaces, O for 0 and I or L for 1', () => {
    const code = trackingCode('secret', 'request-0123456789');
    expect(code).toMatch(/^(\w{4}-){3}\w{4}$/);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normaliseCode(typed)).toBe(code);
  });
});

describe('routes', () => {
  it('matches each route with its parameters, tells a wrong method from a missing route', () => {
    expect(matchRoute('GET', 'ballots/theme-day/results')).toMatchObject({
      route: { action: 'results' },
      params: { id: 'theme-day' },
    });
    expect(matchRoute('GET', 'inbox.csv')).toMatchObject({ route: { action: 'inboxCsv' } });
    expect(matchRoute('GET', 'inbox/12')).toMatchObject({ route: { action: 'read' }, params: { id: '12' } });
    expect(matchRoute('DELETE', 'ballots/x/cast')).toEqual({ route: undefined, allowed: ['POST'] });
    expect(matchRoute('GET', 'ballots/../../etc')).toEqual({ route: undefined, allowed: [] });
    expect(matchRoute('GET', 'ballots/%E4%B8%AD')).toEqual({ route: undefined, allowed: [] });
  });

  it('names a role for every route', () => {
    for (const route of ROUTES) expect(['anyone', 'signed-in', 'member', 'reader', 'admin']).toContain(route.who);
  });
});
