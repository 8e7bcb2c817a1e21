/**
 * The content model: every collection of the site, defined once.
 * `src/content.config.ts` (Astro/Zod) and the CMS config (`admin/`) are derived
 * from this file; `tests/unit/model-agreement.test.ts` proves they agree.
 */
import { f, options, type Fields } from './fields';
import { JUDGE_OPTIONS } from '../lib/study/quiz';
import { BYLINES, DEFAULT_BYLINE } from '../lib/content/byline';
import type { DuesKind } from '../lib/members/dues-rules';
import { PROBATION_EXTENSION } from '../lib/members/development-rules';
import {
  ATTENDANCE_SLUGS,
  MEETING_AUDIENCE_SLUGS,
  MEETING_KIND_SLUGS,
  MEETING_STATUS_SLUGS,
} from '../lib/meetings/kinds';
import { CLOCK_PATTERN } from '../lib/meetings/time';

export type EntryFormat = 'md' | 'yml';

export interface CollectionModel {
  name: string;
  /** Chinese name of the section (plural, as in the menu). */
  label: string;
  /** Chinese name of one entry. */
  labelSingular: string;
  /** The collection's icon in the CMS sidebar: a Lucide icon name (lucide-static/icons/<name>.svg); a pen when absent. */
  icon?: string;
  /** Folder under `src/content/`. */
  folder: string;
  format: EntryFormat;
  fields: Fields;
  /** The Markdown body of `md` entries: its CMS label and help. */
  body?: { label: string; hint?: string; required: boolean };
  /** CMS list line, e.g. '{{date}} · {{category}} · {{title}}'. */
  summary: string;
  /** Field that names an entry in lists and reference pickers. */
  titleField: string;
  /** Private data: never a page, a search record or a byte of `dist/`. */
  private?: boolean;
  /** The collection's section of the public site; absent when its entries show only inside another section (lessons, essays) or nowhere (members). */
  section?: SectionModel;
  /**
   * Entries with no section of their own show inside another collection's, under the entry
   * whose id `field` holds: an essay at `/contests/<contest>/<id>/`, a lesson at `/school/<course>/<id>/`.
   */
  within?: { collection: string; field: string };
  /**
   * The entries appear on the site on a day of their own, so the e-mail digest announces them
   * (src/model/published.ts). Absent when the collection has no date, or its date is no
   * publication (party history: the event's day; 每日一学: the day a card is pinned to).
   */
  published?: PublishedModel;
}

export interface PublishedModel {
  /** The required date field holding that day: an article's `date`, a contest's `start`, a poll's `opens`. */
  dateField: string;
  /**
   * Counted month by month on /stats/ (各栏目每月发布数) under the name of the section the
   * entries show in. Needs `dateField: 'date'`: /stats/ counts what `getPublished` lists.
   */
  stats?: boolean;
}

