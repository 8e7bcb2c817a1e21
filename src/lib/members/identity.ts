/**
 * Who is submitting on 我的学习 on a site without the branch service: the
 * member's archive id (the file name of the archive, e.g. wang-fang) when it
 * came with the personal link the secretary sends (/my/?member=wang-fang), else
 * the name the member typed, as they like (王芳). The secretary imports a file
 * with a typed name onto the archive they choose: a name is never matched to
 * an archive by guessing. Remembered in this browser only: the public site
 * contains no list of members. (With the service, the sign-in says who it is.)
 */
import { ID_PATTERN } from '../entry-ids';

export const MEMBER_KEY = 'dangjian.member';
export const MEMBER_NAME_KEY = 'dangjian.member-name';
/** The longest typed name (a name with a note such as 王芳（第二党小组） fits). */
export const MEMBER_NAME_MAX = 40;
export const MEMBER_PARAM = 'member';

const MEMBER_ID = new RegExp(ID_PATTERN.source);

/** A typed or linked id, trimmed and lower-cased; undefined when it cannot be an archive id. */
export function normaliseMemberId(raw: string): string | undefined {
  const id = raw.trim().toLowerCase();
  return MEMBER_ID.test(id) ? id : undefined;
}

/**
 * The id in a personal link's query string: `none` without one, `invalid` with
 * one that cannot be an id (a link cut short in a chat), else the id.
 */
export function memberFromQuery(
  search: string,
): { kind: 'none' } | { kind: 'invalid'; raw: string } | { kind: 'id'; id: string } {
  const raw = new URLSearchParams(search).get(MEMBER_PARAM);
  if (raw === null) return { kind: 'none' };
  const id = normaliseMemberId(raw);
  return id ? { kind: 'id', id } : { kind: 'invalid', raw };
}

type IdStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The remembered id; storage that is missing, throws or holds garbage gives undefined. */
export function readMemberId(storage: IdStorage | undefined): string | undefined {
  try {
    const stored = storage?.getItem(MEMBER_KEY);
    return stored ? normaliseMemberId(stored) : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the id; false when the browser refuses (it then lasts for this page only). */
export function saveMemberId(storage: IdStorage | undefined, id: string): boolean {
  try {
    storage?.setItem(MEMBER_KEY, id);
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The personal link of a member on a site whose /my/ page is at `myPageUrl`. */
export function personalLink(myPageUrl: string, id: string): string {
  const url = new URL(myPageUrl);
  url.searchParams.set(MEMBER_PARAM, id);
  return url.toString();
}

/** A typed name, trimmed with inner spaces collapsed; undefined when empty, too long or holding control characters. */
export function normaliseMemberName(raw: string): string | undefined {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '' || [...name].length > MEMBER_NAME_MAX || /[\u0000-\u001F\u007F]/.test(name)) return undefined;
  return name;
}

/** The remembered typed name; missing or unusable storage gives undefined. */
export function readMemberName(storage: IdStorage | undefined): string | undefined {
  try {
    const stored = storage?.getItem(MEMBER_NAME_KEY);
    return stored ? normaliseMemberName(stored) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers a typed name in place of a linked id (the member says who they
 * are now); false when the browser refuses (it then lasts for this page only).
 */
export function saveMemberName(storage: IdStorage | undefined, name: string): boolean {
  try {
    storage?.setItem(MEMBER_NAME_KEY, name);
    // Emptied, not removed: the page's storage handle may only read and write (an empty value reads as none).
    storage?.setItem(MEMBER_KEY, '');
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** A linked id also replaces a typed name: the secretary's link says exactly whose archive. */
export function forgetMemberName(storage: IdStorage | undefined): void {
  try {
    storage?.setItem(MEMBER_NAME_KEY, '');
  } catch {
    // Storage switched off: nothing was remembered.
  }
}
