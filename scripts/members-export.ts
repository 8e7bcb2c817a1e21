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
import { archivesOrStop } from './members/archive-files.ts';
import { privateOutputOrStop } from './shared/private-output.ts';

const target = privateOutputOrStop(process.argv[2] || 'members-export', { zh: '导出目录', en: 'export folder' });

const archives = archivesOrStop('党员档案有误，没有导出 / invalid member archives, nothing exported:');
const members = archives.map((archive) => archive.data);
mkdirSync(target, { recursive: true });
writeFileSync(join(target, 'members.csv'), membersCsv(members));
writeFileSync(join(target, 'members.vcf'), members.map(memberVcard).join(''));
console.log(
  `已导出 ${members.length} 份党员档案到 ${target}（members.csv、members.vcf）。这些文件含个人信息，请妥善保管，不要提交到公开仓库。`,
);
