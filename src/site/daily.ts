/** 每日一学: all cards as plain data, for the build-day fallback and the browser's own choice. */
import { getCollection } from 'astro:content';
import type { DailyCard } from '../lib/content/daily-rotation';

export type { DailyCard };

export async function getDailyCards(): Promise<DailyCard[]> {
  const entries = await getCollection('daily');
  return entries
    .map(({ id, data }) => ({
      id,
      text: data.text,
      source: data.source,
      topic: data.topic,
      ...(data.date ? { date: data.date } : {}),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
