/**
 * CMS previews of the study sections (电子图书室、网上视听室、多媒体课件、每日一学):
 * the entry as the site shows it, with the site's own stylesheet, so an editor
 * sees the cover, the player, the file list or the card before publishing.
 * React exists only inside the CMS bundle; these are plain createElement calls.
 */
import { createElement as h, type ReactNode } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import { fileKind } from '../../src/lib/file-size';
import { formatCivilDate } from '../../src/lib/civil-date';
import { t } from '../../src/i18n/zh';

type Props = PreviewTemplateComponentProps;

const field = (props: Props, name: string): string => {
  const value = props.entry.getIn(['data', name]);
  return value === undefined || value === null ? '' : String(value);
};

const assetUrl = (props: Props, path: string) => (path ? String(props.getAsset(path)) : '');

const date = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCivilDate(value) : value);

function page(title: string, meta: ReactNode[], ...children: ReactNode[]) {
  return h(
    'main',
    { className: 'container study-preview' },
    h('h1', null, title),
    h('p', { className: 'meta' }, ...meta.filter(Boolean).map((item, i) => h('span', { key: i }, item))),
    ...children,
  );
}

function LibraryPreview(props: Props) {
  const cover = assetUrl(props, field(props, 'cover'));
  const file = field(props, 'file');
  return page(
    field(props, 'title'),
    [
      field(props, 'author') && t('library.author', { author: field(props, 'author') }),
      field(props, 'publisher') && t('library.publisher', { publisher: field(props, 'publisher') }),
      field(props, 'year') && t('library.year', { year: field(props, 'year') }),
      date(field(props, 'date')),
    ],
    cover ? h('img', { className: 'cover', src: cover, alt: '' }) : null,
    h('p', null, field(props, 'summary')),
    file ? h('p', { className: 'file' }, h('a', { href: assetUrl(props, file) }, `${t('files.kind.pdf')}：${file.split('/').pop()}`)) : null,
    h('h2', null, t('library.intro')),
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

function MediaPreview(props: Props) {
  const src = assetUrl(props, field(props, 'src'));
  const captions = field(props, 'captions');
  const video = field(props, 'kind') !== '音频';
  const track = captions ? h('track', { kind: 'captions', src: assetUrl(props, captions), srcLang: 'zh-CN', label: t('media.captions'), default: true }) : null;
  const player = src
    ? video
      ? h('video', { controls: true, preload: 'none', playsInline: true, poster: assetUrl(props, field(props, 'poster')) || undefined, src }, track)
      : h('audio', { controls: true, preload: 'none', src }, track)
    : null;
  return page(
    field(props, 'title'),
    [field(props, 'kind'), date(field(props, 'date')), field(props, 'duration') && t('media.duration', { duration: field(props, 'duration') })],
    player,
    h('h2', null, t('media.transcript')),
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

function CoursewarePreview(props: Props) {
  const list = props.entry.getIn(['data', 'files']) as { toJS(): { name?: string; file?: string }[] } | undefined;
  const files = (list?.toJS() ?? []).map((item, i) => {
    const name = item.name ?? '';
    const path = item.file ?? '';
    const url = assetUrl(props, path);
    const kind = fileKind(path);
    return h(
      'li',
      { key: i },
      h('p', { className: 'file' }, `${t(`files.kind.${kind}`)} · `, url ? h('a', { href: url }, name || path) : name),
      kind === 'image' && url ? h('img', { src: url, alt: name }) : null,
      kind === 'pdf' && url ? h('object', { data: url, type: 'application/pdf', className: 'pdf' }) : null,
    );
  });
  return page(
    field(props, 'title'),
    [date(field(props, 'date')), t('courseware.fileCount', { count: files.length })],
    h('div', { className: 'prose' }, props.widgetFor('body')),
    h('h2', null, t('courseware.files')),
    h('ul', { className: 'files' }, ...files),
  );
}

function DailyPreview(props: Props) {
  const pinned = field(props, 'date');
  return h(
    'main',
    { className: 'container study-preview' },
    h('h2', null, t('daily.today'), pinned ? ` · ${date(pinned)}` : ''),
    h(
      'blockquote',
      { className: 'daily-card' },
      h('p', null, field(props, 'text')),
      h('footer', null, h('span', { className: 'topic' }, field(props, 'topic')), ' ', t('daily.source', { source: field(props, 'source') })),
    ),
  );
}

/** Layout of the preview pane; the site's own stylesheet supplies fonts, colours and `.prose`. */
const PREVIEW_CSS = `
  .study-preview { padding-block: 1.5rem; max-width: 52rem; }
  .study-preview .meta { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; color: var(--color-muted); font-size: .95rem; }
  .study-preview .cover { width: 150px; border-radius: 4px; }
  .study-preview video, .study-preview audio { width: 100%; }
  .study-preview .files { list-style: none; padding: 0; display: grid; gap: 1rem; }
  .study-preview .files img { max-width: 100%; border: 1px solid var(--color-border); }
  .study-preview .pdf { width: 100%; height: 24rem; border: 1px solid var(--color-border); }
  .study-preview .daily-card { margin: 0; padding: 1rem 1.25rem; background: var(--color-surface); border-top: 4px solid var(--color-accent); font-family: var(--font-serif); font-size: 1.1rem; }
  .study-preview .topic { padding: 0 .5rem; background: var(--color-accent-soft); color: var(--color-link); font-family: var(--font-sans); }
`;

export function registerStudyPreviews(cms: CMS): void {
  cms.registerPreviewStyle(PREVIEW_CSS, { raw: true });
  cms.registerPreviewTemplate('library', LibraryPreview);
  cms.registerPreviewTemplate('media', MediaPreview);
  cms.registerPreviewTemplate('courseware', CoursewarePreview);
  cms.registerPreviewTemplate('daily', DailyPreview);
}
