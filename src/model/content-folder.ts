/**
 * Where a collection's files live: `src/content/<folder>` of the model, except
 * the private member archives, which MEMBERS_DIR (absolute, or relative to the
 * project) may keep outside the public content. The one rule for the build
 * (src/content.config.ts) and every command that reads the archives
 * (scripts/members/archive-files.ts).
 */
import type { CollectionModel } from './collections';

/** The environment variable that moves the member archives. */
export const MEMBERS_DIR_VARIABLE = 'MEMBERS_DIR';

/** The folder of `model`'s files, relative to the project root unless MEMBERS_DIR gives an absolute one. An empty variable means unset. */
export function collectionFolder(
  model: Pick<CollectionModel, 'name' | 'folder'>,
  env: Record<string, string | undefined> = process.env,
): string {
  const archives = env[MEMBERS_DIR_VARIABLE];
  if (!archives) return `src/content/${model.folder}`;
  if (model.name === 'members') return archives;
  // Other private records (meeting records) live in a folder inside the archives': members/<sub> → <MEMBERS_DIR>/<sub>.
  return model.folder.startsWith('members/')
    ? `${archives}/${model.folder.slice('members/'.length)}`
    : `src/content/${model.folder}`;
}
