/**
 * 发展党员 due items for the editors' help page, read from the member archives.
 * Only `npm start` calls this (the help page asks `import.meta.env.DEV_SERVER`, set by `astro dev` alone): there the
 * page is rendered per request on the secretary's own machine, so the list is
 * today's and follows each save in the CMS; the published build never reads it,
 * so no name or date reaches dist/.
 */
import { getCollection } from 'astro:content';
import { civilDateInShanghai } from '../lib/civil-date';
import { byUrgency, developmentItems, type DueItem } from '../lib/members/development';

export interface PersonDue {
  id: string;
  name: string;
  item: DueItem;
}

export async function developmentDue(now: Date = new Date()): Promise<{ today: string; due: PersonDue[] }> {
  const today = civilDateInShanghai(now);
  const members = await getCollection('members');
  const due = members.flatMap(({ id, data }) =>
    data.development ? developmentItems(data.development, today).map((item) => ({ id, name: data.name, item })) : [],
  );
  due.sort((a, b) => byUrgency(a.item, b.item));
  return { today, due };
}
