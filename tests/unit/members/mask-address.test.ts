import { describe, expect, it } from 'vitest';
import { isEmailAddress, maskAddress, maskAddresses } from '../../../src/lib/members/mask-address';

describe('addresses in logs', () => {
  it.each([
    ['li-hua@example.edu.cn', 'l***@e***.cn'],
    ['Wang.Fang+dj@qq.com', 'W***@q***.com'],
  ])('%s is shown as %s', (address, masked) => expect(maskAddress(address)).toBe(masked));

  it('masks every address in a mail server’s reply', () => {
    expect(maskAddresses('550 5.1.1 <zhou-lei@example.edu.cn>: Recipient address rejected; from dj@example.cn')).toBe(
      '550 5.1.1 <z***@e***.cn>: Recipient address rejected; from d***@e***.cn',
    );
  });

  it.each([
    ['li-hua@example.edu.cn', true],
    ['张三@例子.中国', true],
    ['li-hua@example', false],
    ['li hua@example.cn', false],
    ['<li@example.cn>', false],
    ['li@@example.cn', false],
    ['', false],
  ])('%s is an address: %s', (value, ok) => expect(isEmailAddress(value)).toBe(ok));
});
