#!/usr/bin/env node
/**
 * `node tools/bench/posters.mjs [--cards 365] [--cpu-only]`: what the 每日一学 share posters
 * cost the build. Copies the project to a temporary folder with N synthetic cards
 * (30–190 characters, one in ten pinned to a day) in place of the sample ones and
 * its own empty poster cache, then builds it three times:
 *   1. cold: every poster rendered;
 *   2. warm: the same cards again, every poster from the cache;
 *   3. without the poster route: the rest of the site, for comparison.
 * Prints the wall time of each build, the time between the first and the last
 * poster in Astro's log, and the posters' size in dist/; then the CPU time of one
 * poster (layout and SVG, then PNG) measured in this process over 40 of the cards,
 * which a busy machine distorts far less than wall time. Leaves nothing behind.
 */
import '../../scripts/ts-resolve.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { cards: { type: 'string', default: '365' }, 'cpu-only': { type: 'boolean', default: false } },
});
const count = Number(values.cards);
const root = resolve(import.meta.dirname, '../..');
let work = '';

// N synthetic cards of varied length, made of real sentences from the sample cards' domain.
const SENTENCES = [
  '党员必须自觉遵守党的纪律，模范遵守国家的法律法规。',
  '支部每月开展一次主题党日活动，组织党员集中学习。',
  '坚持“三会一课”制度，是加强党员教育管理的基本途径。',
  '批评和自我批评是我们党的优良作风，要经常用、用得好。',
  '党员应当密切联系群众，及时反映群众的意见和要求。',
  '1921年7月，中国共产党第一次全国代表大会召开（CPC, 1921）。',
  '学习党章，要做到学而信、学而用、学而行。',
];
const cardText = (i) => Array.from({ length: 1 + (i % 6) }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join('');

/** A copy of the project with `count` synthetic cards and its own empty poster cache. */
function prepareCopy() {
  // The project without its build output, git data and dependencies…
  cpSync(root, work, {
    recursive: true,
    filter: (source) => !/\/(node_modules|dist|\.git|\.astro|test-results)(\/|$)/.test(source.slice(root.length)),
  });
  // …whose node_modules links to the real packages, but has its own (empty) .cache.
  mkdirSync(join(work, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.cache') symlinkSync(join(root, 'node_modules', name), join(work, 'node_modules', name));
  }
  const daily = join(work, 'src/content/daily');
  rmSync(daily, { recursive: true });
  mkdirSync(daily);
  for (let i = 0; i < count; i += 1) {
    const text = cardText(i);
    const pinned = i % 10 === 0 ? `date: ${new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10)}\n` : '';
    writeFileSync(
      join(daily, `card-${String(i).padStart(3, '0')}.yml`),
      `text: "${text.replace(/"/g, '\\"')}"\nsource: "《支部学习资料》第 ${i + 1} 期"\ntopic: "主题${i % 12}"\n${pinned}`,
    );
  }
}

/** CPU milliseconds per poster: layout + SVG (also what a cached build does), and rendering to PNG. */
async function cpuPerPoster(samples) {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const { Resvg } = await import('@resvg/resvg-js');
  const { parseTtf } = await import('../../src/lib/poster/ttf-font.ts');
  const { layoutPoster } = await import('../../src/lib/poster/layout.ts');
  const { posterSvg } = await import('../../src/lib/poster/svg.ts');
  const { qrSvg } = await import('../../src/lib/poster/qr-svg.ts');
  const dir = join(
    createRequire(join(root, 'package.json')).resolve('@expo-google-fonts/noto-sans-sc/package.json'),
    '..',
  );
  const fonts = {
    400: parseTtf(readFileSync(join(dir, '400Regular/NotoSansSC_400Regular.ttf'))),
    700: parseTtf(readFileSync(join(dir, '700Bold/NotoSansSC_700Bold.ttf'))),
  };
  let svgMicros = 0;
  let pngMicros = 0;
  for (let i = 0; i < samples; i += 1) {
    let start = process.cpuUsage();
    const layout = layoutPoster(
      {
        siteName: '红旗党建网',
        kicker: `每日一学｜主题${i % 12}`,
        text: cardText(i),
        source: `——《支部学习资料》第 ${i + 1} 期`,
        cutNote: '（节选，扫码阅读全文）',
        scanTitle: '长按识别二维码',
        scanNote: '打开这张学习卡片，每天学一点',
        address: 'www.example.edu.cn/dangjian',
      },
      (text, size, weight) => fonts[weight].width(text, size),
    );
    const svg = posterSvg(
      layout,
      await qrSvg(`https://www.example.edu.cn/dangjian/daily/card-${i}/`),
      fonts,
      cardText(i),
    );
    let used = process.cpuUsage(start);
    svgMicros += used.user + used.system;
    start = process.cpuUsage();
    new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
    used = process.cpuUsage(start);
    pngMicros += used.user + used.system;
  }
  return { svg: svgMicros / samples / 1000, png: pngMicros / samples / 1000 };
}

function build(label) {
  const started = Date.now();
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  const seconds = (Date.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`${label} build failed:\n${result.stdout.slice(-3000)}${result.stderr.slice(-3000)}`);
  const times = [...result.stdout.matchAll(/^(\d\d):(\d\d):(\d\d) .*\/daily\/[^/]+\/poster\.png/gm)].map(
    (m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]),
  );
  const span = times.length > 1 ? times.at(-1) - times[0] : 0;
  return { label, seconds, posters: times.length, span };
}

function posterBytes() {
  let bytes = 0;
  for (const id of readdirSync(join(work, 'dist/daily'))) {
    try {
      bytes += statSync(join(work, 'dist/daily', id, 'poster.png')).size;
    } catch {
      // /daily/index.html and the like
    }
  }
  return bytes;
}

const load = loadavg()[0].toFixed(1);
if (values['cpu-only']) {
  const cpu = await cpuPerPoster(40);
  console.log(
    `CPU time per poster: ${cpu.svg.toFixed(0)} ms layout and SVG + ${cpu.png.toFixed(0)} ms PNG (load average ${load})`,
  );
} else {
  work = mkdtempSync(join(tmpdir(), 'posters-bench-'));
  try {
    prepareCopy();
    await measureBuilds();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function measureBuilds() {
  const cold = build('cold (no cached posters)');
  const bytes = posterBytes();
  const warm = build('warm (all posters cached)');
  rmSync(join(work, 'src/pages/daily/[id]/poster.png.ts'));
  const none = build('without the poster route');
  console.log(`\n${count} cards, load average ${load} at the start (2 cores)\n`);
  console.log('| build | wall time | posters | first → last poster in the log |');
  console.log('|---|---|---|---|');
  for (const run of [cold, warm, none])
    console.log(`| ${run.label} | ${run.seconds.toFixed(1)} s | ${run.posters} | ${run.span} s |`);
  console.log(
    `\nPosters in dist/: ${(bytes / 1024 / 1024).toFixed(1)} MB (${(bytes / count / 1024).toFixed(0)} KB each)`,
  );
  console.log(
    `Poster cost: cold +${(cold.seconds - none.seconds).toFixed(1)} s, warm +${(warm.seconds - none.seconds).toFixed(1)} s over the build without posters`,
  );
  const cpu = await cpuPerPoster(40);
  console.log(
    `CPU time per poster: ${cpu.svg.toFixed(0)} ms layout and SVG + ${cpu.png.toFixed(0)} ms PNG; for ${count} cards ≈ ${((count * (cpu.svg + cpu.png)) / 1000).toFixed(0)} s cold, ${((count * cpu.svg) / 1000).toFixed(0)} s warm (one core)`,
  );
}
