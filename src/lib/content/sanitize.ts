/**
 * Rendered Markdown is untrusted: members write thought reports and essays,
 * and raw HTML passes through Markdown untouched. Every collection's HTML goes
 * through this allow-list (defence in depth): safe formatting stays; scripts,
 * event handlers, `javascript:`/`data:` links, iframes, forms and embeds go.
 * Disallowed tags are shown as text, so a member sees what did not work.
 * Media (images, audio, video) may only come from this site or from the
 * self-hosted media servers in `mediaOrigins`: no third-party requests.
 */
import sanitize from 'sanitize-html';

export interface SanitizeOptions {
  /** Extra origins allowed for images and media, e.g. ['https://media.example.cn']. */
  mediaOrigins?: readonly string[];
  /** The site's base path ('/dangjian/'): root-relative links and media written as /uploads/… get it. */
  base?: string;
  /** Real sizes of uploaded images by their src as written ('/uploads/a.jpg'), read at build time (src/site/images.ts). */
  imageSizes?: ReadonlyMap<string, { width: number; height: number }>;
}

/**
 * Editors and the CMS write site paths from the root (`/uploads/a.jpg`,
 * `/articles/x/`); under a sub-path they must carry it, or they break.
 */
export function withBase(url: string, base = '/'): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(base)) return url;
  return base.replace(/\/$/, '') + url;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster'];

function rebase(attribs: Record<string, string>, base: string | undefined): Record<string, string> {
  const result = { ...attribs };
  for (const name of URL_ATTRIBUTES) if (result[name] !== undefined) result[name] = withBase(result[name], base);
  return result;
}

const TEXT_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'sub',
  'sup',
  'small',
  'abbr',
  'q',
  'cite',
  'code',
  'pre',
  'kbd',
  'samp',
  'span',
  'div',
  'section',
  'figure',
  'figcaption',
  'details',
  'summary',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'a',
  'input',
];
const MEDIA_TAGS = ['img', 'video', 'audio', 'source', 'track'];
const MEDIA_SOURCE_ATTRIBUTES = ['src', 'poster'];

/**
 * The policy (src/site/csp.ts) blocks inline style attributes, so a column's
 * alignment (`|---:|` writes style="text-align:right") becomes a class styled in
 * global.css. Code is not highlighted (markdown.syntaxHighlight: false): Shiki
 * colours are inline styles too.
 */
const SIDES = ['left', 'right', 'center'];
const ALIGNMENT_CLASSES = SIDES.map((side) => `align-${side}`);
/** The whole style is one text-align declaration; anything else on a cell is dropped. */
const ALIGNMENT_STYLE = new RegExp(`^\\s*text-align\\s*:\\s*(${SIDES.join('|')})\\s*;?\\s*$`, 'i');
function alignedCell(tagName: string, attribs: Record<string, string>) {
  const { style, align, ...rest } = attribs;
  const alignment = `align-${(style?.match(ALIGNMENT_STYLE)?.[1] ?? align)?.toLowerCase()}`;
  return { tagName, attribs: ALIGNMENT_CLASSES.includes(alignment) ? { ...rest, class: alignment } : rest };
}

/**
 * Site paths from the root (`/uploads/…`) and the allowed origins; never `data:`,
 * `javascript:` or `//host`. A bare relative path (`x`, `uploads/a.jpg`) would
 * resolve against each page's own address and show a broken image, so it goes too.
 */
export function isAllowedMediaUrl(url: string, mediaOrigins: readonly string[] = []): boolean {
  const value = url.trim();
  if (value === '' || value.startsWith('//') || value.startsWith('\\')) return false;
  if (!/^[a-z][a-z\d+.-]*:/i.test(value)) return value.startsWith('/') && !/[\u0000-\u001f]/.test(value);
  try {
    const origin = new URL(value).origin;
    return mediaOrigins.some((allowed) => new URL(allowed).origin === origin);
  } catch {
    return false;
  }
}

export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  const mediaOrigins = options.mediaOrigins ?? [];
  const { base } = options;
  const rebased = (tagName: string, attribs: Record<string, string>) => ({ tagName, attribs: rebase(attribs, base) });
  const imageSize = (attribs: Record<string, string>): Record<string, string> => {
    const size = attribs.width || attribs.height ? undefined : options.imageSizes?.get(attribs.src ?? '');
    return size ? { width: String(size.width), height: String(size.height) } : {};
  };
  return sanitize(html, {
    allowedTags: [...TEXT_TAGS, ...MEDIA_TAGS],
    disallowedTagsMode: 'escape',
    allowedAttributes: {
      '*': ['id', 'title', 'lang', 'dir', 'aria-label', 'aria-describedby', 'aria-hidden'],
      a: ['href', 'rel', 'data-footnote-ref', 'data-footnote-backref'],
      section: ['class', 'data-footnotes'],
      h2: ['class'],
      code: ['class'],
      div: ['class'],
      th: ['class'],
      td: ['class'],
      ol: ['start', 'reversed'],
      input: ['type', 'checked', 'disabled'],
      img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
      video: ['src', 'poster', 'controls', 'preload', 'width', 'height', 'playsinline', 'muted'],
      audio: ['src', 'controls', 'preload'],
      source: ['src', 'type'],
      track: ['src', 'kind', 'srclang', 'label', 'default'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: {},
    allowProtocolRelative: false,
    allowedClasses: {
      code: [/^language-[\w-]+$/],
      th: ALIGNMENT_CLASSES,
      td: ALIGNMENT_CLASSES,
      section: ['footnotes'],
      h2: ['sr-only'],
      div: ['footnotes'],
    },
    transformTags: {
      th: alignedCell,
      td: alignedCell,
      // A task-list box is display only: never a form control a reader can use.
      input: (tagName, attribs) =>
        attribs.type === 'checkbox'
          ? { tagName, attribs: { type: 'checkbox', disabled: '', ...('checked' in attribs ? { checked: '' } : {}) } }
          : { tagName: 'span', attribs: {} },
      // External links open normally but cannot reach back into the page.
      a: (tagName, attribs) =>
        /^https?:/i.test(attribs.href ?? '')
          ? { tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer' } }
          : rebased(tagName, attribs),
      ...Object.fromEntries(MEDIA_TAGS.map((tag) => [tag, rebased])),
      // Images in text are below the title: lazy, and with their real size so the text does not jump.
      img: (tagName, attribs) =>
        rebased(tagName, {
          ...attribs,
          ...imageSize(attribs),
          loading: attribs.loading ?? 'lazy',
          decoding: attribs.decoding ?? 'async',
        }),
    },
    exclusiveFilter: (frame) => {
      if (!MEDIA_TAGS.includes(frame.tag)) return false;
      const urls = MEDIA_SOURCE_ATTRIBUTES.map((name) => frame.attribs[name]).filter(
        (v): v is string => v !== undefined,
      );
      if (urls.some((url) => !isAllowedMediaUrl(url, mediaOrigins))) return true;
      // An <img> without a source shows nothing but a broken icon.
      return frame.tag === 'img' && !frame.attribs.src;
    },
  });
}
