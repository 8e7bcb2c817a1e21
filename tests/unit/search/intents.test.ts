import { describe, expect, it } from 'vitest';
import { type Intent, INTENTS, intentFit, readQuestion, sentences } from '../../../src/lib/search/intents';
import { matchText, queryWords } from '../../../src/lib/search/words';

const ids = (query: string) => readQuestion(query).intents.map((intent) => intent.id);
const content = (query: string) => readQuestion(query).content;
const present = (text: string, forms: string[]) => forms.some((form) => matchText(text).includes(form));
const forms = (query: string) => queryWords(query).map((word) => word.forms);

describe('readQuestion: question words are intent, not content', () => {
  it.each([
    ['怎么写思想汇报', '思想汇报', ['howto']],
    ['思想汇报怎么写', '思想汇报', ['howto']],
    ['组织关系转接怎么办', '组织关系转接', ['howto']],
    ['预备党员多久转正', '预备党员 转正', ['rule']],
    ['入党介绍人要几个', '入党介绍人要', ['rule']],
    ['入党誓词全文', '入党誓词', ['fulltext']],
    ['三会一课是什么', '三会一课', ['define']],
    ['什么是民主集中制', '民主集中制', ['define']],
    ['遵义会议为什么重要', '遵义会议 重要', ['why']],
    ['党员有哪些权利', '党员 权利', ['which']],
    ['党是哪一年成立的', '党是 成立的', ['when']],
    ['组织委员是谁', '组织委员', ['who']],
  ])('%j → content %j, intents %j', (query, words, intents) => {
    expect(content(query)).toBe(words);
    expect(ids(query)).toEqual(intents);
  });

  it('takes out overlapping question words together: 党徽是什么样的 holds 是什么 and 什么样', () => {
    expect(content('党徽是什么样的')).toBe('党徽 的');
    expect(queryWords(content('党徽是什么样的')).map((w) => w.text)).toEqual(['党徽']);
  });

  it('lets a one-character verb go with the question word it touches, not glue onto the subject', () => {
    expect(content('党费交多少')).toBe('党费');
    expect(content('党课多久上一次')).toBe('党课');
    // away from a question word, or inside a word (转 of 转正), the character stays
    expect(content('交党费标准')).toBe('交党费标准');
    expect(content('预备党员多久转正')).toBe('预备党员 转正');
  });

  it('drops spoken fillers without giving them an intent', () => {
    expect(readQuestion('申请书怎么写才好')).toMatchObject({ content: '申请书' });
    expect(readQuestion('请问三会一课').intents).toEqual([]);
  });

  it('reads a query without question words as it is, with no intent', () => {
    expect(readQuestion('党费交纳标准')).toEqual({ content: '党费交纳标准', intents: [] });
  });

  it('keeps a query made only of question words: it is about them', () => {
    expect(readQuestion('是什么')).toEqual({ content: '是什么', intents: [] });
  });

  it('asks for the full text when the query names a text (a hint), keeping the word as content', () => {
    expect(readQuestion('入党誓词')).toMatchObject({ content: '入党誓词' });
    expect(ids('入党誓词')).toEqual(['fulltext']);
  });

  it('reads its question words from the table it is given, so a new one is a line of data', () => {
    const table: Intent[] = [{ id: 'howto', cues: ['咋整'] }];
    expect(readQuestion('党费咋整', table, [], [])).toEqual({ content: '党费', intents: [table[0]] });
  });

  it('has no cue in two intents, and every intent asks for something', () => {
    const cues = INTENTS.flatMap((intent) => intent.cues);
    expect(new Set(cues).size).toBe(cues.length);
    for (const intent of INTENTS)
      expect(intent.answer || intent.avoidSections || intent.titleMarks, intent.id).toBeTruthy();
  });
});

describe('sentences', () => {
  it('cuts after 。！？； and keeps the ends', () => {
    expect(sentences('预备期为一年。预备期满；转为正式党员！')).toEqual([
      '预备期为一年。',
      '预备期满；',
      '转为正式党员！',
    ]);
  });
});

describe('intentFit: pages of the kind asked for, and their answering sentence', () => {
  const rule = INTENTS.filter((intent) => intent.id === 'rule');
  const words = forms('预备党员 转正');

  it('finds the sentence that states the rule with the question’s words', () => {
    const fit = intentFit(
      { title: '预备期', section: '每日一学', text: '预备党员要面向党旗宣誓。预备党员的预备期为一年，期满转正。' },
      rule,
      words,
      present,
    );
    expect(fit.sentence).toBe('预备党员的预备期为一年，期满转正。');
    expect(fit.score).toBeGreaterThan(1);
    expect(fit.avoided).toBe(false);
  });

  it('counts the title as the context of each sentence: under 三会一课, 每季度召开一次 answers', () => {
    const fit = intentFit(
      { title: '三会一课', text: '频次要求。支部党员大会一般每季度召开一次；' },
      rule,
      forms('三会一课'),
      present,
    );
    expect(fit.score).toBeGreaterThanOrEqual(1);
  });

  it('gives a page with the words but no rule stated less than one that states it', () => {
    const states = intentFit({ title: '转正', text: '预备党员的预备期为一年，期满转正。' }, rule, words, present);
    const mentions = intentFit({ title: '体会', text: '预备党员转正以后要继续学习。' }, rule, words, present);
    expect(states.score).toBeGreaterThan(mentions.score);
    expect(mentions.sentence).toBeUndefined();
  });

  it('marks a card as avoided when the full text is asked for', () => {
    const fulltext = INTENTS.filter((intent) => intent.id === 'fulltext');
    const card = intentFit(
      { title: '入党誓词', section: '每日一学', text: '入党誓词以我志愿开头。' },
      fulltext,
      forms('入党誓词'),
      present,
    );
    const audio = intentFit(
      { title: '入党誓词领读', section: '网上视听室', text: '我志愿加入中国共产党。' },
      fulltext,
      forms('入党誓词'),
      present,
    );
    expect(card.avoided).toBe(true);
    expect(audio.avoided).toBe(false);
  });

  it('prefers how-to pages by their title marks and sections', () => {
    const howto = INTENTS.filter((intent) => intent.id === 'howto');
    const guide = intentFit(
      { title: '怎样写好一篇思想汇报', section: '干部博客', text: '写真实的想法。' },
      howto,
      forms('思想汇报'),
      present,
    );
    const topic = intentFit(
      { title: '人工智能工具', section: '热点探讨', text: '有人用它写思想汇报。' },
      howto,
      forms('思想汇报'),
      present,
    );
    expect(guide.score).toBeGreaterThan(topic.score);
  });

  it('is neutral without an intent', () => {
    expect(intentFit({ title: 't', text: '一年。' }, [], words, present)).toEqual({ score: 0, avoided: false });
  });
});
