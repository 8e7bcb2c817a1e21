/** The sections in the main menu: only sections whose pages exist. */
import { t, type StringKey } from '../i18n/zh';

interface Section {
  path: string;
  label: StringKey;
}

const SECTIONS: readonly Section[] = [
  { path: '', label: 'nav.home' },
  { path: 'articles/', label: 'nav.articles' },
  { path: 'library/', label: 'nav.library' },
  { path: 'media/', label: 'nav.media' },
  { path: 'courseware/', label: 'nav.courseware' },
  { path: 'daily/', label: 'nav.daily' },
  { path: 'school/', label: 'nav.school' },
  { path: 'quizzes/', label: 'nav.quizzes' },
  { path: 'my/', label: 'nav.my' },
  { path: 'reports/', label: 'nav.reports' },
  { path: 'contests/', label: 'nav.contests' },
  { path: 'topics/', label: 'nav.topics' },
  { path: 'history/', label: 'nav.history' },
  { path: 'blogs/', label: 'nav.blogs' },
  { path: 'polls/', label: 'nav.polls' },
  { path: 'feedback/', label: 'nav.feedback' },
  { path: 'stats/', label: 'nav.stats' },
  { path: 'search/', label: 'nav.search' },
];

export function navigation() {
  return SECTIONS.map((s) => ({ path: s.path, label: t(s.label) }));
}
