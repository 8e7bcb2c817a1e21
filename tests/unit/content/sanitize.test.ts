import { describe, expect, it } from 'vitest';
import { isAllowedMediaUrl, sanitizeHtml, withBase } from '../../../src/lib/content/sanitize';

/** Attack payloads and what must be left of them: inert text or nothing. */
const ATTACKS: Array<[string, string, string]> = [
  ['a script tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  [
    'an upper-case script tag with src',
    '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>',
    '&lt;script&gt;&lt;/script&gt;',
  ],
  [
    'an onerror handler',
    '<img src="/uploads/a.png" onerror="alert(1)">',
    '<img src="/uploads/a.png" loading="lazy" decoding="async" />',
  ],
  ['an onclick handler', '<p onclick="alert(1)">文字</p>', '<p>文字</p>'],
  ['a mixed-case event handler', '<p OnMouseOver="alert(1)">文字</p>', '<p>文字</p>'],
  ['a javascript: link', '<a href="javascript:alert(1)">链接</a>', '<a>链接</a>'],
  ['a mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">链接</a>', '<a>链接</a>'],
  ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">链接</a>', '<a>链接</a>'],
  ['a hex-entity javascript: link', '<a href="jav&#x61;script:alert(1)">链接</a>', '<a>链接</a>'],
  ['a javascript: link with a tab inside', '<a href="java\tscript:alert(1)">链接</a>', '<a>链接</a>'],
  ['a javascript: link with leading spaces', '<a href="  javascript:alert(1)">链接</a>', '<a>链接</a>'],
  ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">链接</a>', '<a>链接</a>'],
  ['a vbscript: link', '<a href="vbscript:msgbox(1)">链接</a>', '<a>链接</a>'],
  [
    'SVG with a script inside',
    '<svg onload="alert(1)"><script>alert(2)</script></svg>',
    '&lt;svg&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;/svg&gt;',
  ],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>', '&lt;iframe&gt;&lt;/iframe&gt;'],
  ['an object', '<object data="https://evil.example/x.swf"></object>', '&lt;object&gt;&lt;/object&gt;'],
  [
    'a form with a password field',
    '<form action="https://evil.example/"><input name="pw"></form>',
    '&lt;form&gt;<span></span>&lt;/form&gt;',
  ],
  ['a style tag', '<style>body{display:none}</style>', '&lt;style&gt;body{display:none}&lt;/style&gt;'],
  ['an overlaying inline style', '<div style="position:fixed;inset:0">盖住</div>', '<div>盖住</div>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', '&lt;meta /&gt;'],
  ['an image from a third-party host', '<img src="https://evil.example/track.gif">', ''],
  ['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', ''],
  ['a protocol-relative image', '<img src="//evil.example/a.png">', ''],
  ['a video from a third-party host', '<video src="https://evil.example/v.mp4" controls></video>', ''],
  ['a base tag', '<base href="https://evil.example/">', '&lt;base /&gt;'],
  [
    'mutation XSS through math and style',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '&lt;math&gt;&lt;mtext&gt;<table>&lt;mglyph&gt;&lt;style&gt;&lt;img src=x onerror=alert(1)&gt;</table>',
  ],
];

