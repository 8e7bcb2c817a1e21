import { describe, expect, it } from 'vitest';
import {
  checkReceipt,
  readBallotState,
  readCast,
  readDraft,
  readKeptReceipt,
  readResults,
  requestIdFor,
} from '../../../src/lib/branch/ballot-answers';

describe("the service's answers", () => {
  it('reads the state of a ballot, with the member and the members to grade when given', () => {
    expect(readBallotState({ id: 'x', title: 't', state: 'open', turnout: { voted: 3, eligible: 12 } })).toEqual({
      status: 'open',
      turnout: { voted: 3, eligible: 12 },
      candidates: [],
    });
    expect(
      readBallotState({
        state: 'open',
        turnout: { voted: 0, eligible: 2 },
        me: { eligible: false, voted: false, reason: 'not-member' },
        candidates: [{ memberId: 'chen-xiao', name: '陈晓（示例）' }, { memberId: 3 }],
      }),
    ).toEqual({
      status: 'open',
      turnout: { voted: 0, eligible: 2 },
      me: { eligible: false, voted: false, reason: 'not-member' },
      candidates: [{ memberId: 'chen-xiao', name: '陈晓（示例）' }],
    });
    expect(readBallotState({ state: 'maybe' })).toBeUndefined();
    expect(readBallotState('<html>')).toBeUndefined();
  });

  it('reads a receipt, and nothing from an answer without one', () => {
    expect(readCast({ receipt: 'K7QF-3M9A-2XWD', changeKey: 'k', fingerprint: 'f' })).toEqual({
      receipt: 'K7QF-3M9A-2XWD',
      changeKey: 'k',
      fingerprint: 'f',
    });
    expect(readCast({ receipt: '' })).toBeUndefined();
    expect(readKeptReceipt('{"receipt":"A"}')).toEqual({ receipt: 'A' });
    expect(readKeptReceipt('not json')).toBeUndefined();
  });
});

const pollResults = readResults({
  kind: 'poll',
  cast: 3,
  eligible: 5,
  tallies: { q1: { o1: 2, o2: 1 } },
  receipts: [
    { receipt: 'AAAA-0000-0001', answers: { q1: ['o1'], q2: ['o1', 'o3'] } },
    { receipt: 'AAAA-0000-0002', answers: { q1: ['o2'] } },
  ],
})!;

const reviewResults = readResults({
  kind: 'review',
  cast: 1,
  eligible: 4,
  totals: { 优秀: 1, 合格: 2 },
  receipts: [
    {
      receipt: 'BBBB-0000-0001',
      counts: { 优秀: 1, 合格: 2, 基本合格: 0, 不合格: 0 },
      fingerprint: '0123456789abcdef',
    },
  ],
})!;

describe('checking a receipt against the published results', () => {
  it('reads the published results', () => {
    expect(pollResults).toMatchObject({ cast: 3, eligible: 5, tallies: { q1: { o1: 2, o2: 1 } } });
    expect(reviewResults.totals).toEqual({ 优秀: 1, 合格: 2 });
    expect(readResults({ tallies: {} })).toBeUndefined();
  });

  it('says a poll ballot was counted as cast, whatever the order of the choices', () => {
    expect(checkReceipt(pollResults, { receipt: 'AAAA-0000-0001', answers: { q1: ['o1'], q2: ['o3', 'o1'] } })).toBe(
      'counted',
    );
    expect(checkReceipt(pollResults, { receipt: 'AAAA-0000-0001', answers: { q1: ['o2'], q2: ['o1', 'o3'] } })).toBe(
      'different',
    );
    expect(checkReceipt(pollResults, { receipt: 'AAAA-0000-0009', answers: { q1: ['o1'] } })).toBe('missing');
  });

  it('checks a review by its fingerprint and its counts of each grade', () => {
    const kept = {
      receipt: 'BBBB-0000-0001',
      fingerprint: '0123456789abcdef',
      gradeCounts: { 优秀: 1, 合格: 2, 基本合格: 0, 不合格: 0 },
    };
    expect(checkReceipt(reviewResults, kept)).toBe('counted');
    expect(checkReceipt(reviewResults, { ...kept, fingerprint: 'ffffffffffffffff' })).toBe('different');
    expect(checkReceipt(reviewResults, { ...kept, gradeCounts: { 优秀: 0, 合格: 3 } })).toBe('different');
  });
});

describe('choices waiting to be sent', () => {
  it('reuses the request id for a retry of the same choices, and only then', () => {
    const fresh = () => 'fresh-id-0123456789';
    const draft = readDraft(JSON.stringify({ requestId: 'first-id-0123456789', sent: '{"q1":["o1"]}' }));
    expect(requestIdFor(draft, '{"q1":["o1"]}', fresh)).toBe('first-id-0123456789');
    expect(requestIdFor(draft, '{"q1":["o2"]}', fresh)).toBe('fresh-id-0123456789');
    expect(requestIdFor(undefined, '{"q1":["o1"]}', fresh)).toBe('fresh-id-0123456789');
    expect(readDraft('{"answers":{}}')).toBeUndefined();
  });
});
