/** Types for the parts of Decap that the CMS bundle imports directly; the packages ship none. */
/** Decap's own Markdown → HTML step (the one its markdown widget previews with). */
declare module 'decap-cms-widget-markdown/dist/esm/serializers' {
  export function markdownToHtml(markdown: string, options?: { getAsset?: (path: string) => unknown }): string;
}

/** Decap's Chinese phrases (nested objects of strings), as the app registers them. */
declare module 'decap-cms-locales/dist/esm/zh_Hans' {
  type Phrases = { [key: string]: string | Phrases };
  const zh_Hans: Phrases & {
    app: { header: { content: string } };
    editor: { editor: Record<string, string>; editorToolbar: Record<string, string> };
    workflow: { workflow: Record<string, string>; workflowList: Record<string, string> };
  };
  export default zh_Hans;
}

/** Decap's file formats, wrapped by the site's own (admin/entry-formats.ts). */
interface DecapFormatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
}
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
  export const FrontmatterInfer: DecapFormatter;
}
declare module 'decap-cms-core/dist/esm/formats/yaml' {
  const yamlFormatter: DecapFormatter;
  export default yamlFormatter;
}

/** Decap's slug rules, which also name uploads (tests/unit/decap-uploads.test.ts compares with them). */
declare module 'decap-cms-core/dist/esm/lib/urlHelper.js' {
  export function sanitizeSlug(
    text: string,
    options?: { encoding?: string; clean_accents?: boolean; sanitize_replacement?: string },
    preserveSlashes?: boolean,
  ): string;
}
