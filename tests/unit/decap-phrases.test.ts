import { describe, expect, it } from 'vitest';
import { decapValidationPhrases, withModelPhrases } from '../../admin/config/decap-phrases';
import { chinesePart, modelMessages as m } from '../../src/model/messages';
import { t } from '../../src/i18n/zh';
import zh_Hans from 'decap-cms-locales/dist/esm/zh_Hans';
import { mergePhrases, WORKFLOW_PHRASES } from '../../admin/workflow-locale';

/** Decap's own interpolation: %{name} replaced by the value. */
const fill = (phrase: string, vars: Record<string, string | number>) =>
  phrase.replace(/%\{(\w+)\}/g, (_, key: string) => String(vars[key]));

describe('the CMS validation phrases', () => {
  const phrases = decapValidationPhrases();

  it.each([
    ['required', { fieldLabel: '标题' }, m.required('标题')],
    ['range', { fieldLabel: '及格线（%）', minValue: 0, maxValue: 100 }, m.range('及格线（%）', 0, 100)],
    ['min', { fieldLabel: '排序', minValue: 0 }, m.min('排序', 0)],
    ['max', { fieldLabel: '年份', maxValue: 2100 }, m.max('年份', 2100)],
    ['rangeCount', { fieldLabel: '选项', minCount: 2, maxCount: 6 }, m.listRange('选项', 2, 6)],
    ['rangeCountExact', { fieldLabel: '选项', count: 2 }, m.listRange('选项', 2, 2)],
    ['rangeMin', { fieldLabel: '选项', minCount: 2 }, m.listMin('选项', 2)],
    ['rangeMax', { fieldLabel: '选项', maxCount: 6 }, m.listMax('选项', 6)],
    ['regexPattern', { fieldLabel: '时长', pattern: m.pattern('时长', '格式如 12:30') }, '“时长”格式如 12:30'],
  ])('%s reads as the build message, in Chinese only', (key, vars, expected) => {
    expect(fill(phrases[key]!, vars)).toBe(chinesePart(expected));
    expect(phrases[key]).not.toMatch(/\/ [a-z]/);
  });

  it('replace Decap’s own phrases and add the Chinese ones it lacks, keeping the rest', () => {
    const merged = withModelPhrases({
      app: { header: { content: '内容' } },
      editor: {
        editorControlPane: { widget: { required: '“%{fieldLabel}”是必填项', processing: '处理中' } },
        editorWidgets: { list: { add: '新增%{item}' } },
      },
    });
    expect(merged).toEqual({
      app: { header: { content: '内容' } },
      collection: { sidebar: { collections: '栏目', allCollections: '所有栏目' } },
      ui: { toast: { missingRequiredField: t('cms.status.missingRequired') } },
      editor: {
        editorToolbar: { notYetSaved: t('cms.status.notYetSaved'), backCollection: t('cms.terms.editingIn') },
        editorControlPane: { widget: { ...phrases, processing: '处理中' } },
        editorWidgets: {
          list: { add: '新增%{item}', addType: '新增%{item}' },
          object: { expand: '展开', collapse: '收起' },
        },
      },
    });
  });
});

describe('the CMS in the editors’ words (issue 34, items 10 and 15)', () => {
  const shown = JSON.stringify(withModelPhrases(mergePhrases(zh_Hans, WORKFLOW_PHRASES)));

  it('says 栏目, never 集合', () => {
    expect(JSON.stringify(zh_Hans)).toContain('集合');
    expect(shown).not.toContain('集合');
    expect(shown).toContain('所有栏目');
  });

  it('never claims how many required fields are missing', () => {
    expect(shown).not.toContain('一个必填项');
  });
});