describe('sanitizeHtml removes or neutralises attack payloads', () => {
  it.each(ATTACKS)('%s', (_name, input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it.each(ATTACKS)('leaves no live markup from %s', (_name, input) => {
    const output = sanitizeHtml(input);
    expect(output).not.toMatch(/<(script|iframe|svg|form|object|style|meta|base)\b/i);
    expect(output).not.toMatch(/<[^>]*\son\w+=/i);
    expect(output).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
  });
});

describe('sanitizeHtml keeps safe formatting', () => {
  it.each([
    ['paragraphs and emphasis', '<p><strong>加粗</strong>、<em>强调</em>、<del>删除</del></p>'],
    ['headings with ids', '<h2 id="xue-xi-ti-hui">学习体会</h2>'],
    ['lists', '<ol start="3"><li>一</li></ol><ul><li>二</li></ul>'],
    ['block quotes', '<blockquote><p>引文</p></blockquote>'],
    ['site links', '<a href="/reports/">思想汇报</a>'],
    ['mail links', '<a href="mailto:dangzhibu@example.edu.cn">邮箱</a>'],
    ['site images', '<img src="/uploads/history/a.svg" alt="图" loading="lazy" decoding="async" />'],
    [
      'tables with aligned columns',
      '<table><thead><tr><th class="align-right">数</th></tr></thead><tbody><tr><td class="align-center">1</td></tr></tbody></table>',
    ],
    ['code blocks', '<pre><code class="language-js">const a = 1;</code></pre>'],
    ['task list boxes', '<ul><li><input type="checkbox" disabled checked /> 已完成</li></ul>'],
    [
      'footnotes',
      '<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>',
    ],
  ])('%s', (_name, html) => {
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('turns column alignment into a class, since the policy blocks inline styles', () => {
    expect(
      sanitizeHtml(
        '<table><tr><th style="text-align: right">数</th><td style="text-align:center;">1</td><td align="left">2</td></tr></table>',
      ),
    ).toBe(
      '<table><tr><th class="align-right">数</th><td class="align-center">1</td><td class="align-left">2</td></tr></table>',
    );
  });

  it('drops other inline styles on cells and code', () => {
    expect(
      sanitizeHtml('<table><tr><td style="color:red;text-align:right">1</td><td class="sr-only">2</td></tr></table>'),
    ).toBe('<table><tr><td>1</td><td>2</td></tr></table>');
    expect(
      sanitizeHtml('<pre style="color:#fff"><code><span style="color:#F97583" class="line">const</span></code></pre>'),
    ).toBe('<pre><code><span>const</span></code></pre>');
  });

  it('marks external links nofollow and cuts the opener', () => {
    expect(sanitizeHtml('<a href="https://www.gov.cn/">政府网</a>')).toBe(
      '<a href="https://www.gov.cn/" rel="nofollow noopener noreferrer">政府网</a>',
    );
  });

  it('turns a task-list box into a disabled, display-only checkbox', () => {
    expect(sanitizeHtml('<input type="checkbox" checked name="x">')).toBe('<input type="checkbox" disabled checked />');
  });

  it('allows media from the configured self-hosted origins only', () => {
    const options = { mediaOrigins: ['https://media.example.cn'] };
    expect(sanitizeHtml('<img src="https://media.example.cn/a.png" alt="" />', options)).toBe(
      '<img src="https://media.example.cn/a.png" alt="" loading="lazy" decoding="async" />',
    );
    expect(sanitizeHtml('<img src="https://media.example.cn.evil.example/a.png" />', options)).toBe('');
    expect(
      sanitizeHtml('<video src="https://media.example.cn/v.mp4" poster="https://evil.example/p.jpg"></video>', options),
    ).toBe('');
  });
});

describe('isAllowedMediaUrl', () => {
  it.each<[string, boolean]>([
    ['/uploads/a.png', true],
    ['uploads/a.png', false], // relative to each page: a broken image
    ['../a.png', false],
    ['https://media.example.cn/a.png', true],
    ['HTTPS://MEDIA.EXAMPLE.CN/a.png', true],
    ['http://media.example.cn/a.png', false],
    ['https://evil.example/a.png', false],
    ['//media.example.cn/a.png', false],
    ['\\\\evil.example\\a.png', false],
    ['data:image/png;base64,AAAA', false],
    ['javascript:alert(1)', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedMediaUrl(url, ['https://media.example.cn'])).toBe(expected);
  });
});

describe('site paths under a sub-path', () => {
  it.each([
    [
      '<p><img src="/uploads/articles/a.jpg" alt="图"></p>',
      '<p><img src="/dangjian/uploads/articles/a.jpg" alt="图" loading="lazy" decoding="async" /></p>',
    ],
    ['<p><a href="/articles/x/">文章</a></p>', '<p><a href="/dangjian/articles/x/">文章</a></p>'],
    ['<p><a href="/dangjian/articles/x/">文章</a></p>', '<p><a href="/dangjian/articles/x/">文章</a></p>'],
    ['<p><a href="#part">本页</a></p>', '<p><a href="#part">本页</a></p>'],
    [
      '<video src="/uploads/media/v.mp4" poster="/uploads/media/p.jpg"></video>',
      '<video src="/dangjian/uploads/media/v.mp4" poster="/dangjian/uploads/media/p.jpg"></video>',
    ],
  ])('%s', (html, expected) => {
    expect(sanitizeHtml(html, { base: '/dangjian/' })).toBe(expected);
  });

  it('leaves paths alone at the root', () => {
    expect(withBase('/uploads/a.jpg', '/')).toBe('/uploads/a.jpg');
    expect(withBase('//evil.example/a.jpg', '/dangjian/')).toBe('//evil.example/a.jpg');
  });
});

describe('images in text load lazily with their real size', () => {
  const imageSizes = new Map([['/uploads/articles/a.jpg', { width: 800, height: 600 }]]);
  it.each([
    [
      'an upload of known size',
      '<img src="/uploads/articles/a.jpg" alt="图">',
      '<img src="/uploads/articles/a.jpg" alt="图" width="800" height="600" loading="lazy" decoding="async" />',
    ],
    [
      'an image of unknown size',
      '<img src="/uploads/articles/b.jpg" alt="">',
      '<img src="/uploads/articles/b.jpg" alt="" loading="lazy" decoding="async" />',
    ],
    [
      'sizes the author gave',
      '<img src="/uploads/articles/a.jpg" alt="" width="400">',
      '<img src="/uploads/articles/a.jpg" alt="" width="400" loading="lazy" decoding="async" />',
    ],
    [
      'an eager image the author asked for',
      '<img src="/uploads/articles/a.jpg" alt="" loading="eager">',
      '<img src="/uploads/articles/a.jpg" alt="" loading="eager" width="800" height="600" decoding="async" />',
    ],
  ])('%s', (_name, html, expected) => {
    expect(sanitizeHtml(html, { imageSizes })).toBe(expected);
  });

  it('looks the size up by the path as written, before the base path is added', () => {
    expect(sanitizeHtml('<img src="/uploads/articles/a.jpg" alt="">', { imageSizes, base: '/dangjian/' })).toBe(
      '<img src="/dangjian/uploads/articles/a.jpg" alt="" width="800" height="600" loading="lazy" decoding="async" />',
    );
  });
});
