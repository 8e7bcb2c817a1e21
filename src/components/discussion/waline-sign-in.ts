/**
 * The members' sign-in for the Waline box. Waline's own "登录" opens its
 * administration page in a pop-up on computers and, on phones, leaves the page
 * for that page, which sends members (not administrators) on to their profile
 * and never back to what they were reading. Here its button opens the
 * page's own dialog instead, which asks Waline's sign-in API and hands the
 * member to the client the way Waline's login page does. Part of the box's
 * on-demand chunk.
 */
import { WALINE_USER_KEY, readSignIn, signInUrl } from '../../lib/discussion/waline';

/** Waline's sign-in button: in login-forced mode the only button in the editor footer that is not the submit button. */
const LOGIN_BUTTON = '.wl-info > button.wl-btn:not(.primary)';

/** Opens `dialog` for Waline's sign-in button inside `widget`; returns the undo. */
export function replaceSignIn(widget: HTMLElement, dialog: HTMLDialogElement, serverURL: string): () => void {
  const form = dialog.querySelector<HTMLFormElement>('[data-sign-in-form]')!;
  const problem = dialog.querySelector<HTMLElement>('[data-sign-in-problem]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const idleText = submit.textContent ?? '';

  const open = (event: Event) => {
    if (!(event.target as Element | null)?.closest(LOGIN_BUTTON)) return;
    event.preventDefault();
    event.stopPropagation();
    problem.hidden = true;
    dialog.showModal();
  };

  const signIn = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = new FormData(form);
    submit.disabled = true;
    submit.textContent = submit.dataset.busyText ?? idleText;
    let answer: unknown;
    try {
      const response = await fetch(signInUrl(serverURL), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: fields.get('email'),
          password: fields.get('password'),
          code: fields.get('code') || undefined,
        }),
        credentials: 'omit',
      });
      answer = await response.json();
    } catch {
      answer = undefined;
    } finally {
      submit.disabled = false;
      submit.textContent = idleText;
    }
    const result = answer === undefined ? undefined : readSignIn(answer);
    if (result?.kind !== 'signed-in') {
      problem.textContent = dialog.dataset[result ? 'wrongText' : 'unreachableText'] ?? '';
      problem.hidden = false;
      return;
    }
    // The client keeps the member in localStorage and follows 'storage' events (VueUse's useStorage): it re-renders signed in.
    const value = JSON.stringify(result.user);
    localStorage.setItem(WALINE_USER_KEY, value);
    window.dispatchEvent(
      new StorageEvent('storage', { key: WALINE_USER_KEY, newValue: value, storageArea: localStorage }),
    );
    form.reset();
    dialog.close();
    requestAnimationFrame(() => widget.querySelector<HTMLTextAreaElement>('textarea')?.focus());
  };

  const cancel = () => dialog.close();
  const cancelButton = dialog.querySelector('[data-sign-in-cancel]')!;
  widget.addEventListener('click', open, true);
  form.addEventListener('submit', signIn);
  cancelButton.addEventListener('click', cancel);
  return () => {
    widget.removeEventListener('click', open, true);
    form.removeEventListener('submit', signIn);
    cancelButton.removeEventListener('click', cancel);
  };
}
