/**
 * Derives the Decap CMS configuration from the content model and the site
 * settings. The result is plain JSON: the admin page embeds it and `admin/cms.ts`
 * passes it to `CMS.init` (manual init, `load_config_file: false`).
 */
import type { Field, Fields, ListField } from '../../src/model/fields';
import { COLLECTIONS, type CollectionModel } from '../../src/model/collections';
import { SETTINGS_FIELDS, SETTINGS_FILE } from '../../src/model/settings';
import { chinesePart, modelMessages as m } from '../../src/model/messages';
import { collectionViews } from './decap-views';
import { fieldHint } from './hints';
import { listFieldNames, listSummary } from './list-titles';
import { t } from '../../src/i18n/zh';

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string; required?: boolean };
export type DecapCollection = Record<string, unknown> & { name: string; label: string };

const DATE_FORMATS = { date: 'YYYY-MM-DD', month: 'YYYY-MM' } as const;

/**
 * A new entry's file name (its id and URL) comes from its 网址 field: the pinyin of
 * the title, editable until the first save (admin/widgets/entry-address.ts). The
 * field is never written into the file (admin/entry-formats.ts).
 */
export const ENTRY_ADDRESS_FIELD = 'entryAddress';

/** Each collection's own file format: Decap's, with the list fields added on reading and the CMS-only fields left out on writing (admin/entry-formats.ts). */
export const siteFormat = (model: CollectionModel) => `site-${model.name}`;

/** Fields of the CMS form that never reach a file: the 网址 and the list fields. */
export const cmsOnlyFields = (model: CollectionModel): string[] => [ENTRY_ADDRESS_FIELD, ...listFieldNames(model)];

function addressField(model: CollectionModel): DecapField {
  if (ENTRY_ADDRESS_FIELD in model.fields)
    throw new Error(`${model.name}: the field name ${ENTRY_ADDRESS_FIELD} is reserved for the CMS's 网址 field`);
  const section = model.section;
  // The field the address is spelled from, by its label: 标题 for most, 内容 for a 每日一学 card.
  const titleLabel = model.fields[model.titleField as keyof typeof model.fields]!.label;
  return {
    name: ENTRY_ADDRESS_FIELD,
    label: t('cms.address.label'),
    widget: 'entry-address',
    required: false,
    hint: t('cms.address.hint', { field: titleLabel }),
    title_field: model.titleField,
    title_label: titleLabel,
    ...(section ? { url_prefix: `/${section.path}` } : {}),
  };
}

