/**
 * Client side of LessonComplete.astro: records the lesson as completed in the
 * browser's study log and shows the day it was.
 */
import { browserStorage, completeLesson, loadLog, updateLog } from '../../lib/study/log';
import { civilDateInShanghai, formatCivilDate } from '../../lib/civil-date';
import { clientTranslator } from '../../i18n/fill';

const t = clientTranslator('lesson-complete');

class LessonComplete extends HTMLElement {
  connectedCallback() {
    const lesson = this.dataset.lesson!;
    const button = this.querySelector('button')!;
    const status = this.querySelector<HTMLElement>('.status')!;
    const show = (date: string | undefined) => {
      button.hidden = Boolean(date);
      status.textContent = date ? t('lesson.completedOn', { date: formatCivilDate(date) }) : '';
    };
    show(loadLog(browserStorage()).lessons[lesson]);
    button.addEventListener('click', () => {
      const { log, saved } = updateLog(browserStorage(), (log) =>
        completeLesson(log, lesson, civilDateInShanghai(new Date())),
      );
      show(log.lessons[lesson]);
      if (!saved) status.textContent = t('timer.storageFailed');
    });
  }
}
customElements.define('lesson-complete', LessonComplete);
