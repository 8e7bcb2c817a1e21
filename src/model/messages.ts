/**
 * Validation messages of the content model, in Chinese then English. The same
 * texts reach editors in the CMS and in build errors, so the fix is always the same.
 */
import type { SelectField } from './fields';

const q = (label: string) => `“${label}”`;

/**
 * Where a message's English half starts: the first slash before Latin text that is
 * not part of an address (http(s):// and …). The Chinese half may hold a slash
 * before Chinese text: 以 / 开头.
 */
const ENGLISH_HALF = /(?<![/:])\s?\/ (?=[A-Za-z"])/;

/**
 * The Chinese half of a model message, for editors in the CMS (the build prints
 * both halves, for whoever reads its log). 缺少必填项“标题”，请填写 / required … → 缺少必填项“标题”，请填写.
 */
export function chinesePart(message: string): string {
  const start = message.search(ENGLISH_HALF);
  return start < 0 ? message : message.slice(0, start);
}

/** A number, or a placeholder such as %{minValue} when the CMS fills it in (see decap-phrases.ts). */
type Bound = number | string;

export const modelMessages = {
  required: (label: string) => `缺少必填项${q(label)}，请填写 / required field is missing: add it`,
  empty: (label: string) => `${q(label)}不能为空 / must not be empty`,
  text: (label: string) => `${q(label)}应为文字 / must be text`,
  number: (label: string) => `${q(label)}应为数字，如 3 / must be a number like 3`,
  integer: (label: string) => `${q(label)}应为整数 / must be a whole number`,
  min: (label: string, min: Bound) => `${q(label)}不能小于 ${min} / must be at least ${min}`,
  max: (label: string, max: Bound) => `${q(label)}不能大于 ${max} / must be at most ${max}`,
  range: (label: string, min: Bound, max: Bound) =>
    `${q(label)}应在 ${min} 到 ${max} 之间 / must be between ${min} and ${max}`,
  pattern: (label: string, message: string) => `${q(label)}${message}`,
  boolean: (label: string) => `${q(label)}应为 true 或 false / must be true or false`,
  date: (label: string) =>
    `${q(label)}应为有效日期，格式 YYYY-MM-DD，如 2026-07-01 / must be a valid date like 2026-07-01`,
  month: (label: string) => `${q(label)}应为月份，格式 YYYY-MM，如 2026-07 / must be a month like 2026-07`,
  select: (field: SelectField) =>
    `${q(field.label)}只能是：${field.options.map((o) => o.value).join('、')} / must be one of: ${field.options.map((o) => o.value).join(', ')}`,
  list: (label: string) => `${q(label)}应为列表（每项一行，以“- ”开头）/ must be a list`,
  listMin: (label: string, min: Bound) => `${q(label)}至少需要 ${min} 项 / needs at least ${min} item(s)`,
  listMax: (label: string, max: Bound) => `${q(label)}最多 ${max} 项 / allows at most ${max} item(s)`,
  listRange: (label: string, min: Bound, max: Bound) =>
    `${q(label)}应有 ${min} 到 ${max} 项 / needs ${min} to ${max} item(s)`,
  object: (label: string) => `${q(label)}应为一组字段 / must be a group of fields`,
  asset: (label: string, extensions: readonly string[]) =>
    `${q(label)}应为以 / 开头的网站文件路径，类型为 ${extensions.join('/')}，如 /uploads/a.${extensions[0]} / must be a site path like /uploads/a.${extensions[0]}`,
  reference: (label: string, collectionLabel: string) =>
    `${q(label)}应填写${collectionLabel}的 id（文件名，不含扩展名）/ must be the id (file name) of a ${collectionLabel} entry`,
  missingReference: (label: string, collectionLabel: string, id: string) =>
    `${q(label)}引用的${collectionLabel}“${id}”不存在：请先创建它，或改为已有条目的 id / refers to "${id}", which does not exist: create it or use an existing id`,
  fileName: (file: string) =>
    `文件名“${file}”不合规：只能用小写英文字母、数字和连字符（不能全是数字），如 party-dues-2026.md，请重命名 / file name must be lowercase a–z, 0–9 and hyphens, not digits only: rename it`,
  duplicateId: (file: string, other: string, id: string) =>
    `文件“${file}”与“${other}”的 id 都是“${id}”，只会保留一个：请删除或重命名其中一个 / same id "${id}" as ${other}, so one would be lost: delete or rename one of them`,
  yamlSyntax: (line: number, reason: string) =>
    `YAML 格式错误（第 ${line} 行附近）：请检查这一行的引号、括号、冒号和缩进 / YAML syntax error near line ${line} (${reason}): check quotes, brackets, colons and indentation`,
  yamlUnclosed: (line: number) =>
    `YAML 格式错误：第 ${line} 行之前有引号或括号没有闭合：请检查引号、括号是否成对 / YAML syntax error: a quote or bracket opened before line ${line} is never closed`,
  missingAlt: (imageLabel: string, altLabel: string) =>
    `设置了${q(imageLabel)}就要填写${q(altLabel)}：用一句话说明图片上是什么，供看不到图片的读者使用 / the image is set: describe what it shows in this field, for readers who cannot see it`,
  missingAsset: (label: string, path: string) =>
    `${q(label)}指向的文件 ${path} 不存在于 public/ 中：请上传该文件或改正路径 / file not found under public/: upload it or fix the path`,
  dateBefore: (label: string, earlier: string) =>
    `${q(label)}不能早于${q(earlier)}：请改正日期 / must not be before ${earlier}: fix the date`,
  duplicateLessonOrder: (order: unknown, other: string) =>
    `本课程已有第 ${order} 课时（${other}）：请改用未占用的“课时序号” / lesson ${order} of this course already exists (${other}): use another number`,
  awardNotInContest: (essay: string) =>
    `获奖作品“${essay}”不是本次征文活动的作品：请改选本活动的作品，或修改该作品的“所属征文活动” / essay "${essay}" was not entered in this contest: pick one of its entries`,
} as const;
