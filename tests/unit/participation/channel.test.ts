import { describe, expect, it } from 'vitest';
import {
  MESSAGE_CATEGORIES,
  MESSAGE_MAX_CHARS,
  beijingTime,
  draftKey,
  messageProblem,
  messageRequest,
  nextDraft,
  normalizeCode,
  plausibleCode,
  readDraft,
  readInbox,
  readInboxMessage,
  readMessageState,
  readableKinds,
} from '../../../src/lib/participation/channel';

const storage = (entries: Record<string, string>) => ({ getItem: (key: string) => entries[key] ?? null });

describe('messageProblem (before a message goes to the service)', () => {
  it('asks for a category of the kind, not of the other kind', () => {
    expect(messageProblem('opinion', '', '支部学习安排可以提前一周通知。')).toBe('category');
    expect(messageProblem('opinion', '违反廉洁纪律', '支部学习安排可以提前一周通知。')).toBe('category');
    expect(messageProblem('report', '违反廉洁纪律', '某次活动经费报销与实际不符，请核实。')).toBeUndefined();
  });

  it('counts characters as members do, after trimming: too short, enough, too long', () => {
    expect(messageProblem('opinion', '其他', '   太短了   ')).toBe('too-short');
    expect(messageProblem('opinion', '其他', '一二三四五六七八九十')).toBeUndefined();
    // An emoji is one character, not two UTF-16 units.
    expect(messageProblem('opinion', '其他', '👍'.repeat(MESSAGE_MAX_CHARS))).toBeUndefined();
    expect(messageProblem('opinion', '其他', '字'.repeat(MESSAGE_MAX_CHARS + 1))).toBe('too-long');
  });

  it('keeps every category list non-empty, unique and within the service column (40)', () => {
    for (const list of Object.values(MESSAGE_CATEGORIES)) {
      expect(list.length).toBeGreaterThan(1);
      expect(new Set(list).size).toBe(list.length);
      for (const category of list) expect(category.length).toBeLessThanOrEqual(40);
    }
  });
});

describe('drafts and request ids (a retry is never stored twice)', () => {
  let n = 0;
  const newId = () => `id-${++n}`;
  const text = { category: '其他', body: '建议把学习材料提前发到群里。', anonymous: false };

  it('keeps the request id while nothing changes, and takes a new one when the member edits', () => {
    const first = nextDraft(undefined, text, newId);
    const retry = nextDraft(first, { ...text }, newId);
    expect(retry.requestId).toBe(first.requestId);
    expect(nextDraft(first, { ...text, body: `${text.body}谢谢。` }, newId).requestId).not.toBe(first.requestId);
    expect(nextDraft(first, { ...text, anonymous: true }, newId).requestId).not.toBe(first.requestId);
    expect(nextDraft(first, { ...text, category: '学习教育' }, newId).requestId).not.toBe(first.requestId);
  });

  it('reads back a kept draft per kind and ignores anything else in the slot', () => {
    const draft = { ...text, requestId: 'abc' };
    expect(readDraft(storage({ [draftKey('opinion')]: JSON.stringify(draft) }), 'opinion')).toEqual(draft);
    expect(readDraft(storage({ [draftKey('opinion')]: JSON.stringify(draft) }), 'report')).toBeUndefined();
    expect(readDraft(storage({ [draftKey('report')]: '{"body":1}' }), 'report')).toBeUndefined();
    expect(readDraft(storage({ [draftKey('report')]: 'not json' }), 'report')).toBeUndefined();
  });

  it('sends 意见 never anonymous, 举报 anonymous only when asked, the text trimmed', () => {
    const draft = { ...text, body: '  正文  ', anonymous: true, requestId: 'r1' };
    expect(messageRequest('opinion', draft)).toEqual({
      kind: 'opinion',
      category: '其他',
      body: '正文',
      anonymous: false,
      requestId: 'r1',
    });
    expect(messageRequest('report', draft).anonymous).toBe(true);
    expect(messageRequest('report', { ...draft, anonymous: false }).anonymous).toBe(false);
  });
});

describe('tracking codes as members type them back', () => {
  it('takes full-width characters, spaces, dashes from a Chinese keyboard and lower case', () => {
    expect(normalizeCode(' ｋ７ｑｆ－３m9a - 2xwd ')).toBe('K7QF-3M9A-2XWD');
    expect(plausibleCode('K7QF-3M9A-2XWD')).toBe(true);
    expect(plausibleCode('K7')).toBe(false);
    expect(plausibleCode('../inbox')).toBe(false);
  });
});

describe("the service's answers", () => {
  it('reads a message state with its replies oldest first; refuses what is not one', () => {
    const state = readMessageState({
      kind: 'report',
      category: '违反廉洁纪律',
      sentOn: '2026-12-07',
      status: 'replied',
      replies: [
        { body: '第二次答复', at: '2026-12-09T02:00:00Z' },
        { body: '已收到，正在核实。', at: '2026-12-08T02:00:00Z' },
        { nobody: true },
      ],
    });
    expect(state?.replies.map((r) => r.body)).toEqual(['已收到，正在核实。', '第二次答复']);
    expect(readMessageState({ kind: 'email', category: 'x', status: 'read' })).toBeUndefined();
    expect(readMessageState(null)).toBeUndefined();
  });

  it('lists the inbox newest first, an anonymous sender as none', () => {
    const items = readInbox([
      { id: 1, kind: 'opinion', category: '其他', sentOn: '2026-12-01', status: 'read', sender: '张明（示例）' },
      { id: 3, kind: 'report', category: '其他', sentOn: '2026-12-05', status: 'received', sender: null },
      { id: 2, kind: 'report', category: '其他', sentOn: '2026-12-05', status: 'received' },
      { id: 'x' },
    ]);
    expect(items.map((i) => i.id)).toEqual([3, 2, 1]);
    expect(items[0]?.sender).toBeUndefined();
    expect(items[2]?.sender).toBe('张明（示例）');
    expect(
      readInbox({ messages: [{ id: 5, kind: 'opinion', category: '其他', sentOn: '', status: 'read' }] }),
    ).toHaveLength(1);
  });

  it('opens a message only with its text', () => {
    const base = { id: 4, kind: 'opinion', category: '其他', sentOn: '2026-12-01', status: 'read' };
    expect(readInboxMessage(base)).toBeUndefined();
    expect(readInboxMessage({ ...base, body: '正文', replies: [] })?.body).toBe('正文');
  });

  it('knows a reader from `me`, and a plain member as none', () => {
    expect(readableKinds({ reads: ['report', 'opinion'] })).toEqual(['opinion', 'report']);
    expect(readableKinds({ reads: [] })).toEqual([]);
    expect(readableKinds({ name: '李华（示例）' })).toEqual([]);
  });

  it('shows a reply time on the Beijing clock', () => {
    expect(beijingTime('2026-12-07T16:05:00Z')).toBe('2026年12月8日 00:05');
    expect(beijingTime('')).toBe('');
  });
});
