/**
 * Client side of SchoolProgress.astro: marks completed lessons, course progress
 * and the 继续学习 link from the browser's study log.
 */
import { browserStorage, loadLog } from '../../lib/study/log';
import { courseProgress } from '../../lib/study/summary';
import { clientTranslator } from '../../i18n/fill';

const t = clientTranslator('school-progress');

class SchoolProgress extends HTMLElement {
  connectedCallback() {
    const log = loadLog(browserStorage());
    for (const item of document.querySelectorAll<HTMLElement>('[data-lesson-id]')) {
      const mark = item.querySelector<HTMLElement>('[data-mark]');
      if (mark && log.lessons[item.dataset.lessonId!]) {
        mark.textContent = t('school.doneMark');
        mark.className = 'done-mark';
      }
    }
    for (const course of document.querySelectorAll<HTMLElement>('[data-course-lessons]')) {
      const ids = course.dataset.courseLessons!.split(' ').filter(Boolean);
      const { done, total } = courseProgress(log, ids);
      const text = course.querySelector<HTMLElement>('[data-progress-text]');
      if (text) text.textContent = t('school.progress', { done, total });
      const bar = course.querySelector<HTMLElement>('[data-progress-bar]');
      if (bar) {
        bar.hidden = false;
        bar.setAttribute('aria-valuenow', String(done));
        bar.querySelector('span')!.style.width = `${total ? (done * 100) / total : 0}%`;
      }
      const next = course.querySelector<HTMLAnchorElement>('[data-continue]');
      const nextId = ids.find((id) => !log.lessons[id]);
      if (next && done > 0 && nextId) {
        const target = document.querySelector<HTMLAnchorElement>(`[data-lesson-id="${nextId}"] a`);
        if (target) {
          next.href = target.href;
          next.textContent = t('school.continue');
        }
      }
    }
  }
}
customElements.define('school-progress', SchoolProgress);
