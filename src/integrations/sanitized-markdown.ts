/**
 * Astro 7 renders Markdown with Sätteri, which passes raw HTML through
 * verbatim. This wraps the processor so every rendered `.md` entry — content
 * collections included, since the glob loader renders through
 * `markdown.processor` — leaves the renderer already sanitized
 * (src/lib/content/sanitize.ts). MDX is authored code, not member text, and is left to
 * Sätteri's own MDX renderer. Uploaded images get their real width and height
 * (read from public/uploads) so they load lazily without shifting the text.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeHtml, type SanitizeOptions } from '../lib/content/sanitize';
import { uploadedImageSizes } from '../site/images';

export function sanitizedMarkdown(options: SanitizeOptions) {
  const base = satteri();
  return {
    ...base,
    async createRenderer(shared: Parameters<typeof base.createRenderer>[0]) {
      const renderer = await base.createRenderer(shared);
      return {
        async render(...args: Parameters<typeof renderer.render>) {
          const result = await renderer.render(...args);
          const imageSizes = await uploadedImageSizes(result.code);
          return { ...result, code: sanitizeHtml(result.code, { ...options, imageSizes }) };
        },
      };
    },
  };
}
