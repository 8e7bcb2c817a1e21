/**
 * Client side of OnThisDay.astro: recomputes 历史上的今天 for the reader's Beijing
 * date, so a page built on another day still shows today's events.
 */
import { anniversaryWhen, onThisDay } from '../../lib/content/history';
import { civilDateInShanghai, formatCivilDate } from '../../lib/civil-date';

interface Item {
  date: string;
  title: string;
  url: string;
}

class OnThisDay extends HTMLElement {
  connectedCallback() {
    const items = JSON.parse(this.dataset.items!) as Item[];
    const texts = JSON.parse(this.dataset.texts!) as {
      today: string;
      upcoming: string;
      yearsAgo: string;
      none: string;
    };
    const result = onThisDay(items, civilDateInShanghai(new Date()));
    this.querySelector('[data-heading]')!.textContent = result.kind === 'upcoming' ? texts.upcoming : texts.today;
    const list = this.querySelector('[data-list]')!;
    const rows = result.matches.map(({ item, years, date }) => {
      const li = document.createElement('li');
      const when = Object.assign(document.createElement('span'), { className: 'when' });
      when.textContent = anniversaryWhen(result.kind, { years, date }, texts.yearsAgo);
      const link = Object.assign(document.createElement('a'), { href: item.url, textContent: item.title });
      const day = Object.assign(document.createElement('span'), {
        className: 'muted',
        textContent: formatCivilDate(item.date),
      });
      li.append(when, link, day);
      return li;
    });
    list.replaceChildren(...rows);
    this.querySelector<HTMLElement>('[data-none]')!.hidden = result.kind !== 'none';
  }
}

customElements.define('on-this-day', OnThisDay);
