import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintText, newSalt, reviewFingerprint } from '../../../src/lib/branch/fingerprint';

describe('民主评议 fingerprint', () => {
  it('is the first 16 hex of SHA-256 over the salt and the id=grade lines sorted by id', async () => {
    const grades = { 'wang-li': '合格', 'chen-xiao': '优秀', 'Zhao-ming': '基本合格' };
    // Sorted by code unit: upper case before lower case, whatever order the member graded in.
    const text = 'salt-0123456789ab\nZhao-ming=基本合格\nchen-xiao=优秀\nwang-li=合格';
    expect(fingerprintText('salt-0123456789ab', grades)).toBe(text);
    const expected = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
    expect(await reviewFingerprint('salt-0123456789ab', grades)).toBe(expected);
    expect(
      await reviewFingerprint('salt-0123456789ab', { 'chen-xiao': '优秀', 'Zhao-ming': '基本合格', 'wang-li': '合格' }),
    ).toBe(expected);
  });

  it('changes with any grade or the salt', async () => {
    const base = await reviewFingerprint('s1', { a: '合格', b: '优秀' });
    expect(await reviewFingerprint('s1', { a: '优秀', b: '合格' })).not.toBe(base);
    expect(await reviewFingerprint('s2', { a: '合格', b: '优秀' })).not.toBe(base);
  });

  it('makes salts the service accepts (16–64 letters, digits, - or _), never the same twice', () => {
    const salts = new Set(Array.from({ length: 50 }, newSalt));
    expect(salts.size).toBe(50);
    for (const salt of salts) expect(salt).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  });
});
