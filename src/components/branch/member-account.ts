/**
 * <member-account>: the signed-in member's name and 退出登录 (MemberAccount.astro).
 * Follows signing in and out anywhere on the site ('storage' events).
 */
import { storedToken } from '../../lib/branch/api';
import { walineServerUrl, WALINE_USER_KEY } from '../../lib/discussion/waline';
import { fill } from '../../i18n/fill';
import { signedInName, signOut } from '../discussion/sign-in-dialog';

class MemberAccount extends HTMLElement {
  #undo: (() => void) | undefined;

  connectedCallback() {
    const server = walineServerUrl(this.dataset.server ?? '', location.href);
    const button = this.querySelector<HTMLButtonElement>('[data-sign-out]')!;
    const show = () => {
      let token: string | undefined;
      try {
        token = storedToken(localStorage);
      } catch {
        token = undefined;
      }
      const name = token ? signedInName() : undefined;
      this.hidden = token === undefined;
      this.querySelector('[data-name]')!.textContent = name
        ? fill(this.dataset.named ?? '', { name })
        : (this.dataset.anonymous ?? '');
    };
    const click = async () => {
      button.disabled = true;
      await signOut(server, storedToken(localStorage));
      button.disabled = false;
    };
    const storage = (event: StorageEvent) => {
      if (event.key === WALINE_USER_KEY) show();
    };
    button.addEventListener('click', click);
    window.addEventListener('storage', storage);
    this.#undo = () => {
      button.removeEventListener('click', click);
      window.removeEventListener('storage', storage);
    };
    show();
  }

  disconnectedCallback() {
    this.#undo?.();
  }
}

customElements.define('member-account', MemberAccount);
