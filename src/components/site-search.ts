import { runSearch, PAGEFIND_OPTIONS, type PagefindLike } from '../lib/search/results';
import { FILTER_KEYS, filterChoices, moveFocus, readState, writeState, type SearchState } from '../lib/search/page';
import { BASE as base } from '../site/paths';
/** Typing pauses this long before a search runs. */
const DEBOUNCE_MS = 250;

type Pagefind = PagefindLike & {
  filters?(): Promise<Record<string, Record<string, number>>>;
  mergeIndex?(url: string, options?: Record<string, unknown>): Promise<void>;
};

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Only the newest search may write results: an older one can finish later. */
  #sequence = 0;
  /** Archive parts of the index merged in (src/lib/search/shards.ts): once the reader asks, for every later search. */
  #archivesMerged: Promise<void> | undefined;

  /** The archive parts of a large site's index, older articles: folders below the base. */
  get #archives(): { path: string; count: number }[] {
    return this.dataset.archives ? (JSON.parse(this.dataset.archives) as { path: string; count: number }[]) : [];
  }

  get #input() {
    return this.querySelector('input')!;
  }

  #select(key: string) {
    return this.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
  }

  #state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const key of FILTER_KEYS) {
      const value = this.#select(key).value;
      if (value) filters[key] = value;
    }
    return { query: this.#input.value, filters };
  }

  connectedCallback() {
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      this.#update();
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#update(), DEBOUNCE_MS);
    });
    for (const key of FILTER_KEYS) this.#select(key).addEventListener('change', () => this.#update());
    const showFilters = this.querySelector<HTMLButtonElement>('.show-filters')!;
    showFilters.hidden = false;
    showFilters.addEventListener('click', async () => {
      if (await this.#loadFilters())
        this.querySelector<HTMLSelectElement>('.filters label:not([hidden]) select')?.focus();
    });
    this.querySelector('.clear')!.addEventListener('click', () => {
      for (const key of FILTER_KEYS) this.#select(key).value = '';
      this.#update();
    });
    this.querySelector('.suggestions')!.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a');
      if (!link) return;
      event.preventDefault();
      this.#input.value = readState(new URL(link.href)).query;
      this.#update();
      this.#input.focus();
    });
    this.querySelector<HTMLButtonElement>('.archives')?.addEventListener('click', () => void this.#searchArchives());
    this.addEventListener('keydown', (event) => this.#keydown(event));
    window.addEventListener('popstate', () => void this.#restore());
    void this.#restore();
  }

  /** The search of the address: on load, and on back/forward. */
  async #restore() {
    const state = readState(new URL(location.href));
    this.#input.value = state.query;
    if (Object.keys(state.filters).length > 0) await this.#loadFilters(state);
    for (const key of FILTER_KEYS) this.#select(key).value = state.filters[key] ?? '';
    await this.search(this.#state());
  }

  #update() {
    const state = this.#state();
    history.replaceState(null, '', writeState(new URL(location.href), state));
    void this.search(state);
  }

  #keydown(event: KeyboardEvent) {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('.results h2 a')];
    if (event.key === 'Escape' && document.activeElement !== this.#input) {
      this.#input.focus();
      return;
    }
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current === -1 && document.activeElement !== this.#input) return;
    const next = moveFocus(current, event.key, links.length);
    if (next === undefined) return;
    event.preventDefault();
    (next === -1 ? this.#input : links[next]!).focus();
  }

  #load(): Promise<Pagefind> {
    // The bundle is generated after the site is built, so it is not part of Vite's graph.
    this.#pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind) => {
      await pagefind.options({ baseUrl: base, ...PAGEFIND_OPTIONS });
      return pagefind as Pagefind;
    });
    return this.#pagefind;
  }

  /** Merges the archive parts into the search (their metadata is downloaded now, not on the first search) and searches again. */
  async #searchArchives() {
    const button = this.querySelector<HTMLButtonElement>('.archives')!;
    button.disabled = true;
    this.#archivesMerged ??= this.#load().then(async (pagefind) => {
      for (const part of this.#archives) await pagefind.mergeIndex?.(`${base}${part.path}`, { baseUrl: base });
    });
    try {
      await this.#archivesMerged;
    } catch {
      this.#archivesMerged = undefined;
    }
    button.disabled = false;
    await this.search(this.#state());
    this.querySelector<HTMLAnchorElement>('.results h2 a')?.focus();
  }

  /**
   * Opens the filter menus, filled once from the values Pagefind counted at
   * index time. Only on request (or for an address that carries filters): the
   * counts cover every page, 66 KB for 10,000 articles, which a plain search
   * does not need. Resolves whether the menus are shown.
   */
  async #loadFilters(state?: SearchState): Promise<boolean> {
    const fieldset = this.querySelector<HTMLFieldSetElement>('.filters')!;
    if (!fieldset.hidden) return true;
    const counts = await this.#load()
      .then((pagefind) => pagefind.filters?.())
      .catch(() => undefined);
    if (!counts) return false;
    for (const key of FILTER_KEYS) {
      const select = this.#select(key);
      const values = filterChoices(counts[key], key);
      const wanted = state?.filters[key];
      if (wanted && !values.includes(wanted)) values.unshift(wanted);
      select.append(...values.map((value) => new Option(value, value)));
      select.closest('label')!.hidden = values.length === 0;
    }
    fieldset.hidden = false;
    const showFilters = this.querySelector<HTMLButtonElement>('.show-filters')!;
    showFilters.setAttribute('aria-expanded', 'true');
    showFilters.hidden = true;
    return true;
  }

  async search(state: SearchState) {
    const sequence = ++this.#sequence;
    const messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
    const status = this.querySelector('.status')!;
    const list = this.querySelector('.results')!;
    const empty = this.querySelector<HTMLElement>('.empty')!;
    const loosened = this.querySelector<HTMLElement>('.loosened')!;
    const query = state.query;
    const archives = this.querySelector<HTMLButtonElement>('.archives');
    if (archives) archives.hidden = true;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      loosened.hidden = true;
      return;
    }
    status.textContent = messages.loading ?? '';
    let pagefind: Pagefind;
    try {
      pagefind = await this.#load();
    } catch {
      this.#pagefind = undefined;
      status.textContent = messages.unavailable ?? '';
      return;
    }
    const filters = Object.fromEntries(
      Object.entries(state.filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    const { total, estimated, match, hits, corrected } = await runSearch(pagefind, query, filters);
    if (sequence !== this.#sequence) return;
    const filtered = Object.keys(filters).length > 0;
    const found = (messages[estimated ? 'resultsAbout' : 'results'] ?? '').replace('{count}', String(total));
    status.textContent =
      total === 0 ? (messages[filtered ? 'noneFiltered' : 'none'] ?? '').replace('{query}', query) : found;
    // A loosened search says so above its results: none of them has every word of the query.
    // A corrected typing slip says what was searched instead (思想会报 → 思想汇报).
    loosened.hidden = match !== 'partial' && !corrected;
    loosened.textContent = corrected
      ? (messages.corrected ?? '').replace('{typed}', query).replace('{query}', corrected)
      : match === 'partial'
        ? (messages.partialNotice ?? '').replace('{query}', query)
        : '';
    empty.hidden = total > 0;
    this.querySelector<HTMLElement>('.clear')!.hidden = !filtered;
    if (archives) archives.hidden = this.#archivesMerged !== undefined;
    // After full matches, the first page with only some of the words is introduced by a note.
    const firstPartial = match === 'full' ? hits.findIndex((hit) => hit.match === 'partial') : -1;
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const item = document.createElement('li');
        item.dataset.match = hit.match;
        if (index === firstPartial) {
          const note = document.createElement('p');
          note.className = 'partial-note';
          note.textContent = messages.partialBelow ?? '';
          item.append(note);
        }
        const title = document.createElement('a');
        title.href = hit.url;
        title.textContent = hit.title;
        const heading = document.createElement('h2');
        heading.append(title);
        const excerpt = document.createElement('p');
        excerpt.innerHTML = hit.excerpt; // escaped text; only the <mark> elements of buildExcerpt are markup
        item.append(heading, excerpt);
        if (hit.section) {
          const section = document.createElement('p');
          section.className = 'section';
          section.textContent = hit.section;
          item.append(section);
        }
        return item;
      }),
    );
  }
}

customElements.define('site-search', SiteSearch);
