/**
 * The members' one sign-in (SignInDialog.astro): asks the discussion service's
 * sign-in API and stores the session where the discussion box and the branch
 * service's forms both read it (localStorage WALINE_USER), telling every
 * listener on the page with a 'storage' event, as another tab would. Sign-out
 * ends the session on the service and forgets it here.
 */
import { WALINE_USER_KEY, readSignIn, signInUrl } from '../../lib/discussion/waline';
import { callBranch } from '../../lib/branch/api';

/** Stores (or, with `null`, forgets) the signed-in member and tells the page. */
function storeMember(value: string | null) {
  if (value === null) localStorage.removeItem(WALINE_USER_KEY);
  else localStorage.setItem(WALINE_USER_KEY, value);
  // The Waline client follows 'storage' events (VueUse's useStorage); so do the branch forms.
  window.dispatchEvent(
    new StorageEvent('storage', { key: WALINE_USER_KEY, newValue: value, storageArea: localStorage }),
  );
}

/** The signed-in member's display name, if any. */
export function signedInName(): string | undefined {
  try {
    const user = JSON.parse(localStorage.getItem(WALINE_USER_KEY) ?? 'null') as {
      display_name?: unknown;
      token?: unknown;
    } | null;
    if (typeof user?.token !== 'string' || user.token === '') return undefined;
    return typeof user.display_name === 'string' ? user.display_name : '';
  } catch {
    return undefined;
  }
}

/**
 * Wires `dialog`'s form: on success the member is stored and `signedIn` runs
 * (the dialog closes). Returns the undo.
 */
export function wireSignIn(dialog: HTMLDialogElement, serverURL: string, signedIn: () => void): () => void {
  const form = dialog.querySelector<HTMLFormElement>('[data-sign-in-form]')!;
  const problem = dialog.querySelector<HTMLElement>('[data-sign-in-problem]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const idleText = submit.textContent ?? '';

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
    storeMember(JSON.stringify(result.user));
    form.reset();
    dialog.close();
    signedIn();
  };

  const cancel = () => dialog.close();
  const cancelButton = dialog.querySelector('[data-sign-in-cancel]')!;
  form.addEventListener('submit', signIn);
  cancelButton.addEventListener('click', cancel);
  return () => {
    form.removeEventListener('submit', signIn);
    cancelButton.removeEventListener('click', cancel);
  };
}

/** Opens the dialog with no old problem showing. */
export function openSignIn(dialog: HTMLDialogElement) {
  dialog.querySelector<HTMLElement>('[data-sign-in-problem]')!.hidden = true;
  dialog.showModal();
}

/**
 * Signs out for good on this browser (shared phones): the service ends the
 * session for comments and the branch service alike; the browser forgets it
 * even when the service cannot be reached (the session then ends when it expires).
 */
export async function signOut(serverURL: string, token: string | undefined): Promise<void> {
  if (token) await callBranch(serverURL, 'sign-out', { body: {}, token });
  storeMember(null);
}
