/**
 * <formal-test>: a formal test on the branch service (FormalTest.astro). Asks
 * the service what this member may do, shows one part (sign in, start, the
 * paper, done), answers on a paper the service drew, counts down to the
 * service's deadline and submits at zero, keeps the answers in the browser
 * (localStorage) until the service has them, and shows the score and review
 * the service returns. The answers to the questions are never in this page
 * before the member submits: they come only in the service's answer to 交卷.
 */
import { branchApiUrl, callBranch, newRequestId, storedToken, type BranchProblem } from '../../lib/branch/api';
import {
  answersKey,
  formalScreen,
  readAttempt,
  readKeptAnswers,
  readMyTest,
  secondsToDeadline,
  type Attempt,
  type MyTest,
  type PaperQuestion,
} from '../../lib/branch/formal-test';
import { formatClock, startCountdown, type Countdown } from '../../lib/study/countdown';
import { isAnswered, unansweredCount } from '../../lib/study/quiz';
import { fill } from '../../i18n/fill';
import { BranchServiceElement } from './branch-element';
import { el } from '../../lib/web/dom';
import { questionItem, responsesOf, restoreResponses, reviewItem } from '../school/quiz-parts';

const PARTS = ['sign-in', 'not-member', 'ready', 'done', 'answer'] as const;
type Part = (typeof PARTS)[number];

/** localStorage, or nothing when the browser refuses it (private mode, full). */
function local(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** Beijing time as members read it. */
const beijing = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );

class FormalTest extends BranchServiceElement {
  #id = '';
  #attempt: Attempt | undefined;
  #paper: PaperQuestion[] = [];
  #countdown: Countdown | undefined;
  #sending = false;

