/**
 * 组织生活 on the built site: every calendar feed the page offers is read back
 * by an independent parser (ical.js) and holds exactly its audience's
 * meetings, each with its stable UID, its Beijing time, its status and a
 * reminder; a meeting's page shows its public fields and offers it as one
 * .ics for WeChat's browser. The sample meetings are read from the files, not
 * listed here.
 */
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/content';
import { parseEntryData } from '../../src/model/check-content';
import { beijingInstant } from '../../src/lib/meetings/time';
import { pinyinSlug } from '../../src/lib/content/pinyin-slug';

interface SampleMeeting {
  id: string;
  title: string;
  date: string;
  start: string;
  end: string;
  audience: string;
  group?: string;
  status: string;
}

const folder = join(ROOT, 'src/content/meetings');
const meetings: SampleMeeting[] = readdirSync(folder)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => ({
    id: name.replace(/\.yml$/, ''),
    ...(parseEntryData(readFileSync(join(folder, name), 'utf8'), 'yml') as Omit<SampleMeeting, 'id'>),
  }));
const groups = [...new Set(meetings.flatMap((m) => (m.group ? [m.group] : [])))];
/** Who each feed is for, as the site promises: the whole branch's meetings plus the audience's own. */
const expected: Record<string, (m: SampleMeeting) => boolean> = {
  branch: (m) => m.audience === '全体党员',
  committee: (m) => m.audience === '全体党员' || m.audience === '支部委员会',
  ...Object.fromEntries(
    groups.map((g) => [`group-${pinyinSlug(g, 40)}`, (m: SampleMeeting) => m.audience === '全体党员' || m.group === g]),
  ),
};

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent');
}

test('every feed the 组织生活 page offers round-trips through ical.js with exactly its audience’s meetings', async ({
  page,
  request,
}) => {
  await page.goto('/meetings/');
  const urls = await page.locator('.feed-url').allTextContents();
  expect(urls.map((url) => url.match(/feeds\/([a-z0-9-]+)\.ics$/)?.[1]).sort()).toEqual(Object.keys(expected).sort());
  for (const url of urls) {
    const slug = url.match(/feeds\/([a-z0-9-]+)\.ics$/)![1]!;
    const response = await request.get(new URL(url).pathname);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const vevents = events(await response.text());
    const want = meetings.filter(expected[slug]!);
    expect(vevents.map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]).sort(), slug).toEqual(
      want.map((m) => m.id).sort(),
    );
    for (const vevent of vevents) {
      const event = new ICAL.Event(vevent);
      const meeting = want.find((m) => event.uid.startsWith(`${m.id}@`))!;
      expect(event.summary).toBe(meeting.title);
      expect(event.startDate.zone?.tzid).toBe('Asia/Shanghai');
      expect(event.startDate.toJSDate().getTime()).toBe(beijingInstant(meeting.date, meeting.start).getTime());
      expect(event.endDate.toJSDate().getTime()).toBe(beijingInstant(meeting.date, meeting.end).getTime());
      const cancelled = meeting.status === '已取消';
      expect(vevent.getFirstPropertyValue('status')).toBe(cancelled ? 'CANCELLED' : 'CONFIRMED');
      expect(Number(vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(0);
      expect(vevent.getFirstSubcomponent('valarm') !== null).toBe(!cancelled);
    }
  }
});

test('a meeting’s page shows its public fields and offers it alone as a calendar file', async ({ page, request }) => {
  const meeting = meetings.find((m) => m.id === '2026-03-20-assembly')!;
  await page.goto('/meetings/');
  await page.getByRole('link', { name: meeting.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meeting.title);
  await expect(page.locator('main')).toContainText('2026年3月20日 15:00–17:00');
  await expect(page.getByRole('heading', { level: 2, name: '议程' })).toBeVisible();
  const href = await page.getByRole('link', { name: '加入手机日历' }).getAttribute('href');
  const one = events(await (await request.get(href!)).text());
  expect(one.map((v) => String(v.getFirstPropertyValue('uid')))).toEqual([
    expect.stringMatching(/^2026-03-20-assembly@/),
  ]);
});

test('a cancelled meeting says so and offers no calendar file', async ({ page }) => {
  const cancelled = meetings.find((m) => m.status === '已取消')!;
  await page.goto(`/meetings/${cancelled.id}/`);
  await expect(page.locator('main')).toContainText('已取消');
  await expect(page.getByRole('link', { name: '加入手机日历' })).toHaveCount(0);
});
