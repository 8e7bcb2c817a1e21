/**
 * <branch-submissions>: a member's 思想汇报 and 征文 on the branch service.
 * What the member wrote stays on screen and in this browser (localStorage)
 * until the service has it, so a failed save, a closed tab or a dead battery
 * loses nothing; a retry of the same text carries the same request id, so the
 * service never stores it twice. Saving needs the one sign-in (the dialog
 * opens, then the save goes on).
 */
import { callBranch, newRequestId, storedToken } from '../../lib/branch/api';
import { charCount } from '../../lib/branch/channel';
import {
  PENDING_KEY,
  SUBMISSION_LIMITS,
  editable,
  nextPending,
  openContests,
  readPending,
  readSubmission,
  readSubmissions,
  saveRequest,
  submissionProblem,
  type OpenContest,
  type PendingSubmission,
  type Submission,
  type SubmissionFields,
  type SubmissionKind,
} from '../../lib/branch/submissions';
import { civilDateInShanghai, formatCivilDate, isCivilDate } from '../../lib/civil-date';
import { walineServerUrl } from '../../lib/discussion/waline';
import { clientTranslator } from '../../i18n/fill';
import { openSignIn, signOut, wireSignIn } from '../discussion/sign-in-dialog';
import { showSessionBox } from './branch-session';

const t = clientTranslator('branch-submissions');

class BranchSubmissions extends HTMLElement {
  #server = '';
  /** The piece being edited (its id on the service), null for a new one. */
  #id: number | null = null;
  /** The action waiting for the sign-in dialog: it goes on as soon as the member is signed in. */
  #pending: boolean | undefined;
  #dialog: HTMLDialogElement | undefined;
  #unwire: (() => void) | undefined;
  #mine: Submission[] = [];

