/**
 * Decap's editor toolbar says 修改已保存 (green) whenever the form has no unsaved
 * edits — including a new entry that was never saved, untouched or refused by a
 * failed publish. The cause is one condition in its toolbar: it looks at
 * `hasChanged` only. This bundler plugin makes a new entry say 尚未保存 (the
 * phrase `editor.editorToolbar.notYetSaved`, workflow-locale.ts) until its first
 * save. If a Decap upgrade changes that code, the build fails here instead of the
 * fix silently disappearing.
 */
export const DECAP_SAVE_STATUS = `hasChanged ? _jsx(BackStatusChanged, {
            children: t('editor.editorToolbar.unsavedChanges')
          })`;
export const NEW_ENTRY_SAVE_STATUS = `hasChanged || this.props.isNewEntry ? _jsx(BackStatusChanged, {
            children: t(hasChanged ? 'editor.editorToolbar.unsavedChanges' : 'editor.editorToolbar.notYetSaved')
          })`;

const TOOLBAR_MODULE = /decap-cms-core[\\/]dist[\\/]esm[\\/]components[\\/]Editor[\\/]EditorToolbar\.js$/;

export function patchDecapSaveStatus(code: string, id: string): string | null {
  if (!TOOLBAR_MODULE.test(id)) return null;
  if (!code.includes(DECAP_SAVE_STATUS)) {
    throw new Error(
      `decap-cms-core changed its editor toolbar status; update admin/build/decap-save-status.ts (${id})`,
    );
  }
  return code.replace(DECAP_SAVE_STATUS, NEW_ENTRY_SAVE_STATUS);
}

export function decapSaveStatus() {
  return {
    name: 'decap-save-status',
    transform: {
      filter: { id: TOOLBAR_MODULE },
      handler(code: string, id: string) {
        return patchDecapSaveStatus(code, id);
      },
    },
  };
}
