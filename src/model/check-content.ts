/**
 * Checks every content file against the model before Astro builds anything:
 * file names, YAML syntax, field values, references between entries and uploaded
 * files. Each problem names the file, the field and the fix, so an editor can
 * repair a bad entry without reading a stack trace.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { Field, Fields } from './fields';
import { COLLECTIONS, type CollectionModel } from './collections';
import { collectionLabel } from './to-zod';
import { modelMessages as m } from './messages';
import { entryIdFromFile } from './entry-id';
import { entryDataProblems } from './check-entry';
import type { ContentProblem } from './content-problem';

export type { ContentProblem };

export interface LoadedEntry {
  model: CollectionModel;
  id: string;
  file: string;
  data: unknown;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const EXTENSIONS: Record<CollectionModel['format'], RegExp> = { md: /\.md$/, yml: /\.ya?ml$/ };

/**
 * Parses the YAML of an entry file (front matter for Markdown). Dates stay text
 * (core schema): YAML's own timestamps would turn 2026-02-30 into March 2nd.
 */
export function parseEntryData(source: string, format: CollectionModel['format']): unknown {
  const options = { schema: yaml.CORE_SCHEMA };
  if (format === 'yml') return yaml.load(source, options) ?? {};
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error('缺少以 --- 开头和结尾的 front matter / missing front matter between --- lines');
  return yaml.load(match[1] ?? '', options) ?? {};
}

/** Where and what: js-yaml counts lines of the YAML alone, the file has a '---' line before front matter. */
function syntaxMessage(error: unknown, format: CollectionModel['format']): string {
  if (!(error instanceof yaml.YAMLException)) return (error as Error).message;
  const line = error.mark.line + 1 + (format === 'md' ? 1 : 0);
  // An unclosed quote or bracket is only noticed where the text ends, far from the line at fault.
  return /end of the stream/.test(error.reason) ? m.yamlUnclosed(line) : m.yamlSyntax(line, error.reason);
}

/** The entries of one collection as stored (dates as text); a file that cannot be read becomes a problem. */
export function loadCollection(root: string, model: CollectionModel, problems: ContentProblem[]): LoadedEntry[] {
  const folder = join(root, 'src/content', model.folder);
  if (!existsSync(folder)) return [];
  const entries: LoadedEntry[] = [];
  const namesById = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.')) continue;
    // Another collection's folder inside this one (meeting records inside the member archives).
    if (COLLECTIONS.some((other) => other.folder === `${model.folder}/${name}`)) continue;
    const file = relative(root, join(folder, name));
    if (!EXTENSIONS[model.format].test(name)) {
      problems.push({
        file,
        message: `此文件夹只接受 .${model.format} 文件：请移走或改扩展名 / only .${model.format} files belong here`,
      });
      continue;
    }
    let id = name;
    try {
      id = entryIdFromFile(name);
    } catch (error) {
      problems.push({ file, message: (error as Error).message });
    }
    // x.yml and x.yaml are the same entry to Astro's loader, which would silently keep only one.
    const twin = namesById.get(id);
    if (twin) problems.push({ file, message: m.duplicateId(name, twin, id) });
    namesById.set(id, name);
    try {
      entries.push({ model, id, file, data: parseEntryData(readFileSync(join(folder, name), 'utf8'), model.format) });
    } catch (error) {
      problems.push({ file, message: syntaxMessage(error, model.format) });
    }
  }
  return entries;
}

/** Calls `visit` for every reference or asset value in `data`, with its field path. */
function walkFields(
  fields: Fields,
  data: unknown,
  path: string[],
  visit: (field: Field, value: unknown, path: string[]) => void,
) {
  if (typeof data !== 'object' || data === null) return;
  for (const [key, field] of Object.entries(fields)) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '') continue;
    walkValue(field, value, [...path, key], visit);
  }
}

function walkValue(
  field: Field,
  value: unknown,
  path: string[],
  visit: (field: Field, value: unknown, path: string[]) => void,
) {
  if (field.kind === 'list' && Array.isArray(value))
    value.forEach((item, i) => walkValue(field.of, item, [...path, String(i)], visit));
  else if (field.kind === 'object') walkFields(field.fields, value, path, visit);
  else visit(field, value, path);
}

