import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock, secondsLeft, startCountdown } from '../../../src/lib/study/countdown';

describe('formatClock', () => {
  it.each([
    [0, '00:00'],
    [59, '00:59'],
    [125, '02:05'],
    [3725, '1:02:05'],
  ])('%i s → %s', (s, text) => expect(formatClock(s)).toBe(text));
});

describe('secondsLeft', () => {
  it('rounds up and never goes below zero', () => {
    expect(secondsLeft(10_000, 8_500)).toBe(2);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
  });
});

describe('startCountdown', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-26T02:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('ticks down each second and submits once at zero', () => {
    const ticks: number[] = [];
    const onExpire = vi.fn();
    startCountdown({ seconds: 3, onTick: (s) => ticks.push(s), onExpire });
    expect(ticks).toEqual([3]);
    vi.advanceTimersByTime(2_000);
    expect(ticks).toEqual([3, 2, 1]);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(ticks.at(-1)).toBe(0);
    expect(onExpire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('ends on time even when timers are late (throttled tab)', () => {
    const onExpire = vi.fn();
    startCountdown({ seconds: 60, onTick: () => {}, onExpire });
    vi.setSystemTime(Date.now() + 61_000); // the clock moved on while no timer fired
    vi.advanceTimersByTime(1_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('stops: no expiry after a manual submit', () => {
    const onExpire = vi.fn();
    const countdown = startCountdown({ seconds: 2, onTick: () => {}, onExpire });
    countdown.stop();
    vi.advanceTimersByTime(5_000);
    expect(onExpire).not.toHaveBeenCalled();
  });
});
