import { describe, expect, it } from 'vitest';
import { mailtoLink, reportChannelLinks } from '../../../src/lib/participation/report-channel';

const template = { subject: '举报 线索', body: '时间：\n经过：' };

describe('mailtoLink', () => {
  it('encodes subject and body with %20 and CRLF line breaks', () => {
    expect(mailtoLink('jubao@example.edu.cn', 'a b+c', 'x\ny')).toBe(
      'mailto:jubao@example.edu.cn?subject=a%20b%2Bc&body=x%0D%0Ay',
    );
  });

  it('keeps Chinese text intact after decoding', () => {
    const url = new URL(mailtoLink('jubao@example.edu.cn', template.subject, template.body));
    expect(decodeURIComponent(url.search)).toBe('?subject=举报 线索&body=时间：\r\n经过：');
  });
});

describe('reportChannelLinks', () => {
  it.each([
    [{ email: 'jubao@example.edu.cn', note: 'n' }, [['email', 'jubao@example.edu.cn']]],
    [{ url: 'https://forms.example.cn/jubao', note: 'n' }, [['form', 'forms.example.cn']]],
    [
      { email: 'a@example.cn', url: 'https://forms.example.cn/x', note: 'n' },
      [
        ['email', 'a@example.cn'],
        ['form', 'forms.example.cn'],
      ],
    ],
    [{ note: 'n' }, []],
  ])('%j', (channel, expected) => {
    expect(reportChannelLinks(channel, template).map((l) => [l.kind, l.label])).toEqual(expected);
  });

  it('links the form address unchanged', () => {
    expect(reportChannelLinks({ url: 'https://forms.example.cn/jubao?x=1', note: 'n' }, template)[0]!.href).toBe(
      'https://forms.example.cn/jubao?x=1',
    );
  });
});
