/**
 * <branch-ballot>: a secret ballot or 民主评议 on the branch service
 * (BranchBallot.astro). Asks the service where the ballot stands and what
 * this member may do, shows one part (sign in, the form, voted, results),
 * keeps the choices in the tab (sessionStorage) until the service has them,
 * retries with the same request id, keeps the receipt (localStorage) and
 * checks it against the published list after closing.
 */
import { branchApiUrl, callBranch, newRequestId, storedToken, type BranchProblem } from '../../lib/branch/api';
import {
  checkReceipt,
  draftKey,
  readBallotState,
  readCast,
  readDraft,
  readKeptReceipt,
  readResults,
  receiptKey,
  requestIdFor,
  type BallotResults,
  type BallotState,
  type Draft,
  type KeptReceipt,
} from '../../lib/branch/ballot-answers';
import {
  answerProblem,
  ballotScreen,
  checkReview,
  gradeCounts,
  gradesFor,
  type Answers,
  type BallotScreen,
  type Candidate,
} from '../../lib/branch/ballot-form';
import type { BallotDefinition, BallotQuestion, ReviewDefinition } from '../../lib/branch/ballots';
import { newSalt, reviewFingerprint } from '../../lib/branch/fingerprint';
import { fill } from '../../i18n/fill';
import { BranchServiceElement } from './branch-element';
import { openSignIn, signedInName, signOut } from '../discussion/sign-in-dialog';

const PARTS: readonly (BallotScreen | 'receipt')[] = [
  'upcoming',
  'sign-in',
  'not-eligible',
  'form',
  'voted',
  'results',
  'receipt',
];

