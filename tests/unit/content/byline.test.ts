import { describe, expect, it } from 'vitest';
import { shownAuthor, surnameOf } from '../../../src/lib/content/byline';

describe('surnameOf', () => {
  it.each([
    ['张明', '张'],
    ['王小红', '王'],
    ['欧阳文', '欧阳'],
    ['司马光明', '司马'],
    ['欧阳', '欧'], // a two-character name whose characters happen to form a compound surname
    [' 李 强 ', '李'],
  ])('%s → %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });

  it.each(['一名青年党员', 'Zhang Ming', '张', '小张2号'])('%s is not a personal name', (name) => {
    expect(surnameOf(name)).toBeUndefined();
  });
});

describe('shownAuthor', () => {
  it.each([
    ['张明', undefined, '张同志'],
    ['张明', '姓 + 同志', '张同志'],
    ['欧阳文', '姓 + 同志', '欧阳同志'],
    ['张明', '全名', '张明'],
    ['张明', '匿名', '匿名'],
    ['一名青年党员', '姓 + 同志', '一名青年党员'],
    ['一名青年党员', '匿名', '匿名'],
    // An unknown value (hand-edited file) never falls through to the full name.
    ['张明', '全部', '张同志'],
  ])('%s with %s → %s', (author, choice, shown) => {
    expect(shownAuthor(author, choice)).toBe(shown);
  });
});
