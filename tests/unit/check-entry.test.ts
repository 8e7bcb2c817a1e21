import { describe, expect, it } from 'vitest';
import { problemsBeforeSave } from '../../src/model/check-entry';
import { modelMessages as m } from '../../src/model/messages';
import { quizBankMessages as q } from '../../src/model/check-quiz-bank';
import { SETTINGS_FIELDS } from '../../src/model/settings';

const question = {
  type: '单选题',
  stem: '支部党员大会多久召开一次？',
  options: ['每季度一次', '每年一次'],
  answer: ['每季度一次'],
};
const quiz = { title: '基层党建自测', kind: '在线测试', passPercent: 60, questions: [question] };

describe('problemsBeforeSave: what the CMS refuses to save, in the build’s words', () => {
  it.each([
    ['a valid quiz', 'quizzes', quiz, []],
    [
      'an answer outside the options',
      'quizzes',
      { ...quiz, questions: [{ ...question, options: ['每月一次', '每年一次'] }] },
      [q.answerNotOption(1, '每季度一次')],
    ],
    [
      'an empty stem in a nested question',
      'quizzes',
      { ...quiz, questions: [{ ...question, stem: '' }] },
      [m.empty('题干'), q.emptyStem(1)],
    ],
    [
      'an article without a title',
      'articles',
      { date: '2026-11-26', category: '支部动态', body: '正文' },
      [m.required('标题')],
    ],
    [
      'a duration in words',
      'media',
      { title: '视频', kind: '视频', src: '/uploads/media/a.mp4', date: '2026-11-26', duration: '十二分钟' },
      [m.pattern('时长', '格式如 12:30 或 1:02:30 / like 12:30 or 1:02:30')],
    ],
    [
      'a valid member archive',
      'members',
      { name: '陈静', stage: '正式党员', joined: '2026-11-26', branch: '第一党支部', status: '正常' },
      [],
    ],
  ] as const)('%s', (_name, collection, data, expected) => {
    expect(problemsBeforeSave(collection, data)).toEqual(expected);
  });

  it('lets the settings leave the optional Giscus group empty, but not half-filled', () => {
    const settings = {
      siteName: '红旗党建网',
      branchName: '第一党支部',
      description: '简介',
      organiser: '主办',
      contact: '电话',
      reportChannel: { note: '说明' },
      cms: { backend: 'github', repo: 'o/r', branch: 'main' },
    };
    expect(problemsBeforeSave('settings', settings)).toEqual([]);
    expect(problemsBeforeSave('settings', { ...settings, giscus: { repo: 'o/r' } })).toEqual([
      m.required('仓库 ID（repo-id）'),
      m.required('讨论分类（category）'),
      m.required('分类 ID（category-id）'),
    ]);
  });

  it('checks the site settings file with the settings schema', () => {
    const settings = {
      siteName: '红旗党建网',
      branchName: '第一党支部',
      description: '简介',
      organiser: '主办',
      contact: '电话',
      reportChannel: { note: '说明' },
      cms: { backend: 'github', repo: 'o/r', branch: 'main' },
      policeCode: '京A1',
    };
    expect(problemsBeforeSave('settings', settings)).toEqual([
      m.pattern(SETTINGS_FIELDS.policeCode.label, SETTINGS_FIELDS.policeCode.pattern.message),
    ]);
  });
});
