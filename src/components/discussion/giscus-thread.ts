/**
 * <giscus-discussion>: loads the Giscus widget when the reader comes near the
 * thread, keeps its theme in step with the site's display modes, shows the
 * thread's comment count in the heading and gives up after a timeout (Giscus
 * sends no load or error event), leaving the fallback link.
 */
import { giscusOrigin, giscusTheme, readGiscusMessage } from '../../lib/discussion/giscus';
import { showFallback, showLoading, showThreadCount, whenNear } from './thread-element';

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
const currentTheme = () => giscusTheme(document.documentElement.dataset.theme, darkQuery.matches);

class GiscusDiscussion extends HTMLElement {
  #cleanup: Array<() => void> = [];

  connectedCallback() {
    // Nothing is requested from the Giscus host until the reader comes near.
    this.#cleanup.push(whenNear(this, () => void this.#load()));
  }

  disconnectedCallback() {
    for (const undo of this.#cleanup.splice(0)) undo();
  }

  async #load() {
    const data = this.dataset;
    const status = showLoading(this);
    const expectedOrigin = giscusOrigin(data.host!);
    let answered = false;
    const timer = window.setTimeout(() => {
      if (!answered) this.#fail();
    }, Number(data.timeout));
    const onMessage = (event: MessageEvent) => {
      const message = readGiscusMessage(event.data, event.origin, expectedOrigin);
      if (message.kind === 'ignored') return;
      answered = true;
      window.clearTimeout(timer);
      status.hidden = true;
      if (message.metadata)
        showThreadCount(this, message.metadata.totalCommentCount + message.metadata.totalReplyCount);
    };
    window.addEventListener('message', onMessage);
    this.#cleanup.push(
      () => window.removeEventListener('message', onMessage),
      () => window.clearTimeout(timer),
    );

    try {
      await import('giscus');
    } catch {
      this.#fail();
      return;
    }
    const widget = document.createElement('giscus-widget');
    const attributes: Record<string, string> = {
      host: data.host!,
      repo: data.repo!,
      repoid: data.repoId!,
      category: data.category!,
      categoryid: data.categoryId!,
      mapping: 'specific',
      term: data.term!,
      strict: '1',
      reactionsenabled: '1',
      emitmetadata: '1',
      inputposition: data.inputPosition!,
      theme: currentTheme(),
      lang: 'zh-CN',
      loading: 'eager',
    };
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    this.querySelector('[data-widget]')!.append(widget);
    this.#followTheme(widget);
    // Giscus names its frame "Comments"; screen readers here get Chinese.
    await (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    widget.shadowRoot?.querySelector('iframe')?.setAttribute('title', data.frameTitle ?? '');
  }

  /** The site's mode and the system setting change live: the widget follows (Giscus sends setConfig). */
  #followTheme(widget: HTMLElement) {
    const update = () => {
      const theme = currentTheme();
      if (widget.getAttribute('theme') !== theme) widget.setAttribute('theme', theme);
    };
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    darkQuery.addEventListener('change', update);
    this.#cleanup.push(
      () => observer.disconnect(),
      () => darkQuery.removeEventListener('change', update),
    );
  }

  #fail() {
    showFallback(this);
    for (const undo of this.#cleanup.splice(0)) undo();
  }
}

customElements.define('giscus-discussion', GiscusDiscussion);
