import { describe, expect, it } from 'vitest';
import { emptyDigestState, markDelivered, parseDigestState, serializeDigestState } from '../../../src/lib/digest/state';

describe('digest state', () => {
  it('starts empty when there is no file yet', () => {
    expect(parseDigestState(undefined, '.digest-state.json')).toEqual(emptyDigestState());
    expect(parseDigestState('  \n', '.digest-state.json')).toEqual(emptyDigestState());
  });

  it('round-trips the marks, and marking one recipient leaves the others and the old state alone', () => {
    const before = markDelivered(emptyDigestState(), 'k1', { date: '2026-12-04', sameDay: [] });
    const after = markDelivered(before, 'k2', { date: '2026-12-05', sameDay: ['articles/x'] });
    expect(before.recipients).toEqual({ k1: { date: '2026-12-04', sameDay: [] } });
    expect(parseDigestState(serializeDigestState(after), 'f')).toEqual(after);
  });

  it.each([
    ['not JSON', '{', /不是有效的 JSON/],
    ['another version', '{"version":2,"recipients":{}}', /version 应为 1/],
    ['no recipients', '{"version":1}', /缺少 recipients/],
    ['a bad date', '{"version":1,"recipients":{"k":{"date":"2026-13-01","sameDay":[]}}}', /recipients\.k/],
    ['a bad list', '{"version":1,"recipients":{"k":{"date":"2026-12-01","sameDay":[1]}}}', /recipients\.k/],
  ])('a damaged file (%s) stops the digest with a message naming the file, in both languages', (_, text, reason) => {
    expect(() => parseDigestState(text, '.digest-state.json')).toThrow(reason);
    expect(() => parseDigestState(text, '.digest-state.json')).toThrow(
      /摘要记录文件 \.digest-state\.json 已损坏.*本次没有发送.*The digest state file \.digest-state\.json is damaged/s,
    );
  });
});
