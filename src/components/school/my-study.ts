import {
  browserStorage,
  exportLog,
  loadLog,
  mergeLogs,
  parseExport,
  storageUsable,
  updateLog,
  StudyLogError,
  type StudyLog,
} from '../../lib/study/log';
import {
  attemptsInMonth,
  courseProgress,
  dailyMinutes,
  lessonsInMonth,
  minutesInMonth,
  monthPoints,
  recordedMonths,
  streak,
  targetPercent,
  testsPassedInMonth,
  type PointsRules,
} from '../../lib/study/summary';
import {
  buildSubmission,
  defaultSubmitMonth,
  serializeSubmission,
  submissionFileName,
  type StudySubmission,
} from '../../lib/study/submission';
import {
  forgetMemberName,
  memberFromQuery,
  normaliseMemberName,
  readMemberId,
  readMemberName,
  saveMemberId,
  saveMemberName,
} from '../../lib/members/identity';
import { deviceTallies } from '../../lib/study/log';
import { sentMonths, type SentMonth } from '../../lib/study/sync';
import { walineServerUrl, WALINE_USER_KEY } from '../../lib/discussion/waline';
import { openSignIn, wireSignIn } from '../discussion/sign-in-dialog';
import { beijingTime, sendMonth, serviceState, syncLog, type ServiceState } from './my-study-service';
import { civilDateInShanghai, formatCivilDate } from '../../lib/civil-date';
import { formatClock } from '../../lib/study/countdown';
import { el, svg } from '../../lib/web/dom';
import { monthChartLayout } from '../../lib/participation/bar-chart';
import { clientTranslator } from '../../i18n/fill';

const t = clientTranslator('my-study');

interface Config {
  target: number;
  rules: PointsRules;
  branch: string;
  courses: { id: string; title: string; href: string; lessons: { id: string; title: string; href: string }[] }[];
}

