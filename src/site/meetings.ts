/**
 * The branch's meetings as the public site shows them: public fields only
 * (the private records live with the member archives and are never read by
 * the build), upcoming ones and past ones with a public summary, and the
 * calendar feeds — one for the whole branch, one for the committee and one
 * per 党小组, each adding its own meetings to the whole branch's, so a member
 * subscribes once.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { t } from '../i18n/zh';
import { pinyinSlug } from '../lib/content/pinyin-slug';
import { calendar, type CalendarEvent } from '../lib/meetings/ical';
import { collectionFolder } from '../model/content-folder';
import { collectionModel } from '../model/collections';
import { absoluteUrl } from './paths';
import { buildDay } from './published';
import { loadSettings } from './settings';

export type Meeting = CollectionEntry<'meetings'>;

let all: Promise<Meeting[]> | undefined;

/** Every meeting, earliest first (a meeting is announced before its day, so none is hidden as future-dated). */
export function getMeetings(): Promise<Meeting[]> {
  all ??= getCollection('meetings').then((entries) =>
    entries.sort((a, b) => `${a.data.date}${a.data.start}`.localeCompare(`${b.data.date}${b.data.start}`)),
  );
  return all;
}

/** From the build day on, earliest first; cancelled ones stay listed, marked, so nobody comes in vain. */
export const upcomingMeetings = (meetings: readonly Meeting[], today = buildDay) =>
  meetings.filter((m) => m.data.date >= today);

/** Held ones with a public summary, newest first. */
export const pastSummaries = (meetings: readonly Meeting[], today = buildDay) =>
  meetings.filter((m) => m.data.date < today && m.data.summary && m.data.status !== '已取消').reverse();

export const meetingPath = (id: string) => `meetings/${id}/`;
export const eventFilePath = (id: string) => `meetings/${id}.ics`;

export interface MeetingFeed {
  /** The file name under /meetings/feeds/: branch, committee, group-<pinyin>. */
  slug: string;
  /** Who it is for, as the subscribe list names it. */
  name: string;
  includes: (meeting: Meeting) => boolean;
}

const forBranch = (m: Meeting) => m.data.audience === '全体党员';

/** The feeds: the whole branch, the committee, and each 党小组 that has a meeting. */
export function meetingFeeds(meetings: readonly Meeting[]): MeetingFeed[] {
  const groups = [
    ...new Set(meetings.flatMap((m) => (m.data.audience === '党小组' && m.data.group ? [m.data.group] : []))),
  ];
  return [
    { slug: 'branch', name: t('meetings.feed.branch'), includes: forBranch },
    {
      slug: 'committee',
      name: t('meetings.feed.committee'),
      includes: (m) => forBranch(m) || m.data.audience === '支部委员会',
    },
    ...groups.map((group) => ({
      slug: `group-${pinyinSlug(group, 40)}`,
      name: group,
      includes: (m: Meeting) => forBranch(m) || (m.data.audience === '党小组' && m.data.group === group),
    })),
  ];
}

/**
 * When each meeting file last changed: its last commit, or the file's own time
 * when it has uncommitted edits (or there is no Git at all). SEQUENCE grows with it.
 */
function lastChanges(folder: string): (file: string) => Date {
  const committed = new Map<string, Date>();
  let dirty = new Set<string>();
  const git = (...args: string[]) =>
    execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    let time: Date | undefined;
    for (const line of git('log', '--format=@%ct', '--name-only', '--', folder).split('\n')) {
      if (line.startsWith('@')) time = new Date(Number(line.slice(1)) * 1000);
      else if (line && time && !committed.has(line)) committed.set(line, time);
    }
    const status = git('status', '--porcelain', '--untracked-files=all', '--', folder);
    dirty = new Set(
      status
        .split('\n')
        .map((line) => line.slice(3))
        .filter(Boolean),
    );
  } catch {
    // Not a Git checkout (a copied folder): every file's own time.
  }
  return (file) => (!dirty.has(file) && committed.get(file)) || statSync(file).mtime;
}

let changedAt: ((file: string) => Date) | undefined;

/** A meeting's last change, for DTSTAMP; and its SEQUENCE: whole minutes since 2020, so every later edit has a higher one. */
function revision(meeting: Meeting): { modified: Date; sequence: number } {
  const folder = collectionFolder(collectionModel('meetings'));
  changedAt ??= lastChanges(folder);
  const modified = changedAt(join(folder, `${meeting.id}.yml`));
  return { modified, sequence: Math.max(0, Math.floor((modified.getTime() - Date.UTC(2020, 0, 1)) / 60_000)) };
}

/** Where to go: the place, and the online link when there is one. */
export const meetingLocation = (m: Meeting) => [m.data.place, m.data.link].filter(Boolean).join(' · ');

function calendarEvent(meeting: Meeting, site: URL | undefined): CalendarEvent {
  const { title, date, start, end, notice, agenda, kind, status } = meeting.data;
  const description = [
    notice,
    ...(agenda?.length ? [`${t('meetings.agenda')}：`, ...agenda.map((item, i) => `${i + 1}. ${item}`)] : []),
  ].join('\n');
  return {
    id: meeting.id,
    title,
    date,
    start,
    end,
    location: meetingLocation(meeting) || undefined,
    description,
    url: absoluteUrl(meetingPath(meeting.id), site),
    cancelled: status === '已取消',
    categories: [kind],
    ...revision(meeting),
  };
}

/** An .ics response: a feed's meetings, or one meeting to add by hand. */
export function calendarResponse(meetings: readonly Meeting[], name: string, site: URL | undefined): Response {
  const settings = loadSettings();
  const host = new URL(absoluteUrl('', site)).hostname;
  const events = meetings.map((m) => calendarEvent(m, site));
  const text = calendar(events, {
    name: t('meetings.calendarName', { branch: settings.branchName, audience: name }),
    host,
    reminder: (event) => t('meetings.reminder', { title: event.title }),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
