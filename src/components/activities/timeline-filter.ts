/**
 * Client side of HistoryTimeline.astro: the tag filter hides events, empty years
 * and periods, keeps the tag in the address and announces how many events show.
 */
import { matchesTag } from '../../lib/content/history';

class TimelineFilter extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector<HTMLSelectElement>('[data-select]')!;
    this.querySelector<HTMLElement>('[data-filter]')!.hidden = false;
    const initial = new URLSearchParams(location.search).get('tag') ?? '';
    if ([...select.options].some((o) => o.value === initial)) select.value = initial;
    select.addEventListener('change', () => {
      const url = new URL(location.href);
      if (select.value) url.searchParams.set('tag', select.value);
      else url.searchParams.delete('tag');
      history.replaceState(null, '', url);
      this.#apply(select.value);
    });
    this.#apply(select.value, false);
  }

  #apply(tag: string, announce = true) {
    let shown = 0;
    for (const item of this.querySelectorAll<HTMLElement>('li[data-tags]')) {
      const visible = matchesTag(JSON.parse(item.dataset.tags!) as string[], tag);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    // Innermost groups first, so a period hides when all its years are hidden.
    for (const group of [...this.querySelectorAll<HTMLElement>('[data-group]')].reverse()) {
      group.hidden = !group.querySelector('li[data-tags]:not([hidden])');
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.periods a')) {
      const target = this.querySelector<HTMLElement>(link.getAttribute('href')!)?.closest('section');
      link.parentElement!.hidden = Boolean(target?.hidden);
    }
    if (announce || tag)
      this.querySelector('[data-status]')!.textContent = (this.dataset.statusText ?? '').replace(
        '{count}',
        String(shown),
      );
  }
}

customElements.define('timeline-filter', TimelineFilter);