/** The four groups of the main menu (src/site/sections.ts), in menu order. */
export const MENU_GROUPS = ['study', 'school', 'activities', 'participation'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export interface SectionModel {
  /** URL folder of the section, e.g. 'articles/': each entry's page is `/<path><id>/`. */
  path: string;
  /** The menu group listing the section's page `/<path>`; absent: not in the menu (people). */
  menu?: MenuGroup;
  /** The menu's name for the section when not the collection's `label`. */
  menuLabel?: string;
  /**
   * An RSS feed at `/<path>rss.xml`, also part of `/rss.xml` (src/site/feeds.ts).
   * `categories`: fields whose values become the items' categories besides the section's name.
   */
  feed?: { categories: readonly string[] };
}

export const ARTICLE_CATEGORIES = options({
  理论学习: 'theory',
  政策解读: 'policy',
  支部动态: 'branch-news',
  先锋风采: 'pioneers',
  通知公告: 'notices',
});

export const MEMBER_STAGES = options({
  入党申请人: 'applicant',
  入党积极分子: 'activist',
  发展对象: 'candidate',
  预备党员: 'probationary',
  正式党员: 'full-member',
});

/** Quiz kinds; the slug is the quiz engine's kind (src/lib/study/quiz-paper.ts). */
export const QUIZ_KINDS = options({ 在线测试: 'test', 知识竞赛: 'contest', 每日一练: 'daily' });

/** Question types; the slug is the quiz engine's type (src/lib/study/quiz.ts). */
export const QUESTION_TYPES = options({ 单选题: 'single', 多选题: 'multiple', 判断题: 'judge', 填空题: 'fill' });

/** How a poll is held; the slug is the page's method (src/lib/participation/poll-method.ts). */
export const POLL_METHODS = options({ 'GitHub 讨论投票': 'github', 支部服务无记名投票: 'ballot', 会上表决: 'meeting' });

/** What a ballot of the branch service is: the slug is the `kind` of /branch/ballots.json. */
export const BALLOT_KINDS = options({ 投票: 'poll', 民主评议: 'review' });

export const BALLOT_CHOICES = options({ 单选: 'single', 多选: 'multiple' });

/** A Beijing wall-clock time on a poll's opening or closing day. */
const CLOCK = {
  source: '^([01]\\d|2[0-3]):[0-5]\\d$',
  message: '填 24 小时制的时刻，如 08:00 或 20:30 / a 24-hour time like 08:00',
};

export const MEMBER_STATUSES = options({ 正常: 'normal', 流动: 'mobile' });

/** Duties in the branch committee: who reads 意见 and 举报 on the branch service (services/branch/config.mjs). */
export const BRANCH_DUTIES = options({
  书记: 'secretary',
  副书记: 'deputy-secretary',
  组织委员: 'organisation',
  宣传委员: 'publicity',
  纪检委员: 'discipline',
  青年委员: 'youth',
  支部委员: 'committee-member',
});

/** 党费 categories of 中组发〔2008〕3号; the slug is the calculator's kind (src/lib/members/dues-rules.ts). */
export const DUES_KIND_OPTIONS = options({
  在职党员: 'employed',
  离退休党员: 'retired',
  学生或无收入党员: 'minimum',
  农民党员: 'farmer',
} as const satisfies Record<string, DuesKind>);
export const DUES_METHODS = options({ 现金: 'cash', 银行转账: 'transfer', 手机支付: 'mobile', 工资代扣: 'payroll' });
/** An amount in yuan with at most two decimals (the integer number field cannot hold 3000.01). */
export const MONEY_PATTERN = {
  source: '^\\d+(\\.\\d{1,2})?$',
  message: '填写金额（元），最多两位小数，如 3000 或 3000.01 / an amount in yuan, at most two decimals',
};

const draft = f.boolean('草稿', { default: false, hint: '勾选后不会发布到网站，只在后台和本机预览中可见' });
const tags = f.list('标签', { of: f.string('标签'), required: false, hint: '每个标签单独添加，如“党史”' });
/** Hint of an image's text alternative (an `alt` field of f.image). */
const ALT_HINT = '一句话说明图片上是什么，如“支部党员在社区清理楼道”，读屏软件会朗读；设置了图片就必须填写';
const markdownBody = (label = '正文', hint?: string) => ({ label, hint, required: true });

const articles = {
  name: 'articles' as const,
  icon: 'newspaper',
  label: '理论学习',
  labelSingular: '文章',
  folder: 'articles',
  format: 'md',
  titleField: 'title',
  summary: "{{date}} · {{category}} · {{title}}{{draft | ternary('（草稿）', '')}}",
  section: { path: 'articles/', menu: 'study', feed: { categories: ['category', 'tags'] } },
  published: { dateField: 'date', stats: true },
  fields: {
    title: f.string('标题'),
    date: f.date('发布日期', { hint: '北京时间的日期；晚于今天的文章到那天才发布' }),
    summary: f.text('摘要', { required: false, hint: '列表和分享卡片中显示，建议 40–80 字' }),
    category: f.select('栏目', {
      options: ARTICLE_CATEGORIES,
      default: '理论学习',
      hint: '决定文章出现在网站的哪个栏目',
    }),
    tags,
    author: f.string('作者', { required: false, hint: '留空则不显示作者' }),
    cover: f.image('封面图', {
      required: false,
      size: { width: 1200, height: 675 },
      alt: 'coverAlt',
      hint: '列表和分享卡片中的图片；卡片中裁成 16:9，保留人物等醒目部分',
    }),
    coverAlt: f.string('封面图说明', { required: false, hint: ALT_HINT }),
    draft,
  },
  body: markdownBody(),
} satisfies CollectionModel;

const library = {
  name: 'library' as const,
  icon: 'library',
  label: '电子图书室',
  labelSingular: '图书',
  folder: 'library',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{title}} · {{author}}',
  section: { path: 'library/', menu: 'study', feed: { categories: ['author'] } },
  published: { dateField: 'date' },
  fields: {
    title: f.string('书名'),
    author: f.string('作者'),
    publisher: f.string('出版社', { required: false }),
    year: f.number('出版年份', { required: false, min: 1900, max: 2100 }),
    file: f.file('文件（PDF）', { extensions: ['pdf'], hint: '上传图书的 PDF 全文，读者可在线阅读和下载' }),
    cover: f.image('封面图', {
      required: false,
      size: { width: 600, height: 800 },
      alt: 'coverAlt',
      hint: '图书封面，卡片中裁成 3:4',
    }),
    coverAlt: f.string('封面图说明', { required: false, hint: ALT_HINT }),
    summary: f.text('内容简介', { hint: '图书室列表中显示，建议 60–120 字' }),
    date: f.date('上架日期', { hint: '放入图书室的日期（北京时间），用于排序和订阅' }),
  },
  body: markdownBody('导读'),
} satisfies CollectionModel;

const media = {
  name: 'media' as const,
  icon: 'clapperboard',
  label: '网上视听室',
  labelSingular: '音视频',
  folder: 'media',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{kind}} · {{title}}',
  section: { path: 'media/', menu: 'study', feed: { categories: ['kind'] } },
  published: { dateField: 'date' },
  fields: {
    title: f.string('标题'),
    kind: f.select('类型', {
      options: options({ 视频: 'video', 音频: 'audio' }),
      default: '视频',
      hint: '决定页面上显示视频播放器还是音频播放器',
    }),
    src: f.file('音视频文件', {
      extensions: ['mp4', 'webm', 'mp3', 'm4a', 'ogg'],
      hint: '视频用 MP4，音频用 MP3；单个文件建议不超过 100 MB',
    }),
    poster: f.image('封面图', { required: false, size: { width: 1280, height: 720 }, hint: '视频播放前显示的画面' }),
    captions: f.file('字幕（WebVTT）', {
      required: false,
      extensions: ['vtt'],
      hint: '.vtt 字幕文件，方便听力不便或不方便外放的读者',
    }),
    duration: f.string('时长', {
      required: false,
      hint: '显示在列表中，如 12:30',
      pattern: { source: '^\\d{1,2}:\\d{2}(:\\d{2})?$', message: '格式如 12:30 或 1:02:30 / like 12:30 or 1:02:30' },
    }),
    date: f.date('发布日期'),
  },
  body: markdownBody('文字稿', '音视频的完整文字稿，供阅读和搜索'),
} satisfies CollectionModel;

