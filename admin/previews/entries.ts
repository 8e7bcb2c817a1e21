/**
 * CMS previews of the other collections with pages: articles, the school
 * (courses, lessons, quizzes), member activities (reports, contests, essays,
 * topics, history, blogs, people) and polls. Each shows what its page shows,
 * in the site's markup; the body is rendered and sanitized as on the site.
 * Section names come from the site's strings, as the pages show them.
 */
import { createElement as h } from 'react';
import { lessonMinutes, readingMinutes } from '../../src/lib/content/reading-time';
import { periodOf } from '../../src/lib/content/history';
import { attemptSize } from '../../src/lib/study/quiz-paper';
import { QUIZ_KINDS } from '../../src/model/collections';
import { findSlug } from '../../src/model/fields';
import { formatCivilDate } from '../../src/lib/civil-date';
import { t } from '../../src/i18n/zh';
import { shownAuthor } from '../../src/lib/content/byline';
import { assetUrl, civilDate, entryPage, list, prose, tagPills, text, type Props } from './markup';
import { relatedField, relatedName } from './related';
import { sectionNameOf } from '../../src/model/sections';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function ArticlePreview(props: Props) {
  return entryPage({
    // The site shows the category above the title, as a link to its list.
    section: text(props, 'category') || sectionNameOf('articles'),
    title: text(props, 'title'),
    meta: [
      civilDate(text(props, 'date')),
      text(props, 'author') && t('articles.author', { author: text(props, 'author') }),
      t('articles.readingTime', { minutes: readingMinutes(text(props, 'body')) }),
    ],
    // Only what the article page shows: the summary and cover appear in lists and sharing cards, not on the page.
    body: prose(props),
    after: [h('div', { key: 'tags' }, tagPills(list(props, 'tags')))],
  });
}

function CoursePreview(props: Props) {
  const cover = assetUrl(props, text(props, 'cover'));
  return entryPage({
    section: t('nav.school'),
    title: text(props, 'title'),
    meta: [],
    before: [
      cover ? h('img', { key: 'cover', className: 'cover', src: cover, alt: text(props, 'coverAlt') }) : null,
      h('p', { key: 'summary', className: 'lead' }, text(props, 'summary')),
    ],
    body: prose(props),
  });
}

function LessonPreview(props: Props) {
  const attachments = list<{ name?: string; file?: string }>(props, 'attachments');
  return entryPage({
    section: `${t('nav.school')} · ${relatedName(props, 'course', 'courses', 'title')}`,
    title: text(props, 'title'),
    meta: [
      t('lesson.number', { n: text(props, 'order') }),
      t('lesson.minutes', {
        minutes: lessonMinutes({
          body: text(props, 'body'),
          minutes: Number(text(props, 'minutes')) || undefined,
          mediaDuration: relatedField(props, 'media', 'media', 'duration'),
        }),
      }),
    ],
    body: prose(props),
    after:
      attachments.length > 0
        ? [
            h('h2', { key: 'attachments-heading' }, t('lesson.attachments')),
            h(
              'ul',
              { key: 'attachments' },
              ...attachments.map((a, i) =>
                h('li', { key: i }, h('a', { href: assetUrl(props, a.file ?? '') }, a.name)),
              ),
            ),
          ]
        : [],
  });
}

interface QuestionData {
  type?: string;
  stem?: string;
  options?: string[];
  answer?: string[];
  explanation?: string;
}

function QuizPreview(props: Props) {
  const questions = list<QuestionData>(props, 'questions');
  const limit = Number(text(props, 'timeLimitMinutes'));
  const draw = Number(text(props, 'drawCount')) || undefined;
  return entryPage({
    section: text(props, 'kind') || sectionNameOf('quizzes'),
    title: text(props, 'title'),
    meta: [
      t('quiz.factCount', {
        count: attemptSize(findSlug(QUIZ_KINDS, text(props, 'kind')) ?? 'test', questions.length, draw),
      }),
      t('quiz.factLine', { line: text(props, 'passPercent') }),
      limit ? t('quiz.factLimit', { minutes: limit }) : t('quiz.factNoLimit'),
    ],
    after: [
      h(
        'ol',
        { key: 'questions', className: 'questions' },
        ...questions.map((q, i) =>
          h(
            'li',
            { key: i, className: 'question' },
            h('p', null, h('strong', null, `【${q.type ?? ''}】`), q.stem ?? ''),
            (q.options ?? []).length > 0
              ? h('ol', { type: 'A' }, ...(q.options ?? []).map((o, j) => h('li', { key: j }, o)))
              : null,
            h('p', { className: 'answer' }, t('quiz.correctAnswer'), (q.answer ?? []).join('、')),
            q.explanation ? h('p', { className: 'muted' }, t('quiz.explanation'), q.explanation) : null,
          ),
        ),
      ),
    ],
  });
}