  connectedCallback() {
    this.#id = this.dataset.id ?? '';
    this.connectService(() => void this.#load(), 'dialog[data-sign-in]');
    this.on('[data-begin]', 'click', () => void this.#begin());
    this.on('[data-download-report]', 'click', () => void this.#downloadReport());
    this.on('[data-part="answer"]', 'submit', (event) => {
      event.preventDefault();
      this.#askThenSubmit();
    });
    this.on('[data-part="answer"]', 'input', () => this.#answered());
    this.on('[data-part="answer"]', 'change', () => this.#answered());
    const confirm = this.q<HTMLDialogElement>('[data-confirm]');
    this.on('[data-confirm-submit]', 'click', () => {
      confirm.close();
      void this.#submit();
    });
    this.on('[data-confirm-back]', 'click', () => confirm.close());
    void this.#load();
  }

  override disconnectedCallback() {
    this.#countdown?.stop();
    super.disconnectedCallback();
  }

  #t(key: string, vars?: Record<string, string | number>) {
    return fill(this.strings[key] ?? key, vars);
  }

  #show(part: Part | undefined) {
    for (const name of PARTS) this.q(`[data-part="${name}"]`).hidden = name !== part;
  }

  /** What went wrong; 再试一次 only where asking again can help (not a refusal that stands). */
  #problem(text: string | undefined, { retry = true } = {}) {
    this.q('[data-problem]').hidden = text === undefined;
    this.q('[data-problem-text]').textContent = text ?? '';
    this.q('[data-reload]').hidden = !retry;
  }

  get #token() {
    const storage = local();
    return storage ? storedToken(storage) : undefined;
  }

  /** The public figures, then what this member may do. */
  async #load() {
    const status = this.q('[data-status]');
    status.textContent = this.#t('formal.loading');
    this.#problem(undefined);
    const facts = await callBranch<{ stats?: Stats }>(this.server, `tests/${this.#id}`, { timeoutMs: this.timeout });
    if (!facts.ok) {
      status.textContent = '';
      this.#problem(this.#t('formal.unreadable'));
      // A paper being answered stays on screen: only sending it needs the service.
      if (this.q('[data-part="answer"]').hidden) this.#show(undefined);
      return;
    }
    if (facts.data.stats) this.#showStats(facts.data.stats);
    const token = this.#token;
    status.textContent = '';
    if (!token) return this.#show('sign-in');
    const mine = await callBranch<unknown>(this.server, `tests/${this.#id}/mine`, { token, timeoutMs: this.timeout });
    if (!mine.ok) {
      if (mine.problem.kind === 'signed-out') return this.#show('sign-in');
      if (mine.problem.kind === 'refused' && mine.problem.code === 'not-member') return this.#show('not-member');
      this.#problem(this.#t('formal.unreadable'));
      return;
    }
    const test = readMyTest(mine.data);
    if (!test) return this.#problem(this.#t('formal.unreadable'));
    this.#showHistory(test);
    void this.#offerReport(token);
    const screen = formalScreen(test);
    if (screen === 'answer') {
      const open = test.mine.find((a) => a.status === 'open')!;
      // Already on screen (the service came back): keep what is there.
      if (this.#attempt?.number !== open.number) this.#startPaper(open, test.now);
      return this.#show('answer');
    }
    if (this.q('[data-part="answer"]').hidden === false && this.#attempt) return;
    this.q('[data-left]').textContent = this.#t('formal.left', { left: test.left });
    this.#show(screen);
  }

  async #begin() {
    const token = this.#token;
    if (!token) return this.#show('sign-in');
    const button = this.q<HTMLButtonElement>('[data-begin]');
    button.disabled = true;
    this.q('[data-status]').textContent = this.#t('formal.starting');
    const answer = await callBranch<{ now: string }>(this.server, `tests/${this.#id}/start`, {
      token,
      body: { requestId: newRequestId() },
      timeoutMs: this.timeout,
    });
    button.disabled = false;
    this.q('[data-status]').textContent = '';
    const attempt = answer.ok ? readAttempt(answer.data) : undefined;
    if (!answer.ok || !attempt) {
      const problem = answer.ok ? undefined : answer.problem;
      // Nothing was being sent yet: the service's own words, or that it cannot be reached now.
      return this.#problem(problem?.kind === 'refused' ? problem.message : this.#t('formal.unreadable'));
    }
    this.#problem(undefined);
    this.#startPaper(attempt, answer.data.now);
    this.#show('answer');
    this.q<HTMLElement>('[data-questions] input')?.focus();
  }

  /** Shows an attempt's paper with any answers this browser kept, and starts its clock. */
  #startPaper(attempt: Attempt, serviceNow: string) {
    this.#attempt = attempt;
    this.#paper = attempt.paper ?? [];
    this.q('[data-result]').hidden = true;
    const list = this.q('[data-questions]');
    list.replaceChildren(...this.#paper.map((q, i) => questionItem((k, v) => this.#t(k, v), q, i)));
    const kept = readKeptAnswers(local()?.getItem(answersKey(this.#id, attempt)) ?? null, this.#paper.length);
    if (kept) restoreResponses(this.q('[data-part="answer"]'), kept);
    this.#answered(false);
    this.#countdown?.stop();
    const wrap = this.q('[data-clock-wrap]');
    wrap.hidden = !attempt.deadline;
    if (!attempt.deadline) return;
    this.#countdown = startCountdown({
      seconds: secondsToDeadline(attempt.deadline, serviceNow),
      onTick: (left) => {
        this.q('[data-clock]').textContent = formatClock(left);
        wrap.classList.toggle('urgent', left <= 60);
        if (left === 60) this.q('[data-clock-alert]').textContent = this.#t('quiz.oneMinute');
      },
      onExpire: () => {
        const confirm = this.q<HTMLDialogElement>('[data-confirm]');
        if (confirm.open) confirm.close();
        void this.#submit();
      },
    });
  }

  get #responses() {
    return responsesOf(this.q('[data-part="answer"]'), this.#paper);
  }

  /** Progress, and the answers kept in this browser until the service has them. */
  #answered(keep = true) {
    const responses = this.#responses;
    const answered = responses.filter(isAnswered).length;
    const total = this.#paper.length;
    this.q('[data-progress]').textContent = this.#t('quiz.progress', { answered, total });
    this.q('[data-unanswered]').textContent =
      answered < total ? this.#t('quiz.unanswered', { count: total - answered }) : '';
    if (keep && this.#attempt)
      try {
        local()?.setItem(answersKey(this.#id, this.#attempt), JSON.stringify(responses));
      } catch {
        // Storage full or refused: the answers are still on the page.
      }
  }

  #askThenSubmit() {
    const blank = unansweredCount(this.#responses);
    if (blank === 0) return void this.#submit();
    this.q('[data-confirm-title]').textContent = this.#t('quiz.confirmTitle', { count: blank });
    this.q<HTMLDialogElement>('[data-confirm]').showModal();
  }

  async #submit() {
    const attempt = this.#attempt;
    if (!attempt || this.#sending) return;
    this.#sending = true;
    const button = this.q<HTMLButtonElement>('[data-submit]');
    const problem = this.q('[data-send-problem]');
    button.disabled = true;
    button.textContent = this.#t('formal.sending');
    problem.hidden = true;
    this.#answered();
    const answer = await callBranch<unknown>(this.server, `tests/${this.#id}/submit`, {
      token: this.#token,
      body: { attempt: attempt.number, answers: this.#responses, requestId: newRequestId() },
      timeoutMs: this.timeout,
    });
    this.#sending = false;
    button.disabled = false;
    button.textContent = this.#t('formal.retry');
    const graded = answer.ok ? readAttempt(answer.data) : undefined;
    if (graded?.status === 'graded') return this.#finished(graded);
    const refusal = answer.ok ? undefined : answer.problem;
    if (refusal?.kind === 'refused' && refusal.code === 'time-up') {
      // The service closed this attempt: nothing to send again.
      this.#countdown?.stop();
      local()?.removeItem(answersKey(this.#id, attempt));
      this.#attempt = undefined;
      await this.#load();
      this.#problem(refusal.message, { retry: false });
      return;
    }
    problem.hidden = false;
    problem.textContent = this.#refusal(refusal);
  }

  /** The member's words for what went wrong. */
  #refusal(problem: BranchProblem | undefined) {
    if (!problem || problem.kind === 'unreachable') return this.#t('formal.unreachable');
    if (problem.kind === 'signed-out') return this.#t('formal.signedOutNow');
    return this.#t('formal.refused', { message: problem.message });
  }

  #finished(graded: Attempt) {
    this.#countdown?.stop();
    local()?.removeItem(answersKey(this.#id, graded));
    this.#attempt = undefined;
    this.#showResult(graded);
    void this.#load();
  }

  #showResult(attempt: Attempt) {
    const score = attempt.score!;
    this.q('[data-result-heading]').textContent = this.#t('formal.result', { number: attempt.number });
    this.q('[data-score]').textContent = String(score.percent);
    this.q('[data-verdict]').textContent = this.#t(score.passed ? 'quiz.passed' : 'quiz.failed', {
      line: this.#passLine,
    });
    this.q('[data-correct]').textContent =
      `${this.#t('quiz.correctCount')} ${this.#t('quiz.correctOf', { correct: score.correct, total: score.total })}`;
    this.q('[data-submitted-at]').textContent = attempt.submittedAt
      ? this.#t('formal.submittedAt', { time: beijing(attempt.submittedAt) })
      : '';
    this.q('[data-review]').replaceChildren(
      ...(attempt.review ?? []).map((line, i) => reviewItem((k, v) => this.#t(k, v), line, i)),
    );
    const result = this.q('[data-result]');
    result.hidden = false;
    result.focus();
  }

  /** The pass line as the page states it (the service's verdict decides). */
  get #passLine() {
    return this.dataset.passPercent ?? '';
  }

  #showHistory(test: MyTest) {
    const done = test.mine.filter((a) => a.status !== 'open');
    this.q('[data-history]').hidden = done.length === 0;
    this.q('[data-history-list]').replaceChildren(
      ...done.map((a) =>
        el(
          'li',
          {},
          a.status === 'graded' && a.score
            ? this.#t('formal.historyGraded', {
                number: a.number,
                percent: a.score.percent,
                verdict: this.#t(a.score.passed ? 'quiz.passed' : 'quiz.failed', { line: this.#passLine }),
                time: beijing(a.submittedAt ?? a.startedAt),
              })
            : this.#t('formal.historyLate', { number: a.number }),
        ),
      ),
    );
    // The latest graded attempt's review, when the page has none on screen.
    const last = done.filter((a) => a.status === 'graded').at(-1);
    if (last && this.q('[data-result]').hidden) this.#showResult(last);
  }

  #showStats(stats: Stats) {
    this.q('[data-stats]').hidden = stats.members === 0;
    this.q('[data-stats-line]').textContent = this.#t('formal.stats', {
      members: stats.members,
      passed: stats.passed,
    });
    this.q('[data-distribution]').replaceChildren(
      ...stats.distribution.map((row) => el('tr', {}, el('td', {}, row.band), el('td', {}, String(row.members)))),
    );
  }

  // —— The secretary's report (administrators only: the service refuses everyone else) ——

  async #offerReport(token: string) {
    const me = await callBranch<{ admin?: unknown }>(this.server, 'me', { token, timeoutMs: this.timeout });
    this.q('[data-report]').hidden = !(me.ok && me.data.admin === true);
  }

  /** Fetched with the session (a link could not carry it) and saved as the file the service names. */
  async #downloadReport() {
    try {
      const token = this.#token;
      const response = await fetch(branchApiUrl(this.server, `tests/${this.#id}/report?format=csv`), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        credentials: 'omit',
        signal: AbortSignal.timeout(this.timeout),
      });
      if (!response.ok) throw new Error(String(response.status));
      const link = el('a', { href: URL.createObjectURL(await response.blob()), download: `test-${this.#id}.csv` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch {
      this.#problem(this.#t('formal.reportFailed'));
    }
  }
}

interface Stats {
  members: number;
  passed: number;
  distribution: { band: string; members: number }[];
}

customElements.define('formal-test', FormalTest);
