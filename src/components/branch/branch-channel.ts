/**
 * <branch-channel>: sends 意见 and 举报 to the branch service and looks up
 * replies by tracking code. The text a member wrote stays on screen and in the
 * tab's sessionStorage until the service has it; a retry of the same text
 * carries the same request id, so the service never stores it twice. Sending
 * needs the one sign-in (the dialog opens, then the message goes); looking up
 * a reply does not.
 */
import { callBranch, newRequestId, storedToken } from '../../lib/branch/api';
import {
  MESSAGE_KINDS,
  MESSAGE_MAX_CHARS,
  MESSAGE_MIN_CHARS,
  charCount,
  draftKey,
  messageProblem,
  messageRequest,
  nextDraft,
  normalizeCode,
  plausibleCode,
  readDraft,
  readMessageState,
  type MessageKind,
  type MessageState,
} from '../../lib/branch/channel';
import { formatCivilDate, isCivilDate } from '../../lib/civil-date';
import { walineServerUrl } from '../../lib/discussion/waline';
import { clientTranslator } from '../../i18n/fill';
import { openSignIn, signOut, wireSignIn } from '../discussion/sign-in-dialog';
import { showSessionBox } from './branch-session';

const t = clientTranslator('branch-channel');
const day = (date: string) => (isCivilDate(date) ? formatCivilDate(date) : date);

class BranchChannel extends HTMLElement {
  #server = '';
  /** The kind waiting for the sign-in dialog: it is sent as soon as the member is signed in. */
  #pending: MessageKind | undefined;
  #dialog: HTMLDialogElement | undefined;
  #unwire: (() => void) | undefined;

