/**
 * <waline-discussion>: the branch's own discussion service. When the reader
 * comes near the thread it asks the service for the thread's comment count
 * (bounded by the timeout) while the client library loads; the box appears
 * only when both succeed, otherwise a plain message with a retry button takes
 * its place and the rest of the page is untouched. A comment the service did
 * not take stays in the editor, with a notice saying it was not sent.
 */
import {
  WALINE_LOCALE_KEYS,
  commentCountUrl,
  readCommentCounts,
  submitProblem,
  walineServerUrl,
  type WalineLocaleOverrides,
} from '../../lib/discussion/waline';
import { showFallback, showLoading, showThreadCount, whenNear } from './thread-element';

/** The thread's approved comments, or a rejection when the service does not answer in time or answers something else. */
async function fetchCount(serverURL: string, term: string, timeoutMs: number): Promise<number> {
  const response = await fetch(commentCountUrl(serverURL, [term]), {
    signal: AbortSignal.timeout(timeoutMs),
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`Waline answered ${response.status}`);
  const counts = readCommentCounts(await response.json(), [term]);
  if (!counts) throw new Error('Waline answered no count');
  return counts.get(term)!;
}

class WalineDiscussion extends HTMLElement {
  #cleanup: Array<() => void> = [];
  #loading = false;

  connectedCallback() {
    // Nothing is requested from the service until the reader comes near.
    this.#cleanup.push(whenNear(this, () => void this.#load()));
    const retry = () => void this.#load();
    this.querySelector('[data-retry]')?.addEventListener('click', retry);
    this.#cleanup.push(() => this.querySelector('[data-retry]')?.removeEventListener('click', retry));
  }

  disconnectedCallback() {
    for (const undo of this.#cleanup.splice(0)) undo();
  }

  /** The element's strings (clientStrings('waline.')); not src/lib/fill.ts, whose chunk other pages share. */
  get #strings(): Record<string, string> {
    return JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
  }

  async #load() {
    if (this.#loading) return;
    this.#loading = true;
    const { server = '', term = '', timeout = '8000' } = this.dataset;
    this.querySelector<HTMLElement>('[data-fallback]')!.hidden = true;
    const status = showLoading(this);
    const serverURL = walineServerUrl(server, window.location.href);
    const client = import('./waline-client').then(async (module) => (await module.linkStylesheets(), module));
    const [count, loaded] = await Promise.allSettled([fetchCount(serverURL, term, Number(timeout)), client]);
    this.#loading = false;
    if (count.status === 'rejected' || loaded.status === 'rejected') {
      showFallback(this);
      return;
    }
    status.hidden = true;
    showThreadCount(this, count.value);
    const t = this.#strings;
    const locale = Object.fromEntries(
      WALINE_LOCALE_KEYS.map((key) => [key, t[`waline.${key}`]!]),
    ) as WalineLocaleOverrides;
    const widget = this.querySelector<HTMLElement>('[data-widget]')!;
    const signIn = this.querySelector<HTMLDialogElement>('[data-sign-in]')!;
    const deleteQuestion = t['waline.confirmDelete']!;
    const labels = {
      edit: t['waline.edit']!,
      delete: t['waline.delete']!,
      profile: t['waline.profile']!,
      admin: t['waline.admin']!,
    };
    this.#cleanup.push(
      loaded.value.mountWaline({
        el: widget,
        signIn,
        serverURL,
        path: term,
        locale,
        deleteQuestion,
        labels,
        report: (message, lastStatus) => this.#tell(message, lastStatus),
        resubmitted: () => this.#show(t['waline.resubmitted']!),
      }),
    );
    this.#clearNoticeOnRetry(widget);
  }

  /** A failure the library reported: the member reads why, the text stays in the editor. */
  #tell(message: string, lastStatus: number | undefined) {
    const problem = submitProblem(message, lastStatus);
    const t = this.#strings;
    const text = {
      unreachable: () => t['waline.notSent']!,
      'too-large': () => t['waline.tooLarge']!,
      'bad-answer': () =>
        t['waline.badAnswer']!.replace(
          '{status}',
          problem.kind === 'bad-answer' && problem.status ? `HTTP ${problem.status}` : 'HTTP',
        ),
      refused: () => t['waline.refused']!.replace('{reason}', problem.kind === 'refused' ? problem.reason : ''),
    }[problem.kind]();
    this.#show(text);
  }

  #show(text: string) {
    const notice = this.querySelector<HTMLElement>('[data-notice]')!;
    notice.textContent = text;
    notice.hidden = false;
  }

  /** The next try (a click on a button of the box, or Ctrl+Enter) clears the last notice. */
  #clearNoticeOnRetry(widget: HTMLElement) {
    const clear = (event: Event) => {
      const isButton = event instanceof MouseEvent && (event.target as Element | null)?.closest('button');
      const isShortcut = event instanceof KeyboardEvent && event.key === 'Enter' && (event.ctrlKey || event.metaKey);
      if (isButton || isShortcut) this.querySelector<HTMLElement>('[data-notice]')!.hidden = true;
    };
    widget.addEventListener('click', clear, true);
    widget.addEventListener('keydown', clear, true);
    this.#cleanup.push(() => {
      widget.removeEventListener('click', clear, true);
      widget.removeEventListener('keydown', clear, true);
    });
  }
}

customElements.define('waline-discussion', WalineDiscussion);
