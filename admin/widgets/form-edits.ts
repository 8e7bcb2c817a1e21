/**
 * Decap re-renders a control only when its own value changes, not when a
 * sibling field does. A control that shows something derived from its siblings
 * (the answer editor from the options, the address from the title) listens to
 * every edit in the form instead, shortly after it happens.
 */
const EDIT_EVENTS = ['input', 'click', 'keyup'] as const;

/** Calls `onEdit` once `delay` ms after the last edit anywhere on the page; returns the unsubscribe. */
export function onFormEdits(onEdit: () => void, delay = 30): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const listener = () => {
    clearTimeout(pending);
    pending = setTimeout(onEdit, delay);
  };
  for (const event of EDIT_EVENTS) document.addEventListener(event, listener, true);
  return () => {
    for (const event of EDIT_EVENTS) document.removeEventListener(event, listener, true);
    clearTimeout(pending);
  };
}
