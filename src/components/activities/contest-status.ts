/**
 * Client side of ContestStatus.astro: recomputes the badge and the countdown from
 * the reader's Beijing date and clock (rules: src/lib/content/contest-status.ts).
 */
import { civilDateInShanghai } from '../../lib/civil-date';
import { contestStatus, countdownText, type ContestStatus } from '../../lib/content/contest-status';

class ContestStatusElement extends HTMLElement {
  #timer = 0;

  connectedCallback() {
    this.#update();
    if (this.querySelector('[data-countdown-slot]')) this.#timer = window.setInterval(() => this.#update(), 30_000);
  }

  disconnectedCallback() {
    window.clearInterval(this.#timer);
  }

  #update() {
    const data = this.dataset;
    const now = new Date();
    const today = civilDateInShanghai(now);
    const dates = {
      start: data.start!,
      deadline: data.deadline!,
      resultsDate: data.results || undefined,
      hasAwards: data.hasAwards === '1',
    };
    const status: ContestStatus = contestStatus(dates, today);
    const labels = JSON.parse(data.labels!) as Record<ContestStatus, string>;
    const badge = this.querySelector<HTMLElement>('[data-status]')!;
    badge.dataset.status = status;
    badge.querySelector('[data-label]')!.textContent = labels[status];

    const slot = this.querySelector('[data-countdown-slot]');
    if (!slot) return;
    slot.textContent = countdownText(status, dates, now, {
      startsIn: data.startsIn!,
      countdown: data.countdown!,
      countdownToday: data.countdownToday!,
    });
    for (const element of document.querySelectorAll<HTMLElement>('[data-when-results]'))
      element.hidden = status !== 'closed';
    for (const element of document.querySelectorAll<HTMLElement>('[data-until-results]'))
      element.hidden = status === 'closed';
  }
}

customElements.define('contest-status', ContestStatusElement);
