/**
 * The CMS entry: Decap bundled from npm (never a CDN), initialised by hand with
 * the config that the admin page derived from the content model at build time.
 */
import CMS from 'decap-cms-app';
import zh_Hans from 'decap-cms-locales/dist/esm/zh_Hans';
import { applyDateDefaults } from './date-defaults';
import { incompleteGroups, relaxOptionalGroups } from './optional-groups';
import { civilDateInShanghai } from '../src/lib/civil-date';
import { registerSiteStyle } from './previews/site-style';
import { registerStudyPreviews } from './previews/study';
import { registerEntryPreviews } from './previews/entries';
import { PREVIEW_CSS, setSanitizeOptions } from './previews/markup';
import { mergePhrases, WORKFLOW_PHRASES } from './workflow-locale';

const source = document.getElementById('cms-config')?.textContent;
if (!source) throw new Error('CMS config missing from the admin page');
const model = JSON.parse(source);
const config = relaxOptionalGroups(applyDateDefaults(model, civilDateInShanghai(new Date())));

type Fields = Record<string, unknown>[];
/** The fields of an entry as the model has them (before relaxOptionalGroups). */
function modelFields(collectionName: string, slug: string): Fields {
  const collection = (model.collections as { name: string; fields?: Fields; files?: { name: string; fields: Fields }[] }[]).find((c) => c.name === collectionName);
  return collection?.fields ?? collection?.files?.find((file) => file.name === slug)?.fields ?? [];
}

// A partly filled optional group is refused before the file is written, as the build would refuse it.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const problems = incompleteGroups(modelFields(entry.get('collection'), entry.get('slug')), entry.get('data').toJS());
    if (problems.length > 0) throw new Error(problems.join('；'));
  },
});
setSanitizeOptions(JSON.parse(document.getElementById('preview-options')?.textContent ?? '{}'));

CMS.registerLocale('zh_Hans', mergePhrases(zh_Hans, WORKFLOW_PHRASES));
registerSiteStyle(CMS);
CMS.registerPreviewStyle(PREVIEW_CSS, { raw: true });
registerStudyPreviews(CMS);
registerEntryPreviews(CMS);
CMS.init({ config });