/** sessionStorage and localStorage, or nothing when the browser refuses them (private mode, full). */
function store(kind: 'session' | 'local'): Storage | undefined {
  try {
    return kind === 'session' ? sessionStorage : localStorage;
  } catch {
    return undefined;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

class BranchBallot extends BranchServiceElement {
  #ballot!: BallotDefinition;
  #state: BallotState | undefined;
  /** Changing a cast ballot (changeable ballots, receipt kept here). */
  #changing = false;
  #candidates: Candidate[] = [];
  #grades: Record<string, string> = {};
  #index = 0;
  #sending = false;

  connectedCallback() {
    this.#ballot = JSON.parse(this.querySelector('[data-ballot]')!.textContent ?? '{}') as BallotDefinition;
    this.connectService(() => void this.#load());
    this.on('[data-sign-out]', 'click', () => void this.#signOut());
    this.on('[data-start-change]', 'click', () => {
      this.#changing = true;
      this.#show('form');
      this.#startForm();
    });
    this.on('[data-find]', 'input', () => this.#filterReceipts());
    this.on('[data-download-report]', 'click', () => void this.#downloadReport());
    if (this.#ballot.kind === 'poll') this.#wirePoll();
    else this.#wireReview();
    void this.#load();
  }

  /** A `ballot.` string (or, with its prefix, an `account.` one). */
  #t(key: string, vars?: Record<string, string | number>) {
    const full = key.startsWith('account.') ? key : `ballot.${key}`;
    return fill(this.strings[full] ?? key, vars);
  }

  #show(part: (typeof PARTS)[number] | undefined) {
    for (const name of PARTS)
      for (const node of this.querySelectorAll<HTMLElement>(`[data-part="${name}"]`)) node.hidden = name !== part;
  }

  #problem(text: string | undefined) {
    const box = this.q('[data-problem]');
    box.hidden = text === undefined;
    this.q('[data-problem-text]').textContent = text ?? '';
  }

  get #token() {
    const local = store('local');
    return local ? storedToken(local) : undefined;
  }

  get #draft(): Draft | undefined {
    return readDraft(store('session')?.getItem(draftKey(this.#ballot.id)) ?? null);
  }

  #saveDraft(draft: Draft | undefined) {
    const session = store('session');
    if (!session) return;
    if (draft) session.setItem(draftKey(this.#ballot.id), JSON.stringify(draft));
    else session.removeItem(draftKey(this.#ballot.id));
  }

  get #kept(): KeptReceipt | undefined {
    return readKeptReceipt(store('local')?.getItem(receiptKey(this.#ballot.id)) ?? null);
  }

  /** Asks the service where the ballot stands for this member, and shows that part. */
  async #load() {
    const status = this.q('[data-status]');
    status.textContent = this.#t('loading');
    this.#problem(undefined);
    let token = this.#token;
    let answer = await callBranch<unknown>(this.server, `ballots/${this.#ballot.id}`, {
      token,
      timeoutMs: this.timeout,
    });
    if (!answer.ok && answer.problem.kind === 'signed-out') {
      // The session ended (expired, or signed out elsewhere): the ballot still shows, signed out.
      token = undefined;
      answer = await callBranch<unknown>(this.server, `ballots/${this.#ballot.id}`, { timeoutMs: this.timeout });
    }
    const state = answer.ok ? readBallotState(answer.data) : undefined;
    this.#showAccount(token);
    if (!state) {
      status.textContent = '';
      this.#problem(this.#t('unreadable'));
      // A form being filled stays on screen: only its sending needs the service.
      if (!this.q('[data-part="form"]').hidden) return;
      this.#show(undefined);
      return;
    }
    this.#state = state;
    status.textContent = state.turnout && state.status !== 'upcoming' ? this.#t('turnout', state.turnout) : '';
    const screen = ballotScreen(state, token !== undefined, this.#changing);
    this.#show(screen);
    if (screen === 'results') await this.#loadResults();
    if (screen === 'form') this.#startForm();
    if (screen === 'not-eligible')
      this.q('[data-not-eligible]').textContent = this.#t(
        state.me?.reason === 'not-member' ? 'notMember' : 'notOnRoll',
      );
    if (screen === 'voted') this.#showVoted();
  }

  #showAccount(token: string | undefined) {
    const name = token ? signedInName() : undefined;
    this.q('[data-account]').hidden = token === undefined;
    this.q('[data-account-name]').textContent = name
      ? this.#t('account.signedInAs', { name })
      : this.#t('account.signedIn');
  }

  async #signOut() {
    await signOut(this.server, this.#token);
    this.#changing = false;
    // signOut's 'storage' event reloads the ballot signed out.
  }

  #showVoted() {
    const kept = this.#kept;
    const line = this.q('[data-voted-receipt]');
    line.hidden = !kept;
    if (kept) line.querySelector('[data-code]')!.textContent = kept.receipt;
    this.q('[data-change]').hidden = !(this.#ballot.changeable && kept?.changeKey);
  }

  #startForm() {
    if (this.#ballot.kind === 'poll') this.#restorePoll();
    else this.#startReview();
    const submit = this.q<HTMLButtonElement>('[data-part="form"] [data-submit]');
    if (this.#changing) submit.textContent = submit.dataset.changeText ?? submit.textContent;
  }

  // —— A poll: questions with their limits ——

  get #questions(): BallotQuestion[] {
    return this.#ballot.kind === 'poll' ? this.#ballot.questions : [];
  }

  #pollAnswers(): Answers {
    const form = this.q<HTMLFormElement>('form[data-part="form"]');
    const fields = new FormData(form);
    return Object.fromEntries(this.#questions.map((q) => [q.id, fields.getAll(q.id).map(String)]));
  }

  #wirePoll() {
    const form = this.q<HTMLFormElement>('form[data-part="form"]');
    const keep = () => {
      const draft = this.#draft;
      this.#saveDraft({
        requestId: draft?.requestId ?? newRequestId(),
        sent: draft?.sent,
        answers: this.#pollAnswers(),
      });
      this.q('[data-form-problem]').hidden = true;
    };
    form.addEventListener('change', keep);
    const submit = (event: Event) => {
      event.preventDefault();
      void this.#sendPoll();
    };
    form.addEventListener('submit', submit);
    this.cleanup.push(() => {
      form.removeEventListener('change', keep);
      form.removeEventListener('submit', submit);
    });
  }

  /** The choices kept in this tab (or, when changing, those cast), back in the form. */
  #restorePoll() {
    const answers = this.#draft?.answers ?? (this.#changing ? this.#kept?.answers : undefined);
    if (!answers) return;
    for (const input of this.querySelectorAll<HTMLInputElement>('form[data-part="form"] input'))
      input.checked = (answers[input.name] ?? []).includes(input.value);
  }

  async #sendPoll() {
    const answers = this.#pollAnswers();
    const problem = answerProblem(this.#questions, answers);
    if (problem) {
      const question = this.#questions.find((q) => q.id === problem.question)!;
      const rule =
        problem.min === problem.max ? this.#t('multipleExact', { count: problem.min }) : this.#t('multiple', problem);
      this.#formProblem(this.#t(problem.kind === 'too-few' ? 'tooFew' : 'tooMany', { question: question.text, rule }));
      this.q(`[data-question="${question.id}"] input`).focus();
      return;
    }
    const payload = JSON.stringify(answers);
    const draft = this.#draft;
    const requestId = requestIdFor(draft, payload, newRequestId);
    this.#saveDraft({ requestId, sent: payload, answers });
    const kept = this.#changing ? this.#kept : undefined;
    const body = {
      answers,
      requestId,
      ...(kept?.changeKey ? { receipt: kept.receipt, changeKey: kept.changeKey } : {}),
    };
    await this.#cast(body, async (cast) => ({
      receipt: cast.receipt,
      changeKey: cast.changeKey ?? kept?.changeKey,
      answers,
    }));
  }

  // —— 民主评议: one member per screen, then a check of all grades ——

  get #review(): ReviewDefinition | undefined {
    return this.#ballot.kind === 'review' ? this.#ballot.review : undefined;
  }

  #wireReview() {
    this.on('[data-grade]', 'click', (event) => this.#grade((event.currentTarget as HTMLElement).dataset.grade!));
    this.on('[data-prev]', 'click', () => this.#go(this.#index - 1));
    this.on('[data-next]', 'click', () => this.#go(this.#index + 1));
    this.on('[data-to-check]', 'click', () => this.#showCheck());
    this.on('[data-review-check] [data-submit]', 'click', () => void this.#sendReview());
  }

  #startReview() {
    this.#candidates = this.#state?.candidates ?? [];
    const none = this.#candidates.length === 0;
    this.q('[data-no-candidates]').hidden = !none;
    this.q('[data-review-screen]').hidden = none;
    this.q('[data-review-check]').hidden = true;
    if (none) return;
    this.#grades = gradesFor(this.#candidates, this.#draft?.grades ?? {});
    const first = this.#candidates.findIndex((c) => this.#grades[c.memberId] === undefined);
    this.#go(first < 0 ? 0 : first, false);
  }

  #go(index: number, focus = true) {
    if (index >= this.#candidates.length) {
      this.#showCheck();
      return;
    }
    this.#index = Math.max(0, index);
    const candidate = this.#candidates[this.#index]!;
    const total = this.#candidates.length;
    this.q('[data-review-screen]').hidden = false;
    this.q('[data-review-check]').hidden = true;
    this.q('[data-progress]').textContent = this.#t('progress', { n: this.#index + 1, total });
    const bar = this.q<HTMLProgressElement>('[data-progress-bar]');
    bar.max = total;
    bar.value = Object.keys(this.#grades).length;
    const heading = this.q('[data-candidate]');
    heading.textContent = candidate.name;
    this.q('[data-grades]').setAttribute('aria-label', this.#t('gradeFor', { name: candidate.name }));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]'))
      button.setAttribute('aria-pressed', String(button.dataset.grade === this.#grades[candidate.memberId]));
    this.q<HTMLButtonElement>('[data-prev]').disabled = this.#index === 0;
    this.q('[data-grade-problem]').hidden = true;
    this.#excellentLine();
    if (focus) heading.focus();
  }

  #excellentLine() {
    const review = this.#review!;
    const check = checkReview(this.#candidates, this.#grades, review);
    this.q('[data-excellent-count]').textContent = this.#t('excellentCount', {
      excellent: review.excellent,
      given: check.excellentGiven,
      limit: check.excellentLimit,
    });
  }

  #grade(grade: string) {
    const review = this.#review!;
    const candidate = this.#candidates[this.#index]!;
    const others = { ...this.#grades };
    delete others[candidate.memberId];
    const check = checkReview(this.#candidates, others, review);
    if (grade === review.excellent && check.excellentGiven >= check.excellentLimit) {
      const problem = this.q('[data-grade-problem]');
      problem.textContent = this.#t('excellentFull', {
        excellent: review.excellent,
        limit: check.excellentLimit,
      });
      problem.hidden = false;
      return;
    }
    this.#grades = { ...others, [candidate.memberId]: grade };
    const draft = this.#draft;
    this.#saveDraft({
      requestId: draft?.requestId ?? newRequestId(),
      sent: draft?.sent,
      salt: draft?.salt,
      grades: this.#grades,
    });
    // The next member follows, so a member grades the list with one tap each.
    this.#go(this.#index + 1);
  }

  #showCheck() {
    const review = this.#review!;
    this.q('[data-review-screen]').hidden = true;
    const panel = this.q('[data-review-check]');
    panel.hidden = false;
    this.q('[data-check-intro]').textContent = this.#t('checkIntro', {
      change: this.#t(this.#ballot.changeable ? 'checkChangeable' : 'checkFinal'),
    });
    const list = this.q('[data-check-list]');
    list.replaceChildren(
      ...this.#candidates.map((candidate, i) => {
        const item = element('li');
        const row = element('span', undefined, 'row');
        const grade = this.#grades[candidate.memberId];
        const name = element('span', candidate.name);
        const given = element('span', grade ?? this.#t('notGraded'), grade ? 'given' : 'missing');
        const edit = element('button', this.#t('edit'), 'link-button');
        edit.type = 'button';
        edit.setAttribute('aria-label', `${this.#t('edit')} ${candidate.name}`);
        edit.addEventListener('click', () => this.#go(i));
        row.append(name, given, edit);
        item.append(row);
        return item;
      }),
    );
    const check = checkReview(this.#candidates, this.#grades, review);
    const counts = gradeCounts(gradesFor(this.#candidates, this.#grades), review.grades);
    this.q('[data-check-count]').textContent = review.grades.map((g) => `${g} ${counts[g] ?? 0}`).join('，');
    this.#formProblem(
      check.missing.length > 0
        ? this.#t('missingGrades', { count: check.missing.length, names: check.missing.map((c) => c.name).join('、') })
        : undefined,
    );
    this.q('[data-check-heading]').focus();
  }

  async #sendReview() {
    const review = this.#review!;
    const grades = gradesFor(this.#candidates, this.#grades);
    const check = checkReview(this.#candidates, grades, review);
    if (check.missing.length > 0) {
      this.#showCheck();
      return;
    }
    if (check.excellentGiven > check.excellentLimit) {
      this.#formProblem(this.#t('excellentFull', { excellent: review.excellent, limit: check.excellentLimit }));
      return;
    }
    const payload = JSON.stringify(grades);
    const draft = this.#draft;
    const requestId = requestIdFor(draft, payload, newRequestId);
    const salt = draft?.salt ?? newSalt();
    this.#saveDraft({ requestId, sent: payload, salt, grades });
    const kept = this.#changing ? this.#kept : undefined;
    const body = {
      grades,
      salt,
      requestId,
      ...(kept?.changeKey ? { receipt: kept.receipt, changeKey: kept.changeKey } : {}),
    };
    await this.#cast(body, async (cast) => ({
      receipt: cast.receipt,
      changeKey: cast.changeKey ?? kept?.changeKey,
      // Computed here from what was sent: the service's copy must match it, in the answer and in the results.
      fingerprint: await reviewFingerprint(salt, grades),
      gradeCounts: gradeCounts(grades, review.grades),
    }));
  }

  // —— Sending, the receipt, and the results ——

  #formProblem(text: string | undefined) {
    const part = this.querySelector<HTMLElement>('[data-part="form"]:not([hidden])') ?? this;
    for (const node of part.querySelectorAll<HTMLElement>('[data-form-problem]')) {
      node.textContent = text ?? '';
      node.hidden = text === undefined;
    }
  }

  #problemText(problem: BranchProblem): string {
    if (problem.kind === 'unreachable') return this.#t('unreachable');
    if (problem.kind === 'signed-out') return this.#t('signedOutNow');
    return this.#t('refused', { message: problem.message });
  }

  async #cast(
    body: object,
    keep: (cast: { receipt: string; changeKey?: string; fingerprint?: string }) => Promise<KeptReceipt>,
  ) {
    if (this.#sending) return;
    this.#sending = true;
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-part="form"] [data-submit]')];
    const idle = buttons.map((b) => b.textContent ?? '');
    for (const button of buttons) {
      button.disabled = true;
      button.textContent = this.#t('sending');
    }
    this.#formProblem(undefined);
    const answer = await callBranch<unknown>(this.server, `ballots/${this.#ballot.id}/cast`, {
      body,
      token: this.#token,
      timeoutMs: this.timeout,
    });
    this.#sending = false;
    buttons.forEach((button, i) => {
      button.disabled = false;
      button.textContent = idle[i]!;
    });
    const cast = answer.ok ? readCast(answer.data) : undefined;
    if (!cast) {
      const problem: BranchProblem = answer.ok ? { kind: 'unreachable' } : answer.problem;
      this.#formProblem(this.#problemText(problem));
      // The choices stay: the button now says so, and the same request id goes again. A 503 is the service
      // saying its database is away (the choices stay there too).
      const retry = problem.kind === 'unreachable' || (problem.kind === 'refused' && problem.status === 503);
      if (retry) for (const button of buttons) button.textContent = this.#t('retry');
      if (problem.kind === 'signed-out') openSignIn(this.q<HTMLDialogElement>('[data-sign-in]'));
      return;
    }
    const kept = await keep(cast);
    store('local')?.setItem(receiptKey(this.#ballot.id), JSON.stringify(kept));
    this.#saveDraft(undefined);
    this.#changing = false;
    this.#showReceipt(kept, cast.fingerprint);
  }

  #showReceipt(kept: KeptReceipt, serviceFingerprint: string | undefined) {
    this.#show('receipt');
    const part = this.q('[data-part="receipt"]');
    part.querySelector('[data-code]')!.textContent = kept.receipt;
    const review = kept.fingerprint !== undefined;
    this.q('[data-fingerprint-line]').hidden = !review;
    this.q('[data-fingerprint-explain]').hidden = !review;
    this.q('[data-fingerprint]').textContent = kept.fingerprint ?? '';
    this.q('[data-change-note]').hidden = !kept.changeKey;
    if (review && serviceFingerprint !== undefined && serviceFingerprint !== kept.fingerprint)
      this.#problem(this.#t('different', { receipt: kept.receipt }));
    part.focus();
    // The turnout now counts this ballot.
    void callBranch<unknown>(this.server, `ballots/${this.#ballot.id}`, { timeoutMs: this.timeout }).then((answer) => {
      const state = answer.ok ? readBallotState(answer.data) : undefined;
      if (state?.turnout) this.q('[data-status]').textContent = this.#t('turnout', state.turnout);
    });
  }

  async #loadResults() {
    const answer = await callBranch<unknown>(this.server, `ballots/${this.#ballot.id}/results`, {
      timeoutMs: this.timeout,
    });
    const results = answer.ok ? readResults(answer.data) : undefined;
    if (!results) {
      this.#show(undefined);
      this.#problem(this.#t('resultsUnreadable'));
      return;
    }
    this.q('[data-status]').textContent = '';
    this.q('[data-results-summary]').textContent = this.#t('resultsSummary', {
      eligible: results.eligible,
      cast: results.cast,
    });
    this.q('[data-results-body]').replaceChildren(...this.#resultTables(results));
    this.q('[data-receipts-summary]').textContent = this.#t('receiptsSummary', { count: results.ballots.length });
    this.q('[data-receipts]').replaceChildren(...this.#receiptRows(results));
    const kept = this.#kept;
    this.q('[data-check]').textContent = kept
      ? this.#t(checkReceipt(results, kept), { receipt: kept.receipt })
      : this.#t('noKept');
    await this.#offerReport();
  }

  // —— The secretary's report (administrators only: the service refuses everyone else) ——

  async #offerReport() {
    const token = storedToken(localStorage);
    if (!token) return;
    const me = await callBranch<{ admin?: unknown }>(this.server, 'me', { token, timeoutMs: this.timeout });
    this.q('[data-report]').hidden = !(me.ok && me.data.admin === true);
  }

  /** Fetched with the session (a link could not carry it) and saved as the file the service names. */
  async #downloadReport() {
    const token = storedToken(localStorage);
    try {
      const response = await fetch(branchApiUrl(this.server, `ballots/${this.#ballot.id}/report?format=csv`), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        credentials: 'omit',
        signal: AbortSignal.timeout(this.timeout),
      });
      if (!response.ok) throw new Error(String(response.status));
      const link = element('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = `ballot-${this.#ballot.id}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch {
      this.#problem(this.#t('reportFailed'));
    }
  }

  #table(caption: string | undefined, header: string[], rows: string[][]) {
    const table = element('table');
    if (caption) table.append(element('caption', caption));
    const head = element('thead');
    const headRow = element('tr');
    headRow.append(...header.map((h) => Object.assign(element('th', h), { scope: 'col' })));
    head.append(headRow);
    const body = element('tbody');
    body.append(
      ...rows.map((cells) => {
        const row = element('tr');
        row.append(...cells.map((c) => element('td', c)));
        return row;
      }),
    );
    table.append(head, body);
    return table;
  }

  #resultTables(results: BallotResults): HTMLElement[] {
    if (this.#ballot.kind === 'review') {
      const { grades } = this.#ballot.review;
      return [
        this.#table(
          undefined,
          [this.#t('gradeHeader'), this.#t('gradeCountHeader')],
          grades.map((g) => [g, String(results.totals[g] ?? 0)]),
        ),
      ];
    }
    return this.#ballot.questions.map((question) =>
      this.#table(
        question.text,
        [this.#t('optionHeader'), this.#t('votesHeader')],
        question.options.map((o) => [o.text, this.#t('votes', { votes: results.tallies[question.id]?.[o.id] ?? 0 })]),
      ),
    );
  }

  #receiptRows(results: BallotResults): HTMLElement[] {
    const kept = this.#kept;
    const ballot = this.#ballot;
    const table =
      ballot.kind === 'review'
        ? this.#table(
            undefined,
            [this.#t('receiptHeader'), this.#t('gradeCountHeader'), this.#t('fingerprintHeader')],
            results.ballots.map((b) => [
              b.receipt,
              ballot.review.grades.map((g) => `${g} ${b.grades?.[g] ?? 0}`).join('，'),
              b.fingerprint ?? '',
            ]),
          )
        : this.#table(
            undefined,
            [this.#t('receiptHeader'), this.#t('choiceHeader')],
            results.ballots.map((b) => [
              b.receipt,
              ballot.questions
                .map((q) =>
                  (b.answers?.[q.id] ?? []).map((id) => q.options.find((o) => o.id === id)?.text ?? id).join('、'),
                )
                .join('；'),
            ]),
          );
    for (const row of table.querySelectorAll('tbody tr')) {
      const receipt = row.firstElementChild?.textContent ?? '';
      (row as HTMLElement).dataset.receipt = receipt.replaceAll('-', '').toUpperCase();
      if (receipt === kept?.receipt) row.classList.add('mine');
    }
    return [...table.children] as HTMLElement[];
  }

  #filterReceipts() {
    const wanted = this.q<HTMLInputElement>('[data-find]').value.replace(/[\s-]/g, '').toUpperCase();
    for (const row of this.querySelectorAll<HTMLElement>('[data-receipts] tbody tr'))
      row.hidden = wanted !== '' && !(row.dataset.receipt ?? '').includes(wanted);
  }
}

customElements.define('branch-ballot', BranchBallot);