const courseware = {
  name: 'courseware' as const,
  icon: 'presentation',
  label: '多媒体课件',
  labelSingular: '课件',
  folder: 'courseware',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{title}}',
  section: { path: 'courseware/', menu: 'study', feed: { categories: [] } },
  published: { dateField: 'date' },
  fields: {
    title: f.string('标题'),
    files: f.list('课件文件', {
      min: 1,
      hint: '可添加多个文件；PDF 和图片在页面上直接预览，其他文件提供下载',
      summary: '{{fields.name}}',
      of: f.object('文件', {
        fields: {
          name: f.string('文件名称'),
          file: f.file('文件', {
            extensions: ['pdf', 'pptx', 'ppt', 'docx', 'doc', 'xlsx', 'png', 'jpg', 'jpeg', 'mp4', 'mp3', 'zip'],
          }),
        },
      }),
    }),
    course: f.reference('所属课程', {
      collection: 'courses',
      displayField: 'title',
      required: false,
      hint: '可选：输入课程名称搜索，课件会出现在该课程页',
    }),
    date: f.date('发布日期'),
  },
  body: markdownBody('说明'),
} satisfies CollectionModel;

const courses = {
  name: 'courses' as const,
  icon: 'graduation-cap',
  label: '网上党校课程',
  labelSingular: '课程',
  folder: 'courses',
  format: 'md',
  titleField: 'title',
  summary: '{{order}} · {{title}}',
  section: { path: 'school/', menu: 'school', menuLabel: '课程学习' },
  fields: {
    title: f.string('课程名称'),
    summary: f.text('课程简介', { hint: '网上党校首页的课程卡片中显示，建议 50–100 字' }),
    cover: f.image('封面图', {
      required: false,
      size: { width: 1200, height: 675 },
      alt: 'coverAlt',
      hint: '课程卡片中的图片，裁成 16:9，保留人物等醒目部分',
    }),
    coverAlt: f.string('封面图说明', { required: false, hint: ALT_HINT }),
    order: f.number('排序', { min: 0, hint: '数字小的排在前面' }),
    quiz: f.reference('课程测试', {
      collection: 'quizzes',
      displayField: 'title',
      searchFields: ['kind'],
      required: false,
      hint: '学完全部课时后参加的结业测试；输入标题搜索',
    }),
  },
  body: { label: '课程介绍', required: false },
} satisfies CollectionModel;

const lessons = {
  name: 'lessons' as const,
  icon: 'book-open',
  label: '课时',
  labelSingular: '课时',
  folder: 'lessons',
  format: 'md',
  titleField: 'title',
  summary: '{{course}} · 第 {{order}} 课时 · {{title}}',
  within: { collection: 'courses', field: 'course' },
  fields: {
    course: f.reference('所属课程', { collection: 'courses', displayField: 'title', hint: '输入课程名称搜索' }),
    order: f.number('课时序号', { min: 1, hint: '本课时是课程的第几课时，从 1 开始' }),
    title: f.string('课时名称'),
    minutes: f.number('学习分钟数', {
      required: false,
      min: 1,
      max: 600,
      hint: '留空则自动估算：正文按每分钟约 350 字，加上配套音视频的时长；估算不合适时填写',
    }),
    media: f.reference('配套音视频', {
      collection: 'media',
      displayField: 'title',
      required: false,
      hint: '可选：输入标题搜索网上视听室中的音视频',
    }),
    attachments: f.list('附件', {
      required: false,
      hint: '讲义、课件等供下载的材料',
      summary: '{{fields.name}}',
      of: f.object('附件', {
        fields: {
          name: f.string('附件名称'),
          file: f.file('文件', { extensions: ['pdf', 'pptx', 'docx', 'xlsx', 'zip', 'png', 'jpg'] }),
        },
      }),
    }),
    quiz: f.reference('课后测试', {
      collection: 'quizzes',
      displayField: 'title',
      searchFields: ['kind'],
      required: false,
      hint: '可选：学完本课时后的小测验，输入标题搜索',
    }),
  },
  body: markdownBody('教程正文'),
} satisfies CollectionModel;

