/**
 * 朗读: reads a page's paragraphs aloud through the browser's speech synthesis
 * in Chinese (zh-CN). The session speaks one chunk at a time so the page can
 * highlight the paragraph being read, and so long paragraphs are not cut off
 * (Chromium stops an utterance after roughly 15 seconds). The synthesiser is
 * passed in, so the logic is tested without a browser.
 */

export const SPEECH_LANG = 'zh-CN';

export interface Chunk {
  /** Index of the paragraph the chunk belongs to. */
  paragraph: number;
  text: string;
}

/** Splits paragraphs into chunks of at most `maxLength` characters, at sentence ends where possible. */
export function speechChunks(paragraphs: readonly string[], maxLength = 120): Chunk[] {
  const chunks: Chunk[] = [];
  paragraphs.forEach((raw, paragraph) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const sentences = text.match(/[^。！？；!?;]+[。！？；!?;”’」』）)]*|[。！？；!?;]+/g) ?? [text];
    let current = '';
    const flush = () => {
      if (current.trim()) chunks.push({ paragraph, text: current.trim() });
      current = '';
    };
    for (const sentence of sentences) {
      if (current && current.length + sentence.length > maxLength) flush();
      if (sentence.length > maxLength) {
        for (let i = 0; i < sentence.length; i += maxLength) {
          current = sentence.slice(i, i + maxLength);
          if (i + maxLength < sentence.length) flush();
        }
      } else current += sentence;
    }
    flush();
  });
  return chunks;
}

export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
}

/** A Mainland Chinese voice: zh-CN first (local before network), then other Mandarin tags; never Cantonese or Taiwanese. */
export function pickChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const norm = (lang: string) => lang.replace('_', '-').toLowerCase();
  const rank = (voice: V) => {
    const lang = norm(voice.lang);
    if (lang === 'zh-cn' || lang === 'cmn-cn' || lang === 'zh-hans-cn') return 0;
    if (lang === 'zh' || lang === 'cmn' || lang === 'zh-hans' || lang.startsWith('cmn-')) return 1;
    return -1;
  };
  return voices
    .filter((v) => rank(v) >= 0)
    .sort((a, b) => rank(a) - rank(b) || Number(b.localService ?? false) - Number(a.localService ?? false))[0];
}

/**
 * What the device offers: a Chinese voice; only voices of other languages (reading
 * would say nothing, or garble the text); or no list at all (some browsers never
 * list their voices, yet speak).
 */
export type VoiceAvailability = 'chinese' | 'none' | 'unknown';

export function voiceAvailability(voices: readonly VoiceLike[]): VoiceAvailability {
  if (voices.length === 0) return 'unknown';
  return pickChineseVoice(voices) ? 'chinese' : 'none';
}

export interface UtteranceLike {
  text: string;
  lang: string;
  onstart?: ((event: never) => unknown) | null;
  // `never`: any event type fits, so the browser's SpeechSynthesisUtterance does.
  onend: ((event: never) => unknown) | null;
  onerror: ((event: never) => unknown) | null;
}

export interface SynthesizerLike<U extends UtteranceLike> {
  speak(utterance: U): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

export type ReadAloudState = 'idle' | 'speaking' | 'paused';

export interface ReadAloudOptions<U extends UtteranceLike> {
  synth: SynthesizerLike<U>;
  createUtterance: (text: string) => U;
  /** Paragraph being read (-1 when reading stops). */
  onParagraph?: (index: number) => void;
  onState?: (state: ReadAloudState) => void;
  /** Reading could not start or broke off: the page says so instead of falling silent. */
  onFailure?: () => void;
  /** Timers, passed in so tests need no clock. */
  setTimer?: (callback: () => void, ms: number) => () => void;
}

/** Where the device's voices are unknown, reading that has not started after this long has failed. */
export const START_TIMEOUT_MS = 4000;

const realTimer = (callback: () => void, ms: number) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

export class ReadAloudSession<U extends UtteranceLike> {
  #state: ReadAloudState = 'idle';
  #chunks: Chunk[] = [];
  #next = 0;
  /** Bumped on every stop/start, so callbacks of cancelled utterances are ignored. */
  #run = 0;

  constructor(private readonly options: ReadAloudOptions<U>) {}

  get state(): ReadAloudState {
    return this.#state;
  }

  /**
   * Reads `paragraphs` from the start (stops what was being read). `watchStart`:
   * if the first words are not spoken within START_TIMEOUT_MS, stop and report a
   * failure (for devices that list no voices and may have none).
   */
  play(paragraphs: readonly string[], { watchStart = false } = {}): void {
    this.stop();
    this.#chunks = speechChunks(paragraphs);
    if (this.#chunks.length === 0) return;
    this.#next = 0;
    this.#setState('speaking');
    const run = this.#run;
    if (watchStart)
      this.#cancelWatch = (this.options.setTimer ?? realTimer)(
        () => run === this.#run && this.#fail(),
        START_TIMEOUT_MS,
      );
    this.#speakNext(run);
  }

  #cancelWatch?: () => void;

  #fail(): void {
    this.stop();
    this.options.onFailure?.();
  }

  pause(): void {
    if (this.#state !== 'speaking') return;
    this.options.synth.pause();
    this.#setState('paused');
  }

  resume(): void {
    if (this.#state !== 'paused') return;
    this.options.synth.resume();
    this.#setState('speaking');
  }

  stop(): void {
    this.#run += 1;
    this.#cancelWatch?.();
    this.#cancelWatch = undefined;
    if (this.#state === 'idle') return;
    this.options.synth.cancel();
    this.options.onParagraph?.(-1);
    this.#setState('idle');
  }

  #speakNext(run: number): void {
    if (run !== this.#run) return;
    const chunk = this.#chunks[this.#next];
    if (!chunk) {
      this.stop();
      return;
    }
    this.#next += 1;
    const utterance = this.options.createUtterance(chunk.text);
    utterance.lang = SPEECH_LANG;
    utterance.onstart = () => {
      this.#cancelWatch?.();
      this.#cancelWatch = undefined;
    };
    utterance.onend = () => this.#speakNext(run);
    // A failed chunk (e.g. no voice) ends the session and says so, rather than looping or falling silent.
    utterance.onerror = () => run === this.#run && this.#fail();
    this.options.onParagraph?.(chunk.paragraph);
    this.options.synth.speak(utterance);
  }

  #setState(state: ReadAloudState): void {
    this.#state = state;
    this.options.onState?.(state);
  }
}
