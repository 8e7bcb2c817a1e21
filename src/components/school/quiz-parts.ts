/**
 * The parts of a quiz paper both runners draw: a question as a fieldset of
 * choices or a text box, the member's responses read back from the form, and
 * one line of the review. The self-study runner (quiz-runner.ts) grades in the
 * page; the formal test (../branch/formal-test.ts) shows the review the branch
 * service returns after submitting. Strings come through the caller's `t`.
 */
import type { Outcome, QuestionType, Response } from '../../lib/study/quiz';
import { el } from '../../lib/web/dom';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A question as shown: no answer needed. */
export interface ShownQuestion {
  type: QuestionType;
  stem: string;
  choices: string[];
}

/** A reviewed question: what was given, what is right, and why. */
export interface ReviewedQuestion {
  type: QuestionType;
  stem: string;
  given: string[];
  answer: string[];
  explanation?: string | undefined;
  outcome: Outcome;
}

const typeLabel = (t: Translate, type: QuestionType) => t(`quiz.type.${type}`);

/** Question `i` of a paper, named q<i> in the form. */
export function questionItem(t: Translate, q: ShownQuestion, i: number): HTMLLIElement {
  const name = `q${i}`;
  const legend = el(
    'legend',
    {},
    el('span', { className: 'number' }, `${i + 1}. `),
    el('span', { className: 'type' }, `[${typeLabel(t, q.type)}] `),
    q.stem,
  );
  const fieldset = el('fieldset', {}, legend);
  if (q.type === 'fill') {
    const input = el('input', { type: 'text', name, autocomplete: 'off', className: 'fill' });
    input.setAttribute('aria-label', t('quiz.fillLabel', { n: i + 1 }));
    fieldset.append(input);
  } else {
    const type = q.type === 'multiple' ? 'checkbox' : 'radio';
    for (const choice of q.choices)
      fieldset.append(
        el('label', { className: 'choice' }, el('input', { type, name, value: choice }), el('span', {}, choice)),
      );
  }
  return el('li', {}, fieldset);
}

/** What the form holds for each question of `paper`: the typed text, or the choices ticked. */
export function responsesOf(form: HTMLElement, paper: readonly Pick<ShownQuestion, 'type'>[]): Response[] {
  return paper.map((q, i) => {
    const inputs = [...form.querySelectorAll<HTMLInputElement>(`[name="q${i}"]`)];
    return q.type === 'fill' ? [inputs[0]?.value ?? ''] : inputs.filter((input) => input.checked).map((i) => i.value);
  });
}

/** Puts `responses` back into the form (answers kept in the browser while the service was away). */
export function restoreResponses(form: HTMLElement, responses: readonly Response[]): void {
  responses.forEach((response, i) => {
    for (const input of form.querySelectorAll<HTMLInputElement>(`[name="q${i}"]`)) {
      if (input.type === 'text') input.value = response.join('');
      else input.checked = response.includes(input.value);
    }
  });
}

/** One line of the review: ✓/✗/○, the member's answer, the right one (every accepted fill-in), the explanation. */
export function reviewItem(t: Translate, q: ReviewedQuestion, i: number): HTMLLIElement {
  const mark = { right: t('quiz.markRight'), wrong: t('quiz.markWrong'), unanswered: t('quiz.markUnanswered') };
  const given = q.given.filter((v) => v.trim() !== '');
  const others =
    q.type === 'fill'
      ? q.answer.length > 1
        ? t('quiz.alsoAccepted', { variants: q.answer.slice(1).join('、') })
        : ''
      : q.answer
          .slice(1)
          .map((a) => `、${a}`)
          .join('');
  return el(
    'li',
    { className: q.outcome },
    el('p', { className: 'stem' }, el('strong', {}, mark[q.outcome]), ` ${i + 1}. ${q.stem}`),
    el('p', {}, `${t('quiz.yourAnswer')}${given.length ? given.join('、') : t('quiz.noAnswer')}`),
    el('p', {}, `${t('quiz.correctAnswer')}${q.answer[0]}${others}`),
    ...(q.explanation ? [el('p', { className: 'explanation' }, `${t('quiz.explanation')}${q.explanation}`)] : []),
  );
}
