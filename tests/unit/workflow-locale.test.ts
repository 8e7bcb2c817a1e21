/** The CMS says 草稿 → 待审核 → 可发布 wherever the editorial workflow shows a status. */
import { describe, expect, it } from 'vitest';
import zh_Hans from 'decap-cms-locales/dist/esm/zh_Hans';
import { mergePhrases, WORKFLOW_PHRASES } from '../../admin/workflow-locale';

describe('workflow wording', () => {
  const phrases = mergePhrases(zh_Hans, WORKFLOW_PHRASES);

  it('names the three steps the same in the toolbar and on the workflow board', () => {
    const toolbar = phrases.editor.editorToolbar;
    const board = phrases.workflow.workflowList;
    expect([toolbar.draft, toolbar.inReview, toolbar.ready]).toEqual(['草稿', '待审核', '可发布']);
    expect([board.draftHeader, board.inReviewHeader, board.readyHeader]).toEqual(['草稿', '待审核', '可发布']);
  });

  it('keeps every other phrase of Decap’s Chinese', () => {
    expect(phrases.editor.editorToolbar.publishNow).toBe('立即发布');
    expect(phrases.app.header.content).toBe(zh_Hans.app.header.content);
  });

  it('leaves no old status word in the workflow phrases', () => {
    const text = JSON.stringify([
      phrases.workflow,
      phrases.editor.editorToolbar,
      phrases.editor.editor.onPublishingNotReady,
    ]);
    expect(text).not.toMatch(/就绪|审核中|审查中/);
  });

  it('merges nested objects without changing the original', () => {
    const base = { a: { b: 'x', c: 'y' }, d: 'z' };
    expect(mergePhrases(base, { a: { b: 'X' } })).toEqual({ a: { b: 'X', c: 'y' }, d: 'z' });
    expect(base.a.b).toBe('x');
  });
});
