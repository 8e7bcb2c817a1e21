import { describe, expect, it } from 'vitest';
import { isPublished, unpublishedReason, type Publishable } from '../../../src/lib/content/publishing';

const today = '2026-07-01';

describe('isPublished', () => {
  it.each<[string, Publishable, boolean]>([
    ['a past entry', { date: '2026-06-30' }, true],
    ["today's entry", { date: today }, true],
    ['an entry with draft: false', { date: '2026-06-30', draft: false }, true],
    ['a draft', { date: '2026-06-30', draft: true }, false],
    ["today's draft", { date: today, draft: true }, false],
    ['an entry dated tomorrow', { date: '2026-07-02' }, false],
    ['an entry dated next year', { date: '2027-01-01' }, false],
  ])('in production, %s → %s', (_label, entry, expected) => {
    expect(isPublished(entry, today, true)).toBe(expected);
  });

  it.each<[string, Publishable]>([
    ['a draft', { date: '2026-06-30', draft: true }],
    ['a future entry', { date: '2026-07-02' }],
    ['a future draft', { date: '2027-01-01', draft: true }],
  ])('in development, shows %s', (_label, entry) => {
    expect(isPublished(entry, today, false)).toBe(true);
  });
});

describe('unpublishedReason (the 草稿 / 定时发布 badge while editing locally)', () => {
  it.each<[string, Publishable, string | undefined]>([
    ['a published entry', { date: '2026-06-30' }, undefined],
    ["today's entry", { date: today, draft: false }, undefined],
    ['a draft', { date: '2026-06-30', draft: true }, 'draft'],
    ['a future draft (still a draft first)', { date: '2027-01-01', draft: true }, 'draft'],
    ['an entry dated tomorrow', { date: '2026-07-02' }, 'scheduled'],
  ])('%s → %s', (_label, entry, expected) => {
    expect(unpublishedReason(entry, today)).toBe(expected);
  });
});
