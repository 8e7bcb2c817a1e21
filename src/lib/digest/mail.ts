/**
 * The digest as an e-mail: subject, a plain-text part and a simple HTML part
 * (inline styles and one column: mail programs ignore style sheets, and most
 * members read on a phone). Every link is absolute, to the configured site.
 */
import { formatCivilDate } from '../civil-date';
import type { DigestItem, DigestPlan } from './selection';
import type { StringKey } from '../../i18n/zh';
import type { WeekMeeting } from '../meetings/week';

export interface DigestCard {
  id: string;
  text: string;
  source: string;
  topic: string;
  date?: string;
}

export interface DigestMailContext {
  siteName: string;
  branchName: string;
  /** Absolute URL of the site's home, with its base path and a trailing slash. */
  siteRoot: string;
  t: (key: StringKey, vars?: Record<string, string | number>) => string;
  /** The coming week's meetings (src/lib/meetings/week.ts), the same for every member. */
  meetings?: readonly WeekMeeting[];
}

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FONT = "-apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const COLOR = {
  text: '#1f1f1f',
  muted: '#595959',
  accent: '#b0141c',
  link: '#a3121a',
  surface: '#ffffff',
  bg: '#fbfaf8',
  border: '#ddd6cc',
};

export function digestMail(plan: DigestPlan<DigestCard>, context: DigestMailContext): DigestMail {
  const { siteName, branchName, siteRoot, t } = context;
  const link = (path: string) => new URL(path, siteRoot).toString();
  const day = formatCivilDate(plan.date);
  const count = plan.items.length + plan.more;
  const subject = plan.card
    ? t(count > 0 ? 'digest.subjectItems' : 'digest.subject', {
        site: siteName,
        date: day,
        topic: plan.card.topic,
        count,
      })
    : t('digest.subjectNoCard', { site: siteName, date: day, count });
  const card = plan.card && {
    ...plan.card,
    source: t('daily.source', { source: plan.card.source }),
    page: link(`daily/${plan.card.id}/`),
    poster: link(`daily/${plan.card.id}/poster.png`),
  };
  const itemMeta = (item: DigestItem) => `${item.section} · ${formatCivilDate(item.date)}`;
  const meetings = context.meetings ?? [];
  const meetingLine = (m: WeekMeeting) =>
    `${m.cancelled ? t('digest.meetingCancelled') : ''}${formatCivilDate(m.date)} ${m.start}–${m.end} ${m.kind}：${m.title}`;
  const meetingMeta = (m: WeekMeeting) => [m.audience, m.place].filter(Boolean).join(' · ');

  const text = [
    `${siteName} · ${t('digest.heading', { date: day })}`,
    '',
    ...(card
      ? [
          `【${t('digest.today')}】`,
          card.text,
          card.source,
          `${t('digest.openCard')}：${card.page}`,
          `${t('digest.poster')}：${card.poster}`,
          '',
        ]
      : []),
    ...(meetings.length > 0
      ? [
          `【${t('digest.meetings', { count: meetings.length })}】`,
          ...meetings.flatMap((m) => [`· ${meetingLine(m)}`, `  ${meetingMeta(m)}`, `  ${link(`meetings/${m.id}/`)}`]),
          '',
        ]
      : []),
    count > 0 ? `【${t('digest.new', { count })}】` : t('digest.noNew'),
    ...plan.items.flatMap((item) => [
      `· ${item.title}（${itemMeta(item)}）`,
      ...(item.summary ? [`  ${item.summary}`] : []),
      `  ${link(item.path)}`,
    ]),
    ...(plan.more > 0 ? [`${t('digest.more', { count: plan.more })}${siteRoot}`] : []),
    '',
    '——',
    t('digest.why', { branch: branchName }),
    `${t('digest.visit')}：${siteRoot}`,
    '',
  ].join('\n');

  const p = (content: string, style = '') => `<p style="margin:0 0 12px;${style}">${content}</p>`;
  const a = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}" style="color:${COLOR.link};">${escapeHtml(label)}</a>`;
  const h2 = (label: string) =>
    `<h2 style="margin:28px 0 12px;font-size:20px;line-height:1.4;color:${COLOR.text};">${escapeHtml(label)}</h2>`;
  const html = [
    '<!doctype html>',
    `<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:${COLOR.bg};">`,
    `<div style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:${FONT};font-size:17px;line-height:1.8;color:${COLOR.text};">`,
    p(escapeHtml(siteName), `font-size:22px;font-weight:700;color:${COLOR.accent};margin-bottom:0;`),
    p(escapeHtml(t('digest.heading', { date: day })), `color:${COLOR.muted};`),
    ...(card
      ? [
          h2(t('digest.today')),
          `<blockquote style="margin:0 0 12px;padding:12px 16px;background:${COLOR.surface};border:1px solid ${COLOR.border};border-left:4px solid ${COLOR.accent};">`,
          p(escapeHtml(card.text), 'font-size:19px;'),
          p(escapeHtml(card.source), `margin:0;color:${COLOR.muted};font-size:15px;`),
          '</blockquote>',
          p(`${a(card.page, t('digest.openCard'))} · ${a(card.poster, t('digest.poster'))}`),
        ]
      : []),
    ...(meetings.length > 0
      ? [
          h2(t('digest.meetings', { count: meetings.length })),
          '<ul style="margin:0;padding:0 0 0 20px;">',
          ...meetings.map(
            (m) =>
              `<li style="margin:0 0 12px;">${a(link(`meetings/${m.id}/`), meetingLine(m))}<br><span style="color:${COLOR.muted};font-size:15px;">${escapeHtml(meetingMeta(m))}</span></li>`,
          ),
          '</ul>',
        ]
      : []),
    h2(count > 0 ? t('digest.new', { count }) : t('digest.noNew')),
    ...(plan.items.length > 0
      ? [
          '<ul style="margin:0;padding:0 0 0 20px;">',
          ...plan.items.map(
            (item) =>
              `<li style="margin:0 0 12px;">${a(link(item.path), item.title)}<br><span style="color:${COLOR.muted};font-size:15px;">${escapeHtml(itemMeta(item))}</span>${item.summary ? `<br>${escapeHtml(item.summary)}` : ''}</li>`,
          ),
          '</ul>',
        ]
      : []),
    ...(plan.more > 0 ? [p(`${escapeHtml(t('digest.more', { count: plan.more }))}${a(siteRoot, siteRoot)}`)] : []),
    `<hr style="border:0;border-top:1px solid ${COLOR.border};margin:28px 0 12px;">`,
    p(escapeHtml(t('digest.why', { branch: branchName })), `color:${COLOR.muted};font-size:14px;`),
    p(a(siteRoot, `${t('digest.visit')}：${siteRoot}`), 'font-size:14px;'),
    '</div></body></html>',
  ].join('\n');

  return { subject, text, html };
}