const quizzes = {
  name: 'quizzes' as const,
  icon: 'list-checks',
  label: '在线测试',
  labelSingular: '测试',
  folder: 'quizzes',
  format: 'yml',
  titleField: 'title',
  summary: '{{kind}} · {{title}} · 及格线 {{passPercent}}%',
  section: { path: 'quizzes/', menu: 'school' },
  fields: {
    title: f.string('标题'),
    kind: f.select('类型', { options: QUIZ_KINDS, default: '在线测试' }),
    // Formal tests are graded by the branch service: the build keeps their answers out of dist/
    // (src/integrations/formal-test-key.ts, docs/branch-service.md 正式考试).
    formal: f.boolean('正式考试', {
      default: false,
      hint: '勾选后是支部的正式考试（网上考核）：党员登录支部服务作答，答案和解析不放在网页上，由服务器评分、限时、限次数，每人成绩只给书记。不勾选是自测：答案在网页里，成绩只存在党员自己的手机上。需要站点设置开启支部服务',
    }),
    attempts: f.number('允许作答次数', {
      required: false,
      min: 1,
      max: 10,
      hint: '只用于正式考试：每人最多交卷几次，留空为 1 次',
    }),
    timeLimitMinutes: f.number('限时（分钟）', { required: false, min: 1, max: 300, hint: '留空则不限时' }),
    passPercent: f.number('及格线（%）', {
      min: 0,
      max: 100,
      default: 60,
      hint: '答对的题目占比达到这个百分数即为及格',
    }),
    shuffle: f.boolean('打乱题目顺序', { default: false, hint: '每次打开时题目顺序不同' }),
    drawCount: f.number('每次抽题数', {
      required: false,
      min: 1,
      max: 200,
      hint: '知识竞赛每次从题库随机抽取的题数；每日一练默认每天 5 题；在线测试不用填',
    }),
    questions: f.list('题目', {
      min: 1,
      summary: '{{fields.type}} · {{fields.stem | truncate(40, "…")}}',
      // The editor picks the type first; judge and fill-in questions have no options to fill.
      variants: {
        typeKey: 'type',
        fieldsOf: {
          单选题: ['stem', 'options', 'answer', 'explanation'],
          多选题: ['stem', 'options', 'answer', 'explanation'],
          判断题: ['stem', 'answer', 'explanation'],
          填空题: ['stem', 'answer', 'explanation'],
        },
      },
      of: f.object('题目', {
        fields: {
          type: f.select('题型', { options: QUESTION_TYPES, default: '单选题' }),
          stem: f.text('题干'),
          options: f.list('选项', {
            required: false,
            of: f.string('选项'),
            hint: '至少 2 个选项，每个选项单独添加；不要写 A、B 等序号',
          }),
          answer: f.list('正确答案', {
            min: 1,
            of: f.string('答案'),
            widget: 'quiz-answer',
            hint: `单选、多选从上面的选项中勾选；判断题选“${JUDGE_OPTIONS[0]}”或“${JUDGE_OPTIONS[1]}”；填空题可填多个可接受的答案`,
          }),
          explanation: f.text('解析', { required: false }),
        },
      }),
    }),
  },
} satisfies CollectionModel;

const daily = {
  name: 'daily' as const,
  icon: 'calendar-days',
  label: '每日一学',
  labelSingular: '学习卡片',
  folder: 'daily',
  format: 'yml',
  titleField: 'text',
  summary: "{{date | default('每日轮换')}} · {{topic}} · {{text | truncate(40)}}",
  section: { path: 'daily/', menu: 'study' },
  fields: {
    text: f.text('内容', { hint: '一两句话，建议不超过 100 字' }),
    source: f.string('出处', { hint: '如 《中国共产党章程》总纲' }),
    topic: f.string('主题', { hint: '如 党章、党史，显示在卡片上' }),
    date: f.date('指定日期', { required: false, hint: '留空则参与每日轮换；填写则只在这一天显示' }),
  },
} satisfies CollectionModel;

const reports = {
  name: 'reports' as const,
  icon: 'notebook-pen',
  label: '思想汇报',
  labelSingular: '思想汇报',
  folder: 'reports',
  format: 'md',
  titleField: 'title',
  summary: "{{date}} · {{stage}} · {{author}} · {{title}}{{draft | ternary('（草稿）', '')}}",
  section: { path: 'reports/', menu: 'activities' },
  published: { dateField: 'date', stats: true },
  fields: {
    title: f.string('标题'),
    author: f.string('汇报人', { hint: '汇报人的姓名或化名；网站上怎样显示由下面的“署名方式”决定' }),
    byline: f.select('署名方式', {
      options: options(BYLINES),
      default: DEFAULT_BYLINE,
      hint: '思想汇报在互联网上公开：默认只显示姓，如“张同志”；也可显示全名或匿名',
    }),
    stage: f.select('阶段', { options: MEMBER_STAGES, hint: '汇报人现在所处的阶段，用于分类浏览' }),
    date: f.date('日期', { hint: '写成汇报的日期（北京时间）' }),
    draft,
  },
  body: markdownBody(),
} satisfies CollectionModel;

const contests = {
  name: 'contests' as const,
  icon: 'trophy',
  label: '专题征文',
  labelSingular: '征文活动',
  folder: 'contests',
  format: 'md',
  titleField: 'title',
  summary: '{{start}} 至 {{deadline}} · {{title}}',
  section: { path: 'contests/', menu: 'activities' },
  published: { dateField: 'start' },
  fields: {
    title: f.string('活动名称'),
    theme: f.string('征文主题', { hint: '一句话说明写什么' }),
    start: f.date('开始日期', { hint: '从这一天（北京时间）起接受投稿' }),
    deadline: f.date('截止日期', { hint: '这一天结束后停止投稿' }),
    resultsDate: f.date('结果公布日期', { required: false, hint: '留空表示尚未确定' }),
    awards: f.list('获奖作品', {
      required: false,
      hint: '评选结束后填写：选择获奖作品并写明奖项',
      summary: '{{fields.prize}} · {{fields.essay}}',
      of: f.object('奖项', {
        fields: {
          essay: f.reference('作品', {
            collection: 'essays',
            displayField: 'title',
            searchFields: ['author'],
            hint: '输入作品标题或作者搜索',
          }),
          prize: f.string('奖项', { hint: '如 一等奖' }),
        },
      }),
    }),
  },
  body: markdownBody('征文启事与规则'),
} satisfies CollectionModel;

