/**
 * Word frequencies of discussion titles and comments: Chinese text split into
 * words with `Intl.Segmenter('zh')` (ICU's dictionary), then single characters,
 * numbers and stop words dropped. Pure logic.
 */

/** Function words and discussion filler that say nothing about the topic. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '我们 你们 他们 她们 它们 自己 大家 这个 那个 这些 那些 这里 那里 这样 那样 这么 那么 什么 怎么 怎样 为什么 如何 ' +
    '一个 一些 一下 一点 一起 一定 一直 一样 已经 还是 还有 就是 不是 没有 可以 可能 应该 需要 觉得 认为 知道 希望 ' +
    '因为 所以 但是 而且 并且 或者 如果 虽然 然后 以及 对于 关于 通过 进行 其中 之后 之前 时候 现在 今天 ' +
    '非常 特别 真的 比较 更加 同志 同意 楼上 谢谢 感谢 建议 问题 方面 情况 工作 的话 起来 出来 这次 这种 很多 有些 ' +
    '我的 你的 他的 我们的 大家的 the and for you'
  ).split(' '),
);

export interface WordCount {
  word: string;
  count: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const NUMBER = /^[\d.,:%-]+$/;

/** The words of one text worth counting. */
export function contentWords(text: string, stopWords: ReadonlySet<string> = STOP_WORDS): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const word = segment.toLowerCase();
    if (!isWordLike || [...word].length < 2 || NUMBER.test(word) || stopWords.has(word)) continue;
    words.push(word);
  }
  return words;
}

/** The most frequent words across all texts, most frequent first; ties in order of first use. */
export function wordFrequencies(
  texts: readonly string[],
  limit = 20,
  stopWords: ReadonlySet<string> = STOP_WORDS,
): WordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of contentWords(text, stopWords)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
