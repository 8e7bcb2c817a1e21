/**
 * The CMS's validation messages, derived from the build's (messages.ts), so an
 * editor sees before saving the sentence the build would print (its Chinese half). Decap
 * fills in its %{…} placeholders; these phrases replace the ones of its zh_Hans
 * locale under `editor.editorControlPane.widget`.
 */
import { chinesePart, modelMessages as m } from '../../src/model/messages';
import { t } from '../../src/i18n/zh';

const label = '%{fieldLabel}';

export function decapValidationPhrases(): Record<string, string> {
  const phrases: Record<string, string> = {
    required: m.required(label),
    // Patterns carry their full message (m.pattern) as the second element of `pattern`.
    regexPattern: '%{pattern}',
    range: m.range(label, '%{minValue}', '%{maxValue}'),
    min: m.min(label, '%{minValue}'),
    max: m.max(label, '%{maxValue}'),
    rangeCount: m.listRange(label, '%{minCount}', '%{maxCount}'),
    rangeCountExact: m.listRange(label, '%{count}', '%{count}'),
    rangeMin: m.listMin(label, '%{minCount}'),
    rangeMax: m.listMax(label, '%{maxCount}'),
    minCount: m.listMin(label, '%{minCount}'),
    maxCount: m.listMax(label, '%{maxCount}'),
  };
  return Object.fromEntries(Object.entries(phrases).map(([key, phrase]) => [key, chinesePart(phrase)]));
}

/** Phrases Decap's zh_Hans locale lacks (it falls back to English), used by the quiz question list. */
const MISSING_CHINESE = {
  editorWidgets: { list: { add: '新增%{item}', addType: '新增%{item}' }, object: { expand: '展开', collapse: '收起' } },
};

type Phrases = { [key: string]: string | Phrases };

function merge(base: Phrases, over: Phrases): Phrases {
  const result: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return result;
}

/**
 * The editors' word 栏目 for what Decap calls a 集合 (collection). Save status and refusal in words true for every case: a new entry is 尚未保存 until its first save
 * (admin/build/decap-save-status.ts), and a refused save may lack one required field or several.
 */
const SAVE_PHRASES = {
  collection: { sidebar: { collections: t('cms.terms.sections'), allCollections: t('cms.terms.allSections') } },
  editor: {
    editorToolbar: { notYetSaved: t('cms.status.notYetSaved'), backCollection: t('cms.terms.editingIn') },
  },
  ui: { toast: { missingRequiredField: t('cms.status.missingRequired') } },
};

/** A copy of Decap's zh_Hans phrases with the content model's validation messages and the missing Chinese phrases. */
export function withModelPhrases(phrases: Phrases): Phrases {
  return merge(merge(phrases, SAVE_PHRASES), {
    editor: { ...MISSING_CHINESE, editorControlPane: { widget: decapValidationPhrases() } },
  });
}