export function decapField(name: string, field: Field): DecapField {
  const hint = fieldHint(field);
  const base = { name, label: field.label, required: field.required, ...(hint ? { hint } : {}) };
  switch (field.kind) {
    case 'string':
      return {
        ...base,
        widget: field.multiline ? 'text' : 'string',
        ...(field.default !== undefined ? { default: field.default } : {}),
        ...(field.pattern
          ? { pattern: [field.pattern.source, chinesePart(m.pattern(field.label, field.pattern.message))] }
          : {}),
      };
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: 'int',
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
        ...(field.default !== undefined ? { default: field.default } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', default: field.default };
    case 'date':
    case 'month': {
      const format = DATE_FORMATS[field.kind];
      const message = field.kind === 'date' ? m.date(field.label) : m.month(field.label);
      // A day or month, no time: nothing to convert between time zones.
      return {
        ...base,
        widget: 'datetime',
        format,
        date_format: format,
        time_format: false,
        picker_utc: false,
        pattern: [field.kind === 'date' ? '^\\d{4}-\\d{2}-\\d{2}$' : '^\\d{4}-\\d{2}$', chinesePart(message)],
      };
    }
    case 'select':
      return {
        ...base,
        widget: 'select',
        options: field.options.map((o) => ({ label: o.value, value: o.value })),
        ...(field.default !== undefined ? { default: field.default } : {}),
      };
    case 'image':
    case 'file':
      return {
        ...base,
        widget: field.kind,
        pattern: [`\\.(${field.extensions.join('|')})$`, chinesePart(m.asset(field.label, field.extensions))],
      };
    case 'reference':
      return {
        ...base,
        widget: 'relation',
        collection: field.collection,
        value_field: '{{slug}}',
        search_fields: [field.displayField, ...(field.searchFields ?? [])],
        display_fields: [field.displayField],
        options_length: 100,
      };
    case 'list': {
      const item = field.of;
      const itemName = name.replace(/s$/, '') || 'item';
      // A collapsed item of a plain list (a tag) shows its value, not the list's label.
      const summary = field.summary ?? (item.kind !== 'object' ? `{{fields.${itemName}}}` : undefined);
      const shape =
        item.kind !== 'object'
          ? { field: decapField(itemName, item) }
          : field.variants
            ? variantTypes(field, item.fields, field.variants)
            : { fields: decapFields(item.fields) };
      return {
        ...base,
        widget: field.widget ?? 'list',
        ...shape,
        ...(summary ? { summary } : {}),
        // Without it Decap starts a new entry with one half-filled item when an item field has a default (学习记录).
        ...(field.required ? {} : { default: [] }),
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
      };
    }
    case 'object': {
      // Decap requires the required fields of an optional group even when the whole group is left
      // empty (the settings could not be saved without Giscus). Inside an optional group they are
      // required once the group is filled: the save guard (check-entry.ts) enforces that.
      const fields = decapFields(field.fields).map((child) => (field.required ? child : { ...child, required: false }));
      return { ...base, widget: 'object', collapsed: false, fields };
    }
  }
}

/** Decap's variable-type list: one item type per value of the type field, each with only the fields it needs. */
function variantTypes(list: ListField, fields: Fields, variants: NonNullable<ListField['variants']>) {
  return {
    typeKey: variants.typeKey,
    types: Object.entries(variants.fieldsOf).map(([type, names]) => ({
      name: type,
      label: type,
      widget: 'object',
      ...(list.summary ? { summary: list.summary } : {}),
      fields: names.map((key) => decapField(key, fields[key]!)),
    })),
  };
}

export function decapFields(fields: Fields): DecapField[] {
  return Object.entries(fields).map(([name, field]) => decapField(name, field));
}

/** Shown above a private collection's entries in the CMS (党员电子档案). */
export const PRIVATE_COLLECTION_NOTICE =
  '⚠ 保密数据：党员档案含有个人信息，只能保存在私有仓库中（仓库设为 Private，或用环境变量 MEMBERS_DIR 把档案放在公开仓库之外）。网站只发布汇总统计，不会发布任何个人档案。';

export function decapCollection(model: CollectionModel): DecapCollection {
  const body: DecapField[] = model.body
    ? [
        {
          name: 'body',
          label: model.body.label,
          widget: 'markdown',
          required: model.body.required,
          ...(model.body.hint ? { hint: model.body.hint } : {}),
        },
      ]
    : [];
  return {
    name: model.name,
    label: model.label,
    label_singular: model.labelSingular,
    folder: `src/content/${model.folder}`,
    extension: model.format,
    format: siteFormat(model),
    create: true,
    delete: true,
    slug: `{{fields.${ENTRY_ADDRESS_FIELD}}}`,
    identifier_field: model.titleField,
    summary: listSummary(model),
    ...collectionViews(model),
    // Uploads land beside the collection's other files, under public/.
    media_folder: `/public/uploads/${model.folder}`,
    public_folder: `/uploads/${model.folder}`,
    fields: [...withAddress(model, [...decapFields(model.fields), ...body]), ...listFieldNames(model).map(hiddenField)],
    ...(model.private ? { description: PRIVATE_COLLECTION_NOTICE, editor: { preview: false } } : {}),
  };
}

/** A list field (list-titles.ts): in the entry's data for Decap's list, not in its form. */
const hiddenField = (name: string): DecapField => ({ name, label: name, widget: 'hidden', required: false });

/** The 网址 field right below the field that names the entry, which it is spelled from. */
function withAddress(model: CollectionModel, fields: DecapField[]): DecapField[] {
  const at = fields.findIndex((field) => field.name === model.titleField) + 1;
  return [...fields.slice(0, at), addressField(model), ...fields.slice(at)];
}

export interface CmsSettings {
  backend: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch: string;
  baseUrl?: string;
  appId?: string;
  authEndpoint?: string;
}

export function decapBackend(cms: CmsSettings): Record<string, unknown> {
  const common = { name: cms.backend, repo: cms.repo, branch: cms.branch };
  switch (cms.backend) {
    case 'github':
      return { ...common, ...(cms.authEndpoint ? { base_url: cms.authEndpoint, auth_endpoint: 'auth' } : {}) };
    case 'gitlab':
      return {
        ...common,
        auth_type: 'pkce',
        app_id: cms.appId,
        ...(cms.baseUrl
          ? { base_url: cms.baseUrl, api_root: `${cms.baseUrl}/api/v4`, auth_endpoint: 'oauth/authorize' }
          : {}),
      };
    case 'gitea':
      return {
        ...common,
        app_id: cms.appId,
        ...(cms.baseUrl ? { base_url: cms.baseUrl, api_root: `${cms.baseUrl}/api/v1` } : {}),
      };
  }
}

/**
 * Review before publishing where the Git service supports it: Decap's editorial
 * workflow (draft → review → ready → publish) on GitHub and GitLab, and open
 * authoring on GitHub (members without write access submit a pull request from
 * their fork). Gitea has neither: an editor posts on the member's behalf. The
 * local backend (decap-server in file mode) supports only simple publishing,
 * and Decap itself falls back to it there.
 */
export function reviewWorkflow(backend: CmsSettings['backend']): {
  editorialWorkflow: boolean;
  openAuthoring: boolean;
} {
  return { editorialWorkflow: backend === 'github' || backend === 'gitlab', openAuthoring: backend === 'github' };
}

export function settingsCollection(): DecapCollection {
  return {
    name: 'settings',
    label: '站点设置',
    editor: { preview: false },
    files: [{ name: 'site', label: '站点设置', file: SETTINGS_FILE, fields: decapFields(SETTINGS_FIELDS) }],
  };
}

export interface DecapConfigOptions {
  cms: CmsSettings;
  siteUrl?: string;
  /** Port of the local backend (decap-server) when not Decap's default 8081. */
  localBackendPort?: number;
  /** The collections to edit: the model's (a test passes its own). */
  models?: readonly CollectionModel[];
  /** The site's mark and name (src/pages/admin/logo.svg.ts) for the login page and the header. */
  logoUrl?: string;
}

export function decapConfig({ cms, siteUrl, localBackendPort, models = COLLECTIONS, logoUrl }: DecapConfigOptions) {
  const review = reviewWorkflow(cms.backend);
  return {
    load_config_file: false,
    backend: { ...decapBackend(cms), ...(review.openAuthoring ? { open_authoring: true } : {}) },
    ...(review.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    // On localhost the CMS talks to `decap-server`, which writes into this checkout.
    local_backend: localBackendPort ? { url: `http://localhost:${localBackendPort}/api/v1` } : true,
    locale: 'zh_Hans',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    ...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
    ...(logoUrl ? { logo: { src: logoUrl, show_in_header: true } } : {}),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...models.map(decapCollection), settingsCollection()],
  };
}
