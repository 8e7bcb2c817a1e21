#!/usr/bin/env node
/**
 * `npm run dues:report [YYYY] [-- --out <folder>]`: the branch's private 党费
 * ledger for a year from the member archives (scripts/members/archive-files.ts):
 * a printable HTML page and a CSV, and the yearly 公示 the branch may post
 * (totals; names only when src/settings.yml `dues.publicNames` says so), all in
 * dues-report/ (git-ignored, never in a published folder:
 * scripts/shared/private-output.ts). The year defaults to this year in Beijing
 * time; a member three months behind is flagged in the ledger only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { civilDateInShanghai } from '../src/lib/civil-date.ts';
import { duesLedger, type LedgerYear } from '../src/lib/members/dues-ledger.ts';
import { yuanText } from '../src/lib/members/dues.ts';
import { ledgerCsv, ledgerHtml, noticeHtml } from '../src/lib/members/dues-output.ts';
import { DUES_KIND_OPTIONS, MEMBER_STAGES } from '../src/model/collections.ts';
import { findSlug } from '../src/model/fields.ts';
import { DUES_KINDS, type DuesKind } from '../src/lib/members/dues-rules.ts';
import { loadSettings } from '../src/site/settings.ts';
import { archivesOrStop } from './members/archive-files.ts';
import { privateOutputOrStop } from './shared/private-output.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'dues-report' } },
});
const now = new Date();
const today = civilDateInShanghai(now);
const yearText = positionals[0] ?? today.slice(0, 4);
if (!/^\d{4}$/.test(yearText) || yearText > today.slice(0, 4)) {
  console.error(
    `年度应写成 YYYY，且不晚于今年，如 ${today.slice(0, 4)}（收到“${yearText}”）。/ The year must be YYYY, not in the future.`,
  );
  process.exit(2);
}
const year = Number(yearText);
const out = privateOutputOrStop(values.out, { zh: '台账目录', en: 'ledger folder' });
const archives = archivesOrStop('党员档案有误，党费台账没有生成 / invalid member archives, no ledger written:');
const settings = loadSettings();
const dues = settings.dues ?? { farmerAmount: '0.2', publicNames: false };

type ArchiveDues = Omit<LedgerYear, 'kind'> & { kind: string };
const kindLabels = Object.fromEntries(
  DUES_KINDS.map((kind) => [kind, DUES_KIND_OPTIONS.find((o) => o.slug === kind)?.value ?? kind]),
) as Record<DuesKind, string>;

const ledger = duesLedger(
  archives.map(({ id, data }) => {
    const entry = ((data.dues ?? []) as ArchiveDues[]).find((d) => d.year === year);
    const kind = entry && (findSlug(DUES_KIND_OPTIONS, entry.kind) as DuesKind);
    const paysDues = ['probationary', 'full-member'].includes(findSlug(MEMBER_STAGES, data.stage) ?? '');
    return {
      id,
      name: data.name,
      stage: data.stage,
      paysDues,
      ...(entry && kind ? { ledger: { ...entry, kind } } : {}),
    };
  }),
  year,
  today,
  Number(dues.farmerAmount),
);
const context = { branch: settings.branchName, generatedAt: now, kindLabels, publicNames: dues.publicNames };
mkdirSync(out, { recursive: true });
const files = {
  html: join(out, `${year}-ledger.html`),
  csv: join(out, `${year}-ledger.csv`),
  notice: join(out, `${year}-notice.html`),
};
writeFileSync(files.html, ledgerHtml(ledger, context));
writeFileSync(files.csv, ledgerCsv(ledger, context));
writeFileSync(files.notice, noticeHtml(ledger, context));
const { totals } = ledger;
console.log(`${year} 年党费台账：${files.html}（打印用）、${files.csv}（表格）；公示：${files.notice}`);
console.log(
  `  ${totals.members} 人，已收 ${yuanText(totals.paidCents)} 元；连续三个月及以上未交 ${totals.flagged.length} 人。`,
);
console.log(
  '台账含党员个人信息，只供支部内部使用，不要上传到网站或公开的仓库。/ The ledger holds personal data: keep it private.',
);
