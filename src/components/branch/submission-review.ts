/**
 * <submission-review>: the 待审稿件 panel on the CMS page. Lists what waits
 * (`review`), opens one as a new CMS entry with its fields filled (the CMS's
 * own save then takes it: admin/submission-review.ts), or returns it with a
 * note. Every item is written as text nodes: titles are members' words.
 */
import { callBranch, newRequestId, storedToken } from '../../lib/branch/api';
import {
  OPENING_KEY,
  collectionOf,
  newEntryHash,
  readEntryFields,
  readWaiting,
  type Opening,
  type WaitingSubmission,
} from '../../lib/branch/review';
import { formatCivilDate, isCivilDate } from '../../lib/civil-date';
import { walineServerUrl } from '../../lib/discussion/waline';
import { clientTranslator } from '../../i18n/fill';
import { openSignIn, wireSignIn } from '../discussion/sign-in-dialog';

const t = clientTranslator('submission-review');

class SubmissionReview extends HTMLElement {
  #server = '';
  #panel!: HTMLDialogElement;
  #signIn!: HTMLDialogElement;

  connectedCallback() {
    this.#server = walineServerUrl(this.dataset.server ?? '', window.location.href);
    this.#panel = this.querySelector<HTMLDialogElement>('[data-panel]')!;
    this.#signIn = this.querySelector<HTMLDialogElement>('[data-sign-in]')!;
    wireSignIn(this.#signIn, this.#server, () => void this.#list());
    this.querySelector('[data-toggle]')!.addEventListener('click', () => {
      this.#panel.showModal();
      void this.#list();
    });
    this.querySelector('[data-close]')!.addEventListener('click', () => this.#panel.close());
    this.querySelector('[data-sign-in-open]')!.addEventListener('click', () => openSignIn(this.#signIn));
    this.addEventListener('submission-taken', () => void this.#list());
    void this.#list();
  }

  #say(text: string) {
    const problem = this.querySelector<HTMLElement>('[data-problem]')!;
    problem.textContent = text;
    problem.hidden = text === '';
  }

  async #list() {
    const token = storedToken(localStorage);
    const signedOut = this.querySelector<HTMLElement>('[data-signed-out]')!;
    const list = this.querySelector<HTMLElement>('[data-list]')!;
    signedOut.hidden = token !== undefined;
    list.replaceChildren();
    this.#say('');
    if (!token) return;
    const answer = await callBranch<unknown>(this.#server, 'review', { token });
    if (!answer.ok) {
      if (answer.problem.kind === 'signed-out') signedOut.hidden = false;
      else this.#say(answer.problem.kind === 'refused' ? t('review.notEditor') : t('review.unreachable'));
      return;
    }
    const waiting = readWaiting(answer.data);
    const toggle = this.querySelector<HTMLElement>('[data-toggle]')!;
    toggle.textContent = waiting.length ? t('review.openCount', { count: waiting.length }) : t('review.open');
    this.querySelector('[data-status]')!.textContent = waiting.length ? '' : t('review.empty');
    list.replaceChildren(...waiting.map((item) => this.#item(item, token)));
  }

  #item(item: WaitingSubmission, token: string) {
    const li = document.createElement('li');
    const button = (text: string, primary = false) =>
      Object.assign(document.createElement('button'), {
        type: 'button',
        className: primary ? 'button primary' : 'button',
        textContent: text,
      });
    const edit = button(t('review.edit'), true);
    edit.setAttribute('aria-label', `${t('review.edit')}：${item.title}`);
    edit.addEventListener('click', () => void this.#open(item, token));
    const back = button(t('review.return'));
    back.setAttribute('aria-label', `${t('review.return')}：${item.title}`);
    back.addEventListener('click', () => this.#returnForm(li, item, token));
    li.append(
      Object.assign(document.createElement('strong'), { textContent: item.title }),
      document.createElement('br'),
      t('review.line', {
        kind: t(`submission.kind.${item.kind}`),
        author: item.author,
        date: isCivilDate(item.submittedOn) ? formatCivilDate(item.submittedOn) : item.submittedOn,
      }),
      document.createElement('br'),
      edit,
      back,
    );
    return li;
  }

  async #open(item: WaitingSubmission, token: string) {
    const answer = await callBranch<unknown>(this.#server, `review/${item.id}`, { token });
    const entry = answer.ok ? readEntryFields(answer.data) : undefined;
    if (!entry) {
      this.#say(!answer.ok && answer.problem.kind === 'refused' ? answer.problem.message : t('review.unreachable'));
      return;
    }
    const collection = collectionOf(entry.kind);
    const opening: Opening = { id: item.id, collection, fields: Object.keys(entry.fields) };
    sessionStorage.setItem(OPENING_KEY, JSON.stringify(opening));
    this.#panel.close();
    location.hash = newEntryHash(collection, entry.fields);
  }

  #returnForm(li: HTMLElement, item: WaitingSubmission, token: string) {
    if (li.querySelector('form')) return;
    const form = document.createElement('form');
    const id = `review-note-${item.id}`;
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: t('review.note') });
    const note = Object.assign(document.createElement('textarea'), { id, rows: 4, required: true });
    const send = Object.assign(document.createElement('button'), {
      type: 'submit',
      className: 'button primary',
      textContent: t('review.sendBack'),
    });
    const requestId = newRequestId();
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      send.disabled = true;
      const answer = await callBranch<unknown>(this.#server, `review/${item.id}/return`, {
        body: { note: note.value, requestId },
        token,
      });
      send.disabled = false;
      if (answer.ok) {
        this.querySelector('[data-status]')!.textContent = t('review.returned');
        void this.#list();
      } else
        this.#say(
          answer.problem.kind === 'refused'
            ? t('review.failed', { message: answer.problem.message })
            : t('review.unreachable'),
        );
    });
    form.append(label, note, send);
    li.append(form);
    note.focus();
  }
}

customElements.define('submission-review', SubmissionReview);
