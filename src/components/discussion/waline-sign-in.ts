/**
 * The members' sign-in for the Waline box. Waline's own "登录" opens its
 * administration page in a pop-up on computers and, on phones, leaves the page
 * for that page, which sends members (not administrators) on to their profile
 * and never back to what they were reading. Here its button opens the
 * page's own dialog instead (the one sign-in, sign-in-dialog.ts), which hands
 * the member to the client the way Waline's login page does. Part of the box's
 * on-demand chunk.
 */
import { openSignIn, wireSignIn } from './sign-in-dialog';

/** Waline's sign-in button: in login-forced mode the only button in the editor footer that is not the submit button. */
const LOGIN_BUTTON = '.wl-info > button.wl-btn:not(.primary)';

/** Opens `dialog` for Waline's sign-in button inside `widget`; returns the undo. */
export function replaceSignIn(widget: HTMLElement, dialog: HTMLDialogElement, serverURL: string): () => void {
  const open = (event: Event) => {
    if (!(event.target as Element | null)?.closest(LOGIN_BUTTON)) return;
    event.preventDefault();
    event.stopPropagation();
    openSignIn(dialog);
  };
  const unwire = wireSignIn(dialog, serverURL, () =>
    requestAnimationFrame(() => widget.querySelector<HTMLTextAreaElement>('textarea')?.focus()),
  );
  widget.addEventListener('click', open, true);
  return () => {
    widget.removeEventListener('click', open, true);
    unwire();
  };
}