  connectedCallback() {
    this.#server = walineServerUrl(this.dataset.server ?? '', window.location.href);
    this.#dialog = this.querySelector<HTMLDialogElement>('[data-sign-in]')!;
    this.#unwire = wireSignIn(this.#dialog, this.#server, () => {
      void this.#refresh();
      const submit = this.#pending;
      this.#pending = undefined;
      if (submit !== undefined) void this.#save(submit);
    });
    this.#fillContests();
    const form = this.#form();
    form.addEventListener('input', () => this.#changed());
    form.addEventListener('change', () => this.#changed());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const button = (event as SubmitEvent).submitter as HTMLButtonElement | null;
      void this.#save(button?.value === 'submit');
    });
    this.querySelector('[data-new]')!.addEventListener('click', () => this.#load(undefined));
    this.querySelector('[data-sign-in-open]')!.addEventListener('click', () => this.#openSignIn());
    this.querySelector('[data-sign-out]')!.addEventListener('click', async () => {
      await signOut(this.#server, storedToken(localStorage));
      // On a shared phone the next person must not find this member's text: it is on the service, or given up.
      this.#load(undefined, false);
      void this.#refresh();
    });
    // Text that did not reach the service last time comes back first.
    const kept = readPending(localStorage);
    if (kept) {
      this.#id = kept.id;
      this.#write(kept);
      this.#say('done', t('submission.restored'));
    }
    this.#showKind();
    this.#showCount();
    form.hidden = false;
    void this.#refresh();
  }

  disconnectedCallback() {
    this.#unwire?.();
  }

  #openSignIn() {
    if (this.#dialog) openSignIn(this.#dialog);
  }

  #form() {
    return this.querySelector<HTMLFormElement>('[data-form]')!;
  }

  #field<T extends HTMLElement = HTMLInputElement>(name: string) {
    return this.#form().querySelector<T>(`[name="${name}"]`)!;
  }

  #fillContests() {
    const all = JSON.parse(this.dataset.contests ?? '[]') as OpenContest[];
    const open = openContests(all, civilDateInShanghai(new Date()));
    const select = this.#field<HTMLSelectElement>('contest');
    for (const contest of open) select.append(new Option(contest.title, contest.id));
    this.querySelector<HTMLElement>('[data-no-contest]')!.hidden = open.length > 0;
  }

  #kind(): SubmissionKind {
    return this.#form().querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value === 'essay'
      ? 'essay'
      : 'report';
  }

  #read(): SubmissionFields {
    return {
      kind: this.#kind(),
      title: this.#field('title').value,
      byline: this.#field<HTMLSelectElement>('byline').value,
      stage: this.#field<HTMLSelectElement>('stage').value,
      contest: this.#field<HTMLSelectElement>('contest').value,
      text: this.#field<HTMLTextAreaElement>('text').value,
    };
  }

  #write(fields: SubmissionFields) {
    for (const radio of this.#form().querySelectorAll<HTMLInputElement>('input[name="kind"]'))
      radio.checked = radio.value === fields.kind;
    this.#field('title').value = fields.title;
    const byline = this.#field<HTMLSelectElement>('byline');
    if (fields.byline) byline.value = fields.byline;
    this.#field<HTMLSelectElement>('stage').value = fields.stage;
    this.#field<HTMLSelectElement>('contest').value = fields.contest;
    this.#field<HTMLTextAreaElement>('text').value = fields.text;
    this.#showKind();
    this.#showCount();
  }

  #showKind() {
    const kind = this.#kind();
    for (const part of this.querySelectorAll<HTMLElement>('[data-for]')) part.hidden = part.dataset.for !== kind;
  }

  #showCount() {
    this.querySelector('[data-count]')!.textContent = t('submission.count', {
      count: charCount(this.#field<HTMLTextAreaElement>('text').value),
      max: SUBMISSION_LIMITS.body,
    });
  }

  /** Keeps what is on screen in the browser, with the request id of the next save (kept while nothing changes). */
  #keep(submit: boolean): PendingSubmission {
    const pending = nextPending(readPending(localStorage), { ...this.#read(), id: this.#id, submit }, newRequestId);
    try {
      localStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    } catch {
      // Storage full or switched off: the text is still on screen.
    }
    return pending;
  }

  #changed() {
    this.#showKind();
    this.#showCount();
    this.#keep(false);
    this.#say('done', '');
  }

  #say(where: 'problem' | 'done', text: string) {
    const problem = this.querySelector<HTMLElement>('[data-problem]')!;
    const done = this.querySelector<HTMLElement>('[data-done]')!;
    if (where === 'problem') {
      problem.textContent = text;
      problem.hidden = text === '';
      if (text) done.textContent = '';
    } else {
      done.textContent = text;
      if (text) problem.hidden = true;
    }
  }

  async #save(submit: boolean) {
    const fields = this.#read();
    const wrong = submissionProblem(fields, submit);
    if (wrong) {
      const long = wrong === 'title-long' ? fields.title : fields.text;
      this.#say(
        'problem',
        t(`submission.problem.${wrong}`, {
          count: charCount(long),
          max: wrong === 'title-long' ? SUBMISSION_LIMITS.title : SUBMISSION_LIMITS.body,
        }),
      );
      return;
    }
    this.#say('problem', '');
    const pending = this.#keep(submit);
    const token = storedToken(localStorage);
    if (!token) {
      this.#pending = submit;
      this.#openSignIn();
      return;
    }
    const buttons = [...this.#form().querySelectorAll<HTMLButtonElement>('button')];
    const pressed = this.querySelector<HTMLButtonElement>(submit ? '[data-submit]' : '[data-save]')!;
    const idle = pressed.textContent ?? '';
    for (const button of buttons) button.disabled = true;
    pressed.textContent = t('submission.busy');
    const answer = await callBranch<unknown>(this.#server, 'submissions', { body: saveRequest(pending), token });
    for (const button of buttons) button.disabled = false;
    pressed.textContent = idle;
    const saved = answer.ok ? readSubmission(answer.data) : undefined;
    if (saved) {
      localStorage.removeItem(PENDING_KEY);
      this.#say('done', t(saved.status === 'submitted' ? 'submission.submitted' : 'submission.saved'));
      if (saved.status === 'submitted') this.#load(undefined, false);
      else this.#id = saved.id;
      // Also shows who is signed in where the page loaded while the service was away.
      void this.#refresh();
      return;
    }
    if (!answer.ok && answer.problem.kind === 'signed-out') {
      this.#say('problem', t('submission.expired'));
      this.#pending = submit;
      void this.#refresh();
      this.#openSignIn();
      return;
    }
    this.#say(
      'problem',
      !answer.ok && answer.problem.kind === 'refused'
        ? t('submission.refused', { message: answer.problem.message })
        : t('submission.unreachable'),
    );
  }

  /** Puts a piece (or a blank one) in the form. */
  #load(piece: Submission | undefined, focus = true) {
    this.#id = piece?.id ?? null;
    // A new piece keeps the kind, stage and 署名方式 chosen so far.
    const current = this.#read();
    this.#form().reset();
    if (piece) this.#write(piece);
    else {
      this.#write({ ...current, title: '', contest: '', text: '' });
      this.#say('problem', '');
    }
    localStorage.removeItem(PENDING_KEY);
    if (focus) this.querySelector<HTMLElement>('#submission-form-heading')!.focus();
  }

  async #refresh() {
    const session = await showSessionBox(this.querySelector<HTMLElement>('[data-session]')!, this.#server);
    if (session.kind === 'signed-in') {
      // A new piece starts at the stage the archive records.
      const stage = (session.me as { member?: { stage?: unknown } | null }).member?.stage;
      const select = this.#field<HTMLSelectElement>('stage');
      if (!select.value && typeof stage === 'string') select.value = stage;
      await this.#showMine();
    } else this.querySelector<HTMLElement>('[data-mine-box]')!.hidden = true;
  }

  async #showMine() {
    const token = storedToken(localStorage);
    if (!token) return;
    const answer = await callBranch<unknown>(this.#server, 'submissions', { token });
    const box = this.querySelector<HTMLElement>('[data-mine-box]')!;
    box.hidden = false;
    this.#mine = answer.ok ? readSubmissions(answer.data) : [];
    box.querySelector<HTMLElement>('[data-mine-unreachable]')!.hidden = answer.ok;
    box.querySelector<HTMLElement>('[data-mine-empty]')!.hidden = !answer.ok || this.#mine.length > 0;
    box.querySelector('[data-mine]')!.replaceChildren(...this.#mine.map((piece) => this.#item(piece)));
  }

  /** One of the member's pieces, written as text nodes (the editor's note is someone's words, never markup). */
  #item(piece: Submission) {
    const item = document.createElement('li');
    const date = piece.submittedOn ?? piece.updatedAt.slice(0, 10);
    item.append(
      Object.assign(document.createElement('strong'), { textContent: piece.title || t('submission.untitled') }),
      document.createElement('br'),
      t('submission.line', {
        kind: t(`submission.kind.${piece.kind}`),
        status: t(`submission.status.${piece.status}`),
        date: isCivilDate(date) ? formatCivilDate(date) : date,
      }),
    );
    if (piece.status === 'returned' && piece.note) {
      const note = Object.assign(document.createElement('p'), { className: 'note' });
      note.append(t('submission.note'), piece.note);
      item.append(note);
    }
    if (editable(piece)) {
      const edit = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'button',
        textContent: t('submission.edit'),
      });
      edit.setAttribute('aria-label', `${t('submission.edit')}：${piece.title || t('submission.untitled')}`);
      edit.addEventListener('click', () => this.#load(piece));
      item.append(document.createElement('br'), edit);
    }
    return item;
  }
}

customElements.define('branch-submissions', BranchSubmissions);
