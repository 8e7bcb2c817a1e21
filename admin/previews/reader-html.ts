/**
 * The body of an entry as readers will get it. Decap's markdown widget previews
 * with its own HTML cleaner (DOMPurify), which keeps and drops other things
 * than the site does; here the Markdown becomes HTML with Decap's renderer and
 * then goes through the site's own allow-list (src/lib/content/sanitize.ts) with the
 * site's base path and media hosts, so a pasted <script> shows as text and an
 * off-site image disappears in the preview exactly as on the page.
 * (The site's renderer, Sätteri, runs in the browser only as threaded
 * WebAssembly, which needs a cross-origin-isolated page; /admin is not one.)
 */
import { markdownToHtml } from 'decap-cms-widget-markdown/dist/esm/serializers';
import { sanitizeHtml, type SanitizeOptions } from '../../src/lib/content/sanitize';

export function readerHtml(markdown: string, options: SanitizeOptions): string {
  return markdown.trim() === '' ? '' : sanitizeHtml(markdownToHtml(markdown), options);
}