const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`;
const kindLabel = { test: t('my.kindTest'), contest: t('my.kindContest'), daily: t('my.kindDaily') };
const isEmptyLog = (log: StudyLog) =>
  deviceTallies(log).every((days) => Object.keys(days).length === 0) &&
  Object.keys(log.lessons).length === 0 &&
  log.attempts.length === 0;

/** A table cell that names its column, for the card layout on phones. */
function cell(label: string, content: string, className = ''): HTMLTableCellElement {
  const td = el('td', { className }, content);
  td.dataset.label = label;
  return td;
}

/** Offers a text as a file download (the member's own data, made in the page). */
function download(text: string, fileName: string) {
  const link = el('a', {
    href: URL.createObjectURL(new Blob([text], { type: 'application/json' })),
    download: fileName,
  });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

class MyStudy extends HTMLElement {
  #config!: Config;
  #log!: StudyLog;
  /** Who a file says it is from: the linked archive id, or the typed name (no branch service). */
  #who: { member: string } | { name: string } | undefined;
  #submission: StudySubmission | undefined;
  /** The branch service's address, on sites that have it. */
  #server: string | undefined;
  #session: ServiceState | undefined;
  /** The month to send once the member has signed in (the tap that opened the dialog). */
  #pendingMonth: string | undefined;
  #unwire: (() => void) | undefined;

  connectedCallback() {
    this.#part('nojs').remove();
    this.#config = JSON.parse(this.querySelector('[data-config]')!.textContent!);
    const storage = browserStorage();
    this.#log = loadLog(storage);
    this.#part('unavailable').hidden = storageUsable(storage);
    this.#part('dashboard').hidden = false;
    this.#identify();
    this.#render();
    if (this.dataset.server) this.#connectService(walineServerUrl(this.dataset.server, location.href));
    this.#part('member-change').addEventListener('click', () => this.#askMember());
    this.#part('member-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#chooseMember();
    });
    this.#part('submit-month').addEventListener('change', () => this.#labelSubmit());
    this.#part('submit').addEventListener('click', () => this.#submit());
    this.#part('copy').addEventListener('click', () => this.#copy());
    this.#part('export').addEventListener('click', () => this.#export());
    this.#part<HTMLInputElement>('import').addEventListener('change', (event) =>
      this.#import(event.target as HTMLInputElement),
    );
    this.#part('print').addEventListener('click', () => {
      this.#renderRecord();
      // A paper record without its member's name is no record: ask for the name first.
      const name = this.#part<HTMLInputElement>('record-name');
      if (!name.value.trim()) {
        this.#part('record-status').textContent = t('my.recordNeedName');
        name.focus();
        return;
      }
      window.print();
    });
    this.#part('record-name').addEventListener('input', () => this.#renderRecord());
    this.#part('record-month').addEventListener('change', () => this.#renderRecord());
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  // ---------- who submits ----------

  /** The personal link's id is remembered and taken out of the address, so a shared /my/ link names nobody. */
  #identify() {
    const storage = browserStorage();
    const query = memberFromQuery(location.search);
    const status = this.#part('member-status');
    if (query.kind === 'id') {
      saveMemberId(storage, query.id);
      forgetMemberName(storage);
      this.#who = { member: query.id };
      status.textContent = t('my.submit.fromLink', { id: query.id });
      const url = new URL(location.href);
      url.searchParams.delete('member');
      history.replaceState(history.state, '', url);
    } else {
      if (query.kind === 'invalid') {
        status.textContent = t('my.submit.badLink', { id: query.raw });
        status.classList.add('error');
      }
      const member = readMemberId(storage);
      const name = readMemberName(storage);
      this.#who = member ? { member } : name ? { name } : undefined;
    }
    this.#showMember();
  }

  #showMember() {
    const who = this.#who;
    this.#part('member-known').hidden = !who;
    this.#part('member-form').hidden = who !== undefined;
    this.#part('member-hint').hidden = who !== undefined;
    if (who)
      this.#part('member-label').textContent =
        'member' in who ? t('my.submit.whoKnown', { id: who.member }) : t('my.submit.whoName', { name: who.name });
  }

  #askMember() {
    this.#part('member-known').hidden = true;
    this.#part('member-form').hidden = false;
    this.#part('member-hint').hidden = false;
    const input = this.#part<HTMLInputElement>('member-input');
    input.value = this.#who && 'name' in this.#who ? this.#who.name : '';
    input.focus();
  }

  /** The member says who they are, as they like (王芳): the secretary chooses the archive on import. */
  #chooseMember() {
    const status = this.#part('member-status');
    const name = normaliseMemberName(this.#part<HTMLInputElement>('member-input').value);
    if (!name) {
      status.textContent = t('my.submit.badName');
      status.classList.add('error');
      this.#part('member-input').focus();
      return;
    }
    saveMemberName(browserStorage(), name);
    this.#who = { name };
    status.textContent = '';
    status.classList.remove('error');
    this.#showMember();
    this.#part('submit').focus();
  }

  // ---------- the branch service: the log kept there too, the month sent in one tap ----------

  #connectService(server: string) {
    this.#server = server;
    const dialog = this.querySelector<HTMLDialogElement>('[data-sign-in]')!;
    const undoSignIn = wireSignIn(dialog, server, () => {
      const month = this.#pendingMonth;
      this.#pendingMonth = undefined;
      void (month ? this.#sendToService(month) : this.#syncService());
    });
    const open = () => openSignIn(dialog);
    const signedOut = (event: StorageEvent) => {
      if (event.key === WALINE_USER_KEY && event.newValue === null) void this.#syncService();
    };
    this.#part('sign-in-open').addEventListener('click', open);
    window.addEventListener('storage', signedOut);
    this.#unwire = () => {
      undoSignIn();
      window.removeEventListener('storage', signedOut);
    };
    void this.#syncService();
  }

  disconnectedCallback() {
    this.#unwire?.();
  }

  /** Who is signed in, and (a member) the log synced: shown in the panel. */
  async #syncService(): Promise<ServiceState> {
    const server = this.#server!;
    const status = this.#part('sync-status');
    status.textContent = t('my.service.syncing');
    let state = await serviceState(server);
    if (state.kind === 'member') {
      const synced = await syncLog(server, state, this.#log);
      this.#log = synced.log;
      if ('problem' in synced) {
        if (synced.problem === 'signed-out') state = { kind: 'signed-out' };
        else if (synced.problem === 'unreachable') state = { kind: 'unreachable' };
        // A refusal (a month past the limits) says why in the service's words; the log stays here.
        status.textContent = synced.problem === 'unreachable' ? t('my.service.unreachable') : (synced.message ?? '');
      } else {
        status.textContent = t('my.service.synced');
        this.#showSentMonths(sentMonths({ months: synced.months }));
      }
      this.#render();
    } else
      status.textContent =
        state.kind === 'unreachable'
          ? t('my.service.unreachable')
          : state.kind === 'not-member'
            ? t('my.service.notMember')
            : '';
    this.#session = state;
    this.#showService(state);
    return state;
  }

  #showService(state: ServiceState) {
    const who = this.#part('service-who');
    who.hidden = state.kind !== 'member';
    if (state.kind === 'member') who.textContent = t('my.service.who', { name: state.name });
    this.#part('service-signed-out').hidden = state.kind !== 'signed-out';
    // An account not linked to an archive yet sends a file, as a site without the service does.
    this.#part('file-who').hidden = state.kind !== 'not-member';
  }

  #showSentMonths(months: readonly SentMonth[]) {
    const line = this.#part('sent-months');
    line.hidden = months.length === 0;
    line.textContent = t('my.service.sentMonths', {
      months: months
        .map(({ month, receivedAt }) =>
          t('my.service.sentMonth', { month: monthLabel(month), time: beijingTime(receivedAt) }),
        )
        .join('、'),
    });
  }

  #sentStatus(text: string, error = false) {
    const status = this.#part('sent-status');
    status.textContent = text;
    status.classList.toggle('error', error);
  }

  /**
   * Syncs, builds the month's record from every device's log, shows it, and
   * sends it. Whatever fails, the record stays on screen and in this browser.
   */
  async #sendToService(month: string) {
    const button = this.#part<HTMLButtonElement>('submit');
    button.disabled = true;
    this.#sentStatus(t('my.service.sending'));
    try {
      const state = await this.#syncService();
      if (state.kind === 'signed-out') {
        this.#sentStatus('');
        this.#pendingMonth = month;
        openSignIn(this.querySelector<HTMLDialogElement>('[data-sign-in]')!);
        return;
      }
      if (state.kind === 'not-member') {
        this.#sentStatus('');
        this.#submitFile(month);
        return;
      }
      if (state.kind === 'unreachable') {
        this.#sentStatus(t('my.service.failed', { reason: t('my.service.unreachableShort') }), true);
        return;
      }
      const submission = this.#build(month, { member: state.memberId });
      this.#renderSummary(submission, undefined);
      const answer = await sendMonth(this.#server!, state, submission);
      if (answer.ok) {
        const { receivedAt, createdAt, newerKept } = answer.data;
        this.#sentStatus(
          newerKept
            ? t('my.service.sentNewer', { month: monthLabel(month), time: beijingTime(createdAt) })
            : t('my.service.sent', { month: monthLabel(month), time: beijingTime(receivedAt) }),
        );
        void this.#syncService();
        return;
      }
      if (answer.problem.kind === 'signed-out') {
        this.#sentStatus(t('my.service.expired'), true);
        this.#pendingMonth = month;
        openSignIn(this.querySelector<HTMLDialogElement>('[data-sign-in]')!);
        return;
      }
      const reason = answer.problem.kind === 'refused' ? `${answer.problem.message}` : t('my.service.unreachableShort');
      this.#sentStatus(t('my.service.failed', { reason }), true);
    } finally {
      button.disabled = false;
    }
  }

  // ---------- the monthly record ----------

  #labelSubmit() {
    const month = this.#part<HTMLSelectElement>('submit-month').value;
    const current = civilDateInShanghai(new Date()).slice(0, 7);
    this.#part('submit').textContent =
      month === current ? t('my.submit.button') : t('my.submit.buttonMonth', { month: monthLabel(month) });
  }

  #lessonTitle = (id: string) => {
    for (const course of this.#config.courses) {
      const lesson = course.lessons.find((l) => l.id === id);
      if (lesson) return `${course.title} · ${lesson.title}`;
    }
    return id;
  };

  #submit() {
    const month = this.#part<HTMLSelectElement>('submit-month').value;
    if (this.#server && this.#session?.kind !== 'not-member') return void this.#sendToService(month);
    this.#submitFile(month);
  }

  #build(month: string, who: { member: string } | { name: string }): StudySubmission {
    return buildSubmission(this.#log, {
      ...who,
      month,
      now: new Date(),
      rules: this.#config.rules,
      lessonTitle: this.#lessonTitle,
    });
  }

  /** Without the service: a file to send by WeChat or e-mail, saying who by the linked id or the typed name. */
  #submitFile(month: string) {
    if (!this.#who) {
      this.#askMember();
      const status = this.#part('member-status');
      status.textContent = t('my.submit.needName');
      status.classList.add('error');
      return;
    }
    const submission = this.#build(month, this.#who);
    const file = submissionFileName(submission.member, month);
    download(serializeSubmission(submission), file);
    this.#submission = submission;
    this.#renderSummary(submission, file);
  }

  /** The month's record as sent; `file` when it went as a file (then how to send it follows). */
  #renderSummary({ month, record }: StudySubmission, file: string | undefined) {
    this.#part('submit-status').textContent = file ? t('my.submit.done', { file }) : '';
    this.#part('file-steps').hidden = file === undefined;
    this.#part('summary-title').textContent = t('my.submit.summaryHeading', { month: monthLabel(month) });
    const tests = record.tests.filter((a) => a.kind !== 'daily');
    this.#part('summary').replaceChildren(
      el(
        'li',
        {},
        t('my.submit.summaryMinutes', {
          minutes: record.minutes,
          target: this.#config.target,
          days: Object.keys(record.days).length,
        }),
      ),
      el('li', {}, t('my.submit.summaryLessons', { count: record.lessons.length })),
      el('li', {}, t('my.submit.summaryTests', { count: tests.length, passed: record.testsPassed })),
      ...tests.map((a) =>
        el(
          'li',
          { className: 'muted' },
          t('my.submit.testLine', {
            date: formatCivilDate(a.date),
            title: a.title,
            score: t('my.score', { percent: a.percent, correct: a.correct, total: a.total }),
            result: a.passed ? t('my.passed') : t('my.failed'),
          }),
        ),
      ),
      el('li', {}, t('my.submit.summaryPoints', { points: record.points })),
    );
    this.#part('step-wechat').textContent = t('my.submit.stepWechat', { file: file ?? '' });
    this.#part('step-mail').textContent = t('my.submit.stepMail', { file: file ?? '' });
    this.#part('copy-status').textContent = '';
    this.#part('copy-text').hidden = true;
    this.#part('submitted').hidden = false;
  }

  /** WeChat's own browser often cannot download: the record can go as a chat message instead. */
  async #copy() {
    if (!this.#submission) return;
    const text = serializeSubmission(this.#submission, { compact: true });
    const status = this.#part('copy-status');
    const area = this.#part<HTMLTextAreaElement>('copy-text');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = t('my.submit.copied');
      area.hidden = true;
    } catch {
      status.textContent = t('my.submit.copyManual');
      area.value = text;
      area.hidden = false;
      area.select();
    }
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
    this.#part('target-text').textContent =
      minutes >= target ? t('my.targetReached', { percent }) : t('my.targetLeft', { percent, left: target - minutes });
    this.#part('streak').textContent = t('my.days', { days: streak(log, today) });
    const points = monthPoints(log, month, rules);
    this.#part('points').textContent = String(points.total);
    for (const cellOfPoints of this.querySelectorAll<HTMLElement>('[data-points-of]')) {
      cellOfPoints.textContent = String(
        points[cellOfPoints.dataset.pointsOf as 'reading' | 'media' | 'tests' | 'daily'],
      );
    }
    this.#part('lessons-done').textContent = String(lessonsInMonth(log, month).length);
    this.#part('tests-taken').textContent = String(attemptsInMonth(log, month).length);
    // A first visit gets a welcome and where to start, not an empty chart.
    const empty = isEmptyLog(log);
    this.#part('welcome').hidden = !empty;
    this.#part('activity').hidden = empty;
    if (!empty) this.#renderChart(month, target);

    this.#part('courses').replaceChildren(
      ...courses.map((course) => {
        const { done, total } = courseProgress(
          log,
          course.lessons.map((l) => l.id),
        );
        const progress = el('div', { className: 'progress-bar' }, el('span'));
        progress.setAttribute('role', 'progressbar');
        progress.setAttribute('aria-label', course.title);
        progress.setAttribute('aria-valuemin', '0');
        progress.setAttribute('aria-valuemax', String(total));
        progress.setAttribute('aria-valuenow', String(done));
        (progress.firstChild as HTMLElement).style.width = `${total ? (done * 100) / total : 0}%`;
        return el(
          'li',
          {},
          el('a', { href: course.href }, course.title),
          el('span', { className: 'muted' }, ` ${t('school.progress', { done, total })}`),
          progress,
        );
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
          cell(t('my.colDate'), formatCivilDate(a.date)),
          cell(t('my.colQuiz'), `${a.title}（${kindLabel[a.kind]}）`, 'wrap'),
          cell(t('my.colScore'), t('my.score', { percent: a.percent, correct: a.correct, total: a.total })),
          cell(t('my.colResult'), a.passed ? t('my.passed') : t('my.failed'), a.passed ? 'pass' : 'fail'),
          cell(t('my.colTime'), formatClock(a.seconds)),
        ),
      ),
    );

    const months = recordedMonths(log, month);
    this.#fillMonths(this.#part<HTMLSelectElement>('record-month'), months);
    this.#fillMonths(this.#part<HTMLSelectElement>('submit-month'), months, defaultSubmitMonth(today, months));
    this.#labelSubmit();
    this.#renderRecord();
  }

  /** Keeps the reader's choice across re-renders; `initial` is the choice on first fill. */
  #fillMonths(select: HTMLSelectElement, months: readonly string[], initial?: string) {
    const chosen = select.value || initial;
    select.replaceChildren(...months.map((m) => el('option', { value: m, textContent: monthLabel(m) })));
    if (chosen && months.includes(chosen)) select.value = chosen;
  }

  #renderChart(month: string, target: number) {
    const chart = monthChartLayout(dailyMinutes(this.#log, month), target);
    const columns = chart.columns.map((d) =>
      svg(
        'rect',
        { x: d.x, y: d.y, width: chart.columnWidth, height: d.height, class: 'bar' },
        svg('title', {}, t('my.chartBar', { date: formatCivilDate(d.date), minutes: d.minutes })),
      ),
    );
    const labels = chart.labels.map(({ x, y, day }) =>
      svg('text', { x, y, 'text-anchor': 'middle', class: 'label' }, String(day)),
    );
    const line = svg('line', { x1: 0, x2: chart.width, y1: chart.goalY, y2: chart.goalY, class: 'goal' });
    const summary = t('my.chartSummary', {
      days: chart.daysStudied,
      minutes: chart.totalMinutes,
      goal: chart.goalMinutes,
    });
    const drawing = svg(
      'svg',
      { viewBox: `0 0 ${chart.width} ${chart.height}`, role: 'img', 'aria-label': summary },
      ...columns,
      line,
      ...labels,
    );
    this.#part('chart').replaceChildren(
      drawing,
      el('p', { className: 'muted legend' }, t('my.chartLegend', { goal: chart.goalMinutes })),
    );
  }

  #renderRecord() {
    const log = this.#log;
    const month = this.#part<HTMLSelectElement>('record-month').value || civilDateInShanghai(new Date()).slice(0, 7);
    const name = this.#part<HTMLInputElement>('record-name').value.trim();
    const titles = new Map(
      this.#config.courses.flatMap((c) => c.lessons.map((l) => [l.id, `${c.title} · ${l.title}`] as const)),
    );
    this.#part('r-branch').textContent = this.#config.branch;
    this.#part('r-name').textContent = name;
    if (name) this.#part('record-status').textContent = '';
    this.#part('r-month').textContent = monthLabel(month);
    this.#part('r-minutes').textContent = t('my.recordMinutesValue', {
      minutes: minutesInMonth(log, month),
      target: this.#config.target,
    });
    this.#part('r-points').textContent = String(monthPoints(log, month, this.#config.rules).total);
    const lessons = lessonsInMonth(log, month);
    this.#part('r-lessons').replaceChildren(
      ...lessons.map((id) => el('li', {}, `${titles.get(id) ?? id}（${formatCivilDate(log.lessons[id]!)}）`)),
    );
    this.#part('r-lessons').hidden = lessons.length === 0;
    this.#part('r-no-lessons').hidden = lessons.length > 0;
    const attempts = attemptsInMonth(log, month);
    this.#part('r-passed').textContent = t('my.recordPassedValue', { count: testsPassedInMonth(log, month) });
    this.#part('r-tests').replaceChildren(
      ...attempts.map((a) =>
        el(
          'tr',
          {},
          cell(t('my.colDate'), formatCivilDate(a.date)),
          cell(t('my.colQuiz'), a.title, 'wrap'),
          cell(t('my.colScore'), t('my.score', { percent: a.percent, correct: a.correct, total: a.total })),
          cell(t('my.colResult'), a.passed ? t('my.passed') : t('my.failed')),
        ),
      ),
    );
    this.#part('r-tests-table').hidden = attempts.length === 0;
    this.#part('r-no-tests').hidden = attempts.length > 0;
    this.#part('r-note').textContent = t('my.recordNote', { date: formatCivilDate(civilDateInShanghai(new Date())) });
    // The sheet shows once it names its member: until then it would be a form with 姓名 blank.
    this.#part('record').hidden = name === '';
  }

  #export() {
    const now = new Date();
    const file = `study-log-${civilDateInShanghai(now)}.json`;
    download(exportLog(this.#log, now), file);
    this.#part('data-status').textContent = t('my.exported', { file });
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