const essays = {
  name: 'essays' as const,
  icon: 'pen-line',
  label: '征文作品',
  labelSingular: '征文作品',
  folder: 'essays',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{contest}} · {{author}} · {{title}}',
  within: { collection: 'contests', field: 'contest' },
  published: { dateField: 'date', stats: true },
  fields: {
    contest: f.reference('所属征文活动', {
      collection: 'contests',
      displayField: 'title',
      searchFields: ['theme'],
      hint: '输入活动名称搜索',
    }),
    title: f.string('标题'),
    author: f.string('作者'),
    date: f.date('投稿日期'),
  },
  body: markdownBody(),
} satisfies CollectionModel;

const topics = {
  name: 'topics' as const,
  icon: 'messages-square',
  label: '热点探讨',
  labelSingular: '话题',
  folder: 'topics',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{title}}',
  section: { path: 'topics/', menu: 'activities' },
  published: { dateField: 'date', stats: true },
  fields: {
    title: f.string('话题'),
    date: f.date('发布日期'),
    summary: f.text('导语', { hint: '话题页顶部突出显示，说明讨论什么，建议 50–100 字' }),
    closed: f.boolean('已结束讨论', { default: false, hint: '勾选后页面标明讨论已结束，不再邀请留言' }),
  },
  body: markdownBody('背景材料'),
} satisfies CollectionModel;

const history = {
  name: 'history' as const,
  icon: 'landmark',
  label: '党史鉴赏',
  labelSingular: '党史事件',
  folder: 'history',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{title}}',
  section: { path: 'history/', menu: 'activities' },
  fields: {
    date: f.date('事件日期', { hint: '事件发生的公历日期，时间轴按它排序' }),
    title: f.string('标题'),
    summary: f.text('概要', { hint: '时间轴上显示的一两句话' }),
    tags,
    image: f.image('图片', {
      required: false,
      size: { width: 1200, height: 800 },
      alt: 'imageAlt',
      hint: '请使用有使用许可的图片',
    }),
    imageAlt: f.string('图片说明', { required: false, hint: ALT_HINT }),
  },
  body: markdownBody(),
} satisfies CollectionModel;

const polls = {
  name: 'polls' as const,
  icon: 'vote',
  label: '网上投票',
  labelSingular: '投票',
  folder: 'polls',
  format: 'md',
  titleField: 'title',
  summary: '{{opens}} 至 {{closes}} · {{title}}',
  section: { path: 'polls/', menu: 'participation' },
  published: { dateField: 'opens' },
  fields: {
    title: f.string('投票主题'),
    opens: f.date('开始日期', { hint: '从这一天（北京时间）起可以投票' }),
    closes: f.date('截止日期', { hint: '这一天结束后投票关闭' }),
    method: f.select('表决方式', {
      required: false,
      options: POLL_METHODS,
      hint: '支部服务无记名投票：党员用讨论区账号在本站投票，需在站点设置中开启支部服务，并填写下面的“无记名投票”；GitHub 讨论投票：填写 GitHub 讨论编号；会上表决：网上只征求意见。留空时，有 GitHub 讨论编号的按 GitHub 讨论投票，否则按会上表决',
    }),
    options: f.list('选项', {
      required: false,
      of: f.string('选项'),
      hint: 'GitHub 讨论投票和会上表决至少填 2 个选项，与 GitHub 讨论中投票的选项一致；支部服务无记名投票的选项写在下面每道题里，这里留空',
    }),
    discussion: f.number('GitHub 讨论编号', {
      required: false,
      min: 1,
      hint: '包含原生投票的 GitHub Discussion 编号；不用 GitHub 投票时留空，本事项改在页面下方的讨论区征求意见，正式表决在党员大会上进行',
    }),
    ballot: f.object('无记名投票', {
      required: false,
      hint: '表决方式选“支部服务无记名投票”时填写。投票开始后，题目和选项就不能再改了',
      fields: {
        kind: f.select('类型', {
          options: BALLOT_KINDS,
          default: '投票',
          hint: '投票：回答下面的题目；民主评议：每位党员给其他正式党员评定等次（等次和“优秀”比例见 src/data/rules/democratic-review.yml），不填题目',
        }),
        opensAt: f.string('开始时刻', { default: '08:00', pattern: CLOCK, hint: '开始日期当天的北京时间' }),
        closesAt: f.string('截止时刻', { default: '20:00', pattern: CLOCK, hint: '截止日期当天的北京时间' }),
        includeProbationary: f.boolean('预备党员参加', {
          default: true,
          hint: '勾选后预备党员也可以投票（民主评议中预备党员参加评议，但不作为评议对象）',
        }),
        changeable: f.boolean('截止前可以改票', {
          default: false,
          hint: '勾选后党员在截止前可以用回执改票；投票页会写明能否改票',
        }),
        questions: f.list('题目', {
          required: false,
          summary: '{{fields.choice}} · {{fields.text | truncate(40, "…")}}',
          hint: '类型为“投票”时至少一道题',
          of: f.object('题目', {
            fields: {
              text: f.string('题目'),
              choice: f.select('单选或多选', { options: BALLOT_CHOICES, default: '单选' }),
              min: f.number('至少选几项', { required: false, min: 1, max: 50, hint: '多选题用；留空为 1' }),
              max: f.number('至多选几项', { required: false, min: 1, max: 50, hint: '多选题用；留空为选项个数' }),
              options: f.list('选项', { min: 2, of: f.string('选项'), hint: '每个选项单独添加；不要写 A、B 等序号' }),
            },
          }),
        }),
      },
    }),
  },
  body: markdownBody('投票说明'),
} satisfies CollectionModel;

