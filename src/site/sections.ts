/**
 * The main menu: only sections whose pages exist, in four groups so that a
 * phone or a large-text reader faces six choices, not nineteen.
 */
import { t, type StringKey } from '../i18n/zh';

export interface NavLink {
  path: string;
  label: string;
}
export interface NavGroup {
  label: string;
  links: NavLink[];
}
export type NavItem = NavLink | NavGroup;

const link = (path: string, label: StringKey): NavLink => ({ path, label: t(label) });
const group = (label: StringKey, links: NavLink[]): NavGroup => ({ label: t(label), links });

export function navigation(): NavItem[] {
  return [
    link('', 'nav.home'),
    group('nav.group.study', [
      link('articles/', 'nav.articles'),
      link('library/', 'nav.library'),
      link('media/', 'nav.media'),
      link('courseware/', 'nav.courseware'),
      link('daily/', 'nav.daily'),
    ]),
    group('nav.school', [link('school/', 'nav.courses'), link('quizzes/', 'nav.quizzes'), link('my/', 'nav.my')]),
    group('nav.group.activities', [
      link('reports/', 'nav.reports'),
      link('contests/', 'nav.contests'),
      link('topics/', 'nav.topics'),
      link('history/', 'nav.history'),
      link('blogs/', 'nav.blogs'),
    ]),
    group('nav.group.participation', [link('polls/', 'nav.polls'), link('feedback/', 'nav.feedback'), link('stats/', 'nav.stats')]),
    link('search/', 'nav.search'),
  ];
}

export const isGroup = (item: NavItem): item is NavGroup => 'links' in item;
