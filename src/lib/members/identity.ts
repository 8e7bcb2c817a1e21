/**
 * Who is submitting on 我的学习: the member's archive id (the file name of the
 * archive, e.g. wang-fang). It comes from the personal link the secretary sends
 * (/my/?member=wang-fang) or is typed once, and is remembered in this browser
 * only: the public site contains no list of members.
 */
import { ID_PATTERN } from '../entry-ids';

export const MEMBER_KEY = 'dangjian.member';
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
