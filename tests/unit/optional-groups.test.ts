import { describe, expect, it } from 'vitest';
import { incompleteGroups, relaxOptionalGroups } from '../../admin/optional-groups';
import { decapConfig } from '../../src/model/to-decap';

const GISCUS = {
  name: 'giscus',
  label: '讨论区（Giscus）',
  widget: 'object',
  required: false,
  fields: [
    { name: 'host', label: 'Giscus 服务地址', widget: 'string', required: true, default: 'https://giscus.app' },
    { name: 'repo', label: 'GitHub 仓库', widget: 'string', required: true },
    { name: 'repoId', label: '仓库 ID（repo-id）', widget: 'string', required: true },
  ],
};
const REPORT = { name: 'reportChannel', label: '保密举报渠道', widget: 'object', required: true, fields: [{ name: 'note', label: '说明', widget: 'text', required: true }] };

describe('relaxOptionalGroups', () => {
  it('lets the fields of an optional group be empty, and nothing else', () => {
    const relaxed = relaxOptionalGroups({ collections: [{ name: 'settings', files: [{ name: 'site', fields: [GISCUS, REPORT] }] }] });
    const [giscus, report] = (relaxed.collections[0]!.files as { fields: typeof GISCUS[] }[])[0]!.fields;
    expect(giscus!.fields.map((f) => f.required)).toEqual([false, false, false]);
    expect(report).toEqual(REPORT);
  });

  it('touches only the settings groups of the real config', () => {
    const config = decapConfig({ cms: { backend: 'github', repo: 'a/b', branch: 'main' } });
    const relaxed = relaxOptionalGroups(config);
    expect(relaxed.collections.slice(0, -1)).toEqual(config.collections.slice(0, -1));
  });
});

describe('incompleteGroups', () => {
  it.each([
    ['an empty group', {}, []],
    ['a group of empty values', { giscus: { repo: '', repoId: null } }, []],
    ['a complete group (host has a default)', { giscus: { repo: 'a/b', repoId: 'R_1' } }, []],
    [
      'a partly filled group',
      { giscus: { repo: 'a/b' } },
      ['“讨论区（Giscus）”只填了一部分，还缺少“仓库 ID（repo-id）”：请补全，或清空整组 / "giscus" is partly filled in: complete it or empty it'],
    ],
  ])('%s', (_case, data, expected) => {
    expect(incompleteGroups([GISCUS, REPORT], data)).toEqual(expected);
  });
});
