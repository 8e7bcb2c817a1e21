/**
 * The content model: every collection of the site, defined once.
 * `src/content.config.ts` (Astro/Zod) and the CMS config (`admin/`) are derived
 * from this file; `tests/unit/model-agreement.test.ts` proves they agree.
 */
import { f, options, type Fields } from './fields';

export type EntryFormat = 'md' | 'yml';

export interface CollectionModel {
  name: string;
  /** Chinese name of the section (plural, as in the menu). */
  label: string;
  /** Chinese name of one entry. */
  labelSingular: string;
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

const draft = f.boolean('草稿', { default: false, hint: '草稿不会发布到网站 / drafts are not published' });
const tags = f.list('标签', { of: f.string('标签'), required: false, hint: '每个标签单独添加，如“党史”' });
const markdownBody = (label = '正文', hint?: string) => ({ label, hint, required: true });

const articles = {
  name: 'articles' as const,
  label: '理论学习',
  labelSingular: '文章',
  folder: 'articles',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{category}} · {{title}}',
  fields: {
    title: f.string('标题'),
    date: f.date('发布日期', { hint: '北京时间的日期；晚于今天的文章到那天才发布' }),
    summary: f.text('摘要', { required: false, hint: '列表和分享卡片中显示，建议 40–80 字' }),
    category: f.select('栏目', { options: ARTICLE_CATEGORIES, default: '理论学习' }),
    tags,
    author: f.string('作者', { required: false }),
    cover: f.image('封面图', { required: false }),
    draft,
  },
  body: markdownBody(),
} satisfies CollectionModel;

const library = {
  name: 'library' as const,
  label: '电子图书室',
  labelSingular: '图书',
  folder: 'library',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{title}} · {{author}}',
  fields: {
    title: f.string('书名'),
    author: f.string('作者'),
    publisher: f.string('出版社', { required: false }),
    year: f.number('出版年份', { required: false, min: 1900, max: 2100 }),
    file: f.file('文件（PDF）', { extensions: ['pdf'] }),
    cover: f.image('封面图', { required: false }),
    summary: f.text('内容简介'),
    date: f.date('上架日期', { hint: '放入图书室的日期（北京时间），用于排序和订阅' }),
  },
  body: markdownBody('导读'),
} satisfies CollectionModel;

const media = {
  name: 'media' as const,
  label: '网上视听室',
  labelSingular: '音视频',
  folder: 'media',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{kind}} · {{title}}',
  fields: {
    title: f.string('标题'),
    kind: f.select('类型', { options: options({ 视频: 'video', 音频: 'audio' }), default: '视频' }),
    src: f.file('音视频文件', { extensions: ['mp4', 'webm', 'mp3', 'm4a', 'ogg'] }),
    poster: f.image('封面图', { required: false }),
    captions: f.file('字幕（WebVTT）', { required: false, extensions: ['vtt'] }),
    duration: f.string('时长', { required: false, pattern: { source: '^\\d{1,2}:\\d{2}(:\\d{2})?$', message: '格式如 12:30 或 1:02:30 / like 12:30 or 1:02:30' } }),
    date: f.date('发布日期'),
  },
  body: markdownBody('文字稿', '音视频的完整文字稿，供阅读和搜索'),
} satisfies CollectionModel;

const courseware = {
  name: 'courseware' as const,
  label: '多媒体课件',
  labelSingular: '课件',
  folder: 'courseware',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{title}}',
  fields: {
    title: f.string('标题'),
    files: f.list('课件文件', {
      min: 1,
      summary: '{{fields.name}}',
      of: f.object('文件', {
        fields: {
          name: f.string('文件名称'),
          file: f.file('文件', { extensions: ['pdf', 'pptx', 'ppt', 'docx', 'doc', 'xlsx', 'png', 'jpg', 'jpeg', 'mp4', 'mp3', 'zip'] }),
        },
      }),
    }),
    course: f.reference('所属课程', { collection: 'courses', displayField: 'title', required: false }),
    date: f.date('发布日期'),
  },
  body: markdownBody('说明'),
} satisfies CollectionModel;

const courses = {
  name: 'courses' as const,
  label: '网上党校课程',
  labelSingular: '课程',
  folder: 'courses',
  format: 'md',
  titleField: 'title',
  summary: '{{order}} · {{title}}',
  fields: {
    title: f.string('课程名称'),
    summary: f.text('课程简介'),
    cover: f.image('封面图', { required: false }),
    order: f.number('排序', { min: 0, hint: '数字小的排在前面' }),
    quiz: f.reference('课程测试', { collection: 'quizzes', displayField: 'title', required: false, hint: '学完全部课时后参加的结业测试' }),
  },
  body: { label: '课程介绍', required: false },
} satisfies CollectionModel;