const blogs = {
  name: 'blogs' as const,
  icon: 'square-pen',
  label: '干部博客',
  labelSingular: '博文',
  folder: 'blogs',
  format: 'md',
  titleField: 'title',
  summary: "{{date}} · {{author}} · {{title}}{{draft | ternary('（草稿）', '')}}",
  section: { path: 'blogs/', menu: 'activities' },
  published: { dateField: 'date', stats: true },
  fields: {
    title: f.string('标题'),
    date: f.date('发布日期'),
    author: f.reference('作者', {
      collection: 'people',
      displayField: 'name',
      searchFields: ['role'],
      hint: '输入姓名或职务搜索；新作者请先在“人物”中添加',
    }),
    tags,
    draft,
  },
  body: markdownBody(),
} satisfies CollectionModel;

const people = {
  name: 'people' as const,
  icon: 'users',
  label: '人物',
  labelSingular: '人物',
  folder: 'people',
  format: 'md',
  titleField: 'name',
  summary: '{{name}} · {{role}}',
  section: { path: 'people/' },
  fields: {
    name: f.string('姓名'),
    role: f.string('职务', { hint: '如 支部书记' }),
    bio: f.text('简介', { hint: '一两句话，显示在人物页顶部' }),
    avatar: f.image('头像', { required: false, size: { width: 400, height: 400 }, hint: '正方形照片' }),
  },
  body: { label: '详细介绍', required: false },
} satisfies CollectionModel;

const members = {
  name: 'members' as const,
  icon: 'id-card',
  label: '党员电子档案',
  labelSingular: '党员档案',
  folder: 'members',
  format: 'yml',
  titleField: 'name',
  summary: '{{name}} · {{stage}} · {{status}}',
  private: true,
  fields: {
    name: f.string('姓名'),
    stage: f.select('阶段', { options: MEMBER_STAGES }),
    joined: f.date('入党（或递交申请）日期'),
    branch: f.string('所在支部'),
    status: f.select('状态', { options: MEMBER_STATUSES, default: '正常' }),
    phone: f.string('电话', { required: false }),
    email: f.string('邮箱', { required: false }),
    duties: f.list('支部职务', {
      required: false,
      of: f.select('职务', { options: BRANCH_DUTIES }),
      hint: '支委会成员填写。支部服务据此决定谁能阅读党员的意见（支委）和举报（纪检委员）；不会发布到网站',
    }),
    discussionAccounts: f.list('讨论区账号', {
      required: false,
      of: f.string('账号'),
      hint: '本人在讨论区（GitHub 或支部自己的讨论服务）使用的账号名，月度学习报告据此统计学习体会；不会发布到网站',
    }),
    studyRecords: f.list('学习记录', {
      required: false,
      widget: 'study-records',
      summary: '{{fields.month}} · {{fields.minutes}} 分钟',
      hint: '每月一条。党员提交的学习记录文件用上方的“导入学习记录”合并，也可以手工录入',
      of: f.object('月度记录', {
        fields: {
          month: f.month('月份'),
          minutes: f.number('学习分钟数', { min: 0 }),
          testsPassed: f.number('通过测试数', { min: 0, default: 0 }),
          studyDays: f.number('学习天数', { required: false, min: 0, max: 31 }),
          lessons: f.number('学完课时数', { required: false, min: 0 }),
          points: f.number('学习积分', { required: false, min: 0 }),
          tests: f.list('测试成绩', {
            required: false,
            summary: '{{fields.date}} · {{fields.title}} · {{fields.score}} 分',
            of: f.object('一次测试', {
              fields: {
                date: f.date('日期'),
                title: f.string('测试名称'),
                score: f.number('成绩（分）', { min: 0, max: 100 }),
                passed: f.boolean('及格', { default: false }),
              },
            }),
          }),
          submittedAt: f.string('提交时间', {
            required: false,
            hint: '导入学习记录文件时自动填写（北京时间）；手工录入的记录留空',
            // "+0800", not "+08:00": YAML readers turn the latter into a date object, and the build wants text.
            pattern: {
              source: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0800$',
              message: '格式如 2026-12-01T09:30:00+0800 / like 2026-12-01T09:30:00+0800',
            },
          }),
        },
      }),
    }),
    development: f.object('发展党员记录', {
      required: false,
      hint: '入党申请人、积极分子、发展对象和预备党员填写：各步骤办理的日期（北京时间）。编辑帮助页据此列出到期和逾期事项，月度报告列出本月事项；不会发布到网站',
      fields: {
        applied: f.date('递交入党申请', { required: false }),
        talked: f.date('党组织派人谈话', { required: false, hint: '收到申请后一个月内（发展党员工作细则第七条）' }),
        activist: f.date('确定为入党积极分子', { required: false }),
        contacts: f.date('指定培养联系人', { required: false }),
        reviews: f.list('半年考察', {
          required: false,
          of: f.date('考察日期'),
          hint: '每半年一次（第十一条），每次添加一个日期',
        }),
        candidate: f.date('确定为发展对象', { required: false, hint: '成为积极分子满一年以后（第十三条）' }),
        politicalReview: f.date('政治审查完成', { required: false }),
        training: f.date('集中培训结业', { required: false }),
        trainingDays: f.number('集中培训天数', {
          required: false,
          min: 0,
          max: 90,
          hint: '不少于三天或二十四学时（第十七条），填一项即可',
        }),
        trainingHours: f.number('集中培训学时', { required: false, min: 0, max: 720 }),
        admitted: f.date('支部大会讨论接收', { required: false, hint: '预备期从这一天算起' }),
        approved: f.date('上级党委审批', {
          required: false,
          hint: '三个月内，最长不超过六个月（第四章“预备党员的接收”）',
        }),
        oath: f.date('入党宣誓', { required: false }),
        extensionMonths: f.number('延长预备期（月）', {
          required: false,
          min: PROBATION_EXTENSION.minMonths,
          max: PROBATION_EXTENSION.maxMonths,
          hint: '只在支部大会决定延长时填写：不少于半年，最长一年（第三十二条）',
        }),
        confirmed: f.date('转为正式党员', { required: false }),
      },
    }),
    dues: f.list('党费', {
      required: false,
      summary: '{{fields.year}} 年 · {{fields.kind}} · 每月 {{fields.monthly}} 元',
      hint: '每年一项：年初核定计算基数和每月党费，逐月记下交纳情况；只在支部内部的党费台账中使用，不会发布到网站',
      of: f.object('一年的党费', {
        fields: {
          year: f.number('年度', { min: 2000, max: 2100 }),
          kind: f.select('交纳类别', { options: DUES_KIND_OPTIONS, default: '在职党员' }),
          base: f.string('计算基数（元/月）', {
            required: false,
            pattern: MONEY_PATTERN,
            hint: '在职党员：每月工资收入（税后）；离退休党员：每月退休费；其他类别不填',
          }),
          monthly: f.string('每月党费（元）', { pattern: MONEY_PATTERN, hint: '年初核定，全年不变' }),
          payments: f.list('交纳记录', {
            required: false,
            summary: '{{fields.month}} · {{fields.date}} · {{fields.method}}',
            hint: '每交一个月添加一项；一次补交几个月时，每个月各添加一项',
            of: f.object('一个月的党费', {
              fields: {
                month: f.month('所交月份'),
                date: f.date('交纳日期'),
                method: f.select('交纳方式', { options: DUES_METHODS, default: '银行转账' }),
                amount: f.string('实交金额（元）', {
                  required: false,
                  pattern: MONEY_PATTERN,
                  hint: '与每月党费不同时才填写',
                }),
              },
            }),
          }),
        },
      }),
    }),
  },
} satisfies CollectionModel;

