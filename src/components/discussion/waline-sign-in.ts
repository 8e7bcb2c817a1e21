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

/**
 * Signs a member in with the dialog's fields (email, password, code) and keeps
 * the session where the Waline client and the branch service's pages read it
 * (localStorage WALINE_USER). The one sign-in of the discussion box, ballots
 * and the confidential channel.
 */
export async function signInMember(
  serverURL: string,
  fields: FormData,
): Promise<'signed-in' | 'wrong' | 'unreachable'> {
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
    return 'unreachable';
  }
  const result = readSignIn(answer);
  if (result.kind !== 'signed-in') return 'wrong';
  // The client keeps the member in localStorage and follows 'storage' events (VueUse's useStorage): it re-renders signed in.
  const value = JSON.stringify(result.user);
  localStorage.setItem(WALINE_USER_KEY, value);
  window.dispatchEvent(
    new StorageEvent('storage', { key: WALINE_USER_KEY, newValue: value, storageArea: localStorage }),
  );
  return 'signed-in';
}

/**
 * Makes `dialog` (SignInDialog.astro) sign the member in; `signedIn` runs
 * after a success. Returns `open` (for a page's own sign-in button) and the undo.
 */
export function bindSignInDialog(dialog: HTMLDialogElement, serverURL: string, signedIn: () => void) {
  const form = dialog.querySelector<HTMLFormElement>('[data-sign-in-form]')!;
  const problem = dialog.querySelector<HTMLElement>('[data-sign-in-problem]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const cancelButton = dialog.querySelector<HTMLButtonElement>('[data-sign-in-cancel]')!;
  const idleText = submit.textContent ?? '';
  const open = () => {
    problem.hidden = true;
    dialog.showModal();
  };
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    submit.disabled = true;
    submit.textContent = submit.dataset.busyText ?? idleText;
    const outcome = await signInMember(serverURL, new FormData(form));
    submit.disabled = false;
    submit.textContent = idleText;
    if (outcome !== 'signed-in') {
      problem.textContent = dialog.dataset[outcome === 'wrong' ? 'wrongText' : 'unreachableText'] ?? '';
      problem.hidden = false;
      return;
    }
    form.reset();
    dialog.close();
    signedIn();
  };
  const cancel = () => dialog.close();
  form.addEventListener('submit', onSubmit);
  cancelButton.addEventListener('click', cancel);
  return {
    open,
    undo: () => {
      form.removeEventListener('submit', onSubmit);
      cancelButton.removeEventListener('click', cancel);
    },
  };
}

/** Opens `dialog` for Waline's sign-in button inside `widget`; returns the undo. */
export function replaceSignIn(widget: HTMLElement, dialog: HTMLDialogElement, serverURL: string): () => void {
  const dialogControls = bindSignInDialog(dialog, serverURL, () =>
    requestAnimationFrame(() => widget.querySelector<HTMLTextAreaElement>('textarea')?.focus()),
  );
  const open = (event: Event) => {
    if (!(event.target as Element | null)?.closest(LOGIN_BUTTON)) return;
    event.preventDefault();
    event.stopPropagation();
    dialogControls.open();
  };
  widget.addEventListener('click', open, true);
  return () => {
    widget.removeEventListener('click', open, true);
    dialogControls.undo();
  };
}
