/**
 * The main menu: only sections whose pages exist, in four groups so that a
 * phone or a large-text reader faces six choices, not nineteen. A collection's
 * place comes from its model (`section.menu`); the pages that are no collection
 * (我的学习, 意见征集, 统计分析, search) are listed here.
 */
import { t, type StringKey } from '../i18n/zh';
import { COLLECTIONS, MENU_GROUPS, sectionName, type CollectionModel, type MenuGroup } from '../model/collections';
import { homeModel } from '../model/sections';

// Components read section names through this module (they do not import the model).
export { sectionNameOf } from '../model/sections';

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

/** Each group's name, and its pages that are not a collection's section, after the sections. */
const GROUPS: Record<MenuGroup, { label: StringKey; pages: NavLink[] }> = {
  study: { label: 'nav.group.study', pages: [] },
  school: { label: 'nav.school', pages: [link('my/', 'nav.my')] },
  activities: { label: 'nav.group.activities', pages: [] },
  participation: {
    label: 'nav.group.participation',
    pages: [link('feedback/', 'nav.feedback'), link('stats/', 'nav.stats'), link('dues/', 'nav.dues')],
  },
};

/** The sections of `group`, in the model's order. */
export function menuSections(group: MenuGroup, models: readonly CollectionModel[] = COLLECTIONS): NavLink[] {
  return models.flatMap(({ section, label }) =>
    section?.menu === group ? [{ path: section.path, label: section.menuLabel ?? label }] : [],
  );
}

export function navigation(models: readonly CollectionModel[] = COLLECTIONS): NavItem[] {
  const groups = MENU_GROUPS.map((group) => ({
    label: t(GROUPS[group].label),
    links: [...menuSections(group, models), ...GROUPS[group].pages],
  }));
  return [link('', 'nav.home'), ...groups, link('search/', 'nav.search')];
}

/**
 * The section an entry of `collection` is filed under, from the model: the
 * breadcrumb back to its page and the name its page is searched by (Pagefind's
 * section filter). An essay is filed under 专题征文.
 */
export function entrySection(collection: string, models: readonly CollectionModel[] = COLLECTIONS): NavLink {
  const model = models.find((candidate) => candidate.name === collection);
  const home = model && homeModel(model, models);
  if (!home?.section) throw new Error(`${collection}: no section of the site holds its entries`);
  return { path: home.section.path, label: sectionName(home) };
}

export const isGroup = (item: NavItem): item is NavGroup => 'links' in item;
