/**
 * Honest study time, as a pure state machine. Time counts only while
 *   - the page is visible and the reader did something in the last few
 *     minutes (reading), or
 *   - a video or audio on the page is playing (media; an audio lesson may
 *     play with the screen off).
 * The browser feeds it events with timestamps; it returns the active time
 * since the last event, split at Beijing midnight so each day gets its own.
 */

export type StudyKind = 'read' | 'media';

export interface StudyCredit {
  /** Beijing civil date, YYYY-MM-DD. */
  date: string;
  kind: StudyKind;
  ms: number;
}

export interface TrackerState {
  visible: boolean;
  /** Media elements playing right now. */
  playing: number;
  lastInteraction: number;
  /** Time up to which activity has been accounted. */
  accountedTo: number;
}

export type TrackerEvent =
  | { type: 'visibility'; visible: boolean; at: number }
  | { type: 'interaction'; at: number }
  | { type: 'media'; playing: boolean; at: number }
  | { type: 'tick'; at: number };

export const DEFAULT_IDLE_MS = 3 * 60_000;

const DAY_MS = 86_400_000;
/** Beijing is UTC+8 all year (no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export function shanghaiDate(at: number): string {
  return new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of the next Beijing midnight after `at`. */
function nextShanghaiMidnight(at: number): number {
  return Math.floor((at + SHANGHAI_OFFSET_MS) / DAY_MS + 1) * DAY_MS - SHANGHAI_OFFSET_MS;
}

export function startTracker(at: number, visible: boolean): TrackerState {
  return { visible, playing: 0, lastInteraction: at, accountedTo: at };
}

/** Splits [from, to) into per-day credits of one kind. */
function creditsBetween(from: number, to: number, kind: StudyKind): StudyCredit[] {
  const credits: StudyCredit[] = [];
  let start = from;
  while (start < to) {
    const end = Math.min(to, nextShanghaiMidnight(start));
    credits.push({ date: shanghaiDate(start), kind, ms: end - start });
    start = end;
  }
  return credits;
}

/** Active time in [state.accountedTo, at) under the state as it was. */
function activeCredits(state: TrackerState, at: number, idleMs: number): StudyCredit[] {
  const from = state.accountedTo;
  if (at <= from) return [];
  if (state.playing > 0) return creditsBetween(from, at, 'media');
  if (!state.visible) return [];
  const readingEnds = Math.min(at, state.lastInteraction + idleMs);
  return readingEnds > from ? creditsBetween(from, readingEnds, 'read') : [];
}

/** Applies one event: returns the new state and the time earned since the previous event. */
export function track(
  state: TrackerState,
  event: TrackerEvent,
  idleMs = DEFAULT_IDLE_MS,
): { state: TrackerState; credits: StudyCredit[] } {
  // Clocks can step backwards (manual change, sync): never credit negative time.
  const at = Math.max(event.at, state.accountedTo);
  const credits = activeCredits(state, at, idleMs);
  const next: TrackerState = { ...state, accountedTo: at };
  switch (event.type) {
    case 'visibility':
      next.visible = event.visible;
      // Coming back to the page is itself an interaction.
      if (event.visible) next.lastInteraction = at;
      break;
    case 'interaction':
      next.lastInteraction = at;
      break;
    case 'media':
      next.playing = Math.max(0, state.playing + (event.playing ? 1 : -1));
      next.lastInteraction = at;
      break;
    case 'tick':
      break;
  }
  return { state: next, credits };
}
