/**
 * Two faults of Decap with uploads, fixed where they arise (bundler patches of
 * its modules; if a Decap upgrade changes either line, the build fails here
 * instead of the fix silently disappearing):
 *
 * - Names: Decap names an upload with its slug rules, which (ASCII encoding) drop
 *   every Chinese character: cover-封面.png → cover-.png, 封面.png → .png. The
 *   name first passes through asciiMediaName (admin/media-file-name.ts).
 * - Thumbnails and previews: a field's value is the public address
 *   (/uploads/articles/x.png), and Decap takes any address starting with / for a
 *   file already on the web, loading it from the site. An upload not yet saved
 *   (or saved but not yet built) is not there: a broken thumbnail, no cover in the
 *   preview, and under `npm start` a 404 for `/uploads/…/x.png/`. An address in
 *   the collection's own upload folder is resolved to the file in the repository
 *   instead, which Decap holds in memory after an upload and otherwise reads
 *   through the backend.
 */
import { fileURLToPath } from 'node:url';

interface Patch {
  module: RegExp;
  find: string;
  replace: string;
  /** Code put before the module's own. */
  prelude?: string;
  what: string;
}

const NAMER = fileURLToPath(new URL('../media-file-name.ts', import.meta.url));

export const PATCHES: readonly Patch[] = [
  {
    module: /decap-cms-core[\\/]dist[\\/]esm[\\/]actions[\\/]mediaLibrary\.js$/,
    find: 'const fileName = sanitizeSlug(file.name.toLowerCase(), state.config.slug);',
    replace: 'const fileName = sanitizeSlug(__asciiMediaName(file.name.toLowerCase()), state.config.slug);',
    prelude: `import { asciiMediaName as __asciiMediaName } from ${JSON.stringify(NAMER)};\n`,
    what: 'how it names uploads',
  },
  {
    module: /decap-cms-core[\\/]dist[\\/]esm[\\/]reducers[\\/]entries\.js$/,
    find: `export function selectMediaFilePath(config, collection, entryMap, mediaPath, field) {
  if (isAbsolutePath(mediaPath)) {`,
    replace: `export function selectMediaFilePath(config, collection, entryMap, mediaPath, field) {
  const uploadFolder = selectMediaFilePublicPath(config, collection, '', entryMap, field).replace(/\\/*$/, '/');
  const uploadedHere = mediaPath.startsWith('/') && !mediaPath.startsWith('//') && mediaPath.startsWith(uploadFolder);
  if (isAbsolutePath(mediaPath) && !uploadedHere) {`,
    what: 'how it finds an uploaded file from its address',
  },
];

export function patchDecapUploads(code: string, id: string): string | null {
  const patch = PATCHES.find((p) => p.module.test(id));
  if (!patch) return null;
  if (!code.includes(patch.find)) {
    throw new Error(`decap-cms-core changed ${patch.what}; update admin/build/decap-uploads.ts (${id})`);
  }
  return `${patch.prelude ?? ''}${code.replace(patch.find, patch.replace)}`;
}

export function decapUploads() {
  return {
    name: 'decap-uploads',
    transform: {
      filter: { id: PATCHES.map((p) => p.module) },
      handler(code: string, id: string) {
        return patchDecapUploads(code, id);
      },
    },
  };
}
