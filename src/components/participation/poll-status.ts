/**
 * Client side of PollStatus.astro: recomputes the poll's status from the reader's
 * Beijing date and shows the parts of the poll marked for it (`data-when`).
 */
import { civilDateInShanghai } from '../../lib/civil-date';
import { pollStatus, type PollStatus } from '../../lib/participation/poll-status';
import { ballotPhase } from '../../lib/branch/ballots';

class PollStatusElement extends HTMLElement {
  connectedCallback() {
    const { opens = '', closes = '', opensAt, closesAt, labels = '{}' } = this.dataset;
    const status =
      opensAt && closesAt
        ? ballotPhase({ opens: opensAt, closes: closesAt }, new Date())
        : pollStatus({ opens, closes }, civilDateInShanghai(new Date()));
    const badge = this.querySelector<HTMLElement>('[data-status]');
    if (badge) badge.dataset.status = status;
    const label = this.querySelector('[data-label]');
    if (label) label.textContent = (JSON.parse(labels) as Record<PollStatus, string>)[status];
    for (const part of this.closest('[data-poll]')?.querySelectorAll<HTMLElement>('[data-when]') ?? []) {
      part.hidden = part.dataset.when !== (status === 'open' ? 'open' : 'not-open');
    }
  }
}

customElements.define('poll-status', PollStatusElement);
