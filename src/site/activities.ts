/**
 * Member activities read through small wrappers: thought reports, essay
 * contests and their entries, topics, party history, cadres' blogs and people.
 * Drafts and future-dated entries are hidden in production (src/lib/content/publishing.ts);
 * lists are newest first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { MEMBER_STAGES } from '../model/collections';
import { slugOf } from '../model/fields';
import { byDateDescending } from '../lib/civil-date';
import { contestStatus, type ContestDates } from '../lib/content/contest-status';
import { buildDay, getPublished } from './published';

export type Report = CollectionEntry<'reports'>;
export type Contest = CollectionEntry<'contests'>;
export type Essay = CollectionEntry<'essays'>;
export type Topic = CollectionEntry<'topics'>;
export type HistoryItem = CollectionEntry<'history'>;
export type Blog = CollectionEntry<'blogs'>;
export type Person = CollectionEntry<'people'>;
export type Stage = Report['data']['stage'];

const cache = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

export const getReports = () => getPublished('reports');
export const getEssays = () => getPublished('essays');
export const getTopics = () => getPublished('topics');
export const getBlogs = () => getPublished('blogs');

export const getContests = () =>
  once('contests', async () => (await getCollection('contests')).sort(byDateDescending((c) => c.data.start)));

export const getHistory = () => once('history', () => getCollection('history'));

export const getPeople = () => once('people', () => getCollection('people'));

export const stages = MEMBER_STAGES.map((s) => ({ name: s.value as Stage, slug: s.slug }));

export const stageSlug = (stage: Stage): string => slugOf(MEMBER_STAGES, stage);

export function contestDates(contest: Contest): ContestDates {
  const { start, deadline, resultsDate, awards } = contest.data;
  return { start, deadline, resultsDate, hasAwards: (awards ?? []).length > 0 };
}

export const contestStatusAtBuild = (contest: Contest) => contestStatus(contestDates(contest), buildDay);

export async function essaysOf(contestId: string): Promise<Essay[]> {
  return (await getEssays()).filter((essay) => essay.data.contest.id === contestId);
}

export async function blogsBy(personId: string): Promise<Blog[]> {
  return (await getBlogs()).filter((blog) => blog.data.author.id === personId);
}
