/**
 * <branch-inbox>: the readers' page of the confidential channel. Asks `me`
 * which kinds the signed-in account may read; a plain member (or a visitor)
 * is told the page is not for them and nothing else is requested. Readers get
 * the list, open one message at a time (the service records the read),
 * reply, and download the CSV (recorded too). Message text is only ever put
 * in as text, never as markup.
 */
import { branchApiUrl, callBranch, newRequestId, storedToken, type BranchResult } from '../../lib/branch/api';
import {
  REPLY_MAX_CHARS,
  charCount,
  readInbox,
  readInboxMessage,
  readableKinds,
  type InboxItem,
  type InboxMessage,
} from '../../lib/branch/channel';
import { civilDateInShanghai, formatCivilDate, isCivilDate } from '../../lib/civil-date';
import { walineServerUrl } from '../../lib/discussion/waline';
import { clientTranslator } from '../../i18n/fill';
import { openSignIn, signOut, wireSignIn } from '../discussion/sign-in-dialog';
import { currentSession, displayName } from './branch-session';

const t = clientTranslator('branch-inbox');
const day = (date: string) => (isCivilDate(date) ? formatCivilDate(date) : date);

class BranchInbox extends HTMLElement {
  #server = '';
  #token = '';
  /** The reader's name, for the replies they write. */
  #name = '';
  #open: InboxMessage | undefined;
  /** The last reply tried, so a retry of the same text reuses its request id. */
  #lastReply: { id: number; text: string; requestId: string } | undefined;
  #dialog: HTMLDialogElement | undefined;
  #unwire: (() => void) | undefined;