function ReportPreview(props: Props) {
  return entryPage({
    section: sectionNameOf('reports'),
    title: text(props, 'title'),
    meta: [
      t('reports.author', { author: shownAuthor(text(props, 'author'), text(props, 'byline') || undefined) }),
      t('reports.stage', { stage: text(props, 'stage') }),
      civilDate(text(props, 'date')),
    ],
    body: prose(props),
  });
}

function ContestPreview(props: Props) {
  const results = text(props, 'resultsDate');
  return entryPage({
    section: sectionNameOf('contests'),
    title: text(props, 'title'),
    meta: [],
    before: [
      h(
        'dl',
        { key: 'facts', className: 'facts' },
        h('div', null, h('dt', null, t('contests.theme')), h('dd', null, text(props, 'theme'))),
        h(
          'div',
          null,
          h('dt', null, t('contests.period')),
          h('dd', null, civilDate(text(props, 'start')), ` ${t('contests.to')} `, civilDate(text(props, 'deadline'))),
        ),
        results ? h('div', null, h('dt', null, t('contests.results')), h('dd', null, civilDate(results))) : null,
      ),
      h('h2', { key: 'rules' }, t('contests.rules')),
    ],
    body: prose(props),
  });
}

function EssayPreview(props: Props) {
  return entryPage({
    section: sectionNameOf('contests'),
    title: text(props, 'title'),
    meta: [
      t('contests.essayAuthor', { author: text(props, 'author') }),
      civilDate(text(props, 'date')),
      t('contests.entryOf', { contest: relatedName(props, 'contest', 'contests', 'title') }),
    ],
    body: prose(props),
  });
}

function TopicPreview(props: Props) {
  const closed = props.entry.getIn(['data', 'closed']) === true;
  return entryPage({
    section: sectionNameOf('topics'),
    title: text(props, 'title'),
    meta: [civilDate(text(props, 'date')), closed ? t('topics.closedBadge') : t('topics.openBadge')],
    before: [h('p', { key: 'summary', className: 'lead' }, text(props, 'summary'))],
    body: prose(props),
  });
}

function HistoryPreview(props: Props) {
  const date = text(props, 'date');
  const image = assetUrl(props, text(props, 'image'));
  return entryPage({
    section: sectionNameOf('history'),
    title: text(props, 'title'),
    meta: [civilDate(date), DATE.test(date) ? t('history.period', { period: periodOf(date).name }) : null],
    before: [
      image
        ? h('figure', { key: 'image' }, h('img', { className: 'cover', src: image, alt: text(props, 'imageAlt') }))
        : null,
      h('p', { key: 'summary' }, h('strong', null, text(props, 'summary'))),
    ],
    body: prose(props),
    after: [h('div', { key: 'tags' }, tagPills(list(props, 'tags')))],
  });
}

function PollPreview(props: Props) {
  const opens = text(props, 'opens');
  const closes = text(props, 'closes');
  const period =
    DATE.test(opens) && DATE.test(closes)
      ? t('polls.period', { opens: formatCivilDate(opens), closes: formatCivilDate(closes) })
      : '';
  return entryPage({
    section: sectionNameOf('polls'),
    title: text(props, 'title'),
    meta: [period],
    body: prose(props),
    after: [
      h('h2', { key: 'options-heading' }, t('polls.options')),
      h('ol', { key: 'options' }, ...list(props, 'options').map((o, i) => h('li', { key: i }, o))),
    ],
  });
}

function BlogPreview(props: Props) {
  return entryPage({
    section: sectionNameOf('blogs'),
    title: text(props, 'title'),
    meta: [
      t('blogs.author', { author: relatedName(props, 'author', 'people', 'name') }),
      civilDate(text(props, 'date')),
    ],
    body: prose(props),
    after: [h('div', { key: 'tags' }, tagPills(list(props, 'tags')))],
  });
}

function PersonPreview(props: Props) {
  const avatar = assetUrl(props, text(props, 'avatar'));
  return entryPage({
    section: sectionNameOf('blogs'),
    title: text(props, 'name'),
    meta: [t('people.role', { role: text(props, 'role') })],
    before: [
      avatar ? h('img', { key: 'avatar', className: 'avatar', src: avatar, alt: '' }) : null,
      h('p', { key: 'bio' }, text(props, 'bio')),
    ],
    body: prose(props),
  });
}

/** The templates written for these collections (others preview from their model: model-preview.ts). */
export const ENTRY_PREVIEWS = {
  articles: ArticlePreview,
  courses: CoursePreview,
  lessons: LessonPreview,
  quizzes: QuizPreview,
  reports: ReportPreview,
  contests: ContestPreview,
  essays: EssayPreview,
  topics: TopicPreview,
  history: HistoryPreview,
  polls: PollPreview,
  blogs: BlogPreview,
  people: PersonPreview,
};
