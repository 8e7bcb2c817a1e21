/**
 * Astro 7 renders Markdown with Sätteri, which passes raw HTML through
 * verbatim. This wraps the processor so every rendered `.md` entry — content
 * collections included, since the glob loader renders through
 * `markdown.processor` — leaves the renderer already sanitized
 * (src/lib/sanitize.ts). MDX is authored code, not member text, and is left to
 * Sätteri's own MDX renderer.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeHtml, type SanitizeOptions } from '../lib/sanitize';

export function sanitizedMarkdown(options: SanitizeOptions) {
  const base = satteri();
  return {
    ...base,
    async createRenderer(shared: Parameters<typeof base.createRenderer>[0]) {
      const renderer = await base.createRenderer(shared);
      return {
        async render(...args: Parameters<typeof renderer.render>) {
          const result = await renderer.render(...args);
          return { ...result, code: sanitizeHtml(result.code, options) };
        },
      };
    },
  };
}
