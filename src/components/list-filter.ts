/**
 * Client side of ListFilter.astro: applies the form's facets and words to the
 * list's items (matching: src/lib/web/list-filter.ts) and keeps them in the address.
 */
import { matchesFilter } from '../lib/web/list-filter';

class ListFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')].map((element) => ({
      element,
      facets: JSON.parse(element.dataset.facets ?? '{}') as Record<string, string>,
      text: element.textContent ?? '',
    }));
    const status = form.querySelector<HTMLElement>('.status')!;
    const none = this.querySelector<HTMLElement>('.none')!;
    const apply = () => {
      const data = new FormData(form);
      const query = String(data.get('q') ?? '');
      const facets = Object.fromEntries(
        [...data.entries()].filter(([name]) => name !== 'q').map(([name, value]) => [name, String(value)]),
      );
      let shown = 0;
      for (const item of items) {
        const visible = matchesFilter(item, { facets, query });
        item.element.hidden = !visible;
        if (visible) shown += 1;
      }
      status.textContent = status.dataset.template!.replace('{shown}', String(shown));
      none.hidden = shown > 0;
    };
    /** The filters in the address, so the list can be shared and reloaded as filtered. */
    const remember = () => {
      const params = new URLSearchParams(
        [...new FormData(form).entries()].filter(([, value]) => value !== '') as [string, string][],
      );
      const query = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    };
    // An address with filters (shared, reloaded, or submitted before the script ran) fills the form.
    for (const [name, value] of new URLSearchParams(location.search)) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
    form.addEventListener('input', () => (apply(), remember()));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      apply();
      remember();
    });
    // 'reset' fires before the fields are cleared.
    form.addEventListener('reset', () => setTimeout(() => (apply(), remember())));
    form.hidden = false;
    apply();
  }
}

customElements.define('list-filter', ListFilter);
