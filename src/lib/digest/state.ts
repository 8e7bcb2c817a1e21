/**
 * The digest's memory (.digest-state.json by default, outside dist/ and git):
 * per recipient, the mark of the last digest delivered (src/lib/digest/selection.ts).
 * Recipients are keyed by a hash of their address, never the address itself,
 * so the file, kept in a CI cache, holds no personal data in clear.
 */
import { isCivilDate } from '../civil-date';
import type { RecipientMark } from './selection';

export interface DigestState {
  version: 1;
  recipients: Record<string, RecipientMark>;
}

export const emptyDigestState = (): DigestState => ({ version: 1, recipients: {} });

const isMark = (value: unknown): value is RecipientMark =>
  typeof value === 'object' &&
  value !== null &&
  isCivilDate((value as RecipientMark).date) &&
  Array.isArray((value as RecipientMark).sameDay) &&
  (value as RecipientMark).sameDay.every((key) => typeof key === 'string');

/** Parses the state file's text; a damaged file stops the digest rather than send everything again. */
export function parseDigestState(text: string | undefined, file: string): DigestState {
  if (text === undefined || text.trim() === '') return emptyDigestState();
  const problem = (what: string) =>
    new Error(
      `摘要记录文件 ${file} 已损坏（${what}）。为免重复发送，本次没有发送。请从备份恢复该文件；或删除它，每位党员会收到一封包含最近 7 天内容的摘要。/ The digest state file ${file} is damaged (${what}); nothing was sent. Restore it, or delete it to start over.`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw problem('不是有效的 JSON / not valid JSON');
  }
  const state = data as Partial<DigestState>;
  if (typeof state !== 'object' || state === null || state.version !== 1)
    throw problem('version 应为 1 / version must be 1');
  if (typeof state.recipients !== 'object' || state.recipients === null || Array.isArray(state.recipients))
    throw problem('缺少 recipients / no recipients');
  for (const [key, mark] of Object.entries(state.recipients)) {
    if (!isMark(mark)) throw problem(`recipients.${key}`);
  }
  return { version: 1, recipients: { ...state.recipients } };
}

/** The state after one recipient received a digest. */
export function markDelivered(state: DigestState, recipient: string, mark: RecipientMark): DigestState {
  return { ...state, recipients: { ...state.recipients, [recipient]: mark } };
}

export const serializeDigestState = (state: DigestState): string => `${JSON.stringify(state, null, 2)}\n`;
