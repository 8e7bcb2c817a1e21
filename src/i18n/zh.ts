/**
 * Every Chinese UI string of the public site, with flat dotted keys
 * (Starlight style). Components call `t('key')` and never hard-code text.
 */
const strings = {
  'site.skipToContent': '跳到正文',
  'site.menu': '菜单',
  'site.mainNav': '主导航',
  'site.home': '首页',
  'site.search': '搜索',
  'site.breadcrumb': '当前位置',

  'nav.home': '首页',
  'nav.articles': '理论学习',
  'nav.search': '站内搜索',

  'footer.organiser': '主办单位：{name}',
  'footer.contact': '联系方式',
  'footer.email': '邮箱：',
  'footer.rss': 'RSS 订阅',
  'footer.sitemap': '网站地图',

  'home.latest': '最新文章',
  'home.notices': '通知公告',
  'home.more': '更多{section}',
  'home.searchLabel': '搜索全站内容',

  'articles.title': '理论学习',
  'articles.description': '理论学习、政策解读、支部动态、先锋风采和通知公告。',
  'articles.allCategories': '全部',
  'articles.categoriesNav': '栏目',
  'articles.tagsTitle': '全部标签',
  'articles.tagTitle': '标签：{tag}',
  'articles.tagCount': '{count} 篇',
  'articles.empty': '这里还没有文章。',
  'articles.readingTime': '约 {minutes} 分钟读完',
  'articles.author': '作者：{author}',
  'articles.tags': '标签',
  'articles.related': '相关文章',
  'articles.prev': '上一篇',
  'articles.next': '下一篇',
  'articles.neighbours': '文章导航',
  'articles.published': '发布于',
  'articles.allTags': '全部标签',

  'pagination.label': '分页',
  'pagination.prev': '上一页',
  'pagination.next': '下一页',
  'pagination.page': '第 {page} 页',
  'pagination.status': '第 {page} / {total} 页',

  'search.title': '站内搜索',
  'search.label': '搜索关键词',
  'search.placeholder': '输入关键词，如 党费、组织关系转接',
  'search.submit': '搜索',
  'search.loading': '正在搜索…',
  'search.results': '找到 {count} 条结果',
  'search.none': '没有找到与“{query}”相关的内容，换个说法试试。',
  'search.unavailable': '搜索索引尚未生成：请先运行 npm run build，或稍候刷新。',
  'search.noscript': '搜索需要启用 JavaScript。',
  'search.filterSection': '栏目',
  'search.filterAll': '全部栏目',

  'notFound.title': '页面不存在',
  'notFound.body': '您访问的页面不存在或已被移除。可以返回首页，或搜索您要找的内容。',
  'notFound.home': '返回首页',

  'admin.title': '内容管理',
  'admin.loading': '正在加载内容管理后台…',
  'admin.noscript': '内容管理后台需要启用 JavaScript。',
} as const;

export type StringKey = keyof typeof strings;

/** The Chinese text for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