const lessons = {
  name: 'lessons' as const,
  label: '课时',
  labelSingular: '课时',
  folder: 'lessons',
  format: 'md',
  titleField: 'title',
  summary: '{{course}} · {{order}} · {{title}}',
  fields: {
    course: f.reference('所属课程', { collection: 'courses', displayField: 'title' }),
    order: f.number('课时序号', { min: 1 }),
    title: f.string('课时名称'),
    minutes: f.number('预计学习分钟数', { min: 1, max: 600 }),
    media: f.reference('配套音视频', { collection: 'media', displayField: 'title', required: false }),
    attachments: f.list('附件', {
      required: false,
      summary: '{{fields.name}}',
      of: f.object('附件', { fields: { name: f.string('附件名称'), file: f.file('文件', { extensions: ['pdf', 'pptx', 'docx', 'xlsx', 'zip', 'png', 'jpg'] }) } }),
    }),
    quiz: f.reference('课后测试', { collection: 'quizzes', displayField: 'title', required: false }),
  },
  body: markdownBody('教程正文'),
} satisfies CollectionModel;

const quizzes = {
  name: 'quizzes' as const,
  label: '在线测试',
  labelSingular: '测试',
  folder: 'quizzes',
  format: 'yml',
  titleField: 'title',
  summary: '{{kind}} · {{title}}',
  fields: {
    title: f.string('标题'),
    kind: f.select('类型', { options: options({ 在线测试: 'test', 知识竞赛: 'contest', 每日一练: 'daily' }), default: '在线测试' }),
    timeLimitMinutes: f.number('限时（分钟）', { required: false, min: 1, max: 300 }),
    passPercent: f.number('及格线（%）', { min: 0, max: 100, default: 60 }),
    shuffle: f.boolean('打乱题目顺序', { default: false }),
    drawCount: f.number('每次抽题数', { required: false, min: 1, max: 200, hint: '知识竞赛每次从题库随机抽取的题数；每日一练默认每天 5 题；在线测试不用填' }),
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
          type: f.select('题型', { options: options({ 单选题: 'single', 多选题: 'multiple', 判断题: 'judge', 填空题: 'fill' }), default: '单选题' }),
          stem: f.text('题干'),
          options: f.list('选项', { required: false, of: f.string('选项'), hint: '至少 2 个选项，每个选项单独添加；不要写 A、B 等序号' }),
          answer: f.list('正确答案', {
            min: 1,
            of: f.string('答案'),
            widget: 'quiz-answer',
            hint: '单选、多选从上面的选项中勾选；判断题选“正确”或“错误”；填空题可填多个可接受的答案',
          }),
          explanation: f.text('解析', { required: false }),
        },
      }),
    }),
  },
} satisfies CollectionModel;

const daily = {
  name: 'daily' as const,
  label: '每日一学',
  labelSingular: '学习卡片',
  folder: 'daily',
  format: 'yml',
  titleField: 'text',
  summary: '{{topic}} · {{text}}',
  fields: {
    text: f.text('内容'),
    source: f.string('出处'),
    topic: f.string('主题'),
    date: f.date('指定日期', { required: false, hint: '留空则参与每日轮换；填写则只在这一天显示' }),
  },
} satisfies CollectionModel;

const reports = {
  name: 'reports' as const,
  label: '思想汇报',
  labelSingular: '思想汇报',
  folder: 'reports',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{stage}} · {{author}} · {{title}}',
  fields: {
    title: f.string('标题'),
    author: f.string('署名', { hint: '网站上显示的称呼，可用化名' }),
    stage: f.select('阶段', { options: MEMBER_STAGES }),
    date: f.date('日期'),
    draft,
  },
  body: markdownBody(),
} satisfies CollectionModel;

const contests = {
  name: 'contests' as const,
  label: '专题征文',
  labelSingular: '征文活动',
  folder: 'contests',
  format: 'md',
  titleField: 'title',
  summary: '{{start}} · {{title}}',
  fields: {
    title: f.string('活动名称'),
    theme: f.string('征文主题'),
    start: f.date('开始日期'),
    deadline: f.date('截止日期'),
    resultsDate: f.date('结果公布日期', { required: false }),
    awards: f.list('获奖作品', {
      required: false,
      summary: '{{fields.prize}} · {{fields.essay}}',
      of: f.object('奖项', {
        fields: {
          essay: f.reference('作品', { collection: 'essays', displayField: 'title' }),
          prize: f.string('奖项', { hint: '如 一等奖' }),
        },
      }),
    }),
  },
  body: markdownBody('征文启事与规则'),
} satisfies CollectionModel;

