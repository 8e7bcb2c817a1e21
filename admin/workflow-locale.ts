/**
 * The review steps in the words a branch uses: 草稿 → 待审核 → 可发布.
 * Decap's own Chinese says 审核中/审查中 and 就绪 in different places; these
 * phrases replace them wherever the editorial workflow shows a status.
 */
type Phrases = { [key: string]: string | Phrases };

export const WORKFLOW_PHRASES = {
  editor: {
    editor: {
      onPublishingNotReady: '请先把状态改为“可发布”，再发布',
    },
    editorToolbar: {
      status: '状态：%{status}',
      draft: '草稿',
      inReview: '待审核',
      ready: '可发布',
    },
  },
  workflow: {
    workflow: {
      workflowHeading: '审核流程',
      description:
        '%{smart_count} 篇待审核，%{readyCount} 篇可发布 |||| %{smart_count} 篇待审核，%{readyCount} 篇可发布',
    },
    workflowList: {
      onPublishingNotReadyEntry: '只有“可发布”一列中的内容才能发布。请先把卡片拖到“可发布”一列',
      draftHeader: '草稿',
      inReviewHeader: '待审核',
      readyHeader: '可发布',
    },
  },
} satisfies Phrases;

export function mergePhrases<T extends Phrases>(base: T, overrides: Phrases): T {
  const result: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return result as T;
}
