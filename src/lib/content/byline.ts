/**
 * How a thought report names its author on the public site. Reports are on the
 * internet, so the editor chooses per report (署名方式) and the default is not the
 * full name: 姓 + 同志 (张明 → 张同志), the full name, or 匿名. Every place that shows
 * a report's author (list, page, CMS preview) goes through `shownAuthor`.
 */
import { t } from '../../i18n/zh';

/** The choices as stored in the entry (Chinese, as the CMS shows them) and their meaning. */
export const BYLINES = { '姓 + 同志': 'surname', 全名: 'full', 匿名: 'anonymous' } as const;
export type BylineChoice = keyof typeof BYLINES;
export const DEFAULT_BYLINE: BylineChoice = '姓 + 同志';

/** Two-character surnames (复姓) in use today; everything else is the first character. */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 司空 夏侯 轩辕 令狐 端木 独孤 南宫 西门 百里 呼延 闻人 澹台 公冶 宗政 濮阳 太史 申屠 钟离 万俟 赫连 拓跋 第五 东郭 南门 左丘 梁丘 单于 亓官 乐正 仲孙 叔孙'.split(
    ' ',
  ),
);

/** A personal name in Chinese characters: two to four Han characters. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** The surname of a Chinese personal name; undefined when the text is not one (a pen name, a Latin name). */
export function surnameOf(name: string): string | undefined {
  const compact = name.replace(/\s+/g, '');
  if (!HAN_NAME.test(compact)) return undefined;
  const two = compact.slice(0, 2);
  return COMPOUND_SURNAMES.has(two) && compact.length > 2 ? two : compact.slice(0, 1);
}

/**
 * The author as the site shows it. With 姓 + 同志, a signature that is not a
 * Chinese personal name (a pen name such as 一名青年党员) is shown as written: it
 * names no one.
 */
export function shownAuthor(author: string, choice: string | undefined): string {
  switch (BYLINES[(choice ?? DEFAULT_BYLINE) as BylineChoice] ?? 'surname') {
    case 'full':
      return author.trim();
    case 'anonymous':
      return t('reports.anonymous');
    case 'surname': {
      const surname = surnameOf(author);
      return surname ? t('reports.comrade', { surname }) : author.trim();
    }
  }
}
