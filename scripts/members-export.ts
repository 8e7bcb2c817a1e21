#!/usr/bin/env node
/**
 * `npm run members:export [folder]`: writes members.csv and members.vcf from
 * the member archives (MEMBERS_DIR, else src/content/members) for the branch
 * secretary, into a local folder (default members-export/, git-ignored) that
 * is never inside dist/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { type Member, memberVcard, membersCsv } from './members/export-format.ts';

const source = process.env.MEMBERS_DIR || 'src/content/members';
const target = resolve(process.argv[2] || 'members-export');

if (!relative(resolve('dist'), target).startsWith('..')) {
  console.error(
    `导出目录不能在 dist/ 之内（${target}），否则档案会随网站发布。/ The export folder must be outside dist/.`,
  );
  process.exit(1);
}

let files;
try {
  files = readdirSync(source)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
} catch {
  console.error(`找不到党员档案文件夹 ${source}（可用环境变量 MEMBERS_DIR 指定）。/ Member archive folder not found.`);
  process.exit(1);
}
// CORE_SCHEMA keeps dates as the strings the editor typed.
const members = files.map(
  (file) => yaml.load(readFileSync(join(source, file), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Member,
);
mkdirSync(target, { recursive: true });
writeFileSync(join(target, 'members.csv'), membersCsv(members));
writeFileSync(join(target, 'members.vcf'), members.map(memberVcard).join(''));
console.log(
  `已导出 ${members.length} 份党员档案到 ${target}（members.csv、members.vcf）。这些文件含个人信息，请妥善保管，不要提交到公开仓库。`,
);
