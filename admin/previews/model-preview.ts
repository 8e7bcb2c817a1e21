/**
 * The preview drawn from a collection's model (outline.ts), for collections
 * without a template of their own, and the registration of every preview.
 */
import { createElement as h, type ReactNode } from 'react';
import type { CMS } from 'decap-cms-core';
import { COLLECTIONS, collectionModel, type CollectionModel } from '../../src/model/collections';
import { assetUrl, civilDate, entryPage, list, prose, tagPills, text, type Props } from './markup';
import { relatedName } from './related';
import { previewOutline, previewPlan, type PreviewPart } from './outline';
import { ENTRY_PREVIEWS } from './entries';
import { RESOURCE_PREVIEWS } from './resources';

function part(props: Props, p: PreviewPart): ReactNode {
  const value = text(props, p.field);
  switch (p.kind) {
    case 'date':
      return civilDate(value);
    case 'value':
      return value;
    case 'labelled':
      return value && `${p.label}：${value}`;
    case 'reference':
      return value && `${p.label}：${relatedName(props, p.field, p.collection, p.displayField)}`;
    case 'image':
      return value
        ? h('img', {
            key: p.field,
            className: 'cover',
            src: assetUrl(props, value),
            alt: p.alt ? text(props, p.alt) : '',
          })
        : null;
    case 'lead':
      return value ? h('p', { key: p.field, className: 'lead' }, value) : null;
    case 'file':
      return value
        ? h(
            'p',
            { key: p.field, className: 'file' },
            h('a', { href: assetUrl(props, value) }, `${p.label}：${value.split('/').pop()}`),
          )
        : null;
    case 'tags':
      return h('div', { key: p.field }, tagPills(list(props, p.field)));
    case 'list': {
      const items = list(props, p.field);
      return items.length > 0
        ? [
            h('h2', { key: `${p.field}-heading` }, p.label),
            h('ul', { key: p.field }, ...items.map((item, i) => h('li', { key: i }, item))),
          ]
        : null;
    }
  }
}

export function modelPreview(model: CollectionModel) {
  const outline = previewOutline(model);
  return function ModelPreview(props: Props) {
    return entryPage({
      section: outline.section,
      title: text(props, outline.titleField),
      meta: outline.meta.map((p) => part(props, p)),
      before: outline.before.map((p) => part(props, p)),
      body: outline.body ? prose(props) : undefined,
      after: outline.after.flatMap((p) => part(props, p)),
    });
  };
}

/** Every collection's preview: its own template, or the one read from its model. */
export function registerPreviews(cms: CMS, models: readonly CollectionModel[] = COLLECTIONS): void {
  const bespoke: Record<string, (props: Props) => ReactNode> = { ...RESOURCE_PREVIEWS, ...ENTRY_PREVIEWS };
  for (const { name, template } of previewPlan(models, new Set(Object.keys(bespoke)))) {
    if (template !== 'none')
      cms.registerPreviewTemplate(name, template === 'bespoke' ? bespoke[name]! : modelPreview(collectionModel(name)));
  }
}
