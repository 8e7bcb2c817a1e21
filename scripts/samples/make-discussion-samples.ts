/**
 * Writes the sample snapshot src/data/discussions.json: what `npm run sync`
 * would record for a lively branch over six months (36 threads, 3 polls), so
 * /polls/ and /stats/ have something to show before a real sync runs.
 * Deterministic (seeded), fictional accounts. Run: node scripts/samples/make-discussion-samples.ts
 */
import { writeJsonAtomically } from '../sync/snapshot-file.ts';

const REPO = 'example-branch/dangjian';
const PEOPLE = [
  'zhangming-demo',
  'lihua-demo',
  'wangfang-demo',
  'zhaoyu-demo',
  'sunjing-demo',
  'liuchen-demo',
  'chenxiao-demo',
  'zhoulei-demo',
  'wuqiang-demo',
  'zhengna-demo',
  'huangtao-demo',
  'linyan-demo',
];
const TEXTS = [
  '认真学习了这篇材料，理论学习要联系实际工作，把学到的东西用到服务同学中去。',
  '建议支部把学习资料按专题整理，方便流动党员在手机上学习。',
  '志愿服务要注重质量，不能只看时长，要看群众是否真正得到帮助。',
  '读完很受触动，革命先辈的理想信念值得我们青年党员好好学习。',
  '同意楼上的看法，学习小组每周固定时间交流效果更好。',
  '希望主题党日多组织实践活动，比如走进社区、走进乡村。',
  '思想汇报写得很真诚，结合了自己的专业学习和科研工作。',
  '网上党校的课程很方便，建议增加一些案例分析和讨论题。',
  '关于数字鸿沟的问题，可以组织学生党员教社区老人使用手机。',
  '勤俭节约要从身边小事做起，食堂光盘行动值得坚持。',
  '作为入党积极分子，我会继续认真学习党章，按时提交思想汇报。',
  '基层工作锻炼人，暑期社会实践让我对国情有了更深的认识。',
  '学习时长统计很直观，每个月都能看到自己的进步。',
  '建议支部组织一次党史知识竞赛，以赛促学。',
  '人工智能工具可以辅助学习，但理论学习还是要自己读原著、悟原理。',
  '感谢支部的帮助，转正前的这段时间收获很大。',
];
const THREADS = [
  'reports/2025-q4-sun-jing-volunteer',
  'reports/2026-q1-zhao-yu-reading-party-constitution',
  'reports/2026-q2-liu-chen-candidate',
  'reports/2026-q2-sun-jing-study-group',
  'reports/2026-q3-chen-xiao-probation',
  'reports/2026-q3-zhang-ming-veteran-reflection',
  'reports/2026-q3-zhou-lei-summer-practice',
  'reports/2026-q4-chen-xiao-probation',
  'reports/2026-q4-liu-chen-training',
  'essays/lab-teacher-li',
  'essays/neighbour-doctor-wang',
  'essays/reading-jinggangshan-stories',
  'essays/reading-long-march-notes',
  'essays/reading-red-star-over-china',
  'essays/reading-yanan-years',
  'essays/reading-zunyi-meeting',
  'essays/village-secretary-uncle',
  'topics/ai-tools-in-study',
  'topics/digital-divide-elderly',
  'topics/frugality-in-campus-life',
  'topics/online-study-effectiveness',
  'topics/volunteer-service-quality',
  'topics/youth-and-grassroots',
  'history/cpc-first-congress',
  'history/autumn-harvest-uprising',
  'history/cpc-centenary',
  'blogs/new-semester-plans',
  'blogs/member-development-faq',
  'blogs/how-to-write-a-report',
  'lessons/constitution-2-members',
  'lessons/branch-3-theme-day',
  'lessons/development-1-application',
  'feedback/general',
];
const POLLS = [
  {
    title: '十二月主题党日活动去哪里？',
    month: 10,
    options: [
      ['革命纪念馆参观学习', 14],
      ['社区志愿服务', 11],
      ['线上专题学习与讨论', 4],
    ],
  },
  {
    title: '下学期理论学习的重点专题',
    month: 8,
    options: [
      ['党章党规', 9],
      ['党史学习', 12],
      ['新时代基层治理', 7],
      ['科技自立自强', 5],
    ],
  },
  {
    title: '支部学习小组的固定交流时间',
    month: 11,
    options: [
      ['周三晚上', 6],
      ['周五下午', 8],
      ['周日上午', 3],
    ],
  },
];
const REACTIONS = ['THUMBS_UP', 'HEART', 'HOORAY', 'ROCKET', 'LAUGH', 'EYES'];

let seed = 20260601;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list: string[]) => /** @type {string} */ (list[Math.floor(random() * list.length)]);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const iso = (month: number, day: number, hour: number) =>
  new Date(Date.UTC(2026, month - 1, day, hour, int(0, 59))).toISOString().replace('.000', '');

function reactions(weight: number) {
  const result: Record<string, number> = {};
  for (const kind of REACTIONS) {
    const count = Math.max(0, int(-2, weight) - (kind === 'LAUGH' || kind === 'EYES' ? 3 : 0));
    if (count > 0) result[kind] = count;
  }
  return result;
}

/** Comments spread over the weeks after a thread opens, capped at the snapshot day. */
function posts(month: number, day: number, count: number) {
  const list = [];
  for (let i = 0; i < count; i += 1) {
    const m = Math.min(11, month + (int(0, 3) === 0 ? 1 : 0));
    const d = m === month ? Math.min(28, day + int(0, 10)) : int(1, m === 11 ? 24 : 28);
    list.push({ date: iso(m, d, int(0, 14)), author: pick(PEOPLE), text: pick(TEXTS) });
  }
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

const discussions = [];
let number = 1;
THREADS.forEach((term, index) => {
  const month = 6 + Math.floor((index * 6) / THREADS.length);
  const day = int(1, 24);
  const all = posts(month, day, term === 'feedback/general' ? 14 : int(1, 9));
  const replies = Math.floor(all.length / 3);
  discussions.push({
    number: number++,
    title: term,
    url: `https://github.com/${REPO}/discussions/${number - 1}`,
    createdAt: iso(month, day, 1),
    author: pick(PEOPLE),
    category: 'Comments',
    term,
    comments: all.length - replies,
    replies,
    reactions: reactions(5),
    poll: null,
    posts: all,
  });
});
for (const poll of POLLS) {
  const day = int(1, 10);
  const all = posts(poll.month, day, int(2, 6));
  discussions.push({
    number: number++,
    title: poll.title,
    url: `https://github.com/${REPO}/discussions/${number - 1}`,
    createdAt: iso(poll.month, day, 1),
    author: 'zhangming-demo',
    category: 'Polls',
    term: null,
    comments: all.length,
    replies: 0,
    reactions: reactions(3),
    poll: {
      question: poll.title,
      totalVotes: poll.options.reduce((sum, [, votes]) => sum + Number(votes), 0),
      options: poll.options.map(([option, votes]) => ({ option, votes })),
    },
    posts: all,
  });
}

writeJsonAtomically('src/data/discussions.json', {
  version: 1,
  syncedAt: '2026-11-25T21:03:12Z',
  repository: REPO,
  categories: ['Comments', 'Polls'],
  discussions,
});
console.log(`src/data/discussions.json: ${discussions.length} discussions`);
