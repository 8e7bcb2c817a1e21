/**
 * A synthetic corpus of Chinese articles for `npm run bench`: deterministic
 * for a seed, valid for the articles model (category from its options, tags,
 * past civil dates, draft false), with lengths like real study material (a
 * summary of 40–80 characters, bodies of roughly 800–3,000 characters in
 * sections with headings). The text is assembled from neutral phrases about
 * branch life and study, so Pagefind segments and indexes real Chinese words.
 */
import { seededRandom } from '../../src/lib/study/seeded-random';

export interface CorpusOptions {
  count: number;
  /** The article model's category options. */
  categories: readonly string[];
  seed?: string;
  /** The newest article's date (YYYY-MM-DD); each next one is a day older. */
  newest?: string;
}

export interface CorpusArticle {
  id: string;
  title: string;
  date: string;
  category: string;
  tags: string[];
  summary: string;
  body: string;
}

const SUBJECTS = [
  '支部全体党员',
  '党小组',
  '支部委员会',
  '青年党员',
  '入党积极分子',
  '老党员',
  '发展对象',
  '宣传委员',
  '组织委员',
  '支部书记',
  '预备党员',
  '学习小组',
];
const ACTIONS = [
  '认真学习了',
  '集中研读了',
  '围绕主题讨论了',
  '结合工作实际交流了',
  '深入领会了',
  '系统梳理了',
  '对照检查了',
  '逐条学习了',
  '分组研讨了',
  '撰写心得体会，总结了',
];
const OBJECTS = [
  '党章的基本内容',
  '党的优良传统',
  '理论学习的重点篇目',
  '党史中的重要会议',
  '组织生活的基本制度',
  '党员的义务和权利',
  '“三会一课”的要求',
  '主题党日的安排',
  '志愿服务的经验',
  '联系群众的做法',
  '发展党员的工作流程',
  '党费收缴的规定',
  '民主评议党员的程序',
  '红色教育基地的史料',
];
const CLAUSES = [
  '大家一致认为要把学习成果转化为做好本职工作的实际行动',
  '与会同志结合自身经历谈了体会',
  '会后各党小组制定了下一阶段的学习计划',
  '支部要求每名党员做好学习记录',
  '讨论中提出了改进工作的具体建议',
  '大家表示要在岗位上发挥先锋模范作用',
  '学习采取集中学习与个人自学相结合的方式',
  '有关材料已发到各党小组供大家继续学习',
  '支部将在月底检查学习笔记',
  '老党员分享了自己入党以来的经历',
];
const CONNECTORS = ['同时', '此外', '在此基础上', '通过学习', '会上', '讨论中', '总的来看', '下一步'];
const HEADINGS = ['学习内容', '主要做法', '讨论交流', '心得体会', '存在的不足', '下一步计划', '经验与启示', '基本情况'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];
const TOPICS = [
  '党章学习',
  '主题党日',
  '志愿服务',
  '理论学习',
  '组织生活会',
  '红色教育',
  '党史学习',
  '支部建设',
  '民主评议',
  '党员发展',
  '学习交流',
  '岗位建功',
];
const TITLE_FORMS = [
  '{topic}情况通报',
  '关于开展{topic}的通知',
  '{topic}心得体会',
  '第{n}期{topic}纪要',
  '{topic}工作总结',
  '{topic}经验交流',
];
export const CORPUS_TAGS = [
  '党史',
  '党章',
  '理论学习',
  '组织生活',
  '志愿服务',
  '红色教育',
  '主题党日',
  '三会一课',
  '党员发展',
  '学习心得',
  '支部建设',
  '理想信念',
  '群众工作',
  '廉洁教育',
  '青年工作',
  '岗位建功',
  '民主评议',
  '学习强国',
  '读书分享',
  '先锋模范',
];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

const between = (low: number, high: number, random: () => number) => low + Math.floor(random() * (high - low + 1));

function sentence(random: () => number): string {
  const lead = random() < 0.3 ? `${pick(CONNECTORS, random)}，` : '';
  return `${lead}${pick(SUBJECTS, random)}${pick(ACTIONS, random)}${pick(OBJECTS, random)}，${pick(CLAUSES, random)}。`;
}

const paragraph = (random: () => number) =>
  Array.from({ length: between(2, 5, random) }, () => sentence(random)).join('');

/** `YYYY-MM-DD` of `days` before `newest`, as a civil date (no time zone involved). */
function daysBefore(newest: string, days: number): string {
  const date = new Date(`${newest}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

export function corpusArticle(index: number, options: CorpusOptions): CorpusArticle {
  const random = seededRandom(`${options.seed ?? 'bench'}:${index}`);
  const topic = pick(TOPICS, random);
  const title = pick(TITLE_FORMS, random)
    .replace('{topic}', topic)
    .replace('{n}', String(between(1, 48, random)));
  const sections = between(3, 6, random);
  const body = Array.from({ length: sections }, (_, s) => {
    const paragraphs = Array.from({ length: between(2, 3, random) }, () => paragraph(random));
    return [`## ${NUMERALS[s]}、${pick(HEADINGS, random)}`, ...paragraphs].join('\n\n');
  }).join('\n\n');
  const tags = [...new Set(Array.from({ length: between(1, 3, random) }, () => pick(CORPUS_TAGS, random)))];
  const summary = sentence(random).slice(0, 80);
  return {
    id: `bench-${String(index + 1).padStart(5, '0')}`,
    title,
    date: daysBefore(options.newest ?? '2026-01-01', index % 3650),
    category: pick(options.categories, random),
    tags,
    summary: summary.length >= 40 ? summary : `${summary}${sentence(random)}`.slice(0, 80),
    body,
  };
}

/** The Markdown file of an article, as the CMS would write it. */
export function articleMarkdown(article: CorpusArticle): string {
  const tags = article.tags.map((tag) => `  - ${tag}`).join('\n');
  return `---\ntitle: ${article.title}\ndate: ${article.date}\nsummary: ${article.summary}\ncategory: ${article.category}\ntags:\n${tags}\ndraft: false\n---\n\n${article.body}\n`;
}

export function* benchCorpus(options: CorpusOptions): Generator<CorpusArticle> {
  for (let index = 0; index < options.count; index += 1) yield corpusArticle(index, options);
}
