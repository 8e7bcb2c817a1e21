import { describe, expect, it } from 'vitest';
import { STOP_WORDS, contentWords, wordFrequencies } from '../../src/lib/discussion/word-frequency';
import {
  completeMonths,
  contentByMonth,
  lastMonths,
  monthlyParticipation,
  mostDiscussed,
  pollTurnout,
} from '../../src/lib/participation/stats';
import { memberAggregates } from '../../src/lib/members/stats';
import { civilMonthInShanghai } from '../../src/lib/civil-date';
import type { SnapshotDiscussion } from '../../src/lib/discussion/snapshot';

describe('contentWords', () => {
  it('splits Chinese into words with Intl.Segmenter and drops single characters, numbers and punctuation', () => {
    expect(contentWords('建议支部把学习资料按专题整理，方便流动党员在手机上学习。2026 年')).toEqual([
      '支部',
      '学习',
      '资料',
      '专题',
      '整理',
      '方便',
      '流动',
      '党员',
      '手机',
      '学习',
    ]);
  });

  it.each(['我们', '大家', '因为', '建议', '同志'])('drops the stop word %s', (word) => {
    expect(STOP_WORDS.has(word)).toBe(true);
    expect(contentWords(`${word}学习党章`)).toEqual(['学习', '党章']);
  });

  it('lower-cases Latin words and keeps them', () => {
    expect(contentWords('GitHub 上的讨论')).toEqual(['github', '讨论']);
  });
});

describe('wordFrequencies', () => {
  it('ranks words by count, ties in order of first use, up to the limit', () => {
    expect(wordFrequencies(['学习党章，志愿服务', '志愿服务很有意义', '学习党史'], 3)).toEqual([
      { word: '学习', count: 2 },
      { word: '志愿', count: 2 },
      { word: '服务', count: 2 },
    ]);
  });

  it('takes a custom stop-word list', () => {
    expect(wordFrequencies(['学习党章'], 5, new Set(['学习']))).toEqual([{ word: '党章', count: 1 }]);
  });
});

const discussion = (over: Partial<SnapshotDiscussion>): SnapshotDiscussion => ({
  number: 1,
  title: 't',
  url: 'u',
  createdAt: '2026-09-30T17:00:00Z',
  author: 'a',
  category: 'c',
  term: null,
  comments: 0,
  replies: 0,
  reactions: {},
  poll: null,
  posts: [],
  ...over,
});

describe('monthlyParticipation', () => {
  it('counts posts, reactions and distinct people per Beijing month', () => {
    const rows = monthlyParticipation(
      [
        // 2026-09-30T17:00Z is 1 October in Beijing
        discussion({
          author: 'a',
          reactions: { THUMBS_UP: 2, HEART: 1 },
          posts: [
            { date: '2026-10-02T01:00:00Z', author: 'b', text: '' },
            { date: '2026-10-03T01:00:00Z', author: 'a', text: '' },
            { date: '2026-11-01T01:00:00Z', author: 'c', text: '' },
          ],
        }),
        discussion({ number: 2, createdAt: '2026-09-10T01:00:00Z', author: 'd', reactions: { ROCKET: 4 } }),
      ],
      (iso) => civilMonthInShanghai(new Date(iso)),
    );
    expect(rows).toEqual([
      { month: '2026-09', comments: 0, reactions: 4, participants: 1 },
      { month: '2026-10', comments: 2, reactions: 3, participants: 2 },
      { month: '2026-11', comments: 1, reactions: 0, participants: 1 },
    ]);
  });
});

describe('mostDiscussed and pollTurnout', () => {
  const list = [
    discussion({ number: 1, comments: 2, replies: 1, reactions: { HEART: 1 } }),
    discussion({ number: 2, comments: 3, replies: 0, reactions: { HEART: 5 } }),
    discussion({ number: 3, comments: 0 }),
    discussion({ number: 4, comments: 1, poll: { question: '去哪里？', totalVotes: 17, options: [] } }),
  ];

  it('orders by posts, then reactions, and leaves silent threads out', () => {
    expect(mostDiscussed(list, 5).map((t) => [t.discussion.number, t.posts, t.reactions])).toEqual([
      [2, 3, 5],
      [1, 3, 1],
      [4, 1, 0],
    ]);
    expect(mostDiscussed(list, 1)).toHaveLength(1);
  });

  it('lists votes per poll', () => {
    expect(pollTurnout(list)).toEqual([{ number: 4, question: '去哪里？', votes: 17 }]);
  });
});

describe('completeMonths', () => {
  it('ends with the month before the one in progress, across a year', () => {
    expect(completeMonths('2026-12-07', 6)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(completeMonths('2027-01-01', 2)).toEqual(['2026-11', '2026-12']);
    expect(completeMonths('2026-03-31', 1)).toEqual(['2026-02']);
  });
});

describe('contentByMonth', () => {
  it('counts entries per section and month, across a year boundary', () => {
    expect(lastMonths('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const table = contentByMonth(
      [
        { section: '理论学习', date: '2026-01-05' },
        { section: '理论学习', date: '2026-01-20' },
        { section: '思想汇报', date: '2025-12-31' },
        { section: '思想汇报', date: '2025-06-01' },
      ],
      ['理论学习', '思想汇报'],
      '2026-02',
      3,
    );
    expect(table).toEqual({
      months: ['2025-12', '2026-01', '2026-02'],
      sections: ['理论学习', '思想汇报'],
      counts: [
        [0, 1],
        [2, 0],
        [0, 0],
      ],
    });
  });
});

describe('memberAggregates', () => {
  it('publishes counts by stage and status and the share meeting the target, nothing else', () => {
    const result = memberAggregates(
      [
        {
          stage: '正式党员',
          status: '正常',
          studyRecords: [
            { month: '2026-10', minutes: 600 },
            { month: '2026-11', minutes: 100 },
          ],
        },
        { stage: '正式党员', status: '流动', studyRecords: [{ month: '2026-10', minutes: 599 }] },
        { stage: '预备党员', status: '正常', studyRecords: [{ month: '2026-11', minutes: 900 }] },
        { stage: '入党积极分子', status: '正常' },
      ],
      {
        target: 600,
        months: ['2026-10', '2026-11'],
        stages: ['入党申请人', '入党积极分子', '预备党员', '正式党员'],
        statuses: ['正常', '流动'],
      },
    );
    expect(result).toEqual({
      total: 4,
      byStage: [
        { label: '入党积极分子', value: 1 },
        { label: '预备党员', value: 1 },
        { label: '正式党员', value: 2 },
      ],
      byStatus: [
        { label: '正常', value: 3 },
        { label: '流动', value: 1 },
      ],
      study: [
        { month: '2026-10', members: 4, meeting: 1, percent: 25 },
        { month: '2026-11', members: 4, meeting: 1, percent: 25 },
      ],
    });
  });

  it('is all zeros without members', () => {
    expect(
      memberAggregates([], { target: 600, months: ['2026-11'], stages: ['正式党员'], statuses: ['正常'] }),
    ).toEqual({
      total: 0,
      byStage: [],
      byStatus: [],
      study: [{ month: '2026-11', members: 0, meeting: 0, percent: 0 }],
    });
  });
});
