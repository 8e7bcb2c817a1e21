/** Uploads in the CMS: ASCII names never empty nor colliding, and thumbnails from the file itself (issue 34, item 11). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { asciiMediaName } from '../../admin/media-file-name';
import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
import { PATCHES, patchDecapUploads } from '../../admin/build/decap-uploads';

const SLUG = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' };
/** The name Decap stores after the patch: ours, then its own slug rules (which must leave it alone). */
const stored = (name: string) => sanitizeSlug(asciiMediaName(name.toLowerCase()), SLUG);

describe('asciiMediaName', () => {
  it('keeps an ASCII name as Decap would', () => {
    expect(stored('Volunteer_Poster-1.PNG')).toBe('volunteer_poster-1.png');
    expect(stored('volunteer-poster-1.png')).toBe(sanitizeSlug('volunteer-poster-1.png', SLUG));
  });

  it('replaces Chinese by a short hash instead of dropping it', () => {
    expect(stored('cover-封面.png')).toMatch(/^cover-[a-z0-9]{6}\.png$/);
    expect(stored('封面.png')).toMatch(/^[a-z0-9]{6}\.png$/);
    expect(stored('支部 党员大会 2026.jpg')).toMatch(/^2026-[a-z0-9]{6}\.jpg$/);
  });

  it('never gives two different names the same file, and one name always the same file', () => {
    const names = ['封面.png', '封底.png', 'cover-封面.png', 'cover-封底.png', '照片.png', '照片.jpg'];
    expect(new Set(names.map(stored)).size).toBe(names.length);
    expect(stored('封面.png')).toBe(stored('封面.png'));
  });

  it('without the patch Decap drops the Chinese and collides', () => {
    expect(sanitizeSlug('cover-封面.png', SLUG)).toBe('cover-.png');
    expect(sanitizeSlug('封面.png', SLUG)).toBe('.png');
  });
});

describe('the build-time patches', () => {
  const require = createRequire(import.meta.url);
  const modules = ['actions/mediaLibrary.js', 'reducers/entries.js'].map((m) =>
    require.resolve(`decap-cms-core/dist/esm/${m}`),
  );

  it.each(modules)('apply to the installed decap-cms-core (%s) and only there', (path) => {
    const patched = patchDecapUploads(readFileSync(path, 'utf8'), path)!;
    const patch = PATCHES.find((p) => p.module.test(path))!;
    expect(patched).toContain(patch.replace);
    expect(patched).not.toContain(patch.find);
    expect(patchDecapUploads('x', path.replace('decap-cms-core', 'other'))).toBeNull();
  });

  it('names uploads through asciiMediaName', () => {
    const patched = patchDecapUploads(readFileSync(modules[0]!, 'utf8'), modules[0]!)!;
    expect(patched).toMatch(/^import \{ asciiMediaName as __asciiMediaName \} from ".*media-file-name\.ts";/);
  });

  it('fails the build when Decap changes a line', () => {
    expect(() => patchDecapUploads('x', '/n/decap-cms-core/dist/esm/reducers/entries.js')).toThrow(
      /decap-cms-core changed how it finds an uploaded file/,
    );
  });
});
