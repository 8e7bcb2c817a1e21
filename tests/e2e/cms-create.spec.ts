/**
 * Issue #11, requirement 1: every kind of content can be created through the CMS
 * as an editor would (real Decap form on the production build, local backend,
 * Chinese typed through IME composition), and ONE production rebuild accepts all
 * the new entries and renders their pages. The CMS also refuses, with the
 * build's own Chinese messages, what the build would reject.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT } from '../support/content';
import { CmsForm, field, untilQuiet } from '../support/cms-form';
import { committedText, type ImeWords } from '../support/ime';
import { buildSite, previewSite } from '../../tools/servers';
import { PREVIEW_PORT, REBUILD_PORT } from '../../tools/ports';
import { COLLECTIONS, collectionModel, type CollectionModel } from '../../src/model/collections';
import { SETTINGS_FILE } from '../../src/model/settings';
import { parseEntryData } from '../../src/model/check-content';
import { chinesePart, modelMessages as m } from '../../src/model/messages';
import { quizBankMessages } from '../../src/model/check-quiz-bank';
import type { Field, StringField } from '../../src/model/fields';
import { civilDateInShanghai } from '../../src/lib/civil-date';
import { shownAuthor } from '../../src/lib/content/byline';
import { t } from '../../src/i18n/zh';
import { addressFromTitle } from '../../admin/widgets/entry-address-rules';
import { ENTRY_ADDRESS_FIELD } from '../../admin/config/to-decap';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const SITE = `http://localhost:${PREVIEW_PORT}`;
const text = committedText;

/** What each new entry says; titles and bodies are typed through the input method. */
const W = {
  articleTitle: [
    ['zhibu', '支部'],
    ['zuzhi', '组织'],
    ['qiudong', '秋冬'],
    ['ximu', '植树'],
  ],
  articleBody: [
    ['quanti', '全体'],
    ['dangyuan', '党员'],
    ['zhongxia', '种下'],
    ['songshu', '松树'],
    ['。', '。'],
  ],
  bookTitle: [
    ['jiceng', '基层'],
    ['dangjian', '党建'],
    ['gongzuo', '工作'],
    ['shouce', '手册'],
  ],
  bookAuthor: [['zhangming', '张明']],
  bookSummary: [
    ['jieshao', '介绍'],
    ['zhibu', '支部'],
    ['richang', '日常'],
    ['gongzuo', '工作'],
  ],
  mediaTitle: [
    ['dangfei', '党费'],
    ['jiaona', '交纳'],
    ['shipin', '视频'],
    ['jiangjie', '讲解'],
  ],
  coursewareTitle: [
    ['zhutidangri', '主题党日'],
    ['kejian', '课件'],
  ],
  coursewareFile: [
    ['huodong', '活动'],
    ['haibao', '海报'],
  ],
  courseTitle: [
    ['jiceng', '基层'],
    ['dangjian', '党建'],
    ['shiwu', '实务'],
  ],
  courseSummary: [
    ['xuexi', '学习'],
    ['zhibu', '支部'],
    ['gongzuo', '工作'],
    ['fangfa', '方法'],
  ],
  lessonTitle: [
    ['ruhe', '如何'],
    ['zuzhi', '组织'],
    ['xuexi', '学习'],
  ],
  quizTitle: [
    ['jiceng', '基层'],
    ['dangjian', '党建'],
    ['zice', '自测'],
  ],
  stem1: [
    ['dangyuan', '党员'],
    ['dahui', '大会'],
    ['duojiu', '多久'],
    ['zhaokai', '召开'],
    ['yici', '一次？'],
  ],
  option1: [
    ['meijidu', '每季度'],
    ['yici', '一次'],
  ],
  option2: [
    ['meinian', '每年'],
    ['yici', '一次'],
  ],
  stem2: [
    ['dangyuan', '党员'],
    ['anshi', '按时'],
    ['jiaona', '交纳'],
    ['dangfei', '党费。'],
  ],
  stem3: [
    ['zuzhi', '组织'],
    ['shenghuo', '生活'],
    ['zhidu', '制度'],
    ['baokuo', '包括 ____。'],
  ],
  fillAnswer: [['sanhuiyike', '三会一课']],
  dailyText: [
    ['xuexi', '学习'],
    ['shi', '是'],
    ['dangyuan', '党员'],
    ['de', '的'],
    ['zhongshen', '终身'],
    ['keti', '课题'],
  ],
  dailySource: [
    ['zhibu', '支部'],
    ['xuexi', '学习'],
    ['tongxun', '通讯'],
  ],
  dailyTopic: [['xuexi', '学习']],
  reportTitle: [
    ['disi', '第四'],
    ['jidu', '季度'],
    ['sixiang', '思想'],
    ['huibao', '汇报'],
  ],
  reportAuthor: [['lihua', '李华']],
  contestTitle: [
    ['wode', '我的'],
    ['rudang', '入党'],
    ['gushi', '故事'],
    ['zhengwen', '征文'],
  ],
  contestTheme: [
    ['chuxin', '初心'],
    ['yu', '与'],
    ['shiming', '使命'],
  ],
  essayTitle: [
    ['yifeng', '一封'],
    ['rudang', '入党'],
    ['shenqingshu', '申请书'],
  ],
  essayAuthor: [['wangfang', '王芳']],
  pollTitle: [
    ['xuexi', '学习'],
    ['xiaozu', '小组'],
    ['huodong', '活动'],
    ['didian', '地点'],
  ],
  pollOption1: [['tushuguan', '图书馆']],
  pollOption2: [['huiyishi', '会议室']],
  personName: [['zhaolei', '赵磊']],
  personRole: [
    ['zuzhi', '组织'],
    ['weiyuan', '委员'],
  ],
  personBio: [
    ['fuze', '负责'],
    ['dangyuan', '党员'],
    ['fazhan', '发展'],
    ['gongzuo', '工作'],
  ],
  blogTitle: [
    ['zuzhi', '组织'],
    ['weiyuan', '委员'],
    ['de', '的'],
    ['yitian', '一天'],
  ],
  meetingTitle: [
    ['zhiyuan', '志愿'],
    ['fuwu', '服务'],
    ['zhutidangri', '主题党日'],
  ],
  memberName: [['chenjing', '陈静']],
  memberBranch: [
    ['diyi', '第一'],
    ['dangzhibu', '党支部'],
  ],
  police: [
    ['jinggongwanganbei', '京公网安备'],
    ['', ' 11010502026112号'],
  ],
  body: [
    ['xiangxi', '详细'],
    ['neirong', '内容。'],
  ],
} satisfies Record<string, ImeWords>;

