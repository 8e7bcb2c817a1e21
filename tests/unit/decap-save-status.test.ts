/** A new entry's toolbar says 尚未保存 until its first save, not 修改已保存 (issue 34, item 10). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DECAP_SAVE_STATUS, NEW_ENTRY_SAVE_STATUS, patchDecapSaveStatus } from '../../admin/build/decap-save-status';

const require = createRequire(import.meta.url);
const toolbarPath = require.resolve('decap-cms-core/dist/esm/components/Editor/EditorToolbar.js');

describe('the build-time patch of Decap’s save status', () => {
  it('applies to the installed decap-cms-core and only there', () => {
    const code = readFileSync(toolbarPath, 'utf8');
    const patched = patchDecapSaveStatus(code, toolbarPath)!;
    expect(patched).toContain(NEW_ENTRY_SAVE_STATUS);
    expect(patched).not.toContain(DECAP_SAVE_STATUS);
    expect(patchDecapSaveStatus(code, '/x/node_modules/other/EditorToolbar.js')).toBeNull();
  });

  it('fails the build when Decap changes the toolbar', () => {
    expect(() =>
      patchDecapSaveStatus('hasChanged ? a : b', '/n/decap-cms-core/dist/esm/components/Editor/EditorToolbar.js'),
    ).toThrow(/decap-cms-core changed its editor toolbar status/);
  });
});
