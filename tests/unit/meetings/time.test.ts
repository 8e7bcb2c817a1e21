import { describe, expect, it } from 'vitest';
import { beijingInstant, clockMinutes, isClockTime } from '../../../src/lib/meetings/time';

describe('meeting times in Beijing', () => {
  it('puts 08:00 Beijing at 00:00 UTC the same day', () => {
    expect(beijingInstant('2026-03-06', '08:00').toISOString()).toBe('2026-03-06T00:00:00.000Z');
  });

  it('puts an early-morning meeting on the previous UTC day, across a month and a leap day', () => {
    expect(beijingInstant('2026-03-01', '07:30').toISOString()).toBe('2026-02-28T23:30:00.000Z');
    expect(beijingInstant('2028-03-01', '00:00').toISOString()).toBe('2028-02-29T16:00:00.000Z');
  });

  it('accepts 24-hour clock times only', () => {
    expect(['00:00', '09:05', '23:59'].every(isClockTime)).toBe(true);
    expect(['24:00', '9:05', '14:60', '2:30 PM', 870].some(isClockTime)).toBe(false);
  });

  it('measures a meeting’s length', () => {
    expect(clockMinutes('14:30', '16:00')).toBe(90);
    expect(clockMinutes('16:00', '14:30')).toBe(-90);
  });
});