/** What a created entry must show after the rebuild. */
interface Created {
  collection: string;
  file: string;
  id: string;
  /** The page (path under the site) and what it must show; for private data, where its effect shows. */
  path: string;
  heading?: string;
  shows: string[];
  /** Private text that must be nowhere on that page (nor in the calendar feed). */
  hides?: string[];
}

let context: BrowserContext;
let page: Page;
let form: CmsForm;
const created: Created[] = [];
/** Files made only to try the address rules, removed afterwards. */
const scratch: string[] = [];
const settingsSource = readFileSync(join(ROOT, SETTINGS_FILE), 'utf8');
const membersBefore = readdirSync(join(ROOT, 'src/content/members')).filter((name) => name.endsWith('.yml')).length;
const today = civilDateInShanghai(new Date());

/** Records a published entry; `path` makes its page's path from its id. */
function remember(
  collection: string,
  file: string,
  entry: Omit<Created, 'collection' | 'file' | 'id' | 'path'> & { path: (id: string) => string },
) {
  const id = file
    .split('/')
    .pop()!
    .replace(/\.(md|yml)$/, '');
  created.push({ collection, file, id, ...entry, path: entry.path(id) });
}

const idOf = (collection: string) => created.find((c) => c.collection === collection)!.id;

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  // Leaving a form with unsaved changes asks for confirmation.
  page.on('dialog', (dialog) => dialog.accept());
  form = new CmsForm(page);
  await form.signIn(SITE);
});

test.afterAll(async () => {
  for (const file of [...created.map((entry) => entry.file), ...scratch]) rmSync(join(ROOT, file), { force: true });
  writeFileSync(join(ROOT, SETTINGS_FILE), settingsSource);
  await context?.close();
});

