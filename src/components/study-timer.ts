/**
 * Client side of StudyTimer.astro: feeds page visibility, interaction and media
 * events to the tracker (src/lib/study/time.ts) and stores the credited time in the
 * study log (src/lib/study/log.ts), showing today's minutes for the page; on
 * a site with the branch service, sends the log to it when the page is left.
 */
import { startTracker, track, type StudyCredit, type TrackerEvent } from '../lib/study/time';
import { addStudyTime, browserStorage, loadLog, updateLog } from '../lib/study/log';
import { civilDateInShanghai } from '../lib/civil-date';
import { fill } from '../i18n/fill';
import { walineServerUrl } from '../lib/discussion/waline';
import { pushLog } from './school/my-study-service';

const TICK_MS = 15_000;
const INTERACTIONS = ['pointerdown', 'keydown', 'scroll', 'wheel', 'touchstart', 'mousemove'] as const;

class StudyTimer extends HTMLElement {
  #state = startTracker(Date.now(), document.visibilityState === 'visible');
  #pending: StudyCredit[] = [];
  #playing = new Set<EventTarget>();
  #lastInteraction = 0;

  connectedCallback() {
    const idleMs = Number(this.dataset.idleMs);
    const feed = (event: TrackerEvent) => {
      const result = track(this.#state, event, idleMs);
      this.#state = result.state;
      this.#pending.push(...result.credits);
    };
    const now = () => Date.now();
    document.addEventListener('visibilitychange', () => {
      feed({ type: 'visibility', visible: document.visibilityState === 'visible', at: now() });
      this.#flush();
      // Leaving the page (another app, another tab): the branch service gets the time too.
      if (document.visibilityState === 'hidden' && this.dataset.server)
        pushLog(walineServerUrl(this.dataset.server, location.href));
    });
    for (const type of INTERACTIONS) {
      window.addEventListener(
        type,
        () => {
          // mousemove fires constantly: one interaction a second is plenty.
          if (now() - this.#lastInteraction < 1000) return;
          this.#lastInteraction = now();
          feed({ type: 'interaction', at: now() });
        },
        { passive: true, capture: true },
      );
    }
    // Media events do not bubble: listen in the capture phase for every <video>/<audio>.
    document.addEventListener('play', (e) => this.#media(e, true, feed), true);
    document.addEventListener('pause', (e) => this.#media(e, false, feed), true);
    document.addEventListener('ended', (e) => this.#media(e, false, feed), true);
    setInterval(() => {
      feed({ type: 'tick', at: now() });
      this.#flush();
    }, TICK_MS);
    window.addEventListener('pagehide', () => {
      feed({ type: 'tick', at: now() });
      this.#flush();
    });
    this.#show(loadLog(browserStorage()));
  }

  #media(event: Event, playing: boolean, feed: (event: TrackerEvent) => void) {
    if (!(event.target instanceof HTMLMediaElement)) return;
    if (playing === this.#playing.has(event.target)) return;
    if (playing) this.#playing.add(event.target);
    else this.#playing.delete(event.target);
    feed({ type: 'media', playing, at: Date.now() });
  }

  #flush() {
    if (this.#pending.length === 0) return;
    const credits = this.#pending.splice(0);
    const { log, saved } = updateLog(browserStorage(), (log) =>
      addStudyTime(log, this.dataset.page!, credits, Number(this.dataset.capSeconds)),
    );
    this.querySelector<HTMLElement>('[data-storage-warning]')!.hidden = saved;
    this.#show(log);
  }

  #show(log: ReturnType<typeof loadLog>) {
    const time = log.days[civilDateInShanghai(new Date())]?.[this.dataset.page!];
    const minutes = Math.floor(((time?.read ?? 0) + (time?.media ?? 0)) / 60);
    this.querySelector<HTMLElement>('[data-today]')!.textContent = fill(this.dataset.todayTemplate ?? '', { minutes });
    this.querySelector<HTMLElement>('.line')!.hidden = false;
  }
}
customElements.define('study-timer', StudyTimer);
