/**
 * The address (file name, URL id) of an entry created in the CMS: the pinyin of
 * its title, editable until the first save and fixed from then on (a published
 * URL never changes). Decap makes it unique by appending -1, -2 … when a file of
 * that name exists.
 */
import { pinyinSlug, pinyinWordSlug } from '../../src/lib/content/pinyin-slug';
import { ID_PATTERN } from '../../src/lib/entry-ids';
import { civilDateTimeInShanghai } from '../../src/lib/civil-date';

/** Long enough for a title's first words, short enough to read and share. */
export const ADDRESS_MAX_LENGTH = 40;

const VALID = new RegExp(ID_PATTERN.source);

export const isValidAddress = (address: string): boolean => VALID.test(address);

/** The address a title suggests; empty when it spells nothing usable (punctuation or digits only). */
export function addressFromTitle(title: unknown): string {
  const slug = typeof title === 'string' ? pinyinWordSlug(title, ADDRESS_MAX_LENGTH) : '';
  return isValidAddress(slug) ? slug : '';
}

/** What an editor typed, tidied: 党费 Q&A → lowercase ASCII words joined by hyphens. */
export function tidyAddress(typed: string): string {
  return pinyinSlug(typed, ADDRESS_MAX_LENGTH);
}

/** Beijing time of creation (20261205-093000): the last resort when neither the editor nor the title gives an address. */
export function addressFromMoment(instant: Date): string {
  const [day, time] = civilDateTimeInShanghai(instant).split('T') as [string, string];
  return `${day.replaceAll('-', '')}-${time.replaceAll(':', '')}`;
}
