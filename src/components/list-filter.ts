/**
 * Client side of ListFilter.astro: applies the form's facets and words to the
 * list's items (matching: src/lib/web/list-filter.ts) and keeps them in the address.
 */
import { criteriaOf, filterSearch, matchesFilter, type FilterField } from '../lib/web/list-filter';

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
    const fields = (): FilterField[] => [...new FormData(form).entries()].map(([name, value]) => [name, String(value)]);
    const apply = () => {
      const criteria = criteriaOf(fields());
      let shown = 0;
      for (const item of items) {
        const visible = matchesFilter(item, criteria);
        item.element.hidden = !visible;
        if (visible) shown += 1;
      }
      status.textContent = status.dataset.template!.replace('{shown}', String(shown));
      none.hidden = shown > 0;
    };
    /** The filters in the address, so the list can be shared and reloaded as filtered. */
    const remember = () =>
      history.replaceState(history.state, '', `${location.pathname}${filterSearch(fields())}${location.hash}`);
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
