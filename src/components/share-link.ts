/**
 * Client side of ShareQr.astro's 分享 button: the phone's own share sheet where the
 * browser has one (navigator.share), else the page's address copied to the clipboard,
 * else the address shown selected for a long press (WeChat's browser and plain
 * http allow neither). Cancelling the share sheet is no error.
 */
import { fill } from '../i18n/fill';

class ShareLink extends HTMLElement {
  connectedCallback() {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const url = this.dataset.url ?? window.location.href;
    const button = this.querySelector<HTMLButtonElement>('button')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const address = this.querySelector<HTMLInputElement>('input')!;
    address.value = url;
    const canShare = typeof navigator.share === 'function';
    button.textContent = fill(strings[canShare ? 'share.share' : 'share.copy'] ?? '', {});
    button.hidden = false;
    button.addEventListener('click', async () => {
      if (canShare) {
        try {
          await navigator.share({ title: document.title, url });
          return;
        } catch (error) {
          if ((error as Error).name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = strings['share.copied'] ?? '';
      } catch {
        address.hidden = false;
        address.select();
        status.textContent = strings['share.copyFailed'] ?? '';
      }
    });
  }
}

customElements.define('share-link', ShareLink);
