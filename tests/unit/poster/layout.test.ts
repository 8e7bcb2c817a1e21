/**
 * The share poster's layout with the real poster font (Noto Sans SC): every
 * sample card fits at a large size, a long card shrinks and then is cut, and no
 * line of any text on the poster is wider than its box or breaks against the
 * Chinese punctuation rules.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseTtf, missingCharacters } from '../../../src/lib/poster/ttf-font';
import {
  BODY_SIZES,
  layoutPoster,
  POSTER_HEIGHT,
  POSTER_WIDTH,
  type PosterContent,
} from '../../../src/lib/poster/layout';
import { ELLIPSIS, NO_LINE_END, NO_LINE_START } from '../../../src/lib/poster/cjk-lines';

const fontDir = join(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'), '..');
const fonts = {
  400: parseTtf(readFileSync(join(fontDir, '400Regular/NotoSansSC_400Regular.ttf'))),
  700: parseTtf(readFileSync(join(fontDir, '700Bold/NotoSansSC_700Bold.ttf'))),
};
const measure = (text: string, size: number, weight: 400 | 700) => fonts[weight].width(text, size);

const dailyDir = join(import.meta.dirname, '../../../src/content/daily');
const cards = readdirSync(dailyDir)
  .filter((file) => file.endsWith('.yml'))
  .map((file) => ({
    file,
    ...(yaml.load(readFileSync(join(dailyDir, file), 'utf8'), { schema: yaml.CORE_SCHEMA }) as {
      text: string;
      source: string;
      topic: string;
      date?: string;
    }),
  }));

const content = (text: string, extra: Partial<PosterContent> = {}): PosterContent => ({
  siteName: '红旗党建网',
  kicker: '每日一学｜入党誓词',
  text,
  source: '——《中国共产党章程》',
  cutNote: '（节选，扫码阅读全文）',
  link: {
    scanTitle: '长按识别二维码',
    scanNote: '打开这张学习卡片，每天学一点',
    address: 'www.example.edu.cn/dangjian',
  },
  footer: '红旗党建网',
  ...extra,
});

function expectInsideAndWellBroken(layout: ReturnType<typeof layoutPoster>) {
  for (const text of layout.texts) {
    const width = measure(text.text, text.size, text.weight);
    expect(width, `“${text.text}” (${width.toFixed(0)} px) is wider than its box`).toBeLessThanOrEqual(text.maxWidth);
    const left = text.anchor === 'end' ? text.x - width : text.x;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + width).toBeLessThanOrEqual(POSTER_WIDTH);
    expect(text.y).toBeLessThanOrEqual(POSTER_HEIGHT);
    // The attribution dash opens the source line by design; elsewhere it would be a bad break.
    if (!text.text.startsWith('——'))
      expect(NO_LINE_START.has([...text.text][0]!), `“${text.text}” starts with closing punctuation`).toBe(false);
    expect(NO_LINE_END.has([...text.text].at(-1)!), `“${text.text}” ends with opening punctuation`).toBe(false);
  }
  // The card's lines and its source stay above the footer (with the QR code, when there is one).
  const footerTop = layout.qr?.y ?? layout.rects.at(-1)!.y + 34;
  const body = layout.texts.filter((t) => t.y < footerTop - 40);
  expect(Math.max(...body.map((t) => t.y))).toBeLessThan(footerTop - 60);
}

describe('poster of every sample card', () => {
  it.each(cards.map((card) => [card.file, card] as const))(
    '%s fits without cutting, large, inside the poster',
    (_, card) => {
      const layout = layoutPoster(
        content(card.text, { source: `——${card.source}`, ...(card.date ? { date: card.date } : {}) }),
        measure,
      );
      expect(layout.body.truncated).toBe(false);
      expect(layout.body.size).toBeGreaterThanOrEqual(56);
      expect(layout.body.lines.join('')).toBe(card.text.replace(/\s+/g, ''));
      expectInsideAndWellBroken(layout);
      expect(missingCharacters(fonts[400], card.text + card.source + card.topic)).toEqual([]);
    },
  );
});

describe('long cards', () => {
  const article =
    '党的基层组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。它的基本任务是：宣传和执行党的路线、方针、政策，宣传和执行党中央、上级组织和本组织的决议，充分发挥党员的先锋模范作用，积极创先争优，团结、组织党内外的干部和群众，努力完成本单位所担负的任务。';

  it('shrinks a card of about 130 characters but keeps it whole and at least 44 px', () => {
    const layout = layoutPoster(content(article), measure);
    expect(layout.body.truncated).toBe(false);
    expect(layout.body.size).toBeLessThan(BODY_SIZES.max);
    expect(layout.body.size).toBeGreaterThanOrEqual(BODY_SIZES.min);
    expect(layout.body.lines.join('')).toBe(article);
    expectInsideAndWellBroken(layout);
  });

  it('cuts a card too long for the poster at 44 px, says so, and keeps inside', () => {
    const layout = layoutPoster(content(article.repeat(3)), measure);
    expect(layout.body.truncated).toBe(true);
    expect(layout.body.size).toBe(BODY_SIZES.min);
    expect(layout.body.lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
    expect(layout.texts.map((t) => t.text)).toContain('（节选，扫码阅读全文）');
    expectInsideAndWellBroken(layout);
  });

  it('shortens an over-long site name, source and address to one line each instead of overflowing', () => {
    const layout = layoutPoster(
      content('学习党章。', {
        siteName: '中共示范大学计算机学院第一党支部网上党建学习园地',
        source: `——${'《中国共产党章程》总纲、'.repeat(8)}`,
        link: {
          scanTitle: '长按识别二维码',
          scanNote: '打开这张学习卡片，每天学一点',
          address: 'www.a-very-long-subdomain.example.edu.cn/branches/computer-science/dangjian',
        },
      }),
      measure,
    );
    expectInsideAndWellBroken(layout);
    expect(layout.texts.filter((t) => t.anchor === 'end')).toHaveLength(2);
  });
});

describe('pinned and rotation cards', () => {
  it('shows the day of a pinned card and no day for a card in the rotation', () => {
    const pinned = layoutPoster(content('七一。', { date: '2026年7月1日' }), measure);
    const rotation = layoutPoster(content('七一。'), measure);
    expect(pinned.texts.map((t) => t.text)).toContain('2026年7月1日');
    expect(rotation.texts.some((t) => /\d{4}年/.test(t.text))).toBe(false);
  });
});

// Issue 34, item 3: without the site's public address a poster has no code to localhost.
it('a poster without a link block has no QR code, no call to scan and no address', () => {
  const layout = layoutPoster(content('入党誓词'.repeat(3), { link: undefined, cutNote: '（节选）' }), measure);
  expect(layout.qr).toBeUndefined();
  const words = layout.texts.map((t) => t.text).join('\n');
  expect(words).not.toMatch(/二维码|扫码|example\.edu\.cn/);
  expect(words).toContain('红旗党建网');
  expectInsideAndWellBroken(layout);
});
