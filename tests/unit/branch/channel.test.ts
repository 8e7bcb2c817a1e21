import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX_CHARS as SERVICE_MAX_CHARS } from '../../../services/branch/channel.mjs';
import {
  MESSAGE_CATEGORIES,
  MESSAGE_MAX_CHARS,
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
} from '../../../src/lib/branch/channel';

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
    // The service's own limit (services/branch/channel.mjs): the page never lets through what it refuses.
    expect(MESSAGE_MAX_CHARS).toBe(SERVICE_MAX_CHARS);
    expect(messageProblem('opinion', '其他', '字'.repeat(MESSAGE_MAX_CHARS + 1))).toBe('too-long');
  });

  it("keeps every category list non-empty, unique and within the service's 20 characters", () => {
    for (const list of Object.values(MESSAGE_CATEGORIES)) {
      expect(list.length).toBeGreaterThan(1);
      expect(new Set(list).size).toBe(list.length);
      for (const category of list) expect([...category].length).toBeLessThanOrEqual(20);
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
      text: '正文',
      anonymous: false,
      requestId: 'r1',
    });
    expect(messageRequest('report', draft).anonymous).toBe(true);
    expect(messageRequest('report', { ...draft, anonymous: false }).anonymous).toBe(false);
  });
});

describe('tracking codes as members type them back', () => {
  it('takes full-width characters, spaces, dashes from a Chinese keyboard and lower case', () => {
    expect(normalizeCode(' ｋ７ｑｆ－３m9a - 2xwd-8bnr ')).toBe('K7QF-3M9A-2XWD-8BNR');
    expect(plausibleCode('K7QF-3M9A-2XWD-8BNR')).toBe(true);
    expect(plausibleCode('K7')).toBe(false);
    expect(plausibleCode('../inbox')).toBe(false);
  });
});

describe("the service's answers", () => {
  it('reads a message state as the service gives it (replies oldest first); refuses what is not one', () => {
    const state = readMessageState({
      kind: 'report',
      category: '违反廉洁纪律',
      sentOn: '2026-12-07',
      status: 'replied',
      replies: [
        { text: '已收到，正在核实。', on: '2026-12-08' },
        { text: '核实完毕。', on: '2026-12-09' },
        { nobody: true },
      ],
    });
    expect(state?.replies).toEqual([
      { text: '已收到，正在核实。', on: '2026-12-08' },
      { text: '核实完毕。', on: '2026-12-09' },
    ]);
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
    expect(readInboxMessage({ ...base, body: '正文' })).toBeUndefined();
    const opened = readInboxMessage({
      ...base,
      text: '正文',
      replies: [{ text: '收到', on: '2026-12-02', by: '王强（示例）' }],
    });
    expect(opened?.text).toBe('正文');
    expect(opened?.replies[0]?.by).toBe('王强（示例）');
  });

  it('knows a reader from `me`, and a plain member as none', () => {
    expect(readableKinds({ reads: { report: true, opinion: true } })).toEqual(['opinion', 'report']);
    expect(readableKinds({ reads: { report: true, opinion: false } })).toEqual(['report']);
    expect(readableKinds({ reads: { opinion: false, report: false } })).toEqual([]);
    expect(readableKinds({ name: '李华（示例）' })).toEqual([]);
  });
});