// Organisational life (三会一课 …): the public meeting, the plan that makes a year of them, and the private record.
export const MEETING_KINDS = options(MEETING_KIND_SLUGS);
export const MEETING_AUDIENCES = options(MEETING_AUDIENCE_SLUGS);
export const MEETING_STATUSES = options(MEETING_STATUS_SLUGS);
export const ATTENDANCE_OPTIONS = options(ATTENDANCE_SLUGS);
export const PLAN_POSITION_OPTIONS = options({
  第一个: 'first',
  第二个: 'second',
  第三个: 'third',
  第四个: 'fourth',
  第五个: 'fifth',
  最后一个: 'last',
  固定日期: 'day',
});
export const WEEKDAY_OPTIONS = options({
  星期一: 'mon',
  星期二: 'tue',
  星期三: 'wed',
  星期四: 'thu',
  星期五: 'fri',
  星期六: 'sat',
  星期日: 'sun',
});

const clock = (label: string, hint: string) =>
  f.string(label, {
    hint,
    pattern: { source: CLOCK_PATTERN, message: '应为 24 小时制时间，如 14:30 / must be a time like 14:30' },
  });
const meetingWhere = {
  audience: f.select('参加范围', {
    options: MEETING_AUDIENCES,
    default: '全体党员',
    hint: '决定会议出现在哪个日历订阅中',
  }),
  group: f.string('党小组', { required: false, hint: '参加范围为“党小组”时填写小组名称，如 第一党小组' }),
  place: f.string('地点', { required: false, hint: '地点和线上会议链接至少填写一项' }),
  link: f.string('线上会议链接', {
    required: false,
    hint: '线上或线上线下结合时填写',
    pattern: { source: '^https?://\\S+$', message: '应为以 http:// 或 https:// 开头的网址 / must be a web address' },
  }),
};

