/**
 * The ballots' side of the static site, on a real build: /branch/ballots.json
 * exactly as docs/branch-service.md defines it, holding nothing but the polls'
 * own public text and the 民主评议 rules; a site without the branch service
 * says in members' words how the ballot is held at the meeting; and turning
 * the service on without Waline fails the build with the file, field and fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../tools/servers';
import { t } from '../../src/i18n/zh';

const ROOT = join(import.meta.dirname, '../..');
let work: string;
let outDir: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'branch-ballots-'));
  outDir = join(work, 'dist');
  await buildSite(outDir, { BRANCH_SERVICE: 'off' });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const BEIJING = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/;

/** Every string in a JSON value (keys excluded). */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(strings)
        : [];

describe('/branch/ballots.json', () => {
  const file = () => JSON.parse(readFileSync(join(outDir, 'branch/ballots.json'), 'utf8'));

  it('follows the contract: version, keys in order, ids, Beijing times, limits', () => {
    const { version, ballots, ...rest } = file();
    expect(version).toBe(1);
    expect(rest).toEqual({});
    const ids = readdirSync(join(ROOT, 'src/content/polls'))
      .filter((name) => readFileSync(join(ROOT, 'src/content/polls', name), 'utf8').includes('支部服务无记名投票'))
      .map((name) => name.replace(/\.md$/, ''));
    expect(ballots.map((b: { id: string }) => b.id).sort()).toEqual(ids.sort());
    for (const ballot of ballots) {
      const common = ['id', 'title', 'kind', 'opens', 'closes', 'includeProbationary', 'changeable'];
      expect(Object.keys(ballot)).toEqual([...common, ballot.kind === 'poll' ? 'questions' : 'review']);
      expect(ballot.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(ballot.opens).toMatch(BEIJING);
      expect(ballot.closes).toMatch(BEIJING);
      expect(Date.parse(ballot.opens)).toBeLessThan(Date.parse(ballot.closes));
      if (ballot.kind === 'poll') {
        ballot.questions.forEach(
          (q: { id: string; min: number; max: number; options: { id: string }[] }, i: number) => {
            expect(Object.keys(q)).toEqual(['id', 'text', 'min', 'max', 'options']);
            expect(q.id).toBe(`q${i + 1}`);
            expect(q.options.map((o) => o.id)).toEqual(q.options.map((_, j) => `o${j + 1}`));
            expect(1 <= q.min && q.min <= q.max && q.max <= q.options.length).toBe(true);
          },
        );
      } else {
        expect(ballot.kind).toBe('review');
        expect(Object.keys(ballot.review)).toEqual(['grades', 'excellent', 'excellentMaxShare', 'rule', 'source']);
        expect(ballot.review.grades).toEqual(['优秀', '合格', '基本合格', '不合格']);
        expect(ballot.review.source).toContain('《关于对党员进行民主评议的意见》');
      }
    }
    expect(ballots.some((b: { kind: string }) => b.kind === 'review')).toBe(true);
  });

  it('holds nothing but the polls’ own public text and the rules: no member, account or archive', () => {
    const sources = [
      ...readdirSync(join(ROOT, 'src/content/polls')).map((name) => join(ROOT, 'src/content/polls', name)),
      join(ROOT, 'src/data/rules/democratic-review.yml'),
    ]
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const generated = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00|poll|review|q\d+|o\d+|[a-z0-9-]+)$/;
    const foreign = strings(file()).filter(
      (text) => !generated.test(text) && !text.split(/[；]|“优秀”的比例：/).every((part) => sources.includes(part)),
    );
    expect(foreign).toEqual([]);
  });
});

describe('a site without the branch service', () => {
  it('says how the ballot and the 民主评议 are held at the meeting, with no form and no set-up text', () => {
    const ballot = readFileSync(join(outDir, 'polls/2026-12-study-plan-2027/index.html'), 'utf8');
    const review = readFileSync(join(outDir, 'polls/2026-democratic-review/index.html'), 'utf8');
    expect(ballot).toContain(t('polls.ballotOffline'));
    expect(review).toContain(t('polls.reviewOffline'));
    for (const html of [ballot, review]) {
      expect(html).not.toContain('<branch-ballot');
      expect(html).not.toMatch(/Waline|GitHub|JSON|branchService|支部服务无记名投票/);
    }
    // The questions and options are still there to discuss before the meeting.
    expect(ballot).toContain('每月第一个周三晚上');
    expect(readFileSync(join(outDir, 'my/index.html'), 'utf8')).not.toContain('<member-account');
  });
});

describe('the branch service without Waline', () => {
  it('fails the build naming src/settings.yml, the field and the fix', async () => {
    const failed = await buildSite(join(work, 'bad'), { BRANCH_SERVICE: 'on', DISCUSSION_PROVIDER: 'giscus' }).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(failed).toContain('src/settings.yml');
    expect(failed).toContain('branchService: 开启了支部服务，但“讨论区 → 讨论服务”不是 waline');
    expect(failed).toContain('discussion.provider 改为 waline');
  }, 300_000);
});
