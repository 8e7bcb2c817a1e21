/**
 * The checks of one entry's data that need no other file: field values against
 * the model (Zod) and the quiz bank rules. The build's content guard runs them on
 * every file (check-content.ts); the CMS runs them before saving (admin/cms.ts),
 * so an editor cannot save what the build would reject. No Node APIs here: this
 * module is also bundled into the CMS.
 */
import type { ContentProblem } from './content-problem';
import type { CollectionModel } from './collections';
import { collectionModel } from './collections';
import { f } from './fields';
import { SETTINGS_FIELDS } from './settings';
import { collectionSchema, fieldSchema, idReference } from './to-zod';
import { checkQuizBank } from './check-quiz-bank';
import { checkMemberArchive } from './check-member-archive';
import { checkPoll } from './check-poll';

/** One schema per collection: building it for every entry was most of the guard's time on 10,000 articles. */
const schemas = new WeakMap<CollectionModel, ReturnType<typeof collectionSchema>>();

function schemaOf(model: CollectionModel) {
  let schema = schemas.get(model);
  if (!schema) schemas.set(model, (schema = collectionSchema(model)));
  return schema;
}

export function entryDataProblems(model: CollectionModel, file: string, data: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const result = schemaOf(model).safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push({ file, field: issue.path.join('.') || undefined, message: issue.message });
  }
  if (model.name === 'quizzes') problems.push(...checkQuizBank(file, data));
  if (model.name === 'members') problems.push(...checkMemberArchive(file, data));
  if (model.name === 'polls') problems.push(...checkPoll(file, data));
  return problems;
}

const settingsSchema = fieldSchema(f.object('站点设置', { fields: SETTINGS_FIELDS }), idReference);

/** The messages the build would print for this CMS entry (collection `settings` is the site settings file). */
export function problemsBeforeSave(collection: string, data: unknown): string[] {
  const messages =
    collection === 'settings'
      ? (settingsSchema.safeParse(data).error?.issues ?? []).map((issue) => issue.message)
      : entryDataProblems(collectionModel(collection), '', data).map((problem) => problem.message);
  return [...new Set(messages)];
}
