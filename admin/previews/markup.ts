/**
 * Building blocks of the CMS previews: read an entry's fields and lay them out
 * with the site's own classes (container, entry-meta, prose, tag-pill…), which
 * the site's stylesheet styles in the preview pane too. React exists only in
 * the CMS bundle; these are plain createElement calls.
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { formatCivilDate } from '../../src/lib/civil-date';
import type { SanitizeOptions } from '../../src/lib/content/sanitize';
import { readerHtml } from './reader-html';

export type Props = PreviewTemplateComponentProps;

export function text(props: Props, name: string): string {
  const value = props.entry.getIn(['data', name]);
  return value === undefined || value === null ? '' : String(value);
}

export function list<T = string>(props: Props, name: string): T[] {
  const value = props.entry.getIn(['data', name]) as { toJS(): T[] } | undefined;
  return value?.toJS?.() ?? [];
}

export const assetUrl = (props: Props, path: string) => (path ? String(props.getAsset(path)) : '');

/** A civil date as the site shows it, in <time> like <FormattedDate>; anything else as typed. */
export function civilDate(value: string): ReactNode {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? h('time', { dateTime: value }, formatCivilDate(value)) : value;
}

let sanitizeOptions: SanitizeOptions = {};

/** The site's base path and media hosts, from the admin page; set once before the CMS starts. */
export function setSanitizeOptions(options: SanitizeOptions): void {
  sanitizeOptions = options;
}

/** The Markdown body rendered and sanitized as on the site (see reader-html.ts). */
export function prose(props: Props, id?: string): ReactNode {
  return h('div', {
    className: 'prose',
    id,
    dangerouslySetInnerHTML: { __html: readerHtml(text(props, 'body'), sanitizeOptions) },
  });
}

const withKeys = (items: ReactNode[]) =>
  items
    .filter((item) => item !== null && item !== undefined && item !== false && item !== '')
    .map((item, i) => h('span', { key: i }, item));

export function tagPills(tags: string[]): ReactNode {
  return tags.length > 0
    ? h(
        'ul',
        { className: 'preview-tags' },
        ...tags.map((tag, i) => h('li', { key: i }, h('span', { className: 'tag-pill' }, `#${tag}`))),
      )
    : null;
}

export interface EntryPageParts {
  /** The section's Chinese name, shown above the title as on the site. */
  section: string;
  title: string;
  meta: ReactNode[];
  /** Between the header and the body (lead paragraph, cover, player). */
  before?: ReactNode[];
  body?: ReactNode;
  after?: ReactNode[];
}

/** The page of one entry, in the markup of the site's entry pages (EntryLayout.astro, articles/[id].astro). */
export function entryPage({ section, title, meta, before = [], body, after = [] }: EntryPageParts) {
  return h(
    'main',
    { className: 'container entry-preview' },
    h(
      'article',
      null,
      h(
        'header',
        null,
        h('p', { className: 'section' }, section),
        h('h1', null, title),
        h('div', { className: 'meta entry-meta' }, ...withKeys(meta)),
      ),
      ...before,
      body ?? null,
      ...after,
    ),
  );
}

/** Layout of the preview pane; the site's own stylesheet supplies fonts, colours, `.prose`, `.entry-meta` and `.tag-pill`. */
export const PREVIEW_CSS = `
  .entry-preview { padding-block: 1.5rem; max-width: 48rem; }
  .entry-preview .section { margin: 0 0 .25rem; color: var(--color-link); }
  .entry-preview .lead { font-family: var(--font-serif); font-size: 1.1rem; padding: .75rem 1rem; background: var(--color-accent-soft); border-radius: var(--radius); }
  .entry-preview .cover { display: block; max-width: 100%; border-radius: var(--radius); border: 1px solid var(--color-border); }
  .entry-preview .avatar { width: 96px; height: 96px; border-radius: 50%; object-fit: cover; }
  .entry-preview video, .entry-preview audio { width: 100%; }
  .entry-preview .preview-tags { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 2rem 0 0; }
  .entry-preview dl.facts { display: grid; gap: .25rem; margin: .4rem 0 1rem; }
  .entry-preview dl.facts div { display: flex; flex-wrap: wrap; gap: 0 .5rem; }
  .entry-preview dl.facts dt { font-weight: 700; }
  .entry-preview dl.facts dd { margin: 0; }
  .entry-preview .files { list-style: none; padding: 0; display: grid; gap: 1rem; }
  .entry-preview .files img { max-width: 100%; border: 1px solid var(--color-border); }
  .entry-preview .pdf { width: 100%; height: 24rem; border: 1px solid var(--color-border); }
  .entry-preview .question { padding: .75rem 1rem; margin-bottom: .75rem; background: var(--color-surface); border: 1px solid var(--color-border); border-radius: var(--radius); }
  .entry-preview .question .answer { color: var(--color-link); font-weight: 700; }
  .entry-preview .daily-card { margin: 0; padding: 1rem 1.25rem; background: var(--color-surface); border-top: 4px solid var(--color-accent); font-family: var(--font-serif); font-size: 1.1rem; }
  .entry-preview .topic { padding: 0 .5rem; background: var(--color-accent-soft); color: var(--color-link); font-family: var(--font-sans); }
`;
