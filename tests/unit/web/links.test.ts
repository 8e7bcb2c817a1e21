import { describe, expect, it } from 'vitest';
import { internalPageLinks } from '../../../src/lib/web/links';

const PAGE = 'https://example.org/dangjian/articles/some-article/';
const BASE = '/dangjian/';
const links = (html: string, base = BASE) => internalPageLinks(html, PAGE, base);
const a = (href: string) => `<a href="${href}">x</a>`;

describe('internalPageLinks', () => {
  it.each([
    ['an absolute path', '/dangjian/school/', '/dangjian/school/'],
    ['a full same-origin URL', 'https://example.org/dangjian/tags/dang-shi/', '/dangjian/tags/dang-shi/'],
    ['the base itself', '/dangjian/', '/dangjian/'],
    ['a relative child', 'chapter-2/', '/dangjian/articles/some-article/chapter-2/'],
    ['a relative sibling', '../other-article/', '/dangjian/articles/other-article/'],
    ['the current page', './', '/dangjian/articles/some-article/'],
    ['a link with a fragment', '/dangjian/school/#lesson-3', '/dangjian/school/'],
    ['a link with a query', '/dangjian/search/?q=%E5%85%9A&amp;page=2', '/dangjian/search/'],
    ['a link with query and fragment', '/dangjian/search/?q=x#results', '/dangjian/search/'],
  ])('keeps %s', (_label, href, expected) => {
    expect(links(a(href))).toEqual([expected]);
  });

  it.each([
    ['another origin', 'https://www.12371.cn/dangjian/'],
    ['another scheme on the same host', 'http://example.org/dangjian/school/'],
    ['a protocol-relative other host', '//cdn.example.net/dangjian/'],
    ['a feed', '/dangjian/rss.xml'],
    ['a stylesheet', '/dangjian/_astro/site.css'],
    ['a PDF', '/dangjian/files/party-constitution.pdf'],
    ['a page path without its trailing slash', '/dangjian/school'],
    ['a mailto: link', 'mailto:branch@example.org'],
    ['a tel: link', 'tel:+861012345678'],
    ['a javascript: link', 'javascript:void(0)'],
    ['a fragment of the current page', '#top'],
    ['an empty href', ''],
    ['a path outside the base', '/other-site/'],
    ['the site root outside the base', '/'],
    ['a path that only starts like the base', '/dangjianxx/'],
    ['a relative link climbing out of the base', '../../../elsewhere/'],
  ])('drops %s', (_label, href) => {
    expect(links(a(href))).toEqual([]);
  });

  it('collects every page link once, in order of first appearance', () => {
    const html = `
      <link rel="stylesheet" href="/dangjian/_astro/site.css">
      <link rel="alternate" type="application/rss+xml" href="/dangjian/rss.xml">
      <nav><a href="/dangjian/">首页</a> <a class="nav" href="/dangjian/school/">党校</a></nav>
      <a href="/dangjian/school/#top">党校</a>
      <a href="https://github.com/">GitHub</a>
      <a href="../">文章</a>`;
    expect(links(html)).toEqual(['/dangjian/', '/dangjian/school/', '/dangjian/articles/']);
  });

  it('does not read attributes that merely end in "href"', () => {
    expect(links('<a data-href="/dangjian/hidden/" href="/dangjian/shown/">x</a>')).toEqual(['/dangjian/shown/']);
  });

  it('keeps every same-origin page under the default base "/"', () => {
    expect(internalPageLinks(a('/other-site/') + a('/dangjian/school/'), PAGE)).toEqual([
      '/other-site/',
      '/dangjian/school/',
    ]);
  });
});
