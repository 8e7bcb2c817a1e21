import { describe, expect, it } from 'vitest';
import { normaliseBase } from '../../../src/lib/web/base-path';

describe('normaliseBase: the base path in its one written form', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['//', '/'],
    ['/dangjian', '/dangjian/'],
    ['/dangjian/', '/dangjian/'],
    ['dangjian', '/dangjian/'],
    ['//a//b//', '/a/b/'],
  ])('%j → %j', (given, expected) => {
    expect(normaliseBase(given)).toBe(expected);
  });
});