const essays = {
  name: 'essays' as const,
  label: '征文作品',
  labelSingular: '征文作品',
  folder: 'essays',
  format: 'md',
  titleField: 'title',
  summary: '{{contest}} · {{author}} · {{title}}',
  fields: {
    contest: f.reference('所属征文活动', { collection: 'contests', displayField: 'title' }),
    title: f.string('标题'),
    author: f.string('作者'),
    date: f.date('投稿日期'),
  },
  body: markdownBody(),
} satisfies CollectionModel;

const topics = {
  name: 'topics' as const,
  label: '热点探讨',
  labelSingular: '话题',
  folder: 'topics',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{title}}',
  fields: {
    title: f.string('话题'),
    date: f.date('发布日期'),
    summary: f.text('导语'),
    closed: f.boolean('已结束讨论', { default: false }),
  },
  body: markdownBody('背景材料'),
} satisfies CollectionModel;

const history = {
  name: 'history' as const,
  label: '党史鉴赏',
  labelSingular: '党史事件',
  folder: 'history',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{title}}',
  fields: {
    date: f.date('事件日期'),
    title: f.string('标题'),
    summary: f.text('概要'),
    tags,
    image: f.image('图片', { required: false }),
  },
  body: markdownBody(),
} satisfies CollectionModel;

const polls = {
  name: 'polls' as const,
  label: '网上投票',
  labelSingular: '投票',
  folder: 'polls',
  format: 'md',
  titleField: 'title',
  summary: '{{opens}} · {{title}}',
  fields: {
    title: f.string('投票主题'),
    opens: f.date('开始日期'),
    closes: f.date('截止日期'),
    options: f.list('选项', { min: 2, of: f.string('选项'), hint: '与 GitHub 讨论中投票的选项一致' }),
    discussion: f.number('GitHub 讨论编号', { min: 1, hint: '包含原生投票的 GitHub Discussion 编号' }),
  },
  body: markdownBody('投票说明'),
} satisfies CollectionModel;

const blogs = {
  name: 'blogs' as const,
  label: '干部博客',
  labelSingular: '博文',
  folder: 'blogs',
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{author}} · {{title}}',
  fields: {
    title: f.string('标题'),
    date: f.date('发布日期'),
    author: f.reference('作者', { collection: 'people', displayField: 'name' }),
    tags,
    draft,
  },
  body: markdownBody(),
} satisfies CollectionModel;

const people = {
  name: 'people' as const,
  label: '人物',
  labelSingular: '人物',
  folder: 'people',
  format: 'md',
  titleField: 'name',
  summary: '{{name}} · {{role}}',
  fields: {
    name: f.string('姓名'),
    role: f.string('职务'),
    bio: f.text('简介'),
    avatar: f.image('头像', { required: false }),
  },
  body: { label: '详细介绍', required: false },
} satisfies CollectionModel;

const members = {
  name: 'members' as const,
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
    status: f.select('状态', { options: options({ 正常: 'normal', 流动: 'mobile' }), default: '正常' }),
    phone: f.string('电话', { required: false }),
    email: f.string('邮箱', { required: false }),
    studyRecords: f.list('学习记录', {
      required: false,
      summary: '{{fields.month}} · {{fields.minutes}} 分钟',
      of: f.object('月度记录', {
        fields: {
          month: f.month('月份'),
          minutes: f.number('学习分钟数', { min: 0 }),
          testsPassed: f.number('通过测试数', { min: 0, default: 0 }),
        },
      }),
    }),
  },
} satisfies CollectionModel;

/** All collections, in menu order. */
export const COLLECTIONS = [
  articles, library, media, courseware, courses, lessons, quizzes, daily,
  reports, contests, essays, topics, history, polls, blogs, people, members,
] as const satisfies readonly CollectionModel[];

export type CollectionName = (typeof COLLECTIONS)[number]['name'];
export type ModelOf<N extends CollectionName> = Extract<(typeof COLLECTIONS)[number], { name: N }>;

export function collectionModel(name: string): CollectionModel {
  const model = COLLECTIONS.find((c) => c.name === name);
  if (!model) throw new Error(`Unknown collection "${name}"`);
  return model;
}
