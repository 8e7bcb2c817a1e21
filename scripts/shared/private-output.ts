/**
 * The one guard for private output (member reports, exports, the digest's
 * state, and the ledgers to come): nothing a command writes about members may
 * land where the site is published from. `dist/` is the build; `public/` is
 * copied into the next build as it is. Every command that writes private
 * files asks here first, so a new published folder is added once.
 */
import { isAbsolute, relative, resolve } from 'node:path';

/** Folders of the project whose files reach readers. */
export const PUBLISHED_FOLDERS = ['dist', 'public'] as const;

/** What the command writes, for the message: `{ zh: '报告目录', en: 'report folder' }`. */
export interface OutputLabel {
  zh: string;
  en: string;
}

/** The published folder that holds `path` (the folder itself included), or undefined when it is private. */
export function publishedFolderOf(path: string, root: string = process.cwd()): string | undefined {
  const target = resolve(root, path);
  return PUBLISHED_FOLDERS.find((folder) => {
    const inside = relative(resolve(root, folder), target);
    return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
  });
}

/** The absolute path of private output; throws, naming the folder and the fix, when it would be published. */
export function privateOutputPath(path: string, label: OutputLabel, root: string = process.cwd()): string {
  const folder = publishedFolderOf(path, root);
  const target = resolve(root, path);
  if (folder) {
    throw new Error(
      `${label.zh}不能在 ${folder}/ 之内（${target}），否则会随网站发布：请换一个不公开的目录。/ The ${label.en} must be outside ${folder}/, or it would be published with the site.`,
    );
  }
  return target;
}

/** For a command's start: the private output path, or the refusal printed and the process ended. */
export function privateOutputOrStop(path: string, label: OutputLabel): string {
  try {
    return privateOutputPath(path, label);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
