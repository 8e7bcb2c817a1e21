/**
 * The confidential channel of /feedback/ (意见 to the branch committee, 举报 to
 * the 纪检委员 or secretary) as the page and the readers' page see it: the
 * categories, the length limits, what a draft kept in the tab looks like, and
 * how the service's answers read. Pure logic; the forms and the service
 * (docs/branch-service.md, routes `messages`, `messages/:code`, `inbox`) use it.
 */
/** The two kinds of message, as the service names them. */
export const MESSAGE_KINDS = ['opinion', 'report'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * The categories a sender picks from, one list per kind: the words members
 * use. 举报's follow the matters the 纪检委员 handles under the 中国共产党纪律处分条例
 * (2023), 第二编 (政治、组织、廉洁、群众、工作、生活纪律), put plainly; 意见's
 * the branch's own work.
 */
export const MESSAGE_CATEGORIES: Record<MessageKind, readonly string[]> = {
  opinion: ['组织生活', '学习教育', '党员发展', '支部工作作风', '服务群众', '其他'],
  report: ['违反政治纪律', '违反组织纪律', '违反廉洁纪律', '违反群众纪律', '违反工作纪律', '违反生活纪律', '其他'],
};

/** Fewer characters than this say too little for the committee to act on. */
export const MESSAGE_MIN_CHARS = 10;
/** The longest message and reply, as the service takes them (services/branch/channel.mjs MESSAGE_MAX_CHARS). */
export const MESSAGE_MAX_CHARS = 5000;
export const REPLY_MAX_CHARS = MESSAGE_MAX_CHARS;

/** Characters as a member counts them (an emoji is one), after trimming. */
export const charCount = (text: string) => Array.from(text.trim()).length;

export type MessageProblem = 'category' | 'too-short' | 'too-long';

/** What is wrong with a message before it is sent, or undefined when it can go. */
export function messageProblem(kind: MessageKind, category: string, body: string): MessageProblem | undefined {
  if (!MESSAGE_CATEGORIES[kind].includes(category)) return 'category';
  const length = charCount(body);
  if (length < MESSAGE_MIN_CHARS) return 'too-short';
  if (length > MESSAGE_MAX_CHARS) return 'too-long';
  return undefined;
}

/** What the page keeps in sessionStorage while a message has not reached the service. */
export interface MessageDraft {
  category: string;
  body: string;
  anonymous: boolean;
  /** The write's id (newRequestId): the same one for every retry of the same text. */
  requestId: string;
}

/** Where a kind's draft lives in sessionStorage (the tab only: a shared phone forgets it when the tab closes). */
export const draftKey = (kind: MessageKind) => `branch-channel-draft-${kind}`;

/**
 * The draft to send: the same request id as the last try when nothing changed
 * (a retry after a lost answer is then recognised by the service and never
 * stored twice), a fresh one when the member changed the message.
 */
export function nextDraft(
  previous: MessageDraft | undefined,
  now: Omit<MessageDraft, 'requestId'>,
  newId: () => string,
): MessageDraft {
  const same =
    previous !== undefined &&
    previous.category === now.category &&
    previous.body === now.body &&
    previous.anonymous === now.anonymous;
  return { ...now, requestId: same ? previous.requestId : newId() };
}

/** The draft kept for `kind`, or undefined when there is none or it is not one of ours. */
export function readDraft(storage: Pick<Storage, 'getItem'>, kind: MessageKind): MessageDraft | undefined {
  try {
    const value = JSON.parse(storage.getItem(draftKey(kind)) ?? 'null') as Partial<MessageDraft> | null;
    if (
      typeof value?.category !== 'string' ||
      typeof value.body !== 'string' ||
      typeof value.anonymous !== 'boolean' ||
      typeof value.requestId !== 'string'
    )
      return undefined;
    return { category: value.category, body: value.body, anonymous: value.anonymous, requestId: value.requestId };
  } catch {
    return undefined;
  }
}

/** The body of `POST messages`: an anonymous 举报 asks the service not to keep the account; 意见 are never anonymous. */
export function messageRequest(kind: MessageKind, draft: MessageDraft) {
  return {
    kind,
    category: draft.category,
    text: draft.body.trim(),
    anonymous: kind === 'report' && draft.anonymous,
    requestId: draft.requestId,
  };
}

/**
 * A tracking code as a member types it back: full-width letters and digits
 * from a Chinese keyboard made plain, spaces dropped, letters upper case (the
 * service's codes are Crockford base 32 in groups, e.g. K7QF-3M9A-2XWD-8BNR;
 * it reads O as 0 and I, L as 1 itself).
 */
export function normalizeCode(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[－—–]/g, '-')
    .toUpperCase();
}

