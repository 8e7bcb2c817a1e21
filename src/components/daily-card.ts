/**
 * Client side of DailyCard.astro: shows the card of the reader's Beijing day
 * (src/lib/content/daily-rotation.ts) and turns to the next one at midnight.
 */
import { cardForInstant, type DailyCard as Card } from '../lib/content/daily-rotation';
import { civilDateInShanghai, formatCivilDate } from '../lib/civil-date';
import { showCardLinks } from './card-share-links';

class DailyCardElement extends HTMLElement {
  connectedCallback() {
    const data = JSON.parse(this.querySelector('[data-cards]')!.textContent!) as {
      cards: Card[];
      source: string;
      which: string;
    };
    const update = () => {
      const now = new Date();
      const card = cardForInstant(data.cards, now);
      if (!card) return;
      const day = civilDateInShanghai(now);
      const time = this.querySelector<HTMLTimeElement>('[data-day]')!;
      time.dateTime = day;
      time.textContent = formatCivilDate(day);
      const quote = this.querySelector<HTMLElement>('[data-card-id]')!;
      showCardLinks(this, quote.dataset.cardId!, card.id, data.which.replace('{topic}', card.topic));
      quote.dataset.cardId = card.id;
      this.querySelector('[data-text]')!.textContent = card.text;
      this.querySelector('[data-topic]')!.textContent = card.topic;
      this.querySelector('[data-source]')!.textContent = data.source.replace('{source}', card.source);
    };
    update();
    // A page left open overnight turns to the new day's card.
    setInterval(update, 60_000);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && update());
  }
}

customElements.define('daily-card', DailyCardElement);