test('the CMS refuses, with the build’s own Chinese messages, a bad pattern, an empty required field and an impossible quiz answer, and writes nothing', async () => {
  const dirs = ['src/content/media', 'src/content/quizzes'].map((dir) => join(ROOT, dir));
  const before = dirs.map((dir) => readdirSync(dir).join());

  await form.open('media/new');
  await form.ime('title', W.mediaTitle);
  await form.fill('duration', '十二分钟');
  await form.body(W.body);
  await form.tryPublish();
  const duration = collectionModel('media').fields.duration as StringField;
  await expect(
    page.getByText(chinesePart(m.pattern(duration.label, duration.pattern!.message)), { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(chinesePart(m.required('音视频文件')), { exact: true })).toBeVisible();
  // Editors read Chinese only; the build's log keeps the English half for whoever reads it.
  await expect(page.locator('#nc-root')).not.toContainText(/\/ (must|required)/);

  await form.open('quizzes/new', { reload: true });
  await form.ime('title', W.quizTitle);
  await page.getByRole('button', { name: '新增题目' }).click();
  await page.getByRole('menuitem', { name: '单选题' }).click();
  await form.ime('stem', W.stem1);
  await form.addItem('选项', 'option', text(W.option1));
  await form.addItem('选项', 'option', text(W.option2));
  await page.getByRole('radio', { name: text(W.option1) }).check();
  // The editor rewords the option that was the answer: the answer no longer matches any option.
  await field(page, 'option').first().fill('每月一次');
  await expect(page.getByRole('checkbox', { name: t('cms.answer.stale', { answer: text(W.option1) }) })).toBeChecked();
  await form.tryPublish();
  // Shown at the answer, or (when Decap skips validating fields nested in lists) in the toast of the refused save.
  await expect(page.getByText(chinesePart(quizBankMessages.answerNotOption(1, text(W.option1)))).first()).toBeVisible();
  await expect(page).toHaveURL(/#\/collections\/quizzes\/new$/);

  expect(dirs.map((dir) => readdirSync(dir).join())).toEqual(before);
});

test('an editor creates an article, a book, a video and courseware', async () => {
  await form.open('articles/new', { reload: true });
  await form.ime('title', W.articleTitle);
  await form.select('category', '支部动态');
  await form.body(W.articleBody);
  remember('articles', await form.publish('src/content/articles'), {
    path: (id) => `/articles/${id}/`,
    heading: text(W.articleTitle),
    shows: ['支部动态', text(W.articleBody)],
  });

  await form.open('library/new');
  await form.ime('title', W.bookTitle);
  await form.fill('author', text(W.bookAuthor));
  await form.pickFile('party-dues-questions.pdf');
  await form.fill('summary', text(W.bookSummary));
  await form.body(W.body);
  remember('library', await form.publish('src/content/library'), {
    path: (id) => `/library/${id}/`,
    heading: text(W.bookTitle),
    shows: [text(W.bookAuthor), text(W.bookSummary)],
  });

  await form.open('media/new');
  await form.ime('title', W.mediaTitle);
  await form.pickFile('how-to-pay-party-dues.mp4');
  await form.fill('duration', '3:20');
  await form.body(W.body);
  remember('media', await form.publish('src/content/media'), {
    path: (id) => `/media/${id}/`,
    heading: text(W.mediaTitle),
    shows: ['3:20', text(W.body)],
  });

  await form.open('courseware/new');
  await form.ime('title', W.coursewareTitle);
  await page.getByRole('button', { name: '新增课件文件', exact: true }).click();
  await form.fill('name', text(W.coursewareFile));
  await form.pickFile('volunteer-activity-poster-1.png');
  await form.body(W.body);
  remember('courseware', await form.publish('src/content/courseware'), {
    path: (id) => `/courseware/${id}/`,
    heading: text(W.coursewareTitle),
    shows: [text(W.coursewareFile)],
  });
});

test('a new entry is named from the pinyin of its title: unique, editable before the first save, fixed after it, kept out of the file', async () => {
  const first = created.find((entry) => entry.collection === 'articles')!;
  expect(first.id).toBe(addressFromTitle(text(W.articleTitle)));
  const address = field(page, ENTRY_ADDRESS_FIELD);

  // The same title again: the address follows the title and is made unique on saving.
  await form.open('articles/new');
  await form.ime('title', W.articleTitle);
  await expect(address).toHaveValue(first.id);
  await form.select('category', '支部动态');
  await form.body(W.articleBody);
  const again = await form.publish('src/content/articles');
  scratch.push(again);
  expect(again).toBe(`src/content/articles/${first.id}-1.md`);
  // Saved: the address is shown, no longer editable, and not written into the file.
  await expect(page.getByText(`/articles/${first.id}-1/`, { exact: true })).toBeVisible();
  await expect(page.getByText(t('cms.address.fixed'))).toBeVisible();
  await expect(page.locator(`input[id^="${ENTRY_ADDRESS_FIELD}-field-"]`)).toHaveCount(0);
  expect(readFileSync(join(ROOT, again), 'utf8')).not.toContain(ENTRY_ADDRESS_FIELD);

  // An address of the editor's own, tidied to the rule when the field is left; the title no longer changes it.
  await form.open('articles/new');
  await form.ime('title', W.articleTitle);
  await address.fill('Autumn Trees 2026');
  await field(page, 'title').click();
  await expect(address).toHaveValue('autumn-trees-2026');
  await form.fill('title', '秋季植树活动');
  await untilQuiet(page);
  await expect(address).toHaveValue('autumn-trees-2026');
  await form.select('category', '支部动态');
  await form.body(W.articleBody);
  const own = await form.publish('src/content/articles');
  scratch.push(own);
  expect(own).toBe('src/content/articles/autumn-trees-2026.md');
});

test('an editor creates a course, a lesson in it, a quiz of every answer kind and a pinned daily card', async () => {
  await form.open('courses/new');
  await form.ime('title', W.courseTitle);
  await form.fill('summary', text(W.courseSummary));
  await form.fill('order', '9');
  remember('courses', await form.publish('src/content/courses'), {
    path: (id) => `/school/${id}/`,
    heading: text(W.courseTitle),
    shows: [text(W.courseSummary)],
  });

  await form.open('lessons/new');
  await form.relation('course', text(W.courseTitle));
  await form.fill('order', '1');
  await form.ime('title', W.lessonTitle);
  await form.fill('minutes', '15');
  await form.body(W.body);
  const course = idOf('courses');
  remember('lessons', await form.publish('src/content/lessons'), {
    path: (id) => `/school/${course}/${id}/`,
    heading: text(W.lessonTitle),
    shows: [text(W.body)],
  });

  await form.open('quizzes/new');
  await form.ime('title', W.quizTitle);
  const addQuestion = async (type: string) => {
    await page.getByRole('button', { name: '新增题目' }).click();
    await page.getByRole('menuitem', { name: type }).click();
  };
  await addQuestion('单选题');
  await form.ime('stem', W.stem1);
  await form.addItem('选项', 'option', text(W.option1));
  await form.addItem('选项', 'option', text(W.option2));
  await page.getByRole('radio', { name: text(W.option1) }).check();
  await addQuestion('判断题');
  await form.ime('stem', W.stem2);
  await page.getByRole('radio', { name: '正确' }).last().check();
  await addQuestion('填空题');
  await form.ime('stem', W.stem3);
  await page
    .getByRole('textbox', { name: t('cms.answer.accepted', { n: 1 }) })
    .last()
    .fill(text(W.fillAnswer));
  const quiz = await form.publish('src/content/quizzes');
  // Answers are stored as option texts, each question with only the fields its type needs.
  expect(parseEntryData(readFileSync(join(ROOT, quiz), 'utf8'), 'yml')).toMatchObject({
    questions: [
      { type: '单选题', stem: text(W.stem1), options: [text(W.option1), text(W.option2)], answer: [text(W.option1)] },
      { type: '判断题', stem: text(W.stem2), answer: ['正确'] },
      { type: '填空题', stem: text(W.stem3), answer: [text(W.fillAnswer)] },
    ],
  });
  remember('quizzes', quiz, {
    path: (id) => `/quizzes/${id}/`,
    heading: text(W.quizTitle),
    shows: [t('quiz.factCount', { count: 3 })],
  });

  await form.open('daily/new');
  await form.ime('text', W.dailyText);
  await form.fill('source', text(W.dailySource));
  await form.fill('topic', text(W.dailyTopic));
  await form.fill('date', today);
  remember('daily', await form.publish('src/content/daily'), {
    path: () => '/daily/',
    shows: [text(W.dailyText), text(W.dailySource)],
  });
});

test('an editor creates a thought report and a contest with an essay', async () => {
  await form.open('reports/new');
  await form.ime('title', W.reportTitle);
  await form.fill('author', text(W.reportAuthor));
  await form.select('stage', '入党积极分子');
  await form.body(W.body);
  remember('reports', await form.publish('src/content/reports'), {
    path: (id) => `/reports/${id}/`,
    heading: text(W.reportTitle),
    shows: [shownAuthor(text(W.reportAuthor), undefined), '入党积极分子'],
  });

  await form.open('contests/new');
  await form.ime('title', W.contestTitle);
  await form.fill('theme', text(W.contestTheme));
  await form.body(W.body);
  remember('contests', await form.publish('src/content/contests'), {
    path: (id) => `/contests/${id}/`,
    heading: text(W.contestTitle),
    shows: [text(W.contestTheme)],
  });

  await form.open('essays/new');
  await form.relation('contest', text(W.contestTitle));
  await form.ime('title', W.essayTitle);
  await form.fill('author', text(W.essayAuthor));
  await form.body(W.body);
  const contest = idOf('contests');
  remember('essays', await form.publish('src/content/essays'), {
    path: (id) => `/contests/${contest}/${id}/`,
    heading: text(W.essayTitle),
    shows: [text(W.essayAuthor)],
  });
});

test('an editor creates a poll, a person with a blog post, a member archive, and edits the site settings', async () => {
  await form.open('polls/new');
  await form.ime('title', W.pollTitle);
  await form.addItem('选项', 'option', text(W.pollOption1));
  await form.addItem('选项', 'option', text(W.pollOption2));
  await form.fill('discussion', '42');
  await form.body(W.body);
  remember('polls', await form.publish('src/content/polls'), {
    path: (id) => `/polls/${id}/`,
    heading: text(W.pollTitle),
    shows: [text(W.pollOption1), text(W.pollOption2)],
  });

  await form.open('people/new');
  await form.ime('name', W.personName);
  await form.fill('role', text(W.personRole));
  await form.fill('bio', text(W.personBio));
  remember('people', await form.publish('src/content/people'), {
    path: (id) => `/people/${id}/`,
    heading: text(W.personName),
    shows: [text(W.personRole)],
  });

  await form.open('blogs/new');
  await form.ime('title', W.blogTitle);
  await form.relation('author', text(W.personName));
  await form.body(W.body);
  remember('blogs', await form.publish('src/content/blogs'), {
    path: (id) => `/blogs/${id}/`,
    heading: text(W.blogTitle),
    shows: [text(W.personName)],
  });

  // Private: no page of its own; it counts in the published aggregate.
  await form.open('members/new');
  await form.ime('name', W.memberName);
  await form.select('stage', '预备党员');
  await form.fill('branch', text(W.memberBranch));
  remember('members', await form.publish('src/content/members'), {
    path: () => '/stats/',
    shows: [t('stats.membersTotal', { total: membersBefore + 1 })],
  });

  // Moving to an existing entry by hash alone can keep the previous form: load it afresh.
  await form.open('settings/entries/site', { reload: true });
  await form.fill('police', text(W.police));
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布').click();
  await expect.poll(() => readFileSync(join(ROOT, SETTINGS_FILE), 'utf8')).toContain(text(W.police));
});

test('the secretary plans the year, announces a meeting and records it; the record stays private', async () => {
  await form.open('meetings/new', { reload: true });
  await form.ime('title', W.meetingTitle);
  await form.fill('start', '08:00');
  await form.fill('end', '10:00');
  await form.fill('place', '学院楼 305 会议室');
  await form.fill('notice', '请全体党员准时参加志愿服务主题党日。');
  remember('meetings', await form.publish('src/content/meetings'), {
    path: (id) => `/meetings/${id}/`,
    heading: text(W.meetingTitle),
    shows: ['主题党日', '学院楼 305 会议室', '请全体党员准时参加志愿服务主题党日。', '08:00–10:00'],
  });

  await form.open('meetingPlans/new', { reload: true });
  await form.fill('title', '党小组学习会');
  await form.fill('year', today.slice(0, 4));
  await form.select('kind', '党小组会');
  await form.fill('start', '12:30');
  await form.fill('end', '13:30');
  await form.select('audience', '党小组');
  await form.fill('group', '第三党小组');
  await form.fill('place', '实验楼 118 研讨室');
  await form.fill('notice', '第三党小组每月学习交流。');
  remember('meetingPlans', await form.publish('src/content/meeting-plans'), {
    path: () => '/admin/help/',
    shows: [],
  });

  await form.open('meetingRecords/new', { reload: true });
  await form.relation('meeting', text(W.meetingTitle));
  await form.fill('minutes', '会议记录：私密的讨论内容不公开');
  const meeting = idOf('meetings');
  remember('meetingRecords', await form.publish('src/content/members/meeting-records'), {
    path: () => `/meetings/${meeting}/`,
    heading: text(W.meetingTitle),
    shows: [],
    hides: ['私密的讨论内容不公开'],
  });
});

/**
 * The title of an entry of `collection` in the sample content, for picking it in a
 * reference field.
 */
function sampleTitle(collection: string): string {
  const model = collectionModel(collection);
  const folder = join(ROOT, 'src/content', model.folder);
  const name = readdirSync(folder).find((file) => !file.startsWith('.'));
  if (!name) throw new Error(`${collection}: no sample entry to refer to`);
  return String(
    (parseEntryData(readFileSync(join(folder, name), 'utf8'), model.format) as Record<string, unknown>)[
      model.titleField
    ],
  );
}

/** Fills one required field from its model; returns the text the entry's page must show, if any. */
async function fillFromModel(model: CollectionModel, name: string, field: Field): Promise<string | undefined> {
  switch (field.kind) {
    case 'string': {
      if (field.pattern) break;
      const value = `${model.labelSingular}${field.label}示例`;
      await form.fill(name, value);
      return value;
    }
    case 'number':
      await form.fill(name, String(field.default ?? field.min ?? 1));
      return undefined;
    case 'select':
      if (field.default === undefined) await form.select(name, field.options[0]!.value);
      return undefined;
    case 'reference':
      await form.relation(name, sampleTitle(field.collection));
      return undefined;
    // Dates start at today (admin/date-defaults.ts); an unticked box is a valid answer.
    case 'date':
    case 'boolean':
      return undefined;
  }
  throw new Error(
    `${model.name}.${name}: a required ${field.kind} field cannot be filled from the model alone: give this collection its own create step above`,
  );
}

test('every other collection of the model is created from its fields alone, found from the model rather than listed', async () => {
  const others = (COLLECTIONS as readonly CollectionModel[]).filter(
    (model) => !created.some((entry) => entry.collection === model.name),
  );
  // Sections with no step of their own (topics and history today; a section added to the model tomorrow).
  expect(others.length).toBeGreaterThan(0);
  for (const model of others) {
    await test.step(model.name, async () => {
      const section = model.section;
      if (!section)
        throw new Error(
          `${model.name} has no section of its own: give it a create step that says where its entries show`,
        );
      await form.open(`${model.name}/new`, { reload: true });
      const shows: string[] = [];
      let heading: string | undefined;
      for (const [name, field] of Object.entries(model.fields)) {
        if (!field.required) continue;
        const value = await fillFromModel(model, name, field);
        if (name === model.titleField) heading = value;
        else if (value) shows.push(value);
      }
      if (model.body?.required) {
        await form.body(W.body);
        shows.push(text(W.body));
      }
      const file = await form.publish(`src/content/${model.folder}`);
      remember(model.name, file, {
        path: (id) => `/${section.path}${id}/`,
        heading,
        shows,
      });
    });
  }
});

test('one production rebuild accepts every new entry and renders its page', async () => {
  test.setTimeout(300_000);
  // Every collection of the model got an entry through the form.
  expect(created.map((c) => c.collection).sort()).toEqual(COLLECTIONS.map((c) => c.name).sort());
  // Named from their titles' pinyin, not from a clock (20261205-093000).
  for (const entry of created) expect(entry.id, entry.file).not.toMatch(/^\d{8}-\d{6}$/);
  const outDir = join(tmpdir(), `dangjian-cms-create-${process.pid}`);
  let preview: Awaited<ReturnType<typeof previewSite>> | undefined;
  try {
    await buildSite(outDir);
    preview = await previewSite(outDir, REBUILD_PORT);
    const site = `http://localhost:${REBUILD_PORT}`;
    for (const entry of created) {
      await test.step(`${entry.collection}: ${entry.path}`, async () => {
        await page.goto(`${site}${entry.path}`);
        if (entry.heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.heading);
        for (const shown of entry.shows) await expect(page.locator('main')).toContainText(shown);
        for (const hidden of entry.hides ?? []) expect(await page.content()).not.toContain(hidden);
      });
    }
    // The new meeting is on the 组织生活 page and in the whole branch's calendar feed, at 08:00 Beijing time.
    const meeting = created.find((entry) => entry.collection === 'meetings')!;
    await page.goto(`${site}/meetings/`);
    await expect(page.locator('main')).toContainText(meeting.heading!);
    const feed = await (await fetch(`${site}/meetings/feeds/branch.ics`)).text();
    expect(feed).toContain(`UID:${meeting.id}@`);
    expect(feed).toContain(`DTSTART;TZID=Asia/Shanghai:${today.replace(/-/g, '')}T080000`);
    expect(feed).not.toContain('私密的讨论内容不公开');
    // The settings edit reaches every page's footer.
    await expect(page.locator('footer').last()).toContainText(text(W.police));
  } finally {
    preview?.kill();
    rmSync(outDir, { recursive: true, force: true });
  }
});
