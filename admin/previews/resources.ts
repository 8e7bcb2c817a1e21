/**
 * CMS previews of the study sections (电子图书室、网上视听室、多媒体课件、每日一学):
 * the entry as the site shows it, so an editor sees the cover, the player, the
 * file list or the card before publishing.
 */
import { createElement as h } from 'react';
import { fileKind } from '../../src/lib/content/file-size';
import { t } from '../../src/i18n/zh';
import { assetUrl, civilDate, entryPage, list, prose, text, type Props } from './markup';
import { sectionNameOf } from '../../src/model/sections';

function LibraryPreview(props: Props) {
  const cover = assetUrl(props, text(props, 'cover'));
  const file = text(props, 'file');
  return entryPage({
    section: sectionNameOf('library'),
    title: text(props, 'title'),
    meta: [
      text(props, 'author') && t('library.author', { author: text(props, 'author') }),
      text(props, 'publisher') && t('library.publisher', { publisher: text(props, 'publisher') }),
      text(props, 'year') && t('library.year', { year: text(props, 'year') }),
      civilDate(text(props, 'date')),
    ],
    before: [
      cover
        ? h('img', { key: 'cover', className: 'cover', src: cover, alt: text(props, 'coverAlt'), width: 150 })
        : null,
      h('p', { key: 'summary' }, text(props, 'summary')),
      file
        ? h(
            'p',
            { key: 'file', className: 'file' },
            h('a', { href: assetUrl(props, file) }, `${t('files.kind.pdf')}：${file.split('/').pop()}`),
          )
        : null,
      h('h2', { key: 'intro' }, t('library.intro')),
    ],
    body: prose(props),
  });
}

function MediaPreview(props: Props) {
  const src = assetUrl(props, text(props, 'src'));
  const captions = text(props, 'captions');
  const video = text(props, 'kind') !== '音频';
  const track = captions
    ? h('track', {
        kind: 'captions',
        src: assetUrl(props, captions),
        srcLang: 'zh-CN',
        label: t('media.captions'),
        default: true,
      })
    : null;
  const player = src
    ? video
      ? h(
          'video',
          {
            key: 'player',
            controls: true,
            preload: 'none',
            playsInline: true,
            poster: assetUrl(props, text(props, 'poster')) || undefined,
            src,
          },
          track,
        )
      : h('audio', { key: 'player', controls: true, preload: 'none', src }, track)
    : null;
  return entryPage({
    section: sectionNameOf('media'),
    title: text(props, 'title'),
    meta: [
      text(props, 'kind'),
      civilDate(text(props, 'date')),
      text(props, 'duration') && t('media.duration', { duration: text(props, 'duration') }),
    ],
    before: [player, h('h2', { key: 'transcript' }, t('media.transcript'))],
    body: prose(props),
  });
}

function CoursewarePreview(props: Props) {
  const files = list<{ name?: string; file?: string }>(props, 'files').map((item, i) => {
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
  return entryPage({
    section: sectionNameOf('courseware'),
    title: text(props, 'title'),
    meta: [civilDate(text(props, 'date')), t('courseware.fileCount', { count: files.length })],
    body: prose(props),
    after: [
      h('h2', { key: 'files-heading' }, t('courseware.files')),
      h('ul', { key: 'files', className: 'files' }, ...files),
    ],
  });
}

function DailyPreview(props: Props) {
  const pinned = text(props, 'date');
  return h(
    'main',
    { className: 'container entry-preview' },
    h('h2', null, t('daily.today'), pinned ? ' · ' : '', pinned ? civilDate(pinned) : null),
    h(
      'blockquote',
      { className: 'daily-card' },
      h('p', null, text(props, 'text')),
      h(
        'footer',
        null,
        h('span', { className: 'topic' }, text(props, 'topic')),
        ' ',
        t('daily.source', { source: text(props, 'source') }),
      ),
    ),
  );
}

/** The templates written for these collections (others preview from their model: model-preview.ts). */
export const RESOURCE_PREVIEWS = {
  library: LibraryPreview,
  media: MediaPreview,
  courseware: CoursewarePreview,
  daily: DailyPreview,
};
