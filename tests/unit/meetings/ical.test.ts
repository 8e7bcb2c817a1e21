/**
 * The calendar feeds read back by an independent parser (ical.js, the one
 * Thunderbird's calendar uses): every event round-trips with its UID,
 * SEQUENCE, status, times in Asia/Shanghai and reminder.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine, type CalendarEvent } from '../../../src/lib/meetings/ical';

const info = {
  name: '示例支部：全体党员',
  host: 'dangjian.example.cn',
  reminder: (e: CalendarEvent) => `明天：${e.title}`,
};
const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: '2026-03-06-theme-day',
  title: '3月主题党日：学雷锋志愿服务',
  date: '2026-03-06',
  start: '08:00',
  end: '10:30',
  location: '学院楼 305 会议室; 线上: https://meeting.example.cn/j/1',
  description: '请全体党员准时参加，集中学习、过组织生活，并开展志愿服务。\n议程：一、学习；二、服务',
  url: 'https://dangjian.example.cn/meetings/2026-03-06-theme-day/',
  cancelled: false,
  sequence: 3,
  modified: new Date('2026-02-20T06:00:00Z'),
  categories: ['主题党日'],
  ...overrides,
});

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe('the iCalendar feed', () => {
  const events = [
    event(),
    event({
      id: '2026-05-21-group',
      title: '党小组会',
      date: '2026-05-21',
      start: '12:30',
      end: '13:30',
      cancelled: true,
      sequence: 5,
      location: undefined,
      categories: undefined,
    }),
  ];
  const text = calendar(events, info);
  const vcalendar = parse(text);
  const vevents = vcalendar.getAllSubcomponents('vevent');

  it('round-trips every event through an independent parser', () => {
    expect(vevents).toHaveLength(2);
    const [first, second] = vevents.map((v) => new ICAL.Event(v));
    expect(first!.uid).toBe('2026-03-06-theme-day@dangjian.example.cn');
    expect(first!.summary).toBe(events[0]!.title);
    expect(first!.location).toBe(events[0]!.location);
    expect(first!.description).toBe(events[0]!.description);
    expect(first!.sequence).toBe(3);
    expect(vevents[0]!.getFirstPropertyValue('url')).toBe(events[0]!.url);
    expect(vevents[0]!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevents[0]!.getFirstPropertyValue('categories')).toBe('主题党日');
    expect(second!.uid).toBe('2026-05-21-group@dangjian.example.cn');
    expect(second!.sequence).toBe(5);
    expect(vevents[1]!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes the times in Asia/Shanghai: 08:00 Beijing is 00:00 UTC', () => {
    const zone = vcalendar.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(zone);
    const start = new ICAL.Event(vevents[0]!).startDate;
    expect(start.zone?.tzid).toBe('Asia/Shanghai');
    expect(start.toJSDate().toISOString()).toBe('2026-03-06T00:00:00.000Z');
    expect(new ICAL.Event(vevents[0]!).endDate.toJSDate().toISOString()).toBe('2026-03-06T02:30:00.000Z');
    expect(vcalendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Shanghai');
    expect(vcalendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe(info.name);
  });

  it('reminds the day before, except for a cancelled meeting', () => {
    const alarm = vevents[0]!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-P1D');
    expect(alarm.getFirstPropertyValue('description')).toBe(`明天：${events[0]!.title}`);
    expect(vevents[1]!.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('stamps each event with its last change in UTC', () => {
    expect(String(vevents[0]!.getFirstPropertyValue('dtstamp'))).toBe('2026-02-20T06:00:00Z');
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const long = `DESCRIPTION:${'组织生活'.repeat(30)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n').length).toBeGreaterThan(1);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('escapes the characters RFC 5545 reserves in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});
