/**
 * The CMS list view of a collection (sorting, filters, groups), derived from
 * the kinds of its fields so every collection gets the same tools and a new
 * field gets them without a second definition:
 *   - sort by the title, by every date and by an explicit order/year number;
 *   - filter by each option of a select field and by each yes/no field;
 *   - group by month of every date, by select options, by required references
 *     (course, contest, author) and by yes/no fields.
 */
import type { Field } from '../../src/model/fields';
import type { CollectionModel } from '../../src/model/collections';
import { LIST_ORDER_FIELD, listOrder, ORDERING_NUMBERS, titleFieldOf } from './list-titles';

export interface SortableField {
  field: string;
  label: string;
  default_sort?: 'asc' | 'desc';
}
export interface ViewFilter {
  label: string;
  field: string;
  pattern: string | boolean;
}
export interface ViewGroup {
  label: string;
  field: string;
  pattern?: string;
}
export interface CollectionViews {
  sortable_fields: SortableField[];
  view_filters?: ViewFilter[];
  view_groups?: ViewGroup[];
}

/** Months of YYYY-MM-DD dates: Decap groups by the first match of this pattern. */
export const MONTH_PATTERN = '^\\d{4}-\\d{2}';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isSortable(name: string, field: Field): boolean {
  return field.kind === 'date' || field.kind === 'month' || (field.kind === 'number' && ORDERING_NUMBERS.has(name));
}

export function sortableFields(model: CollectionModel): SortableField[] {
  const entries = Object.entries(model.fields);
  const sortable = entries.filter(([name, field]) => name === model.titleField || isSortable(name, field));
  // Newest first where entries have a date; otherwise in their set order.
  const firstDate = entries.find(([, field]) => field.kind === 'date' && field.required)?.[0];
  const firstOrder = entries.find(([name, field]) => field.kind === 'number' && ORDERING_NUMBERS.has(name))?.[0];
  // Lessons: by course, then by their order, rather than all first lessons, then all second ones.
  const byParent = listOrder(model);
  const fields: SortableField[] = sortable.map(([name, field]) => ({
    field: name,
    label: field.label,
    ...(name === firstDate
      ? { default_sort: 'desc' as const }
      : !firstDate && !byParent && name === firstOrder
        ? { default_sort: 'asc' as const }
        : {}),
  }));
  return byParent
    ? [
        { field: LIST_ORDER_FIELD, label: byParent.label, ...(firstDate ? {} : { default_sort: 'asc' as const }) },
        ...fields,
      ]
    : fields;
}

export function viewFilters(model: CollectionModel): ViewFilter[] {
  return Object.entries(model.fields).flatMap(([name, field]): ViewFilter[] => {
    if (field.kind === 'select') {
      return field.options.map((option) => ({
        label: `${field.label}：${option.value}`,
        field: name,
        pattern: `^${escapeRegExp(option.value)}$`,
      }));
    }
    if (field.kind === 'boolean') return [{ label: field.label, field: name, pattern: true }];
    return [];
  });
}

export function viewGroups(model: CollectionModel): ViewGroup[] {
  return Object.entries(model.fields).flatMap(([name, field]): ViewGroup[] => {
    switch (field.kind) {
      case 'date':
        return [{ label: `${field.label}（按月）`, field: name, pattern: MONTH_PATTERN }];
      case 'select':
      case 'boolean':
        return [{ label: field.label, field: name }];
      // The entry's parent (course, contest, author); an optional link (a lesson's quiz) groups nothing useful.
      // Grouped under the parent's title, not its id (list-titles.ts).
      case 'reference':
        return field.required ? [{ label: field.label, field: titleFieldOf(name) }] : [];
      default:
        return [];
    }
  });
}

/** Decap rejects an empty filter or group list, so absent ones are left out. */
export function collectionViews(model: CollectionModel): CollectionViews {
  const filters = viewFilters(model);
  const groups = viewGroups(model);
  return {
    sortable_fields: sortableFields(model),
    ...(filters.length > 0 ? { view_filters: filters } : {}),
    ...(groups.length > 0 ? { view_groups: groups } : {}),
  };
}