export function checkContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const loaded = COLLECTIONS.map((model) => loadCollection(root, model, problems));
  const ids = new Map<string, Set<string>>(
    COLLECTIONS.map((model, i) => [model.name, new Set(loaded[i]!.map((e) => e.id))]),
  );

  for (const entry of loaded.flat()) {
    problems.push(...entryDataProblems(entry.model, entry.file, entry.data));
    walkFields(entry.model.fields, entry.data, [], (field, value, path) => {
      if (field.kind === 'reference' && typeof value === 'string' && !ids.get(field.collection)?.has(value)) {
        problems.push({
          file: entry.file,
          field: path.join('.'),
          message: m.missingReference(field.label, collectionLabel(field.collection), value),
        });
      }
      if ((field.kind === 'image' || field.kind === 'file') && typeof value === 'string' && value.startsWith('/')) {
        if (!existsSync(join(root, 'public', decodeURI(value)))) {
          problems.push({ file: entry.file, field: path.join('.'), message: m.missingAsset(field.label, value) });
        }
      }
    });
  }
  problems.push(
    ...contestProblems(loaded.flat()),
    ...lessonOrderProblems(loaded.flat()),
    ...meetingProblems(loaded.flat()),
  );
  return problems;
}

/** Rules across a meeting's (or a plan's) fields: the end after the start, a group for a group's meeting, somewhere to meet, a day to meet on. */
function meetingProblems(entries: readonly LoadedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries.filter((e) => e.model.name === 'meetings' || e.model.name === 'meetingPlans')) {
    const { start, end, audience, group, place, link, position, weekday, day } = entry.data as Record<string, unknown>;
    const add = (field: string, message: string) => problems.push({ file: entry.file, field, message });
    if (typeof start === 'string' && typeof end === 'string' && end <= start)
      add('end', '“结束时间”应晚于“开始时间” / the end must be later than the start');
    if (audience === '党小组' && !group) add('group', '参加范围为党小组时请填写“党小组” / name the group');
    if (!place && !link) add('place', '请填写“地点”或“线上会议链接” / give a place or an online link');
    if (entry.model.name !== 'meetingPlans') continue;
    if (position === '固定日期' && !day) add('day', '按固定日期的计划请填写“每月几日” / give the day of the month');
    if (position !== '固定日期' && !weekday) add('weekday', '请填写“星期几” / give the weekday');
  }
  return problems;
}

/** Two lessons of one course with the same 课时序号 would show as two 第 N 课时: the later file is refused. */
function lessonOrderProblems(entries: readonly LoadedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  const lessons = entries.filter((e) => e.model.name === 'lessons').sort((a, b) => a.file.localeCompare(b.file));
  for (const entry of lessons) {
    const { course, order } = entry.data as { course?: unknown; order?: unknown };
    if (typeof course !== 'string' || typeof order !== 'number') continue;
    const key = `${course}\n${order}`;
    const first = seen.get(key);
    if (first) problems.push({ file: entry.file, field: 'order', message: m.duplicateLessonOrder(order, first) });
    else seen.set(key, entry.file);
  }
  return problems;
}

/** Rules across fields and entries: contest dates in order; awards only for the contest's own entries. */
function contestProblems(entries: readonly LoadedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const contestOfEssay = new Map(
    entries.filter((e) => e.model.name === 'essays').map((e) => [e.id, (e.data as { contest?: unknown }).contest]),
  );
  for (const entry of entries.filter((e) => e.model.name === 'contests')) {
    const { start, deadline, resultsDate, awards } = entry.data as Record<string, unknown>;
    if (typeof start === 'string' && typeof deadline === 'string' && deadline < start) {
      problems.push({ file: entry.file, field: 'deadline', message: m.dateBefore('截止日期', '开始日期') });
    }
    if (typeof deadline === 'string' && typeof resultsDate === 'string' && resultsDate < deadline) {
      problems.push({ file: entry.file, field: 'resultsDate', message: m.dateBefore('结果公布日期', '截止日期') });
    }
    if (!Array.isArray(awards)) continue;
    awards.forEach((award: { essay?: unknown }, i) => {
      const essay = award?.essay;
      if (typeof essay === 'string' && contestOfEssay.has(essay) && contestOfEssay.get(essay) !== entry.id) {
        problems.push({ file: entry.file, field: `awards.${i}.essay`, message: m.awardNotInContest(essay) });
      }
    });
  }
  return problems;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [
    `内容校验失败，共 ${problems.length} 处问题 / Content validation failed with ${problems.length} problem(s):`,
    '',
  ];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const p of list) lines.push(`  - ${p.field ? `${p.field}: ` : ''}${p.message}`);
  }
  lines.push(
    '',
    '修改以上文件后重新构建；在 CMS 中保存的内容会自动符合这些规则。/ Fix the files above and build again.',
  );
  return lines.join('\n');
}
