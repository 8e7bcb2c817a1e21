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
