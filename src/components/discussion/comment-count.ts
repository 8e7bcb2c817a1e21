/**
 * <comment-count>: the comment counts of a list, asked of Waline on demand.
 * Items that come near the screen within one frame are asked for in one
 * request; a count that cannot be had (service down, slow, odd answer) simply
 * stays empty: the list works without it.
 */
import { commentCountUrl, readCommentCounts, walineServerUrl } from '../../lib/discussion/waline';
import { whenNear } from './thread-element';

/** Waline takes the keys in the query string: a bounded batch keeps the address short. */
const BATCH = 40;

const waiting = new Set<CommentCount>();
let scheduled = false;

async function ask(server: string, elements: CommentCount[]) {
  const terms = [...new Set(elements.map((element) => element.dataset.term!))];
  const timeout = Number(elements[0]!.dataset.timeout);
  try {
    const response = await fetch(commentCountUrl(walineServerUrl(server, window.location.href), terms), {
      signal: AbortSignal.timeout(timeout),
      credentials: 'omit',
    });
    const counts = response.ok ? readCommentCounts(await response.json(), terms) : undefined;
    if (counts) for (const element of elements) element.show(counts.get(element.dataset.term!)!);
  } catch {
    // No count is better than a broken list.
  }
}

function flush() {
  scheduled = false;
  // Not Map.groupBy: WeChat's built-in browser may be older than it.
  const byServer = new Map<string, CommentCount[]>();
  for (const element of waiting)
    byServer.set(element.dataset.server!, [...(byServer.get(element.dataset.server!) ?? []), element]);
  waiting.clear();
  for (const [server, elements] of byServer) {
    for (let start = 0; start < elements.length; start += BATCH) void ask(server, elements.slice(start, start + BATCH));
  }
}

class CommentCount extends HTMLElement {
  #undo?: () => void;

  connectedCallback() {
    // The element is empty (no box to intersect) until filled: watch the list item it belongs to.
    const item = this.closest('li, article') ?? this.parentElement ?? this;
    this.#undo = whenNear(
      item,
      () => {
        waiting.add(this);
        if (!scheduled) {
          scheduled = true;
          requestAnimationFrame(flush);
        }
      },
      '200px 0px',
    );
  }

  disconnectedCallback() {
    this.#undo?.();
    waiting.delete(this);
  }

  show(count: number) {
    this.textContent = (this.dataset.text ?? '').replace('{count}', String(count));
  }
}

customElements.define('comment-count', CommentCount);
