/**
 * The Waline client library and its stylesheet, bundled from the package (no
 * CDN) and loaded only when a reader comes near a thread: this module is the
 * dynamic import of <waline-discussion>, so its weight never counts before
 * interaction.
 */
import { init } from '@waline/client';
// As files, linked when the box loads: imported as CSS, Astro would link them on every page with a discussion.
import walineStylesheet from '@waline/client/waline.css?url';
import themeStylesheet from './waline-theme.css?url';
import {
  WALINE_DELETE_QUESTION,
  editWentToReview,
  walineOptions,
  type WalineLocaleOverrides,
} from '../../lib/discussion/waline';
import { labelControls, type ControlLabels } from './waline-labels';
import { replaceSignIn } from './waline-sign-in';

/** Waline's stylesheet and the site's theme for it, before the box appears (it would flash unstyled otherwise). */
export const linkStylesheets = () => Promise.all([walineStylesheet, themeStylesheet].map(linkStylesheet));

/** Links a stylesheet and waits for it; a failed link is removed for the next try. */
function linkStylesheet(stylesheet: string): Promise<void> {
  if (document.querySelector(`link[href="${stylesheet}"][data-loaded]`)) return Promise.resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
  const loaded = new Promise<void>((resolve, reject) => {
    const loadedOk = () => {
      link.dataset.loaded = '';
      resolve();
    };
    const failed = () => {
      link.remove();
      reject(new Error(`Cannot load ${stylesheet}`));
    };
    link.addEventListener('load', loadedOk, { once: true });
    link.addEventListener('error', failed, { once: true });
  });
  document.head.append(link);
  return loaded;
}

export interface WalineMount {
  el: HTMLElement;
  /** The page's sign-in dialog (waline-sign-in.ts). */
  signIn: HTMLDialogElement;
  serverURL: string;
  path: string;
  locale: WalineLocaleOverrides;
  /** Waline's question before deleting a comment, in Chinese. */
  deleteQuestion: string;
  /** Names for Waline's icon buttons and profile links. */
  labels: ControlLabels;
  /** Shows a failure Waline reports beside the editor, with the HTTP status of the service's last answer that was not JSON. */
  report: (message: string, lastStatus?: number) => void;
  /** Tells the member their edit went back to review. */
  resubmitted: () => void;
}

/**
 * Watches the box's requests to the service (window.fetch, while mounted):
 * Waline's client reports a failed submission only as the text of a parse
 * error, and shows nothing when an edit went back to review. Returns the
 * last non-JSON answer's status, and the undo.
 */
function watchAnswers(serverURL: string, resubmitted: () => void) {
  const originalFetch = window.fetch;
  const seen: { lastStatus?: number } = {};
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await originalFetch.call(window, input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(serverURL)) return response;
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (!/json/i.test(response.headers.get('content-type') ?? '')) seen.lastStatus = response.status;
    else if (method.toUpperCase() === 'PUT') {
      void response
        .clone()
        .json()
        .then((answer: unknown) => editWentToReview(method, url, init?.body, answer) && resubmitted())
        .catch(() => undefined);
    }
    return response;
  };
  return { seen, undo: () => void (window.fetch = originalFetch) };
}

/**
 * Mounts the Waline box for `path` into `el`. Waline reports every failure
 * (a comment that could not be sent among them) with `window.alert`, which in
 * WeChat blocks the page under the site's address; while the box is mounted
 * those messages go to `report` instead, and its one English question (before
 * deleting) is asked in Chinese. Returns the unmount.
 */
export function mountWaline({
  el,
  signIn,
  serverURL,
  path,
  locale,
  deleteQuestion,
  labels,
  report,
  resubmitted,
}: WalineMount): () => void {
  const originalAlert = window.alert;
  const originalConfirm = window.confirm;
  const answers = watchAnswers(serverURL, resubmitted);
  window.alert = (message?: unknown) => report(String(message ?? ''), answers.seen.lastStatus);
  window.confirm = (message?: string) =>
    originalConfirm.call(window, message === WALINE_DELETE_QUESTION ? deleteQuestion : message);
  const undoSignIn = replaceSignIn(el, signIn, serverURL);
  const instance = init({ el, ...walineOptions(serverURL, path, locale) });
  const undoLabels = labelControls(el, labels);
  return () => {
    undoLabels();
    instance?.destroy();
    undoSignIn();
    answers.undo();
    window.alert = originalAlert;
    window.confirm = originalConfirm;
  };
}
