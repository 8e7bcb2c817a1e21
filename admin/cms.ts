/**
 * The CMS entry: Decap bundled from npm (never a CDN), initialised by hand with
 * the config that the admin page derived from the content model at build time.
 */
import './global-shim';
import CMS from 'decap-cms-app';
import zh_Hans from 'decap-cms-locales/dist/esm/zh_Hans';
import { applyDateDefaults } from './date-defaults';
import { civilDateInShanghai } from '../src/lib/civil-date';
import { withModelPhrases } from './config/decap-phrases';
import { registerSiteStyle } from './previews/site-style';
import { registerPreviews } from './previews/model-preview';
import { PREVIEW_CSS, setSanitizeOptions } from './previews/markup';
import { mergePhrases, WORKFLOW_PHRASES } from './workflow-locale';
import { registerQuizAnswerWidget } from './widgets/quiz-answer';
import { registerStudyRecordsWidget } from './widgets/study-records';
import { registerSaveGuard } from './save-guard';
import { registerEntryFormats } from './entry-formats';
import { COLLECTIONS } from '../src/model/collections';
import { registerEntryAddressWidget } from './widgets/entry-address';
import { registerListAddFocus } from './list-add-focus';
import { registerSiblingChecks } from './sibling-checks';
import { registerSubmissionReview } from './submission-review';

const source = document.getElementById('cms-config')?.textContent;
if (!source) throw new Error('CMS config missing from the admin page');
const config = applyDateDefaults(JSON.parse(source), civilDateInShanghai(new Date()));
setSanitizeOptions(JSON.parse(document.getElementById('preview-options')?.textContent ?? '{}'));

// Workflow statuses in plain Chinese; validation messages before saving are the build's own (src/model/messages.ts).
CMS.registerLocale('zh_Hans', withModelPhrases(mergePhrases(zh_Hans, WORKFLOW_PHRASES)));
registerSiteStyle(CMS);
CMS.registerPreviewStyle(PREVIEW_CSS, { raw: true });
registerPreviews(CMS);
registerQuizAnswerWidget(CMS);
// New entries are named from the pinyin of their title; lists show the titles of courses, contests and authors, not their ids.
registerEntryFormats(CMS, COLLECTIONS, JSON.parse(document.getElementById('list-titles')?.textContent ?? '{}'));
registerEntryAddressWidget(
  CMS,
  (name) => config.collections.find((c: { name: string }) => c.name === name)?.identifier_field,
);
// 学习记录 of a member's archive: Decap's list with 导入学习记录 above it.
registerStudyRecordsWidget(
  CMS,
  (JSON.parse(document.getElementById('branch-service')?.textContent ?? '{}') as { server?: string | null }).server ??
    undefined,
);
// The build's per-entry checks (required fields in lists, quiz answers, partly filled optional groups) run before every save.
registerSaveGuard(CMS);
// A lesson number its course already has is refused; a title another entry has asks first.
registerSiblingChecks(CMS, JSON.parse(document.getElementById('entry-facts')?.textContent ?? '{}'), (name) =>
  String(config.collections.find((c: { name: string }) => c.name === name)?.identifier_field ?? 'title'),
);
// 新增选项 and the like: the focus goes into the new item, so typing is not lost.
registerListAddFocus();
// 待审稿件: a member's submission opened as a new entry is saved as the member wrote it, then marked taken.
registerSubmissionReview(CMS);
CMS.init({ config });
