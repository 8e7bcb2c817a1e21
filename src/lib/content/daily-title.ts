/**
 * The title of a 每日一学 card, which has no title field: its topic and the
 * opening of its text (党费：按时交纳党费是党员的义务), so a card found by
 * search, shared or listed says what it teaches instead of only "每日一学".
 */

/** The opening takes clauses until it has at least this many characters… */
const MIN_CHARS = 12;
/** …and is cut with "…" beyond this many. */
export const MAX_TITLE_CHARS = 28;

export function dailyCardTitle(card: { text: string; topic: string }): string {
  const clauses = card.text.trim().split(/(?<=[，。；：！？,;:!?])/u);
  let opening = '';
  for (const clause of clauses) {
    opening += clause;
    if ([...opening.replace(/[，。；：！？,;:!?]+$/u, '')].length >= MIN_CHARS) break;
  }
  const chars = [...opening.replace(/[，。；：！？,;:!?]+$/u, '')];
  const shown = chars.length > MAX_TITLE_CHARS ? `${chars.slice(0, MAX_TITLE_CHARS - 1).join('')}…` : chars.join('');
  const topic = card.topic.trim();
  return topic && shown ? `${topic}：${shown}` : shown || topic;
}
