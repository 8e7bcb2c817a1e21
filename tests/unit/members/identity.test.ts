import { describe, expect, it } from 'vitest';
import {
  MEMBER_KEY,
  memberFromQuery,
  normaliseMemberId,
  personalLink,
  readMemberId,
  saveMemberId,
} from '../../../src/lib/members/identity';

const memory = () => {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
};

describe('the member id on 我的学习', () => {
  it('comes from the personal link, tolerating case and spaces a chat app adds', () => {
    expect(memberFromQuery('?member=wang-fang')).toEqual({ kind: 'id', id: 'wang-fang' });
    expect(memberFromQuery('?member=%20Wang-Fang%20')).toEqual({ kind: 'id', id: 'wang-fang' });
    expect(memberFromQuery('')).toEqual({ kind: 'none' });
  });

  it('refuses what cannot be an archive id (a link cut short, Chinese, digits only)', () => {
    expect(memberFromQuery('?member=wang-')).toEqual({ kind: 'invalid', raw: 'wang-' });
    expect(normaliseMemberId('王芳')).toBeUndefined();
    expect(normaliseMemberId('2026')).toBeUndefined();
    expect(normaliseMemberId('20261205-031500')).toBe('20261205-031500');
  });

  it('is remembered in this browser; garbage or a refusing storage reads as unknown', () => {
    const storage = memory();
    expect(saveMemberId(storage, 'li-hua')).toBe(true);
    expect(readMemberId(storage)).toBe('li-hua');
    storage.data.set(MEMBER_KEY, '<script>');
    expect(readMemberId(storage)).toBeUndefined();
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(readMemberId(refusing)).toBeUndefined();
    expect(saveMemberId(refusing, 'li-hua')).toBe(false);
    expect(saveMemberId(undefined, 'li-hua')).toBe(false);
  });

  it('makes the personal link the secretary sends, under the site’s base path', () => {
    expect(personalLink('https://www.example.edu.cn/dangjian/my/', 'wang-fang')).toBe(
      'https://www.example.edu.cn/dangjian/my/?member=wang-fang',
    );
  });
});
