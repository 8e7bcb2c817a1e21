/**
 * The CMS entry: Decap bundled from npm (never a CDN), initialised by hand with
 * the config that the admin page derived from the content model at build time.
 */
import CMS from 'decap-cms-app';
import { applyDateDefaults } from './date-defaults';
import { civilDateInShanghai } from '../src/lib/civil-date';
import { withModelPhrases } from '../src/model/decap-phrases';
import { registerSiteStyle } from './previews/site-style';
import { registerStudyPreviews } from './previews/study';
import { registerQuizAnswerWidget } from './widgets/quiz-answer';
import { registerSaveGuard } from './save-guard';

const source = document.getElementById('cms-config')?.textContent;
if (!source) throw new Error('CMS config missing from the admin page');
const config = applyDateDefaults(JSON.parse(source), civilDateInShanghai(new Date()));

// Validation messages before saving are the build's own (src/model/messages.ts).
CMS.registerLocale('zh_Hans', withModelPhrases(CMS.getLocale('zh_Hans') ?? {}));
registerSiteStyle(CMS);
registerStudyPreviews(CMS);
registerQuizAnswerWidget(CMS);
registerSaveGuard(CMS);
CMS.init({ config });
