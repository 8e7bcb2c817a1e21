/**
 * The site's search, shared by the search page and the search evaluation:
 * one query → ranked results with clean excerpts. Pagefind itself is passed in,
 * so this module is pure and testable.
 *
 * Pagefind finds candidate pages; this module decides which of them answer.
 * Pagefind 1.6 splits a Chinese query with the browser's segmenter, matches
 * each piece as the prefix of an indexed word, falls back to a shorter word
 * when a piece is unknown and drops pieces that match nothing, so a query
 * whose subject is nowhere on the site still returns pages that share one
 * character with it. Each candidate's text is therefore checked for the
 * query's words (src/lib/search/words.ts): a page with all of them is a full
 * match; when there is none, a page with most of them is shown under a notice
 * that the search was loosened; anything less is not a result.
 */
import { buildExcerpt, readableText } from './excerpt';
import { type IntentFit, intentFit, readQuestion } from './intents';
import { oneCharacterFix, typoRuns } from './typos';
import { matchText, queryWords, type QueryWord } from './words';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (Pagefind's fragment). */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindLike {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** How a result matches the query: every word, or most of them (a loosened search). */
export type MatchKind = 'full' | 'partial';

export interface SearchHit {
  url: string;
  title: string;
  /** HTML: escaped text in which only <mark> is kept. */
  excerpt: string;
  section?: string;
  match: MatchKind;
}

export interface SearchOutcome {
  /** Pages that answer; `estimated` when not every candidate could be checked. */
  total: number;
  estimated: boolean;
  /** 'partial' when no page has every word and the results have most of them; 'full' when the first ones have every word (any after them with most of the words are marked partial). */
  match: MatchKind | 'none';
  hits: SearchHit[];
  /** The query searched instead of the one typed, when a typing slip was corrected (思想会报 → 思想汇报). */
  corrected?: string;
}

export const RESULTS_PER_PAGE = 10;

/** With fewer full matches than this, pages with most of the words are listed after them. */
export const ENOUGH_FULL_MATCHES = 5;

/** At most this many candidate pages are loaded and checked per search (about 0.9 KB each). */
export const CHECK_LIMIT = 30;

/**
 * Pagefind options of the search page (and of the evaluation, which must search
 * the same way). pageLength 0: no penalty for long pages, whose Chinese bodies
 * (lessons, handbooks) otherwise lose to short pages that mention a word once.
 * noWorker: search on the page's own thread. Pagefind's Web Worker would
 * download a second 43 KB copy of its code on the first search, for a search
 * that takes milliseconds on this site's index.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 30, ranking: { pageLength: 0 }, noWorker: true };

/** The search text as typed: trimmed, inner runs of spaces collapsed. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/**
 * How many of the query's words a page needs: all of one or two words, and
 * more than half of three or more. Fewer would let a page in on a minority of
 * what was asked (量子计算机 on 计算机 alone).
 */
export function wordsNeeded(wordCount: number): number {
  return wordCount <= 2 ? wordCount : Math.floor(wordCount / 2) + 1;
}

/** Which of the query's words occur in a text (compared with matchText: no spaces, punctuation or case). */
export function matchedWords(words: QueryWord[], text: string): QueryWord[] {
  const haystack = matchText(text);
  return words.filter((word) => word.forms.some((form) => haystack.includes(form)));
}

/** The words as typed: each word's first form only. */
function asTyped(words: QueryWord[]): QueryWord[] {
  return words.map((word) => ({ text: word.text, forms: [word.forms[0]!] }));
}

/**
 * The acceptance rule: 'full' when the text has every word as typed;
 * 'partial' when it has enough of them (wordsNeeded), counting looser forms
 * (党费 for 交党费), and at least one as typed; otherwise undefined, not a
 * result. So a one-word query is never loosened: 物业费 is not found by 物业.
 */
export function classify(words: QueryWord[], text: string): MatchKind | undefined {
  if (words.length === 0) return undefined;
  const literal = matchedWords(asTyped(words), text).length;
  if (literal === words.length) return 'full';
  const found = matchedWords(words, text).length;
  return literal >= 1 && found >= wordsNeeded(words.length) ? 'partial' : undefined;
}

/** All the text a page is matched on: title, searchable fields (author, section…) and body. */
export function pageText(data: PagefindResultData): string {
  const fields = Object.entries(data.meta)
    .filter(([key, value]) => value && !key.startsWith('image'))
    .map(([, value]) => value);
  return [...fields, data.content ?? ''].join(' ');
}

/** A candidate page: Pagefind's result, and how many word searches found it. */
interface Candidate {
  result: PagefindResult;
  /** Words whose own search returned the page: at most this many can be in its text. */
  reach: number;
  /** Rank in the search for the whole query (Infinity when absent), then the best rank in a word search. */
  wholeRank: number;
  wordRank: number;
}

/**
 * The searches that gather candidates: the whole query (Pagefind's own ranking
 * of pages with all its pieces) and, for a query of several words, each word
 * alone, since Pagefind's split of the whole query can differ from the words
 * a page needs. A word the segmenter left in single characters is searched by
 * its two-character pieces.
 */
function candidateSearches(text: string, words: QueryWord[]): { query: string; word?: number }[] {
  const searches: { query: string; word?: number }[] = [{ query: text }];
  if (words.length > 1 || (words[0] && words[0].text !== matchText(text))) {
    words.forEach((word, i) => {
      for (const form of word.forms.length > 1 ? word.forms.slice(1) : word.forms)
        searches.push({ query: form, word: i });
    });
  }
  return searches;
}

async function gatherCandidates(
  pagefind: PagefindLike,
  text: string,
  words: QueryWord[],
  filters: Record<string, string>,
): Promise<Candidate[]> {
  const searches = candidateSearches(text, words);
  const answers = await Promise.all(
    searches.map(async ({ query }) => (await pagefind.search(query, { filters }))?.results ?? []),
  );
  const byId = new Map<string, Candidate & { words: Set<number> }>();
  answers.forEach((results, s) => {
    const word = searches[s]!.word;
    results.forEach((result, rank) => {
      let candidate = byId.get(result.id);
      if (!candidate) {
        candidate = { result, reach: 0, wholeRank: Infinity, wordRank: Infinity, words: new Set() };
        byId.set(result.id, candidate);
      }
      if (word === undefined) candidate.wholeRank = Math.min(candidate.wholeRank, rank);
      else {
        candidate.words.add(word);
        candidate.wordRank = Math.min(candidate.wordRank, rank);
      }
    });
  });
  const separateWordSearches = searches.some((s) => s.word !== undefined);
  return [...byId.values()].map((c) => ({ ...c, reach: separateWordSearches ? c.words.size : words.length }));
}

/** Candidates most likely to answer first: reaching more words, then Pagefind's rank. */
function byPromise(a: Candidate, b: Candidate): number {
  return b.reach - a.reach || a.wholeRank - b.wholeRank || a.wordRank - b.wordRank;
}

interface Checked {
  candidate: Candidate;
  data: PagefindResultData;
  match: MatchKind;
  found: number;
  /** Words present as written in the query (their first form). */
  literal: number;
  titleWords: number;
  titleHasQuery: boolean;
  /** How well the page is the kind of answer the question asks for (src/lib/search/intents.ts). */
  fit: IntentFit;
}

/**
 * The order of accepted pages: full matches before partial ones (and more
 * words before fewer, words as typed before their looser forms); then pages whose title is the query or names more of
 * its words, because Pagefind ranks by body statistics and a page titled
 * exactly what was asked can sit below pages that repeat one word; then
 * Pagefind's own order.
 */
function byAnswer(a: Checked, b: Checked): number {
  return (
    (a.match === 'full' ? 0 : 1) - (b.match === 'full' ? 0 : 1) ||
    b.found - a.found ||
    b.literal - a.literal ||
    Number(a.fit.avoided) - Number(b.fit.avoided) ||
    Number(b.titleHasQuery) - Number(a.titleHasQuery) ||
    b.titleWords - a.titleWords ||
    b.fit.score - a.fit.score ||
    byPromise(a.candidate, b.candidate)
  );
}

/** Pages loaded per two-character piece of a run when looking for the run's right form. */
const TYPO_PAGES_PER_PIECE = 6;

/**
 * The query with its typing slips corrected from the site's own text
 * (src/lib/search/typos.ts), or undefined when there is nothing to correct.
 * Each run of the question's content is looked up by its two-character pieces,
 * whose pages hold the right form when the site has it.
 */
async function correctedQuery(
  pagefind: PagefindLike,
  typed: string,
  filters: Record<string, string>,
): Promise<string | undefined> {
  let fixed = typed;
  for (const run of typoRuns(readQuestion(typed).content)) {
    const chars = [...run];
    const pieces = chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
    const answers = await Promise.all(
      pieces.map(async (piece) => (await pagefind.search(piece, { filters }))?.results ?? []),
    );
    const byId = new Map(answers.flatMap((results) => results.slice(0, TYPO_PAGES_PER_PIECE)).map((r) => [r.id, r]));
    const texts = (await Promise.all([...byId.values()].map((r) => r.data()))).map(pageText);
    const form = oneCharacterFix(run, texts);
    if (form) fixed = fixed.split(run).join(form);
  }
  return fixed === typed ? undefined : fixed;
}

/**
 * The site's search: pages that answer `query`, best first. When no page has
 * every word, the query is read once more with its typing slips corrected;
 * the corrected search is shown when it finds pages with every word.
 */
export async function runSearch(
  pagefind: PagefindLike,
  query: string,
  filters: Record<string, string> = {},
  limit = RESULTS_PER_PAGE,
): Promise<SearchOutcome> {
  const typed = normaliseQuery(query);
  const outcome = await searchOnce(pagefind, typed, filters, limit);
  if (outcome.match === 'full' || !typed) return outcome;
  const fixed = await correctedQuery(pagefind, typed, filters);
  if (!fixed) return outcome;
  const retry = await searchOnce(pagefind, fixed, filters, limit);
  return retry.match === 'full' ? { ...retry, corrected: fixed } : outcome;
}

async function searchOnce(
  pagefind: PagefindLike,
  query: string,
  filters: Record<string, string>,
  limit: number,
): Promise<SearchOutcome> {
  const none: SearchOutcome = { total: 0, estimated: false, match: 'none', hits: [] };
  // Question words say what kind of page answers; the rest is what it is about.
  const question = readQuestion(query);
  const text = question.content;
  const words = queryWords(text);
  if (!text || words.length === 0) return none;
  const wordForms = words.map((word) => word.forms);
  const present = (sentence: string, forms: string[]) => {
    const folded = matchText(sentence);
    return forms.some((form) => folded.includes(form));
  };
  const needed = wordsNeeded(words.length);
  const candidates = (await gatherCandidates(pagefind, text, words, filters))
    .filter((c) => c.reach >= needed)
    .sort(byPromise);
  const wholeQuery = matchText(text);
  const checked: Checked[] = [];
  const toCheck = candidates.slice(0, CHECK_LIMIT);
  const loaded = await Promise.all(toCheck.map((c) => c.result.data()));
  toCheck.forEach((candidate, i) => {
    const data = loaded[i]!;
    const text = pageText(data);
    const match = classify(words, text);
    if (!match) return;
    const found = matchedWords(words, text).length;
    const literal = matchedWords(asTyped(words), text).length;
    const title = data.meta.title ?? '';
    const fit = intentFit(
      { title, section: data.filters?.section?.[0], text: readableText(data.content ?? data.excerpt) },
      question.intents,
      wordForms,
      present,
    );
    checked.push({
      candidate,
      data,
      match,
      found,
      literal,
      titleWords: matchedWords(words, title).length,
      titleHasQuery: matchText(title).includes(wholeQuery),
      fit,
    });
  });
  const unchecked = candidates.length - toCheck.length;
  const fullCount = checked.filter((c) => c.match === 'full').length;
  // Pages with most of the words follow the full matches when those are few; they never come before them.
  const accepted = (fullCount >= ENOUGH_FULL_MATCHES ? checked.filter((c) => c.match === 'full') : checked).sort(
    byAnswer,
  );
  if (accepted.length === 0) return none;
  return {
    total: accepted.length + unchecked,
    estimated: unchecked > 0,
    match: fullCount > 0 ? 'full' : 'partial',
    hits: accepted.slice(0, limit).map(({ data, match, fit }) => ({
      url: data.url,
      title: data.meta.title ?? data.url,
      excerpt: buildExcerpt(data.content ?? data.excerpt, words, data.meta.title, fit.sentence),
      section: data.filters?.section?.[0],
      match,
    })),
  };
}
