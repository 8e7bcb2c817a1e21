import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/fill';
import { clientStrings, t } from '../../src/i18n/zh';

describe('UI strings', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('第 {page} / {total} 页', { page: 2, total: 5 })).toBe('第 2 / 5 页');
    expect(fill('约 {minutes} 分钟', {})).toBe('约 {minutes} 分钟');
  });

  it('gives client scripts exactly the templates under their prefixes', () => {
    const strings = clientStrings('pagination.');
    expect(Object.keys(strings).every((key) => key.startsWith('pagination.'))).toBe(true);
    expect(fill(strings['pagination.status']!, { page: 1, total: 3 })).toBe(t('pagination.status', { page: 1, total: 3 }));
  });
});
