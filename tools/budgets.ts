/**
 * Performance budgets per page type (issue #7), gzip bytes before any
 * interaction, as measured by tools/page-weight.ts. Text pages get the
 * strict JavaScript limit; pages that are an application (a lesson with its
 * timer and player, a quiz, the study log, search)
 * get more. The CMS at /admin/ is exempt: it loads only there.
 */
import type { PageWeight } from './page-weight';

export const KB = 1024;

export interface Budget {
  /** Short Chinese name of the kind, for the table in docs/performance.md and messages. */
  kind: string;
  js: number;
  css: number;
  html: number;
}

const CSS = 20 * KB;
const HTML = 40 * KB;

export const TEXT_BUDGET: Budget = { kind: '文本页', js: 12 * KB, css: CSS, html: HTML };
export const INTERACTIVE_BUDGET: Budget = { kind: '交互页', js: 24 * KB, css: CSS, html: HTML };

/** Pages that run an application, by pathname without the base path. */
export const INTERACTIVE_PAGES: readonly RegExp[] = [
  /^\/school\/[^/]+\/[^/]+\/$/, // 课时: study timer, player, attached quiz
  /^\/quizzes\/[^/]+\/$/, // 测试与竞赛
  /^\/my\/$/, // 我的学习: local study log, export
  /^\/search\/$/, // 搜索: Pagefind's own script loads on demand; the page's logic does not
];

/** Never measured: the CMS bundle (~1.4 MB gzip), which no reader of the site loads. */
export const EXEMPT_PAGES: readonly RegExp[] = [/^\/admin\//];

export function budgetFor(pathname: string): Budget | undefined {
  if (EXEMPT_PAGES.some((pattern) => pattern.test(pathname))) return undefined;
  return INTERACTIVE_PAGES.some((pattern) => pattern.test(pathname)) ? INTERACTIVE_BUDGET : TEXT_BUDGET;
}

export const formatKB = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/** One message per exceeded limit, naming the page, the resource, the size and the limit. */
export function overBudget(
  pathname: string,
  weight: Pick<PageWeight, 'js' | 'css' | 'html'>,
  budget: Budget,
): string[] {
  const labels = { js: 'JavaScript', css: 'CSS', html: 'HTML' } as const;
  return (['js', 'css', 'html'] as const)
    .filter((resource) => weight[resource] > budget[resource])
    .map(
      (resource) =>
        `${pathname}: ${labels[resource]} ${formatKB(weight[resource])} gzip > ${budget.kind}预算 ${formatKB(budget[resource])}`,
    );
}
