/**
 * The content model: every collection of the site, defined once.
 * `src/content.config.ts` (Astro/Zod) and the CMS config (`admin/`) are derived
 * from this file; `tests/unit/model-agreement.test.ts` proves they agree.
 */
import { f, options, type Fields } from './fields';
import { JUDGE_OPTIONS } from '../lib/study/quiz';
import { BYLINES, DEFAULT_BYLINE } from '../lib/content/byline';

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

const draft = f.boolean('草稿', { default: false, hint: '勾选后不会发布到网站，只在后台和本机预览中可见' });
const tags = f.list('标签', { of: f.string('标签'), required: false, hint: '每个标签单独添加，如“党史”' });
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
    cover: f.image('封面图', { required: false, size: { width: 1200, height: 675 }, hint: '列表和分享卡片中的图片' }),
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
    cover: f.image('封面图', { required: false, size: { width: 600, height: 800 }, hint: '图书封面' }),
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
    cover: f.image('封面图', { required: false, size: { width: 1200, height: 675 }, hint: '课程卡片中的图片' }),
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
    image: f.image('图片', { required: false, size: { width: 1200, height: 800 }, hint: '请使用有使用许可的图片' }),
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
    options: f.list('选项', { min: 2, of: f.string('选项'), hint: '与 GitHub 讨论中投票的选项一致' }),
    discussion: f.number('GitHub 讨论编号', {
      required: false,
      min: 1,
      hint: '包含原生投票的 GitHub Discussion 编号；不用 GitHub 投票时留空，本事项改在页面下方的讨论区征求意见，正式表决在党员大会上进行',
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
  members,
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
