/**
 * Client side of DisplayModes.astro: the panel's button, large-text toggle and
 * colour-scheme radios change and remember the modes (src/lib/web/display-modes.ts);
 * BaseLayout's inline boot script applies them before the first paint.
 */
import {
  applyModes,
  COLOUR_SCHEMES,
  MODE_KEYS,
  modesOf,
  readModes,
  saveModes,
  type ColourScheme,
  type DisplayModes,
} from '../lib/web/display-modes';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

class DisplayModesSwitch extends HTMLElement {
  connectedCallback() {
    const root = document.documentElement;
    const toggle = this.querySelector<HTMLButtonElement>('.toggle')!;
    const panel = this.querySelector<HTMLElement>('.panel')!;
    const large = this.querySelector<HTMLButtonElement>('.large')!;
    const radios = [...this.querySelectorAll<HTMLInputElement>('input[name="colour-scheme"]')];

    const show = (modes: DisplayModes) => {
      large.setAttribute('aria-pressed', String(modes.largeText));
      for (const radio of radios) radio.checked = radio.value === modes.scheme;
    };
    const change = (update: Partial<DisplayModes>) => {
      const modes = { ...modesOf(root.dataset), ...update };
      applyModes(root.dataset, modes);
      saveModes(storage(), modes);
      show(modes);
    };
    const setOpen = (open: boolean) => {
      toggle.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
    };

    show(modesOf(root.dataset));
    this.hidden = false;
    toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
    large.addEventListener('click', () => change({ largeText: large.getAttribute('aria-pressed') !== 'true' }));
    for (const radio of radios) {
      radio.addEventListener('change', () => {
        if (radio.checked && (COLOUR_SCHEMES as readonly string[]).includes(radio.value))
          change({ scheme: radio.value as ColourScheme });
      });
    }
    // Escape closes the panel and returns to its button; so does clicking or tabbing away.
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
      setOpen(false);
      toggle.focus();
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) setOpen(false);
    });
    document.addEventListener('click', (event) => {
      if (!this.contains(event.target as Node)) setOpen(false);
    });
    // A change in another tab of the site applies here too.
    window.addEventListener('storage', (event) => {
      if (event.key !== MODE_KEYS.scheme && event.key !== MODE_KEYS.text && event.key !== null) return;
      const modes = readModes(storage());
      applyModes(root.dataset, modes);
      show(modes);
    });
  }
}

customElements.define('display-modes', DisplayModesSwitch);
