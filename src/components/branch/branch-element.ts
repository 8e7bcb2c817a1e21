/**
 * What every member form of the branch service that signs in on its own does
 * on the page (the ballot, the formal test): read the server and strings the
 * page gave it, wire the shared sign-in dialog, load again when the member
 * signs in or out here or in another tab, and undo it all when removed.
 */
import { walineServerUrl, WALINE_USER_KEY } from '../../lib/discussion/waline';
import { openSignIn, wireSignIn } from '../discussion/sign-in-dialog';

export abstract class BranchServiceElement extends HTMLElement {
  protected server = '';
  protected timeout = 10_000;
  protected strings: Record<string, string> = {};
  protected readonly cleanup: Array<() => void> = [];

  /** Reads data-server, data-timeout and data-strings, wires signing in; `load` runs now and on every change of who is signed in. */
  protected connectService(load: () => void, dialogSelector = '[data-sign-in]'): HTMLDialogElement {
    this.server = walineServerUrl(this.dataset.server ?? '', location.href);
    this.timeout = Number(this.dataset.timeout ?? '10000');
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const dialog = this.q<HTMLDialogElement>(dialogSelector);
    this.cleanup.push(wireSignIn(dialog, this.server, load));
    this.on('[data-open-sign-in]', 'click', () => openSignIn(dialog));
    this.on('[data-reload]', 'click', load);
    // Signing in or out in another tab, or in the discussion box on this page.
    const storage = (event: StorageEvent) => {
      if (event.key === WALINE_USER_KEY) load();
    };
    window.addEventListener('storage', storage);
    this.cleanup.push(() => window.removeEventListener('storage', storage));
    return dialog;
  }

  disconnectedCallback() {
    for (const undo of this.cleanup.splice(0)) undo();
  }

  protected q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  protected on(selector: string, type: string, listener: (event: Event) => void) {
    for (const node of this.querySelectorAll(selector)) {
      node.addEventListener(type, listener);
      this.cleanup.push(() => node.removeEventListener(type, listener));
    }
  }
}