const meetings = {
  name: 'meetings' as const,
  icon: 'calendar-clock',
  label: '组织生活',
  labelSingular: '会议活动',
  folder: 'meetings',
  format: 'yml',
  titleField: 'title',
  summary: '{{date}} {{start}} · {{kind}} · {{title}} · {{status}}',
  section: { path: 'meetings/', menu: 'activities' },
  fields: {
    title: f.string('主题'),
    kind: f.select('类型', {
      options: MEETING_KINDS,
      default: '主题党日',
      hint: '台账按类型核对“三会一课”等是否按期开展',
    }),
    date: f.date('日期', { hint: '北京时间' }),
    start: clock('开始时间', '北京时间，24 小时制，如 14:30'),
    end: clock('结束时间', '北京时间，晚于开始时间'),
    ...meetingWhere,
    agenda: f.list('议程', { required: false, of: f.string('议程'), hint: '每项议程单独添加' }),
    notice: f.text('会议通知', {
      hint: '网站和党员日历中显示的通知；不写参会名单、缺席人员等个人信息',
    }),
    summary: f.text('公开简报', {
      required: false,
      hint: '会后可选填写，公开显示在组织生活页；会议记录、决议和出席情况请填在“会议记录”中，不会公开',
    }),
    status: f.select('状态', {
      options: MEETING_STATUSES,
      default: '按计划举行',
      hint: '改期请直接修改日期和时间；取消后党员日历中的这次会议会标为已取消',
    }),
  },
} satisfies CollectionModel;

const meetingPlans = {
  name: 'meetingPlans' as const,
  icon: 'calendar-range',
  label: '年度计划',
  labelSingular: '年度计划',
  folder: 'meeting-plans',
  format: 'yml',
  titleField: 'title',
  summary: '{{year}} · {{kind}} · {{title}}',
  fields: {
    title: f.string('名称', { hint: '生成的每次会议以“月份+名称”为主题，如 3月主题党日' }),
    year: f.number('年份', { min: 2000, max: 2100 }),
    kind: f.select('类型', { options: MEETING_KINDS, default: '主题党日' }),
    position: f.select('每月第几个', {
      options: PLAN_POSITION_OPTIONS,
      default: '第一个',
      hint: '如“第一个”+“星期五”即每月第一个星期五；选“固定日期”则按下面的“每月几日”',
    }),
    weekday: f.select('星期几', { options: WEEKDAY_OPTIONS, required: false, default: '星期五' }),
    day: f.number('每月几日', { required: false, min: 1, max: 31, hint: '小月没有这一天时安排在月末' }),
    months: f.list('月份', {
      required: false,
      of: f.number('月份', { min: 1, max: 12 }),
      hint: '留空为每月；只在部分月份开展时逐个添加，如季度会议添加 1、4、7、10',
    }),
    start: clock('开始时间', '北京时间，如 14:30'),
    end: clock('结束时间', '北京时间'),
    ...meetingWhere,
    notice: f.text('会议通知', { hint: '每次会议的通知初稿，生成后可逐个修改' }),
    moves: f.list('调整日期', {
      required: false,
      summary: '{{fields.from}} → {{fields.to}}',
      hint: '遇节假日等按规则算出的日期需要调整时添加',
      of: f.object('调整', { fields: { from: f.date('原日期'), to: f.date('改到') } }),
    }),
    skips: f.list('不开展的日期', { required: false, of: f.date('日期') }),
  },
} satisfies CollectionModel;

const meetingRecords = {
  name: 'meetingRecords' as const,
  icon: 'clipboard-list',
  label: '会议记录',
  labelSingular: '会议记录',
  // Beside the member archives (MEMBERS_DIR moves both): a public repository holds neither.
  folder: 'members/meeting-records',
  format: 'yml',
  titleField: 'meeting',
  summary: '{{meeting}}',
  private: true,
  fields: {
    meeting: f.reference('会议', {
      collection: 'meetings',
      displayField: 'title',
      searchFields: ['date'],
      hint: '输入主题或日期搜索',
    }),
    host: f.reference('主持人', { collection: 'members', displayField: 'name', required: false }),
    recorder: f.reference('记录人', { collection: 'members', displayField: 'name', required: false }),
    attendance: f.list('出席情况', {
      required: false,
      summary: '{{fields.member}} · {{fields.status}}',
      hint: '应参加的每位党员一项；请假、缺席请写明原因',
      of: f.object('党员', {
        fields: {
          member: f.reference('党员', { collection: 'members', displayField: 'name' }),
          status: f.select('情况', { options: ATTENDANCE_OPTIONS, default: '出席' }),
          reason: f.string('原因', { required: false }),
        },
      }),
    }),
    minutes: f.text('会议记录', { required: false }),
    resolutions: f.list('决议事项', { required: false, of: f.text('决议') }),
    photos: f.list('照片', {
      required: false,
      of: f.string('文件名'),
      hint: '照片不上传到网站：存放在档案文件夹的 meeting-records/photos/ 中，这里填写文件名',
    }),
  },
} satisfies CollectionModel;

/** All collections, in menu order. */
export const COLLECTIONS = [
  articles,
  library,
  media,
  courseware,
  courses,
  lessons,
  quizzes,
  daily,
  reports,
  contests,
  essays,
  topics,
  history,
  polls,
  blogs,
  people,
  meetings,
  meetingPlans,
  members,
  meetingRecords,
] as const satisfies readonly CollectionModel[];

export type CollectionName = (typeof COLLECTIONS)[number]['name'];
export type ModelOf<N extends CollectionName> = Extract<(typeof COLLECTIONS)[number], { name: N }>;

/** The section's name as the menu, feeds and previews show it. */
export const sectionName = (model: CollectionModel): string => model.section?.menuLabel ?? model.label;

/** Collections with a feed (`section.feed`), by name. */
export type FeedCollection = Extract<(typeof COLLECTIONS)[number], { section: { feed: object } }>['name'];

export function collectionModel(name: string): CollectionModel {
  const model = COLLECTIONS.find((c) => c.name === name);
  if (!model) throw new Error(`Unknown collection "${name}"`);
  return model;
}
