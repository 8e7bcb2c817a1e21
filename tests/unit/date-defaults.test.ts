import { describe, expect, it } from 'vitest';
import { applyDateDefaults } from '../../admin/date-defaults';

const TODAY = '2026-07-01';

const date = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  label: name,
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  picker_utc: false,
  ...extra,
});
const month = (name: string, extra: Record<string, unknown> = {}) => ({
  ...date(name, extra),
  format: 'YYYY-MM',
  date_format: 'YYYY-MM',
});
const string = (name: string) => ({ name, label: name, widget: 'string' });

/** The default of the field at `path` (names of collection, file or field, in order) after applying. */
function defaultAt(config: { collections: Record<string, unknown>[] }, ...path: string[]): unknown {
  let node: unknown = { collections: config.collections };
  for (const name of path) {
    const parent = node as Record<string, unknown>;
    const children = [parent.collections, parent.files, parent.fields, parent.field ? [parent.field] : undefined]
      .filter(Array.isArray)
      .flat() as Record<string, unknown>[];
    node = children.find((child) => child.name === name);
    if (!node) throw new Error(`no ${name} in ${path.join('/')}`);
  }
  return (node as Record<string, unknown>).default;
}

const config = () => ({
  backend: { name: 'git-gateway' },
  collections: [
    {
      name: 'articles',
      folder: 'src/content/articles',
      fields: [
        string('title'),
        date('date'),
        date('expires', { required: false }),
        date('fixed', { default: '2020-01-01' }),
        date('blank', { default: '' }),
        month('month'),
        { name: 'when', label: 'when', widget: 'datetime' },
        { name: 'text', label: 'text', widget: 'string', format: 'YYYY-MM-DD' },
        {
          name: 'meeting',
          label: 'meeting',
          widget: 'object',
          fields: [string('place'), date('held'), month('period')],
        },
        {
          name: 'events',
          label: 'events',
          widget: 'list',
          fields: [date('on'), { name: 'inner', label: 'inner', widget: 'object', fields: [date('deep')] }],
        },
        { name: 'days', label: 'days', widget: 'list', field: date('day') },
      ],
    },
    {
      name: 'settings',
      files: [
        {
          name: 'site',
          file: 'src/content/settings/site.yml',
          fields: [string('name'), date('founded'), month('reported')],
        },
        { name: 'empty', file: 'src/content/settings/empty.yml', fields: [] },
      ],
    },
  ],
});

describe('applyDateDefaults', () => {
  const result = applyDateDefaults(config(), TODAY);

  it.each([
    ['a required date field', ['articles', 'date']],
    ['a date field in an object', ['articles', 'meeting', 'held']],
    ['a date field in a list of objects', ['articles', 'events', 'on']],
    ['a date field in an object in a list', ['articles', 'events', 'inner', 'deep']],
    ['the single date field of a list', ['articles', 'days', 'day']],
    ['a date field in a file collection', ['settings', 'site', 'founded']],
  ])('defaults %s to the given day', (_label, path) => {
    expect(defaultAt(result, ...path)).toBe(TODAY);
  });

  it.each([
    ['an optional date field', ['articles', 'expires'], undefined],
    ['a date field with a default', ['articles', 'fixed'], '2020-01-01'],
    ['a date field whose default is blank', ['articles', 'blank'], ''],
    ['a month field', ['articles', 'month'], undefined],
    ['a month field in an object', ['articles', 'meeting', 'period'], undefined],
    ['a month field in a file collection', ['settings', 'site', 'reported'], undefined],
    ['a datetime field without a date format', ['articles', 'when'], undefined],
    ['a non-date field with a date format', ['articles', 'text'], undefined],
    ['a string field', ['articles', 'title'], undefined],
  ])('leaves %s alone', (_label, path, expected) => {
    expect(defaultAt(result, ...path)).toBe(expected);
  });

  it('changes nothing but the defaults', () => {
    const withoutDefaults = JSON.parse(JSON.stringify(result), (key, value) =>
      key === 'default' && value === TODAY ? undefined : value,
    );
    expect(withoutDefaults).toEqual(config());
  });

  it('does not mutate its input', () => {
    const input = config();
    const snapshot = structuredClone(input);
    const output = applyDateDefaults(input, TODAY);
    expect(input).toEqual(snapshot);
    expect(output).not.toBe(input);
    expect(defaultAt(output, 'articles', 'date')).toBe(TODAY);
  });
});
