import { describe, expect, it } from 'vitest';
import { shanghaiDate, startTracker, track, type StudyCredit, type TrackerEvent } from '../../../src/lib/study/time';

const T0 = Date.parse('2026-11-26T02:00:00Z'); // 10:00 in Beijing
const MIN = 60_000;
const IDLE = 3 * MIN;

/** Runs events from a fresh visible tracker; returns total ms per kind and per date. */
function run(events: TrackerEvent[], visible = true, start = T0) {
  let state = startTracker(start, visible);
  const credits: StudyCredit[] = [];
  for (const event of events) {
    const result = track(state, event, IDLE);
    state = result.state;
    credits.push(...result.credits);
  }
  const sum = (pick: (c: StudyCredit) => boolean) => credits.filter(pick).reduce((s, c) => s + c.ms, 0) / MIN;
  return { read: sum((c) => c.kind === 'read'), media: sum((c) => c.kind === 'media'), credits };
}

describe('study-time accounting', () => {
  it('counts reading while visible and recently active', () => {
    expect(
      run([
        { type: 'interaction', at: T0 + 2 * MIN },
        { type: 'tick', at: T0 + 4 * MIN },
      ]).read,
    ).toBe(4);
  });

  it('pauses after the idle limit with no interaction', () => {
    expect(run([{ type: 'tick', at: T0 + 10 * MIN }]).read).toBe(3);
  });

  it('resumes at the next interaction, without crediting the idle gap', () => {
    const { read } = run([
      { type: 'tick', at: T0 + 10 * MIN },
      { type: 'interaction', at: T0 + 10 * MIN },
      { type: 'tick', at: T0 + 12 * MIN },
    ]);
    expect(read).toBe(5);
  });

  it('counts nothing while the page is hidden, and restarts when it is shown', () => {
    const { read } = run([
      { type: 'tick', at: T0 + 1 * MIN },
      { type: 'visibility', visible: false, at: T0 + 1 * MIN },
      { type: 'tick', at: T0 + 30 * MIN },
      { type: 'visibility', visible: true, at: T0 + 30 * MIN },
      { type: 'tick', at: T0 + 32 * MIN },
    ]);
    expect(read).toBe(3);
  });

  it('counts media time while playing, even without interaction or visibility', () => {
    const { read, media } = run([
      { type: 'media', playing: true, at: T0 },
      { type: 'visibility', visible: false, at: T0 + 5 * MIN },
      { type: 'tick', at: T0 + 20 * MIN },
      { type: 'media', playing: false, at: T0 + 20 * MIN },
      { type: 'tick', at: T0 + 40 * MIN },
    ]);
    expect(media).toBe(20);
    expect(read).toBe(0);
  });

  it('two media elements: counts until the last one stops', () => {
    const { media } = run([
      { type: 'media', playing: true, at: T0 },
      { type: 'media', playing: true, at: T0 + MIN },
      { type: 'media', playing: false, at: T0 + 2 * MIN },
      { type: 'visibility', visible: false, at: T0 + 2 * MIN },
      { type: 'media', playing: false, at: T0 + 4 * MIN },
      { type: 'tick', at: T0 + 9 * MIN },
    ]);
    expect(media).toBe(4);
  });

  it('splits time at Beijing midnight, not UTC midnight', () => {
    const start = Date.parse('2026-11-30T15:58:00Z'); // 23:58 Beijing, 30 Nov
    const { credits } = run(
      [
        { type: 'interaction', at: start + 2 * MIN },
        { type: 'tick', at: start + 4 * MIN },
      ],
      true,
      start,
    );
    expect(credits.map((c) => [c.date, c.ms / MIN])).toEqual([
      ['2026-11-30', 2],
      ['2026-12-01', 2],
    ]);
  });

  it('never credits time when the clock steps backwards', () => {
    expect(
      run([
        { type: 'tick', at: T0 - 10 * MIN },
        { type: 'tick', at: T0 - 5 * MIN },
      ]).read,
    ).toBe(0);
  });

  it('shanghaiDate turns at 16:00 UTC', () => {
    expect(shanghaiDate(Date.parse('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(shanghaiDate(Date.parse('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });
});
