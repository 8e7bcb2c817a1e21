#!/usr/bin/env node
/**
 * `npm run members:export [folder]`: writes members.csv and members.vcf from
 * the member archives (scripts/members/archive-files.ts: MEMBERS_DIR, else
 * src/content/members; checked by the content model) for the branch
 * secretary, into a local folder (default members-export/, git-ignored) that
 * is never a published one (scripts/shared/private-output.ts). An invalid
 * archive stops the export: a list without one member would look complete.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { memberVcard, membersCsv } from './members/export-format.ts';
import { readArchives } from './members/archive-files.ts';
import { privateOutputPath } from './shared/private-output.ts';

let target: string;
try {
  target = privateOutputPath(process.argv[2] || 'members-export', { zh: '导出目录', en: 'export folder' });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const { archives, problems } = readArchives();
if (problems.length) {
  console.error(
    ['党员档案有误，没有导出 / invalid member archives, nothing exported:', ...problems.map((p) => `  - ${p}`)].join(
      '\n',
    ),
  );
  process.exit(1);
}
const members = archives.map((archive) => archive.data);
mkdirSync(target, { recursive: true });
writeFileSync(join(target, 'members.csv'), membersCsv(members));
writeFileSync(join(target, 'members.vcf'), members.map(memberVcard).join(''));
console.log(
  `已导出 ${members.length} 份党员档案到 ${target}（members.csv、members.vcf）。这些文件含个人信息，请妥善保管，不要提交到公开仓库。`,
);
