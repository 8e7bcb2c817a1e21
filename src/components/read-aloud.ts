/**
 * Client side of ReadAloud.astro: wires the 朗读 buttons to the browser's speech
 * synthesis. The reading itself (chunks, voice choice, session states) is
 * src/lib/web/read-aloud.ts; this file only finds the blocks, highlights and shows state.
 */
import { pickChineseVoice, ReadAloudSession, voiceAvailability, type ReadAloudState } from '../lib/web/read-aloud';

/** The device's voices; several browsers fill the list a moment after the page loads. */
function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener?.('voiceschanged', done, { once: true });
    setTimeout(done, 1000);
  });
}

/** Blocks read one by one; each is highlighted while it is read. */
const BLOCKS = 'h2, h3, h4, p, li, blockquote, td';

class ReadAloud extends HTMLElement {
  #session?: ReadAloudSession<SpeechSynthesisUtterance>;
  #blocks: HTMLElement[] = [];

  connectedCallback() {
    if (!window.speechSynthesis || typeof SpeechSynthesisUtterance === 'undefined') return;
    const target = document.querySelector<HTMLElement>(this.dataset.target ?? '');
    if (!target) return;
    const synth = window.speechSynthesis;
    this.#session = new ReadAloudSession({
      synth,
      createUtterance: (text) => {
        const utterance = new SpeechSynthesisUtterance(text);
        const voice = pickChineseVoice(synth.getVoices());
        if (voice) utterance.voice = voice;
        return utterance;
      },
      onParagraph: (index) => this.#highlight(index),
      onState: (state) => this.#render(state),
      onFailure: () => this.#say('failed'),
    });
    this.addEventListener('click', async (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset.action;
      if (action === 'play') {
        const availability = voiceAvailability(await loadVoices(synth));
        if (availability === 'none') {
          this.#say('noVoice');
          return;
        }
        // Nested blocks (a <p> inside <li>) would be read twice: keep the innermost.
        this.#blocks = [...target.querySelectorAll<HTMLElement>(BLOCKS)].filter(
          (el) => !el.querySelector(BLOCKS) && el.innerText.trim(),
        );
        this.#session?.play(
          this.#blocks.map((el) => el.innerText),
          { watchStart: availability === 'unknown' },
        );
      } else if (action === 'pause') this.#session?.pause();
      else if (action === 'resume') this.#session?.resume();
      else if (action === 'stop') this.#session?.stop();
    });
    // Leaving the page must not leave the browser talking.
    window.addEventListener('pagehide', () => this.#session?.stop());
    this.hidden = false;
  }

  #highlight(index: number) {
    this.#blocks.forEach((el, i) => el.classList.toggle('is-reading', i === index));
    const current = this.#blocks[index];
    if (current) {
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      current.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
  }

  /** A message in the status line (no Chinese voice, reading failed), read out by screen readers. */
  #say(message: 'noVoice' | 'failed') {
    const status = this.querySelector<HTMLElement>('.status')!;
    status.textContent = status.dataset[message] ?? '';
    this.dataset.notice = '';
  }

  #render(state: ReadAloudState) {
    delete this.dataset.notice;
    const show = {
      play: state === 'idle',
      pause: state === 'speaking',
      resume: state === 'paused',
      stop: state !== 'idle',
    };
    for (const button of this.querySelectorAll<HTMLButtonElement>('button')) {
      button.hidden = !show[button.dataset.action as keyof typeof show];
    }
    this.dataset.state = state;
    const status = this.querySelector<HTMLElement>('.status')!;
    status.textContent = state === 'idle' ? '' : (status.dataset[state] ?? '');
    // Keep keyboard focus on the control after the pressed button hides.
    const visible = this.querySelector<HTMLButtonElement>('button:not([hidden])');
    if (this.contains(document.activeElement) && (document.activeElement as HTMLElement).hidden) visible?.focus();
  }
}

customElements.define('read-aloud', ReadAloud);