  connectedCallback() {
    this.#server = walineServerUrl(this.dataset.server ?? '', window.location.href);
    this.#dialog = this.#part<HTMLDialogElement>('sign-in');
    this.#unwire = wireSignIn(this.#dialog, this.#server, () => void this.#start());
    this.#part('sign-in-open').addEventListener('click', () => this.#openSignIn());
    this.#part('sign-out').addEventListener('click', async () => {
      await signOut(this.#server, storedToken(localStorage));
      void this.#start();
    });
    this.#part('back').addEventListener('click', () => void this.#showList());
    this.#part('csv').addEventListener('click', () => void this.#downloadCsv());
    this.#part<HTMLFormElement>('reply-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#reply();
    });
    void this.#start();
  }

  #openSignIn() {
    if (this.#dialog) openSignIn(this.#dialog);
  }

  disconnectedCallback() {
    this.#unwire?.();
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  #only(...visible: string[]) {
    for (const name of ['status', 'signed-out', 'session', 'not-for-you', 'list-box', 'message', 'problem'])
      this.#part(name).hidden = !visible.includes(name);
  }

  #problem(text: string, ...alsoVisible: string[]) {
    this.#part('problem').textContent = text;
    this.#only('problem', ...alsoVisible);
  }

  async #start() {
    this.#only('status');
    if (!storedToken(localStorage)) {
      this.#only('signed-out');
      return;
    }
    const session = await currentSession(this.#server);
    if (session.kind === 'unreachable') return this.#problem(t('inbox.unreachable'));
    if (session.kind === 'signed-out') return this.#only('signed-out');
    this.#token = session.token;
    this.#name = displayName(session.me);
    this.#part('signed-as').textContent = t('account.signedAs', { name: this.#name });
    if (readableKinds(session.me).length === 0) return this.#only('session', 'not-for-you');
    await this.#showList();
  }

  /** What a refusal or a lost answer means here; a lapsed session sends the reader back to the sign-in. */
  #failed(answer: BranchResult<unknown> & { ok: false }, visible: string[] = ['session']) {
    if (answer.problem.kind === 'signed-out') return this.#only('signed-out');
    if (answer.problem.kind === 'refused' && answer.problem.status === 403) return this.#only('session', 'not-for-you');
    this.#problem(
      answer.problem.kind === 'refused'
        ? t('inbox.problem', { message: answer.problem.message })
        : t('inbox.unreachable'),
      ...visible,
    );
  }

  async #showList() {
    this.#only('session', 'status');
    const answer = await callBranch<unknown>(this.#server, 'inbox', { token: this.#token });
    if (!answer.ok) return this.#failed(answer);
    const items = readInbox(answer.data);
    this.#part('list').replaceChildren(...items.map((item) => this.#item(item)));
    this.#part('list-caption').textContent = t('inbox.list', { count: items.length });
    this.#part('list').hidden = items.length === 0;
    this.#part('empty').hidden = items.length > 0;
    this.#only('session', 'list-box');
  }

  /** One message in the list: a button reading its kind and category, then day, state and sender. */
  #item(item: InboxItem): HTMLLIElement {
    const span = (className: string, text: string) =>
      Object.assign(document.createElement('span'), { className, textContent: text });
    const open = Object.assign(document.createElement('button'), { type: 'button' });
    open.append(
      span('item-title', `${t(`channel.kind.${item.kind}`)} · ${item.category}`),
      span(
        'item-meta',
        [day(item.sentOn), t(`channel.status.${item.status}`), item.sender ?? t('inbox.anonymousSender')].join(' · '),
      ),
    );
    open.addEventListener('click', () => void this.#openMessage(item.id));
    const entry = document.createElement('li');
    entry.append(open);
    return entry;
  }

  async #openMessage(id: number) {
    this.#only('session', 'status');
    const answer = await callBranch<unknown>(this.#server, `inbox/${id}`, { token: this.#token });
    if (!answer.ok) return this.#failed(answer, ['session', 'list-box']);
    const message = readInboxMessage(answer.data);
    if (!message) return this.#problem(t('inbox.unreachable'), 'session', 'list-box');
    this.#open = message;
    this.#part('message-title').textContent = `${t(`channel.kind.${message.kind}`)} · ${message.category}`;
    this.#part('message-body').textContent = message.text;
    this.#showDetails(message);
    this.#part<HTMLFormElement>('reply-form').reset();
    this.#part('reply-problem').hidden = true;
    this.#only('session', 'message');
    this.#part('message-title').focus();
  }

  /** The message's day, sender and state, and its replies. */
  #showDetails(message: InboxMessage) {
    this.#part('message-meta').textContent = [
      day(message.sentOn),
      message.sender ?? t('inbox.anonymousSender'),
      t(`channel.status.${message.status}`),
    ].join(' · ');
    this.#part('replies').replaceChildren(
      ...message.replies.map((reply) => {
        const item = document.createElement('li');
        const when = Object.assign(document.createElement('strong'), {
          textContent: reply.by
            ? t('channel.replyBy', { date: day(reply.on), name: reply.by })
            : t('channel.reply', { date: day(reply.on) }),
        });
        item.append(when, document.createElement('br'), reply.text);
        return item;
      }),
    );
  }

  async #reply() {
    const message = this.#open;
    if (!message) return;
    const form = this.#part<HTMLFormElement>('reply-form');
    const area = form.querySelector<HTMLTextAreaElement>('textarea')!;
    const problem = this.#part('reply-problem');
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const text = area.value.trim();
    const say = (words: string) => {
      problem.textContent = words;
      problem.hidden = false;
    };
    if (text === '') return say(t('inbox.replyEmpty'));
    if (charCount(text) > REPLY_MAX_CHARS)
      return say(t('inbox.replyTooLong', { max: REPLY_MAX_CHARS, count: charCount(text) }));
    const same = this.#lastReply?.id === message.id && this.#lastReply.text === text;
    const requestId = same && this.#lastReply ? this.#lastReply.requestId : newRequestId();
    this.#lastReply = { id: message.id, text, requestId };
    const idle = submit.textContent ?? '';
    submit.disabled = true;
    submit.textContent = submit.dataset.busyText ?? idle;
    const answer = await callBranch<unknown>(this.#server, `inbox/${message.id}/reply`, {
      body: { text, requestId },
      token: this.#token,
    });
    submit.disabled = false;
    submit.textContent = idle;
    if (!answer.ok) {
      if (answer.problem.kind === 'signed-out') return this.#only('signed-out');
      return say(
        t('inbox.replyFailed', {
          message: answer.problem.kind === 'refused' ? answer.problem.message : t('inbox.unreachable'),
        }),
      );
    }
    // Shown from what was sent: opening the message again would record another read.
    this.#lastReply = undefined;
    message.replies.push({ text, on: civilDateInShanghai(new Date()), by: this.#name });
    message.status = 'replied';
    this.#showDetails(message);
    form.reset();
    say(t('inbox.replySent'));
  }

  /** The CSV needs the reader's token, so it is fetched and handed to the browser as a file. */
  async #downloadCsv() {
    let response: Response | undefined;
    try {
      response = await fetch(branchApiUrl(this.#server, 'inbox.csv'), {
        headers: { authorization: `Bearer ${this.#token}` },
        credentials: 'omit',
      });
    } catch {
      response = undefined;
    }
    if (!response?.ok) return this.#problem(t('inbox.unreachable'), 'session', 'list-box');
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: 'branch-messages.csv' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

customElements.define('branch-inbox', BranchInbox);
