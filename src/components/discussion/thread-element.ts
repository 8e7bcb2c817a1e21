/**
 * What the discussion elements (<giscus-discussion>, <waline-discussion>) share:
 * nothing is asked of a discussion service until the reader comes near the
 * thread, the heading shows the thread's comment count, and a service that
 * fails leaves a plain message in place of the box.
 */

/** Calls `load` once, when `element` comes within 400px of the screen; returns the undo. */
export function whenNear(element: Element, load: () => void, rootMargin = '400px 0px'): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/** Writes "(n 条评论)" into the heading of the discussion section around `element`. */
export function showThreadCount(element: HTMLElement, count: number): void {
  const slot = element.closest('section')?.querySelector('[data-discussion-count]');
  if (slot) slot.textContent = (element.dataset.countText ?? '').replace('{count}', String(count));
}

/** The box gives way to its plain message: the widget is removed, the status line hidden. */
export function showFallback(element: HTMLElement): void {
  element.querySelector('[data-widget]')?.replaceChildren();
  element.querySelector<HTMLElement>('[data-status]')!.hidden = true;
  element.querySelector<HTMLElement>('[data-fallback]')!.hidden = false;
}

/** The status line says the thread is loading. */
export function showLoading(element: HTMLElement): HTMLElement {
  const status = element.querySelector<HTMLElement>('[data-status]')!;
  status.textContent = status.dataset.loadingText ?? '';
  status.hidden = false;
  return status;
}
