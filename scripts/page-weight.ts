#!/usr/bin/env node
/**
 * What each page type costs before any interaction, gzip: JavaScript (scripts
 * and their static imports), CSS and HTML, against the budgets of issue #7
 * (tools/budgets.ts). The same measurement the budget test makes
 * (tests/e2e/budgets.spec.ts). Run after a build:
 *   node --import ./scripts/ts-resolve.ts scripts/page-weight.ts [/path/ …]   (default: one page per type)
 */
import { pageTypePaths } from '../tools/page-types.ts';
import { distPageWeight } from '../tools/dist-weight.ts';
import { budgetFor, formatKB, overBudget } from '../tools/budgets.ts';

const paths = process.argv.length > 2 ? process.argv.slice(2) : pageTypePaths();
const column = (text: string, width: number) => text.padStart(width);
console.log(`${'页面 / page'.padEnd(48)} ${column('JS', 9)} ${column('CSS', 9)} ${column('HTML', 9)}  预算 / budget`);
let over = 0;
for (const path of paths) {
  const weight = distPageWeight(path);
  const budget = budgetFor(path);
  const problems = budget ? overBudget(path, weight, budget) : [];
  over += problems.length;
  const limit = budget ? `${budget.kind} ≤${formatKB(budget.js)} JS` : '不计 / exempt';
  console.log(
    `${path.padEnd(48)} ${column(formatKB(weight.js), 9)} ${column(formatKB(weight.css), 9)} ${column(formatKB(weight.html), 9)}  ${limit}${problems.length ? '  超出 / OVER' : ''}`,
  );
}
process.exit(over > 0 ? 1 : 0);
