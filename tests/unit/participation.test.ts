import { describe, expect, it } from 'vitest';
import { pollStatus } from '../../src/lib/participation/poll-status';
import { civilDateInShanghai } from '../../src/lib/civil-date';
import { barChartLayout, shortenLabel } from '../../src/lib/participation/bar-chart';
import { discussionByNumber, parseSnapshot, syncedAtInShanghai } from '../../src/lib/discussion/snapshot';

describe('pollStatus', () => {
  it.each([
    ['2026-11-30', 'upcoming'],
    ['2026-12-01', 'open'],
    ['2026-12-05', 'open'],
    ['2026-12-06', 'closed'],
  ] as const)('on %s is %s', (today, expected) => {
    expect(pollStatus({ opens: '2026-12-01', closes: '2026-12-05' }, today)).toBe(expected);
  });
});

describe('barChartLayout', () => {
  it('scales bars to the largest value and gives shares of the total', () => {
    const layout = barChartLayout(
      [
        { label: '甲', value: 14 },
        { label: '乙', value: 7 },
        { label: '丙', value: 0 },
      ],
      { width: 500, labelWidth: 100, valueWidth: 100, rowHeight: 30 },
    );
    expect(layout.bars.map((b) => [b.label, b.length, b.percent, b.y])).toEqual([
      ['甲', 300, 67, 0],
      ['乙', 150, 33, 30],
      ['丙', 0, 0, 60],
    ]);
    expect([layout.width, layout.height, layout.barX, layout.barSpace]).toEqual([500, 90, 100, 300]);
  });

  it.each([
    ['革命纪念馆', 9, '革命纪念馆'],
    ['十二月主题党日活动去哪里？', 9, '十二月主题党日活…'],
  ])('shortens %s to %i characters', (label, max, expected) => {
    expect(shortenLabel(label, max)).toBe(expected);
  });

  it('shortens labels to fit the label column', () => {
    expect(
      barChartLayout([{ label: '十二月主题党日活动去哪里？', value: 1 }], { labelWidth: 143 }).bars[0]!.shortLabel,
    ).toBe('十二月主题党日活…');
  });

  it('draws no bars and no shares when nobody voted', () => {
    expect(barChartLayout([{ label: '甲', value: 0 }]).bars[0]).toMatchObject({ length: 0, percent: 0 });
  });
});

describe('parseSnapshot', () => {
  const good = {
    version: 1,
    syncedAt: '2026-11-25T21:03:12Z',
    repository: 'a/b',
    categories: ['Polls'],
    discussions: [{ number: 7 }],
  };

  it('reads a snapshot and finds a discussion by number', () => {
    const snapshot = parseSnapshot(JSON.stringify(good), 'x.json');
    expect(discussionByNumber(snapshot, 7)).toEqual({ number: 7 });
    expect(discussionByNumber(snapshot, 8)).toBeUndefined();
    expect(discussionByNumber(undefined, 7)).toBeUndefined();
  });

  it.each([
    ['{', /^x\.json: 不是有效的 JSON/],
    [JSON.stringify({ ...good, version: 2 }), /^x\.json: 不认识的版本 version=2。请重新运行 npm run sync/],
    [JSON.stringify({ ...good, syncedAt: 'never' }), /^x\.json: 缺少同步时间 syncedAt/],
    [JSON.stringify({ ...good, discussions: null }), /^x\.json: 缺少 discussions 列表/],
  ])('rejects %s', (text, message) => {
    expect(() => parseSnapshot(text, 'x.json')).toThrow(message);
  });
});

describe('syncedAtInShanghai', () => {
  it.each([
    ['2026-11-25T21:03:12Z', { date: '2026-11-26', clock: '05:03' }],
    ['2026-11-25T15:59:00Z', { date: '2026-11-25', clock: '23:59' }],
  ])('%s', (iso, expected) => {
    expect(syncedAtInShanghai(iso, civilDateInShanghai)).toEqual(expected);
  });
});
