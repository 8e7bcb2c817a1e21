import { describe, expect, it } from 'vitest';
import { digestMail } from '../../../src/lib/digest/mail';
import { planDigest, type DigestItem } from '../../../src/lib/digest/selection';
import { t } from '../../../src/i18n/zh';
import { weekMeetings } from '../../../src/lib/meetings/week';

const context = {
  siteName: '红旗党建网',
  branchName: '第一党支部',
  siteRoot: 'https://www.example.edu.cn/dangjian/',
  t,
};
const card = {
  id: 'oath',
  text: '入党誓词以“我志愿加入中国共产党”开头。',
  source: '《中国共产党章程》',
  topic: '入党誓词',
};
const items: DigestItem[] = [
  {
    key: 'articles/a',
    section: '理论学习',
    title: '学习 <党章> & 党规',
    date: '2026-12-04',
    path: 'articles/a/',
    summary: '摘要“一”',
  },
  { key: 'polls/p', section: '网上投票', title: '评选', date: '2026-12-05', path: 'polls/p/' },
];
const now = new Date('2026-12-05T05:00:00+08:00');

describe('digest mail', () => {
  const mail = digestMail(planDigest([card], items, now, { date: '2026-12-03', sameDay: [] })!, context);

  it('says the day, the card and how many new items in the subject', () => {
    expect(mail.subject).toBe('【红旗党建网】2026年12月5日 每日一学：入党誓词，另有新发布 2 篇');
  });

  it('has a text part with the card, its source and every link absolute under the base path', () => {
    expect(mail.text).toContain(card.text);
    expect(mail.text).toContain('出处：《中国共产党章程》');
    expect(mail.text).toContain('https://www.example.edu.cn/dangjian/daily/oath/');
    expect(mail.text).toContain('https://www.example.edu.cn/dangjian/daily/oath/poster.png');
    expect(mail.text).toContain('· 评选（网上投票 · 2026年12月5日）\n  https://www.example.edu.cn/dangjian/polls/p/');
    expect(mail.text).toContain('第一党支部的党员电子档案');
  });

  it('has an HTML part in Chinese with the titles escaped and only absolute links', () => {
    expect(mail.html).toContain('<html lang="zh-CN">');
    expect(mail.html).toContain('学习 &lt;党章&gt; &amp; 党规');
    expect(mail.html).not.toContain('<党章>');
    const links = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link).toMatch(/^https:\/\/www\.example\.edu\.cn\/dangjian\//);
  });

  it('without new items says so; without a card leads with the items; a long list points to the site', () => {
    const quiet = digestMail(planDigest([card], [], now, { date: '2026-12-04', sameDay: [] })!, context);
    expect(quiet.subject).toBe('【红旗党建网】2026年12月5日 每日一学：入党誓词');
    expect(quiet.text).toContain('自上次摘要以来，网站没有新发布的内容。');
    const noCard = digestMail(planDigest([], items, now, { date: '2026-12-03', sameDay: [] })!, context);
    expect(noCard.subject).toBe('【红旗党建网】2026年12月5日 新发布 2 篇');
    const many = Array.from({ length: 23 }, (_, i) => ({ ...items[0]!, key: `articles/${i}`, path: `articles/${i}/` }));
    const long = digestMail(planDigest([card], many, now, { date: '2026-12-03', sameDay: [] })!, context);
    expect(long.text).toContain('另有 3 篇未列出，请到网站查看：https://www.example.edu.cn/dangjian/');
  });
});

describe('digest mail with the week’s meetings', () => {
  const meetings = weekMeetings(
    [
      {
        id: 'later',
        title: '组织生活会',
        kind: '组织生活会',
        date: '2026-12-18',
        start: '14:30',
        end: '17:30',
        audience: '全体党员',
        cancelled: false,
      },
      {
        id: 'group',
        title: '12月第一党小组会',
        kind: '党小组会',
        date: '2026-12-09',
        start: '12:30',
        end: '13:30',
        place: '305 会议室',
        audience: '第一党小组',
        cancelled: false,
      },
      {
        id: 'off',
        title: '12月支委会',
        kind: '支委会',
        date: '2026-12-07',
        start: '16:30',
        end: '17:30',
        audience: '支部委员会',
        cancelled: true,
      },
      {
        id: 'past',
        title: '12月主题党日',
        kind: '主题党日',
        date: '2026-12-04',
        start: '14:30',
        end: '16:30',
        audience: '全体党员',
        cancelled: false,
      },
    ],
    '2026-12-05',
  );
  const mail = digestMail(planDigest([card], items, now, { date: '2026-12-03', sameDay: [] })!, {
    ...context,
    meetings,
  });

  it('names the meetings of today and the six days after, earliest first, cancelled ones marked', () => {
    expect(meetings.map((m) => m.id)).toEqual(['off', 'group']);
    expect(mail.text).toContain('【本周组织生活（2 项）】');
    expect(mail.text).toContain('· 【已取消】2026年12月7日 16:30–17:30 支委会：12月支委会');
    expect(mail.text).toContain(
      '· 2026年12月9日 12:30–13:30 党小组会：12月第一党小组会\n  第一党小组 · 305 会议室\n  https://www.example.edu.cn/dangjian/meetings/group/',
    );
    expect(mail.html).toContain('本周组织生活（2 项）');
    expect(mail.text).not.toContain('组织生活会');
  });

  it('leaves the section out in a week without meetings', () => {
    const quiet = digestMail(planDigest([card], items, now, { date: '2026-12-03', sameDay: [] })!, {
      ...context,
      meetings: [],
    });
    expect(quiet.text).not.toContain('本周组织生活');
  });
});