  connectedCallback() {
    this.#server = walineServerUrl(this.dataset.server ?? '', window.location.href);
    this.#dialog = this.querySelector<HTMLDialogElement>('[data-sign-in]')!;
    this.#unwire = wireSignIn(this.#dialog, this.#server, () => {
      void this.#showSession();
      const pending = this.#pending;
      this.#pending = undefined;
      if (pending) void this.#send(pending);
    });
    for (const kind of MESSAGE_KINDS) this.#setUpKind(kind);
    this.querySelector('[data-sign-in-open]')!.addEventListener('click', () => this.#openSignIn());
    this.querySelector('[data-sign-out]')!.addEventListener('click', async () => {
      await signOut(this.#server, storedToken(localStorage));
      void this.#showSession();
    });
    const lookup = this.querySelector<HTMLFormElement>('[data-lookup]')!;
    lookup.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#lookUp();
    });
    this.querySelector<HTMLElement>('[data-lookup-box]')!.hidden = false;
    void this.#showSession();
  }

  #openSignIn() {
    if (this.#dialog) openSignIn(this.#dialog);
  }

  disconnectedCallback() {
    this.#unwire?.();
  }

  #box(kind: MessageKind) {
    return this.querySelector<HTMLElement>(`[data-kind="${kind}"]`)!;
  }

  #fields(kind: MessageKind) {
    const form = this.#box(kind).querySelector<HTMLFormElement>('[data-message-form]')!;
    return {
      form,
      category: form.querySelector<HTMLSelectElement>('select[name="category"]')!,
      body: form.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!,
      anonymous: form.querySelector<HTMLInputElement>('input[name="anonymous"]'),
      problem: form.querySelector<HTMLElement>('[data-problem]')!,
      count: form.querySelector<HTMLElement>('[data-count]')!,
      send: form.querySelector<HTMLButtonElement>('[data-send]')!,
    };
  }

  #setUpKind(kind: MessageKind) {
    const box = this.#box(kind);
    const fields = this.#fields(kind);
    // What a member wrote before a failed send (or a reload) comes back.
    const draft = readDraft(sessionStorage, kind);
    if (draft) {
      fields.category.value = draft.category;
      fields.body.value = draft.body;
      if (fields.anonymous) fields.anonymous.checked = draft.anonymous;
    }
    const keep = () => {
      this.#keepDraft(kind);
      this.#showCount(kind);
    };
    fields.form.addEventListener('input', keep);
    fields.form.addEventListener('change', keep);
    fields.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#send(kind);
    });
    box.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy(kind));
    box.querySelector('[data-again]')!.addEventListener('click', () => {
      box.querySelector<HTMLElement>('[data-sent]')!.hidden = true;
      fields.form.hidden = false;
      fields.body.focus();
    });
    this.#showCount(kind);
    box.hidden = false;
  }

  #showCount(kind: MessageKind) {
    const { body, count } = this.#fields(kind);
    count.textContent = t('channel.count', { count: charCount(body.value), max: MESSAGE_MAX_CHARS });
  }

  /** The draft as the form shows it now, with its request id (kept when nothing changed). */
  #keepDraft(kind: MessageKind) {
    const fields = this.#fields(kind);
    const draft = nextDraft(
      readDraft(sessionStorage, kind),
      { category: fields.category.value, body: fields.body.value, anonymous: fields.anonymous?.checked ?? false },
      newRequestId,
    );
    try {
      sessionStorage.setItem(draftKey(kind), JSON.stringify(draft));
    } catch {
      // Storage full or switched off: the text is still on screen.
    }
    return draft;
  }

  async #showSession() {
    await showSessionBox(this.querySelector<HTMLElement>('[data-session]')!, this.#server);
  }

  #problem(kind: MessageKind, text: string | undefined) {
    const { problem } = this.#fields(kind);
    problem.textContent = text ?? '';
    problem.hidden = text === undefined;
  }

  async #send(kind: MessageKind) {
    const fields = this.#fields(kind);
    const wrong = messageProblem(kind, fields.category.value, fields.body.value);
    if (wrong) {
      this.#problem(
        kind,
        t(`channel.problem.${wrong}`, {
          min: MESSAGE_MIN_CHARS,
          max: MESSAGE_MAX_CHARS,
          count: charCount(fields.body.value),
        }),
      );
      (wrong === 'category' ? fields.category : fields.body).focus();
      return;
    }
    this.#problem(kind, undefined);
    const draft = this.#keepDraft(kind);
    const token = storedToken(localStorage);
    if (!token) {
      this.#pending = kind;
      this.#openSignIn();
      return;
    }
    const idle = fields.send.textContent ?? '';
    fields.send.disabled = true;
    fields.send.textContent = fields.send.dataset.busyText ?? idle;
    const answer = await callBranch<{ code?: unknown }>(this.#server, 'messages', {
      body: messageRequest(kind, draft),
      token,
    });
    fields.send.disabled = false;
    fields.send.textContent = idle;
    if (answer.ok && typeof answer.data?.code === 'string') {
      this.#sent(kind, answer.data.code);
      return;
    }
    if (!answer.ok && answer.problem.kind === 'signed-out') {
      this.#problem(kind, t('channel.expired'));
      this.#pending = kind;
      void this.#showSession();
      this.#openSignIn();
      return;
    }
    this.#problem(
      kind,
      !answer.ok && answer.problem.kind === 'refused'
        ? t('channel.refused', { message: answer.problem.message })
        : t('channel.unreachable'),
    );
  }

  #sent(kind: MessageKind, code: string) {
    const box = this.#box(kind);
    const fields = this.#fields(kind);
    sessionStorage.removeItem(draftKey(kind));
    fields.form.reset();
    this.#showCount(kind);
    fields.form.hidden = true;
    box.querySelector('[data-code]')!.textContent = code;
    box.querySelector('[data-copy-status]')!.textContent = '';
    box.querySelector<HTMLElement>('[data-sent]')!.hidden = false;
    box.querySelector<HTMLElement>('[data-sent-heading]')!.focus();
  }

  async #copy(kind: MessageKind) {
    const box = this.#box(kind);
    const status = box.querySelector('[data-copy-status]')!;
    const codeElement = box.querySelector<HTMLElement>('[data-code]')!;
    try {
      await navigator.clipboard.writeText(codeElement.textContent ?? '');
      status.textContent = t('channel.copied');
    } catch {
      // WeChat and older browsers may refuse the clipboard: the code is selected for a long press instead.
      getSelection()?.selectAllChildren(codeElement);
      status.textContent = t('channel.copyFailed');
    }
  }

  async #lookUp() {
    const form = this.querySelector<HTMLFormElement>('[data-lookup]')!;
    const input = form.querySelector<HTMLInputElement>('input[name="code"]')!;
    const problem = form.querySelector<HTMLElement>('[data-lookup-problem]')!;
    const result = this.querySelector<HTMLElement>('[data-lookup-result]')!;
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const code = normalizeCode(input.value);
    const tell = (text: string) => {
      problem.textContent = text;
      problem.hidden = false;
      result.hidden = true;
    };
    if (!plausibleCode(code)) {
      tell(t('channel.lookup.invalid'));
      input.focus();
      return;
    }
    problem.hidden = true;
    const idle = submit.textContent ?? '';
    submit.disabled = true;
    submit.textContent = submit.dataset.busyText ?? idle;
    const answer = await callBranch<unknown>(this.#server, `messages/${encodeURIComponent(code)}`);
    submit.disabled = false;
    submit.textContent = idle;
    const state = answer.ok ? readMessageState(answer.data) : undefined;
    if (state) {
      this.#showState(result, state);
      return;
    }
    if (!answer.ok && answer.problem.kind === 'refused' && answer.problem.status === 404)
      tell(t('channel.lookup.notFound'));
    else if (!answer.ok && answer.problem.kind === 'refused') tell(answer.problem.message);
    else tell(t('channel.lookup.unreachable'));
  }

  /** The message's state and replies, written as text nodes (replies are people's words, never markup). */
  #showState(result: HTMLElement, state: MessageState) {
    const line = (tag: string, text: string, className?: string) =>
      Object.assign(document.createElement(tag), { textContent: text, ...(className ? { className } : {}) });
    const date = day(state.sentOn);
    const parts: HTMLElement[] = [
      line('p', t('channel.lookup.summary', { kind: t(`channel.kind.${state.kind}`), category: state.category, date })),
      line('p', t(`channel.status.${state.status}`), 'status-line'),
    ];
    if (state.replies.length === 0) parts.push(line('p', t('channel.lookup.noReply')));
    else {
      const list = document.createElement('ol');
      list.className = 'replies';
      for (const reply of state.replies) {
        const item = document.createElement('li');
        item.append(
          line('strong', t('channel.reply', { date: day(reply.on) })),
          document.createElement('br'),
          reply.text,
        );
        list.append(item);
      }
      parts.push(list);
    }
    result.replaceChildren(...parts);
    result.hidden = false;
  }
}

customElements.define('branch-channel', BranchChannel);
