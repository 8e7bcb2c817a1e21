/**
 * The excerpt under a search result, built from the page's indexed text: the
 * passage where the query's words are, cut at sentence edges, with <mark> on
 * each word (党费), never on its characters alone (党员, 党校).
 */
import { matchText, type QueryWord } from './words';

/** Characters of text shown in an excerpt, about two lines on a phone. */
export const EXCERPT_CHARS = 72;

/** How far before the first word an excerpt may begin. */
const CONTEXT_CHARS = 24;
const SENTENCE_ENDS = /[。！？；!?;]\s*/gu;

/**
 * The indexed text as a reader would write it. Pagefind ends every block that
 * ends in a letter with ". ", which after Chinese reads as a stray full stop:
 * it becomes 。 (a list item, heading or table cell ends there).
 */
export function readableText(content: string): string {
  return content
    .replace(/(\p{Script=Han}|[”’）》」])\.(\s|$)/gu, '$1。$2')
    .replace(/([，。：；、！？）》”])\s+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One place a word occurs in the text: start and end offsets (UTF-16). */
interface Span {
  start: number;
  end: number;
}

/**
 * Where the query's words occur in `text`. Matching ignores spaces and
 * punctuation as search does (2026 年 is 2026年), so each character of the
 * text is mapped to its place in the folded text first. Longer forms win
 * over shorter ones that overlap them; no span is a single character unless
 * the word is one.
 */
export function wordSpans(text: string, words: QueryWord[]): Span[] {
  const folded: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const kept = matchText(char);
    for (const c of kept) {
      folded.push(c);
      origin.push(i);
    }
    i += char.length;
  }
  const haystack = folded.join('');
  // origin is per folded UTF-16 unit; keep it aligned with haystack indices.
  const originAt: number[] = [];
  for (let k = 0, f = 0; k < folded.length; k++) {
    for (let u = 0; u < folded[k]!.length; u++) originAt[f++] = origin[k]!;
  }
  const forms = [...new Set(words.flatMap((word) => word.forms))].sort((a, b) => b.length - a.length);
  const spans: Span[] = [];
  const taken = new Uint8Array(haystack.length);
  for (const form of forms) {
    if (!form) continue;
    for (let at = haystack.indexOf(form); at !== -1; at = haystack.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (taken.subarray(at, end).some(Boolean)) continue;
      taken.fill(1, at, end);
      const last = originAt[end - 1]!;
      spans.push({ start: originAt[at]!, end: last + String.fromCodePoint(text.codePointAt(last)!).length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Escaped text with each span wrapped in <mark>. */
export function highlight(text: string, spans: Span[]): string {
  let html = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    html +=
      escapeHtml(text.slice(at, span.start)) + '<mark>' + escapeHtml(text.slice(span.start, span.end)) + '</mark>';
    at = span.end;
  }
  return html + escapeHtml(text.slice(at));
}

/**
 * The window of about EXCERPT_CHARS characters that holds the most different
 * words, beginning at the start of its sentence when that is near.
 */
function bestWindow(text: string, spans: Span[], words: QueryWord[]): { start: number; end: number } {
  if (spans.length === 0) return { start: 0, end: Math.min(text.length, EXCERPT_CHARS) };
  const formWord = new Map(words.flatMap((word, i) => word.forms.map((form) => [form, i] as const)));
  const wordOf = (span: Span) => formWord.get(matchText(text.slice(span.start, span.end))) ?? -1;
  let best = { first: 0, count: 0 };
  for (let i = 0; i < spans.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < spans.length && spans[j]!.end - spans[i]!.start <= EXCERPT_CHARS; j++)
      seen.add(wordOf(spans[j]!));
    if (seen.size > best.count) best = { first: i, count: seen.size };
  }
  const hit = spans[best.first]!;
  // From the start of the word's sentence when it is near, else from a little before the word.
  const lookBack = Math.max(0, hit.start - CONTEXT_CHARS);
  const sentenceStarts = [...text.slice(lookBack, hit.start).matchAll(SENTENCE_ENDS)].map(
    (m) => lookBack + m.index + m[0].length,
  );
  const start = sentenceStarts.at(-1) ?? (lookBack === 0 ? 0 : hit.start - CONTEXT_CHARS / 2);
  let end = Math.min(text.length, start + EXCERPT_CHARS);
  // Stop at a sentence end when one is near the cut.
  if (end < text.length) {
    const from = Math.max(hit.end, end - CONTEXT_CHARS / 2);
    const stop = [...text.slice(from, end).matchAll(SENTENCE_ENDS)].at(-1);
    if (stop) end = from + stop.index + 1;
  }
  return { start, end };
}

/**
 * The window that begins with the sentence answering the question (from
 * src/lib/search/intents.ts), when the text holds it: a member who asked
 * 预备党员多久转正 reads 预备党员的预备期为一年 under the title.
 */
function answerWindow(text: string, answer: string | undefined): { start: number; end: number } | undefined {
  const start = answer ? text.indexOf(answer) : -1;
  if (!answer || start === -1) return undefined;
  return { start, end: Math.min(text.length, start + Math.max(answer.length, EXCERPT_CHARS)) };
}

/**
 * The excerpt of a result as HTML: escaped text of the best passage, "…"
 * where it was cut, the query's words marked. The page's title, shown above
 * the excerpt, is not repeated at its start. With an answering sentence, the
 * excerpt begins with it.
 */
export function buildExcerpt(content: string, words: QueryWord[], title = '', answer?: string): string {
  let text = readableText(content);
  const heading = readableText(title);
  if (heading && text.startsWith(heading) && text.length > heading.length + 1)
    text = text.slice(heading.length).replace(/^[。.\s]+/u, '');
  const spans = wordSpans(text, words);
  const { start, end } = answerWindow(text, answer) ?? bestWindow(text, spans, words);
  const inside = spans
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ start: s.start - start, end: s.end - start }));
  return (start > 0 ? '…' : '') + highlight(text.slice(start, end), inside) + (end < text.length ? '…' : '');
}
