/**
 * The answer editor of a quiz question (widget `quiz-answer`): radio buttons or
 * check boxes over the question's own options (正确/错误 for a judge question),
 * typed accepted answers for fill-in. Before saving, it runs the build's quiz
 * checks on the question (check-quiz-bank.ts), so the editor sees the same
 * Chinese message the build would print, e.g. an answer no longer among the options.
 *
 * Decap gives a control only its own value; the sibling fields come from the
 * entry draft (`getEntry`), and the question's number is the position of this
 * editor among the answer editors on the page (one per question, in list order).
 */
import { Component, createElement as h, type ReactNode } from 'react';
import type { CMS } from 'decap-cms-core';
import { answerChoices, pickAnswer, type AnswerChoices } from './quiz-answer-editor';
import { questionProblems, type RawQuestion } from '../../src/model/check-quiz-bank';
import { t } from '../../src/i18n/zh';
import { onFormEdits } from './form-edits';
import { chinesePart } from '../../src/model/messages';

/** The list of the quiz model whose items this widget edits the answers of. */
const QUESTIONS = 'questions';
const MARK = 'data-quiz-answer';

interface Immutable {
  toJS(): unknown;
  getIn(path: (string | number)[]): unknown;
}

interface Props {
  value?: Immutable | string[] | null;
  forID: string;
  classNameWrapper: string;
  onChange: (value: string[]) => void;
  getEntry: () => Immutable | undefined;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

const toArray = (value: Props['value']): string[] => {
  const plain = value && !Array.isArray(value) ? value.toJS() : value;
  return Array.isArray(plain) ? plain.map(String) : [];
};

class QuizAnswerControl extends Component<Props> {
  private root: HTMLElement | null = null;

  /** 1-based number of this question; 0 before the first render is in the page. */
  private questionNumber(): number {
    if (!this.root) return 0;
    return [...document.querySelectorAll(`[${MARK}]`)].indexOf(this.root) + 1;
  }

  private question(): RawQuestion {
    const n = this.questionNumber();
    const item = n > 0 ? this.props.getEntry()?.getIn(['data', QUESTIONS, n - 1]) : undefined;
    const plain = item && typeof item === 'object' && 'toJS' in item ? (item as Immutable).toJS() : {};
    return { ...(plain as RawQuestion), answer: toArray(this.props.value) };
  }

  /** The question's options and type as last rendered, to re-render only when they change. */
  private shown = '';
  private stopWatching: (() => void) | undefined;

  private siblings(): string {
    const { type, options } = this.question();
    return JSON.stringify([this.questionNumber(), type, options]);
  }

  override componentDidMount() {
    this.stopWatching = onFormEdits(() => {
      if (this.root && this.siblings() !== this.shown) this.forceUpdate();
    });
    // The number and the sibling options are known once this editor is in the page.
    this.forceUpdate();
  }

  override componentWillUnmount() {
    this.stopWatching?.();
  }

  override shouldComponentUpdate() {
    return true;
  }

  /** Called by Decap before saving: the build's own check of this question. */
  isValid = () => {
    const n = this.questionNumber();
    const problem = n > 0 ? questionProblems(this.question(), n)[0] : undefined;
    return problem ? { error: { type: 'CUSTOM', message: chinesePart(problem.message) } } : true;
  };

  private choice(choices: AnswerChoices, answers: string[], text: string, stale: boolean): ReactNode {
    const { forID, onChange } = this.props;
    return h(
      'label',
      { key: text, style: { display: 'flex', gap: '0.5em', alignItems: 'baseline', padding: '0.2em 0' } },
      h('input', {
        type: choices.mode === 'many' ? 'checkbox' : 'radio',
        name: forID,
        value: text,
        checked: answers.includes(text),
        onChange: (event: { target: { checked: boolean } }) =>
          onChange(pickAnswer(choices.mode, choices.choices, answers, text, event.target.checked)),
        // A radio cannot be unticked by clicking it; a stale answer must be removable.
        ...(stale ? { type: 'checkbox' } : {}),
      }),
      stale ? t('cms.answer.stale', { answer: text }) : text,
    );
  }

  private freeAnswers(answers: string[]): ReactNode[] {
    const { forID, onChange } = this.props;
    const rows = answers.length > 0 ? answers : [''];
    return [
      ...rows.map((answer, i) =>
        h(
          'div',
          { key: i, style: { display: 'flex', gap: '0.5em', margin: '0.2em 0' } },
          h('input', {
            id: i === 0 ? forID : undefined,
            type: 'text',
            value: answer,
            'aria-label': t('cms.answer.accepted', { n: i + 1 }),
            style: { flex: 1, padding: '0.4em' },
            onChange: (event: { target: { value: string } }) =>
              onChange(rows.map((a, j) => (j === i ? event.target.value : a))),
          }),
          rows.length > 1
            ? h(
                'button',
                { type: 'button', onClick: () => onChange(rows.filter((_, j) => j !== i)) },
                t('cms.answer.remove'),
              )
            : null,
        ),
      ),
      h('button', { key: 'add', type: 'button', onClick: () => onChange([...rows, '']) }, t('cms.answer.add')),
    ];
  }

  override render() {
    const { classNameWrapper, forID, setActiveStyle, setInactiveStyle } = this.props;
    const question = this.question();
    this.shown = this.siblings();
    const answers = question.answer as string[];
    const choices = answerChoices(question.type, Array.isArray(question.options) ? question.options : [], answers);
    const body =
      choices.mode === 'free'
        ? this.freeAnswers(answers)
        : choices.choices.length === 0 || (question.type !== '判断题' && choices.choices.length < 2)
          ? [
              h('p', { key: 'none' }, t('cms.answer.noOptions')),
              ...choices.stale.map((a) => this.choice(choices, answers, a, true)),
            ]
          : [
              ...choices.choices.map((c) => this.choice(choices, answers, c, false)),
              ...choices.stale.map((a) => this.choice(choices, answers, a, true)),
            ];
    return h(
      'div',
      {
        [MARK]: '',
        id: choices.mode === 'free' ? undefined : forID,
        role: choices.mode === 'free' ? undefined : 'group',
        className: classNameWrapper,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        ref: (element: HTMLElement | null) => {
          this.root = element;
        },
      },
      ...body,
    );
  }
}

export function registerQuizAnswerWidget(cms: CMS): void {
  // Decap's typings know only value/field/onChange/forID/classNameWrapper; the control uses more of what Decap passes.
  cms.registerWidget('quiz-answer', QuizAnswerControl as unknown as Parameters<CMS['registerWidget']>[1]);
}
