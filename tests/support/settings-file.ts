/**
 * A settings file the site's loader accepts (src/site/settings.ts), for tests
 * of scripts that read the settings: the required fields, then `extra` (YAML
 * for the part under test, e.g. `discussion:` or `giscus:`).
 */
export const settingsYaml = (extra = '') =>
  [
    'siteName: 测试',
    'branchName: 测试支部',
    'description: 测试站点',
    'organiser: 测试支部',
    'contact: 测试地址',
    'reportChannel:',
    '  note: 测试',
    'cms:',
    '  repo: example-branch/dangjian',
    extra,
  ].join('\n');
