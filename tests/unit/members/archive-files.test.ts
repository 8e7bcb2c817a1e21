/**
 * The one reader of the member archives (scripts/members/archive-files.ts),
 * used by members:import, members:report, members:export and the digest: where
 * the folder is, what a bad archive says, and that the digest's recipients come
 * through it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { membersDir, readArchives } from '../../../scripts/members/archive-files';
import { loadRecipients } from '../../../scripts/digest/recipients';
import { collectionFolder } from '../../../src/model/content-folder';
import { collectionModel } from '../../../src/model/collections';

const archive = (name: string, extra = '') =>
  `name: ${name}\nstage: 正式党员\njoined: 2020-01-01\nbranch: 第一党支部\nstatus: 正常\n${extra}`;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'archives-'));
  mkdirSync(join(root, 'src/content/members'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));
const write = (name: string, text: string) => writeFileSync(join(root, 'src/content/members', name), text);

describe('the archive folder', () => {
  it.each([
    [{}, 'src/content/members'],
    [{ MEMBERS_DIR: '' }, 'src/content/members'],
    [{ MEMBERS_DIR: '/srv/private/members' }, '/srv/private/members'],
    [{ MEMBERS_DIR: '../private' }, '../private'],
  ])('with %j is %s, for the commands and the build alike', (env, folder) => {
    expect(membersDir(env)).toBe(folder);
    expect(collectionFolder(collectionModel('members'), env)).toBe(folder);
  });

  it('moves only the member archives', () => {
    expect(collectionFolder(collectionModel('articles'), { MEMBERS_DIR: '/srv/private' })).toBe('src/content/articles');
  });
});

describe('readArchives', () => {
  it('reads every valid archive with its text dates, sorted by file name', () => {
    write('b-wang.yml', archive('王芳', 'email: wang@example.cn\n'));
    write('a-li.yaml', archive('李华'));
    write('notes.txt', 'not an archive');
    const { archives, problems, rejected } = readArchives('src/content/members', { root });
    expect(problems).toEqual([]);
    expect(rejected).toEqual([]);
    expect(archives.map((a) => [a.id, a.file, a.data.name, a.data.joined])).toEqual([
      ['a-li', 'src/content/members/a-li.yaml', '李华', '2020-01-01'],
      ['b-wang', 'src/content/members/b-wang.yml', '王芳', '2020-01-01'],
    ]);
    expect(archives[0]!.path).toBe(join(root, 'src/content/members/a-li.yaml'));
  });

  it('leaves out a bad archive, naming the file, the field and the fix as the build does', () => {
    write('a-li.yml', archive('李华'));
    write('b-wang.yml', archive('王芳').replace('stage: 正式党员', 'stage: 党员'));
    write('c-zhao.yml', 'name: [unclosed\n');
    const { archives, problems, rejected } = readArchives('src/content/members', { root });
    expect(archives.map((a) => a.id)).toEqual(['a-li']);
    expect(rejected).toEqual(['src/content/members/b-wang.yml', 'src/content/members/c-zhao.yml']);
    expect(problems[0]).toMatch(/^src\/content\/members\/b-wang\.yml stage: .*正式党员/);
    expect(problems.at(-1)).toMatch(/^src\/content\/members\/c-zhao\.yml: /);
  });

  it('says where to point it when the folder is missing, unless archives are optional', () => {
    expect(readArchives('nowhere', { root }).problems).toEqual([
      '找不到党员档案文件夹 nowhere（可用环境变量 MEMBERS_DIR 指定）。/ Member archive folder not found: nowhere',
    ]);
    expect(readArchives('nowhere', { root, required: false })).toEqual({ archives: [], rejected: [], problems: [] });
  });
});

describe('the digest’s recipients', () => {
  it('come from the valid archives only; a rejected one is reported by file and field, never by address', () => {
    write('a-li.yml', archive('李华', 'email: li@example.cn\n'));
    write('b-wang.yml', archive('王芳', 'email: wang@example.cn\n').replace('joined: 2020-01-01', 'joined: 昨天'));
    write('c-zhao.yml', archive('赵宇'));
    write('d-sun.yml', archive('孙明', 'email: not-an-address\n'));
    const list = loadRecipients(root, {});
    expect(list.recipients.map((r) => r.address)).toEqual(['li@example.cn']);
    expect(list.archives).toBe(4);
    expect(list.withoutAddress).toBe(1);
    expect(list.problems).toHaveLength(2);
    expect(list.problems[0]).toMatch(/^src\/content\/members\/b-wang\.yml joined: .*（已跳过 \/ skipped）$/);
    expect(list.problems[1]).toMatch(/^src\/content\/members\/d-sun\.yml: email 不是有效的邮箱地址/);
    expect(list.problems.join('\n')).not.toContain('wang@example.cn');
  });

  it('are none, without a problem, when the repository holds no archives', () => {
    rmSync(join(root, 'src/content/members'), { recursive: true });
    expect(loadRecipients(root, {})).toMatchObject({ recipients: [], archives: 0, problems: [] });
  });
});
