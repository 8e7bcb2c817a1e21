import { browserStorage, exportLog, loadLog, mergeLogs, parseExport, storageUsable, updateLog, StudyLogError, type StudyLog } from '../../lib/study-log';
import { attemptsInMonth, courseProgress, dailyMinutes, lessonsInMonth, minutesInMonth, monthPoints, recordedMonths, streak, targetPercent, type PointsRules } from '../../lib/study-summary';
import { civilDateInShanghai, formatCivilDate } from '../../lib/civil-date';
import { formatClock } from '../../lib/countdown';
import { el, svg } from '../../lib/dom';
import { monthChartLayout } from '../../lib/bar-chart';
import { clientTranslator } from '../../lib/fill';

const t = clientTranslator('my-study');

interface Config {
  target: number;
  rules: PointsRules;
  branch: string;
  courses: { id: string; title: string; href: string; lessons: { id: string; title: string; href: string }[] }[];
}

const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`;
const kindLabel = { test: t('my.kindTest'), contest: t('my.kindContest'), daily: t('my.kindDaily') };

class MyStudy extends HTMLElement {
  #config!: Config;
  #log!: StudyLog;

  connectedCallback() {
    this.#part('nojs').remove();
    this.#config = JSON.parse(this.querySelector('[data-config]')!.textContent!);
    const storage = browserStorage();
    this.#log = loadLog(storage);
    this.#part('unavailable').hidden = storageUsable(storage);
    this.#part('dashboard').hidden = false;
    this.#render();
    this.#part('export').addEventListener('click', () => this.#export());
    this.#part<HTMLInputElement>('import').addEventListener('change', (event) => this.#import(event.target as HTMLInputElement));
    this.#part('print').addEventListener('click', () => {
      this.#renderRecord();
      window.print();
    });
    this.#part('record-name').addEventListener('input', () => this.#renderRecord());
    this.#part('record-month').addEventListener('change', () => this.#renderRecord());
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  #render() {
    const log = this.#log;
    const { target, rules, courses } = this.#config;
    const today = civilDateInShanghai(new Date());
    const month = today.slice(0, 7);
    const minutes = minutesInMonth(log, month);
    const percent = targetPercent(minutes, target);
    this.#part('month-minutes').textContent = t('my.monthMinutes', { minutes, target });
    const bar = this.#part('target-bar');
    bar.setAttribute('aria-valuenow', String(percent));
    bar.querySelector('span')!.style.width = `${percent}%`;
    this.#part('target-text').textContent = minutes >= target ? t('my.targetReached', { percent }) : t('my.targetLeft', { percent, left: target - minutes });
    this.#part('streak').textContent = t('my.days', { days: streak(log, today) });
    const points = monthPoints(log, month, rules);
    this.#part('points').textContent = String(points.total);
    this.#part('points-reading').textContent = String(points.reading);
    this.#part('points-media').textContent = String(points.media);
    this.#part('points-tests').textContent = String(points.tests);
    this.#part('points-daily').textContent = String(points.daily);
    this.#part('lessons-done').textContent = String(lessonsInMonth(log, month).length);
    this.#part('tests-taken').textContent = String(attemptsInMonth(log, month).length);
    this.#renderChart(month, target);

    this.#part('courses').replaceChildren(
      ...courses.map((course) => {
        const { done, total } = courseProgress(log, course.lessons.map((l) => l.id));
        const progress = el('div', { className: 'progress-bar' }, el('span'));
        progress.setAttribute('role', 'progressbar');
        progress.setAttribute('aria-label', course.title);
        progress.setAttribute('aria-valuemin', '0');
        progress.setAttribute('aria-valuemax', String(total));
        progress.setAttribute('aria-valuenow', String(done));
        (progress.firstChild as HTMLElement).style.width = `${total ? (done * 100) / total : 0}%`;
        return el('li', {}, el('a', { href: course.href }, course.title), el('span', { className: 'muted' }, ` ${t('school.progress', { done, total })}`), progress);
      }),
    );

    const attempts = [...log.attempts].reverse();
    this.#part('no-tests').hidden = attempts.length > 0;
    this.#part('tests-table').hidden = attempts.length === 0;
    this.#part('tests').replaceChildren(
      ...attempts.map((a) =>
        el(
          'tr',
          {},
          el('td', {}, formatCivilDate(a.date)),
          el('td', { className: 'wrap' }, `${a.title}（${kindLabel[a.kind]}）`),
          el('td', {}, t('my.score', { percent: a.percent, correct: a.correct, total: a.total })),
          el('td', { className: a.passed ? 'pass' : 'fail' }, a.passed ? t('my.passed') : t('my.failed')),
          el('td', {}, formatClock(a.seconds)),
        ),
      ),
    );

    const select = this.#part<HTMLSelectElement>('record-month');
    const chosen = select.value;
    select.replaceChildren(...recordedMonths(log, month).map((m) => el('option', { value: m, textContent: monthLabel(m) })));
    if (chosen) select.value = chosen;
    this.#renderRecord();
  }

  #renderChart(month: string, target: number) {
    const chart = monthChartLayout(dailyMinutes(this.#log, month), target);
    const columns = chart.columns.map((d) =>
      svg('rect', { x: d.x, y: d.y, width: chart.columnWidth, height: d.height, class: 'bar' }, svg('title', {}, t('my.chartBar', { date: formatCivilDate(d.date), minutes: d.minutes }))),
    );
    const labels = chart.labels.map(({ x, y, day }) => svg('text', { x, y, 'text-anchor': 'middle', class: 'label' }, String(day)));
    const line = svg('line', { x1: 0, x2: chart.width, y1: chart.goalY, y2: chart.goalY, class: 'goal' });
    const summary = t('my.chartSummary', { days: chart.daysStudied, minutes: chart.totalMinutes, goal: chart.goalMinutes });
    const drawing = svg('svg', { viewBox: `0 0 ${chart.width} ${chart.height}`, role: 'img', 'aria-label': summary }, ...columns, line, ...labels);
    this.#part('chart').replaceChildren(drawing, el('p', { className: 'muted legend' }, t('my.chartLegend', { goal: chart.goalMinutes })));
  }

  #renderRecord() {
    const log = this.#log;
    const month = this.#part<HTMLSelectElement>('record-month').value || civilDateInShanghai(new Date()).slice(0, 7);
    const name = this.#part<HTMLInputElement>('record-name').value.trim();
    const titles = new Map(this.#config.courses.flatMap((c) => c.lessons.map((l) => [l.id, `${c.title} · ${l.title}`] as const)));
    this.#part('r-branch').textContent = this.#config.branch;
    this.#part('r-name').textContent = name || t('my.recordNoName');
    this.#part('r-month').textContent = monthLabel(month);
    this.#part('r-minutes').textContent = t('my.recordMinutesValue', { minutes: minutesInMonth(log, month), target: this.#config.target });
    this.#part('r-points').textContent = String(monthPoints(log, month, this.#config.rules).total);
    const lessons = lessonsInMonth(log, month);
    this.#part('r-lessons').replaceChildren(...(lessons.length ? lessons.map((id) => el('li', {}, `${titles.get(id) ?? id}（${formatCivilDate(log.lessons[id]!)}）`)) : [el('li', {}, t('my.none'))]));
    const attempts = attemptsInMonth(log, month);
    this.#part('r-passed').textContent = t('my.recordPassedValue', { count: new Set(attempts.filter((a) => a.passed).map((a) => a.quiz)).size });
    this.#part('r-tests').replaceChildren(
      ...(attempts.length
        ? attempts.map((a) => el('tr', {}, el('td', {}, formatCivilDate(a.date)), el('td', { className: 'wrap' }, a.title), el('td', {}, t('my.score', { percent: a.percent, correct: a.correct, total: a.total })), el('td', {}, a.passed ? t('my.passed') : t('my.failed'))))
        : [el('tr', {}, el('td', { colSpan: 4 }, t('my.none')))]),
    );
    this.#part('r-note').textContent = t('my.recordNote', { date: formatCivilDate(civilDateInShanghai(new Date())) });
    this.#part('record').hidden = false;
  }

  #export() {
    const now = new Date();
    const blob = new Blob([exportLog(this.#log, now)], { type: 'application/json' });
    const link = el('a', { href: URL.createObjectURL(blob), download: `study-log-${civilDateInShanghai(now)}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#part('data-status').textContent = t('my.exported');
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const status = this.#part('data-status');
    try {
      const imported = parseExport(await file.text());
      const { log, saved } = updateLog(browserStorage(), (log) => mergeLogs(log, imported));
      this.#log = log;
      this.#render();
      status.textContent = saved ? t('my.imported') : t('my.unavailable');
      status.classList.remove('error');
    } catch (error) {
      status.textContent = error instanceof StudyLogError ? error.message : t('my.importFailed');
      status.classList.add('error');
    }
  }
}
customElements.define('my-study', MyStudy);
