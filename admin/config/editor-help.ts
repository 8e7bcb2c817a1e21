/**
 * What the editors' help page (/admin/help/) says about the content model:
 * every collection with its fields (label, required, what to enter), the
 * recommended image sizes, which storage backends have the review workflow,
 * and whether the discussion service is set up (the only place that says so:
 * readers never see set-up text). Derived from the model and the settings so
 * the help cannot drift from the forms.
 */
import type { Field, Fields } from '../../src/model/fields';
import { COLLECTIONS, type CollectionModel } from '../../src/model/collections';
import { SETTINGS_FIELDS } from '../../src/model/settings';
import { resolveDiscussion, type DiscussionSettings } from '../../src/lib/discussion/provider';
import { missingGiscusFields, type GiscusSettings } from '../../src/lib/discussion/giscus';
import { fieldHint, imageSizeText } from './hints';
import { reviewWorkflow, type CmsSettings } from './to-decap';

export interface FieldHelp {
  label: string;
  required: boolean;
  /** What kind of value the form asks for, in plain Chinese. */
  input: string;
  hint?: string;
}

export interface CollectionHelp {
  name: string;
  label: string;
  labelSingular: string;
  private: boolean;
  fields: FieldHelp[];
}

const target = (name: string) => COLLECTIONS.find((c) => c.name === name)?.labelSingular ?? name;

export function inputOf(field: Field): string {
  switch (field.kind) {
    case 'string':
      return field.multiline ? '多行文字' : '一行文字';
    case 'number':
      return field.min !== undefined && field.max !== undefined ? `数字（${field.min}–${field.max}）` : '数字';
    case 'boolean':
      return '勾选框（是/否）';
    case 'date':
      return '日期（从日历中选择）';
    case 'month':
      return '月份';
    case 'select':
      return `从选项中选一个：${field.options.map((o) => o.value).join('、')}`;
    case 'image':
      return field.size ? `上传图片（${imageSizeText(field.size)}）` : '上传图片';
    case 'file':
      return `上传文件（${field.extensions.join('、')}）`;
    case 'reference':
      return `输入文字搜索，选择一个${target(field.collection)}`;
    case 'list':
      return field.of.kind === 'object'
        ? `可添加多项，每项包括：${Object.values(field.of.fields)
            .map((f) => f.label)
            .join('、')}`
        : '可添加多项';
    case 'object':
      return `一组信息：${Object.values(field.fields)
        .map((f) => f.label)
        .join('、')}`;
  }
}

function fieldsHelp(fields: Fields): FieldHelp[] {
  return Object.values(fields).map((field) => {
    const hint = fieldHint(field);
    return { label: field.label, required: field.required, input: inputOf(field), ...(hint ? { hint } : {}) };
  });
}

export function collectionHelp(model: CollectionModel): CollectionHelp {
  const body = model.body
    ? [
        {
          label: model.body.label,
          required: model.body.required,
          input: '正文编辑器（可加粗、标题、列表、链接、图片）',
          ...(model.body.hint ? { hint: model.body.hint } : {}),
        },
      ]
    : [];
  return {
    name: model.name,
    label: model.label,
    labelSingular: model.labelSingular,
    private: model.private ?? false,
    fields: [...fieldsHelp(model.fields), ...body],
  };
}

export interface ImageSize {
  collection: string;
  field: string;
  width: number;
  height: number;
}

/** Every image field with a recommended size, nested ones included. */
export function imageSizes(models: readonly CollectionModel[] = COLLECTIONS): ImageSize[] {
  const walk = (collection: string, fields: Fields): ImageSize[] =>
    Object.values(fields).flatMap((field): ImageSize[] => {
      if (field.kind === 'image' && field.size) return [{ collection, field: field.label, ...field.size }];
      if (field.kind === 'object') return walk(collection, field.fields);
      if (field.kind === 'list' && field.of.kind === 'object') return walk(collection, field.of.fields);
      return [];
    });
  return models.flatMap((model) => walk(model.label, model.fields));
}

export interface BackendSupport {
  backend: CmsSettings['backend'] | 'local';
  name: string;
  review: boolean;
  openAuthoring: boolean;
}

const BACKEND_NAMES = { github: 'GitHub', gitlab: 'GitLab（含自建）', gitea: 'Gitea（自建）' } as const;

/** Which storage has the review steps: Decap's editorial workflow needs pull/merge requests, which the local file backend has not. */
export function backendSupport(): BackendSupport[] {
  const remote = (Object.keys(BACKEND_NAMES) as CmsSettings['backend'][]).map((backend) => ({
    backend,
    name: BACKEND_NAMES[backend],
    ...pick(reviewWorkflow(backend)),
  }));
  return [...remote, { backend: 'local', name: '本机编辑（npm start）', review: false, openAuthoring: false }];
}

const pick = (w: ReturnType<typeof reviewWorkflow>) => ({
  review: w.editorialWorkflow,
  openAuthoring: w.openAuthoring,
});

/**
 * The storage the CMS really uses, so help texts name the buttons editors see:
 * under npm start (local editing) always the local files through decap-server,
 * with Decap's simple 发布 button, whatever the settings configure.
 */
export function storageInUse(configured: CmsSettings['backend'], localEditing: boolean): BackendSupport {
  return backendSupport().find((b) => b.backend === (localEditing ? 'local' : configured))!;
}

/** Where the site's maintainers take problem reports: the issue list of the repository the CMS writes to. */
export function issuesUrl(cms: Pick<CmsSettings, 'backend' | 'repo' | 'baseUrl'>): string {
  const host =
    cms.baseUrl ??
    (cms.backend === 'gitlab' ? 'https://gitlab.com' : cms.backend === 'github' ? 'https://github.com' : undefined);
  if (!host) return '';
  return `${host}/${cms.repo}/${cms.backend === 'gitlab' ? '-/issues' : 'issues'}`;
}

export type DiscussionStatus =
  | { provider: 'giscus'; repo: string }
  | { provider: 'giscus'; missing: string[] }
  | { provider: 'waline'; url: string; admin: string }
  | { provider: 'none' };

/**
 * The discussion as this build sets it up, for the administrators: the
 * provider, and what is missing (by the labels of the settings form) when
 * readers see no discussion because Giscus is incomplete.
 */
export function discussionStatus(
  settings: { discussion?: DiscussionSettings; giscus?: Partial<GiscusSettings> },
  env: Record<string, string | undefined> = {},
): DiscussionStatus {
  const { provider, active } = resolveDiscussion(settings, env);
  if (active?.provider === 'giscus') return { provider: 'giscus', repo: active.giscus.repo };
  if (active?.provider === 'waline')
    return { provider: 'waline', url: active.waline.url, admin: `${active.waline.url}ui/` };
  if (provider === 'giscus')
    return {
      provider,
      missing: missingGiscusFields(settings.giscus, env).map((key) => SETTINGS_FIELDS.giscus.fields[key].label),
    };
  return { provider: 'none' };
}