/** Whether a typed code could be one at all (the route is not asked for anything else). */
export const plausibleCode = (code: string) => /^[A-Z0-9-]{6,40}$/.test(code);

export const MESSAGE_STATUSES = ['received', 'read', 'replied'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export interface Reply {
  text: string;
  /** The day it was written (YYYY-MM-DD, Beijing). */
  on: string;
  /** Who replied (readers see it; the sender's look-up does not). */
  by?: string;
}

/** What `messages/:code` says about one message. */
export interface MessageState {
  kind: MessageKind;
  category: string;
  sentOn: string;
  status: MessageStatus;
  replies: Reply[];
}

const isKind = (value: unknown): value is MessageKind => MESSAGE_KINDS.includes(value as MessageKind);
const isStatus = (value: unknown): value is MessageStatus => MESSAGE_STATUSES.includes(value as MessageStatus);

/** Replies in the service's answer, in its order (oldest first); anything that is not one is left out. */
export function readReplies(value: unknown): Reply[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is { text: string; on?: unknown; by?: unknown } => typeof r?.text === 'string')
    .map((r) => ({ text: r.text, on: String(r.on ?? ''), ...(typeof r.by === 'string' ? { by: r.by } : {}) }));
}

/** Reads the data of `messages/:code`; undefined when it is not a message's state. */
export function readMessageState(data: unknown): MessageState | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  if (!isKind(d.kind) || !isStatus(d.status) || typeof d.category !== 'string') return undefined;
  return {
    kind: d.kind,
    category: d.category,
    sentOn: String(d.sentOn ?? ''),
    status: d.status,
    replies: readReplies(d.replies),
  };
}

/** One line of the readers' list (`inbox`). */
export interface InboxItem {
  id: number;
  kind: MessageKind;
  category: string;
  sentOn: string;
  status: MessageStatus;
  /** The sender's name; undefined for an anonymous 举报. */
  sender?: string;
}

/** A message opened by a reader (`inbox/:id`). */
export interface InboxMessage extends InboxItem {
  text: string;
  replies: Reply[];
}

function readItem(value: unknown): InboxItem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const d = value as Record<string, unknown>;
  if (typeof d.id !== 'number' || !isKind(d.kind) || !isStatus(d.status) || typeof d.category !== 'string')
    return undefined;
  const sender = typeof d.sender === 'string' && d.sender !== '' ? d.sender : undefined;
  return { id: d.id, kind: d.kind, category: d.category, sentOn: String(d.sentOn ?? ''), status: d.status, sender };
}

/** The readers' list, newest first (the service's order is not relied on). */
export function readInbox(data: unknown): InboxItem[] {
  const list = Array.isArray(data) ? data : (data as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(list)) return [];
  return list
    .map(readItem)
    .filter((item): item is InboxItem => item !== undefined)
    .sort((a, b) => b.sentOn.localeCompare(a.sentOn) || b.id - a.id);
}

/** One opened message; undefined when the answer is not one. */
export function readInboxMessage(data: unknown): InboxMessage | undefined {
  const item = readItem(data);
  const text = (data as { text?: unknown } | null)?.text;
  if (!item || typeof text !== 'string') return undefined;
  return { ...item, text, replies: readReplies((data as { replies?: unknown }).replies) };
}

/** Which kinds the signed-in account may read, from `me` (`reads: { opinion, report }`); empty for a plain member. */
export function readableKinds(me: unknown): MessageKind[] {
  const reads = (me as { reads?: Partial<Record<MessageKind, unknown>> } | null)?.reads;
  return MESSAGE_KINDS.filter((kind) => reads?.[kind] === true);
}
