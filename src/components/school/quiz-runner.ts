import { isAnswered, outcomeOf, scoreQuiz, unansweredCount, type Response } from '../../lib/study/quiz';
import { questionItem, responsesOf, reviewItem } from './quiz-parts';
import { dailySeed, makePaper, type PaperQuestion } from '../../lib/study/quiz-paper';
import { formatClock, startCountdown, type Countdown } from '../../lib/study/countdown';
import { addAttempt, browserStorage, dailyAttemptOn, loadLog, updateLog, type QuizAttempt } from '../../lib/study/log';
import { civilDateInShanghai, formatCivilDate } from '../../lib/civil-date';
import type { QuizSpec } from '../../lib/study/quiz-paper';
import { clientTranslator } from '../../i18n/fill';

const t = clientTranslator('quiz-runner');

type Spec = QuizSpec & { id: string; title: string; passPercent: number; timeLimitMinutes?: number };

const randomSeed = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

class QuizRunner extends HTMLElement {
  #spec!: Spec;
  #paper: PaperQuestion[] = [];
  #countdown?: Countdown;
  #startedAt = 0;
  #date = '';
  /** Scored attempts are recorded; a second daily quiz on one day is practice. */
  #scored = true;
  #finished = false;
  #barWatched = false;

  connectedCallback() {
    this.#spec = JSON.parse(this.querySelector('[data-quiz]')!.textContent!);
    this.#part('nojs').remove();
    this.#part('static').hidden = true;
    this.#part('start').hidden = false;
    this.#showDailyStatus();
    this.#part('begin').addEventListener('click', () => this.#begin());
    this.#part('again').addEventListener('click', () => {
      this.#part('result').hidden = true;
      this.#begin();
    });
    this.#part<HTMLFormElement>('paper').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#askThenFinish();
    });
    const confirm = this.#part<HTMLDialogElement>('confirm');
    this.#part('confirm-submit').addEventListener('click', () => {
      confirm.close();
      this.#finish(false);
    });
    this.#part('confirm-back').addEventListener('click', () => confirm.close());
    // Closing by 继续答题 or Esc returns to the first question still blank.
    confirm.addEventListener('close', () => {
      if (!this.#finished) this.#firstUnanswered()?.focus();
    });
    this.#part('paper').addEventListener('change', () => this.#updateProgress());
    this.#part('paper').addEventListener('input', () => this.#updateProgress());
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  #showDailyStatus() {
    if (this.#spec.kind !== 'daily') return;
    const today = civilDateInShanghai(new Date());
    const done = dailyAttemptOn(loadLog(browserStorage()), today);
    const status = this.#part('daily-done');
    status.hidden = !done;
    if (done) {
      status.textContent = t('quiz.dailyDone', { correct: done.correct, total: done.total });
      this.#part('begin').textContent = t('quiz.practice');
    }
  }

  #begin() {
    const spec = this.#spec;
    this.#startedAt = Date.now();
    this.#date = civilDateInShanghai(new Date(this.#startedAt));
    this.#scored = spec.kind !== 'daily' || !dailyAttemptOn(loadLog(browserStorage()), this.#date);
    this.#paper = makePaper(spec, spec.kind === 'daily' ? dailySeed(this.#date) : randomSeed());
    this.#finished = false;
    this.#part('result-live').textContent = '';
    const list = this.#part('questions');
    list.replaceChildren(...this.#paper.map((q, i) => questionItem(t, q, i)));
    this.#part('start').hidden = true;
    const form = this.#part('paper');
    form.hidden = false;
    this.#updateProgress();
    if (spec.timeLimitMinutes) this.#startClock(spec.timeLimitMinutes * 60);
    this.#keepClearOfBar();
    list.querySelector<HTMLElement>('input')?.focus();
  }

  /**
   * The sticky bar stays over the top of the screen while answering: the page's scroll
   * padding is its height, so what focus, Tab or a jump brings into view starts below
   * the bar, never under it; and a question that takes focus shows from its first line.
   */
  #keepClearOfBar() {
    if (this.#barWatched) return;
    this.#barWatched = true;
    const bar = this.querySelector<HTMLElement>('.bar')!;
    const root = document.documentElement;
    const pad = () => root.style.setProperty('--quiz-bar-height', `${bar.offsetHeight}px`);
    pad();
    new ResizeObserver(pad).observe(bar);
    this.#part('paper').addEventListener('focusin', (event) => {
      const question = (event.target as Element).closest('fieldset');
      // After the browser's own scroll to the focused answer, which knows nothing of the question's first line.
      if (question) requestAnimationFrame(() => showWhole(question, bar.getBoundingClientRect().bottom));
    });
  }

  #responses(): Response[] {
    return responsesOf(this.#part('paper'), this.#paper);
  }

  /** 交卷 with blank questions asks first, in a modal dialog of the page (keyboard: Esc = keep answering). */
  #askThenFinish() {
    const blank = unansweredCount(this.#responses());
    if (blank === 0) {
      this.#finish(false);
      return;
    }
    this.#part('confirm-title').textContent = t('quiz.confirmTitle', { count: blank });
    this.#part<HTMLDialogElement>('confirm').showModal();
  }

  #firstUnanswered(): HTMLInputElement | undefined {
    const index = this.#responses().findIndex((r) => !isAnswered(r));
    return index < 0
      ? undefined
      : (this.#part('paper').querySelector<HTMLInputElement>(`[name="q${index}"]`) ?? undefined);
  }

  #updateProgress() {
    const answered = this.#responses().filter(isAnswered).length;
    const total = this.#paper.length;
    this.#part('progress').textContent = t('quiz.progress', { answered, total });
    this.#part('unanswered').textContent = answered < total ? t('quiz.unanswered', { count: total - answered }) : '';
  }

  #startClock(seconds: number) {
    const wrap = this.#part('clock-wrap');
    wrap.hidden = false;
    this.#countdown = startCountdown({
      seconds,
      onTick: (left) => {
        this.#part('clock').textContent = formatClock(left);
        wrap.classList.toggle('urgent', left <= 60);
        if (left === 60) this.#part('clock-alert').textContent = t('quiz.oneMinute');
      },
      onExpire: () => this.#finish(true),
    });
  }

  #finish(automatic: boolean) {
    if (this.#finished) return;
    this.#finished = true;
    this.#countdown?.stop();
    // Time ran out while the member was being asked: submit without asking.
    const confirm = this.#part<HTMLDialogElement>('confirm');
    if (confirm.open) confirm.close();
    const spec = this.#spec;
    const responses = this.#responses();
    const score = scoreQuiz(this.#paper, responses, spec.passPercent);
    const limit = spec.timeLimitMinutes ? spec.timeLimitMinutes * 60 : Infinity;
    const seconds = Math.min(limit, Math.round((Date.now() - this.#startedAt) / 1000));
    const attempt: QuizAttempt = {
      id: `${spec.id}-${this.#startedAt}-${Math.random().toString(36).slice(2, 8)}`,
      quiz: spec.id,
      title: spec.title,
      kind: spec.kind,
      date: this.#date,
      correct: score.correct,
      total: score.total,
      percent: score.percent,
      passed: score.passed,
      seconds,
    };
    let recorded = t('quiz.practiceNotRecorded');
    if (this.#scored) {
      const { saved } = updateLog(browserStorage(), (log) => addAttempt(log, attempt));
      recorded = saved ? t('quiz.recorded') : t('quiz.notSaved');
    }
    this.#part('paper').hidden = true;
    this.#renderResult(attempt, automatic, recorded);
    this.#renderReview(responses);
    const result = this.#part('result');
    result.hidden = false;
    result.focus();
    this.#showDailyStatus();
  }

  #renderResult(attempt: QuizAttempt, automatic: boolean, recorded: string) {
    this.#part('card-site').textContent = this.dataset.site ?? '';
    this.#part('card-title').textContent = attempt.title;
    this.#part('score').textContent = String(attempt.percent);
    const verdict = this.#part('verdict');
    verdict.textContent = attempt.passed
      ? t('quiz.passed', { line: this.#spec.passPercent })
      : t('quiz.failed', { line: this.#spec.passPercent });
    verdict.classList.toggle('pass', attempt.passed);
    this.#part('correct').textContent = t('quiz.correctOf', { correct: attempt.correct, total: attempt.total });
    this.#part('time-used').textContent = formatClock(attempt.seconds);
    this.#part('date').textContent = formatCivilDate(attempt.date);
    this.#part('auto').hidden = !automatic;
    this.#part('share').hidden = this.#spec.kind !== 'contest';
    this.#part('card').classList.toggle('contest', this.#spec.kind === 'contest');
    this.#part('recorded').textContent = recorded;
    this.#part('result-live').textContent = t('a11y.quizResult', {
      score: attempt.percent,
      verdict: verdict.textContent,
      correct: attempt.correct,
      total: attempt.total,
    });
    this.#part('again').textContent = this.#spec.kind === 'daily' ? t('quiz.practice') : t('quiz.again');
  }

  #renderReview(responses: Response[]) {
    this.#part('review').replaceChildren(
      ...this.#paper.map((q, i) =>
        reviewItem(t, { ...q, given: responses[i] ?? [], outcome: outcomeOf(q, responses[i]) }, i),
      ),
    );
  }
}
customElements.define('quiz-runner', QuizRunner);

/** Scrolls `question` so that it shows whole below `top` (the bar's bottom), when it fits on the screen. */
function showWhole(question: Element, top: number) {
  const box = question.getBoundingClientRect();
  if (box.top >= top && box.bottom <= window.innerHeight) return;
  if (box.height > window.innerHeight - top) return;
  question.scrollIntoView({ block: box.top < top ? 'start' : 'end' });
}
