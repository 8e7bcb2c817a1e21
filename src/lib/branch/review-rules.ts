/**
 * The rules of 民主评议党员 as data (src/data/rules/democratic-review.yml), so a
 * stricter notice of the superior organisation changes the file, not the code:
 * the grades, the grade whose share is limited and that share, and where each
 * comes from. Pure logic: checks the file's data and applies the limit.
 */
export const REVIEW_RULES_FILE = 'src/data/rules/democratic-review.yml';

export interface ReviewRules {
  /** Highest first, e.g. 优秀, 合格, 基本合格, 不合格. */
  grades: string[];
  gradesSource: string;
  /** The grade whose share of one ballot is limited. */
  excellent: string;
  /** At most this share of the members graded on one ballot (0 < share ≤ 1). */
  excellentMaxShare: number;
  shareSource: string;
  /** The rule in one sentence, as members read it on the form. */
  rule: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The checked rules; a bad file throws naming the file, the field and the fix. */
export function parseReviewRules(data: unknown, file = REVIEW_RULES_FILE): ReviewRules {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const grades = Array.isArray(raw.grades) ? raw.grades.map(text) : [];
  if (grades.length < 2 || grades.some((g) => g === '') || new Set(grades).size !== grades.length)
    problems.push('grades: 至少两个不重复、不为空的等次，从高到低逐行列出，如 优秀、合格、基本合格、不合格');
  const excellent = text(raw.excellent);
  if (!grades.includes(excellent)) problems.push(`excellent: 须是 grades 中的一个等次（当前为“${excellent}”）`);
  const share = raw.excellentMaxShare;
  if (typeof share !== 'number' || !(share > 0 && share <= 1))
    problems.push('excellentMaxShare: 须是大于 0、不超过 1 的小数，如三分之一写 0.3333');
  for (const key of ['gradesSource', 'shareSource', 'rule'] as const)
    if (text(raw[key]) === '') problems.push(`${key}: 不能为空：写明规则和出处（文件名称和条款）`);
  if (problems.length > 0)
    throw new Error(
      `民主评议规则有误 / Invalid review rules in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  return {
    grades,
    gradesSource: text(raw.gradesSource),
    excellent,
    excellentMaxShare: share as number,
    shareSource: text(raw.shareSource),
    rule: text(raw.rule),
  };
}

/**
 * How many members one ballot may grade `excellent` among `graded`. Shares are
 * written to four decimal places (0.3333 for a third), up to 0.00005 below the
 * share meant, so that half-step is added back: a whole third of 9 stays 3.
 */
export function excellentLimit(graded: number, share: number): number {
  return Math.floor(graded * (share + 0.00005));
}
