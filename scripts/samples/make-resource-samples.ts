#!/usr/bin/env node
/**
 * Makes the sample content of the study sections from `resource-data.ts` and
 * `daily-data.ts`: Markdown/YAML entries, PDFs and images (rendered by Chromium),
 * speech (espeak-ng, voice cmn), audio/video (ffmpeg) and WebVTT captions timed
 * to the real speech. Run once by hand; its output is committed, so neither the
 * build nor the tests need these tools:  node scripts/samples/make-resource-samples.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { books, media, courseware } from './resource-data.ts';
import { dailyCards } from './daily-data.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const content = (dir: string) => join(ROOT, 'src/content', dir);
const uploads = (dir: string) => join(ROOT, 'public/uploads', dir);
for (const dir of ['library', 'media', 'courseware']) mkdirSync(uploads(dir), { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'study-samples-'));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const FONT = `font-family: 'Noto Sans CJK SC', sans-serif;`;
// PDFs: a TrueType CJK font (fonts-droid-fallback) embeds as a small subset; Noto's .ttc becomes Type 3 glyphs.
const PDF_FONT = `font-family: 'Droid Sans Fallback', sans-serif;`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function shot(html: string, file: string, width: number, height: number, type: 'png' | 'jpeg' = 'png') {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html lang="zh-CN"><body style="margin:0;${FONT}">${html}</body></html>`);
  await page.screenshot({ path: file, type, ...(type === 'jpeg' ? { quality: 70 } : {}) });
}

async function pdf(html: string, file: string, landscape = false) {
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><style>
    body { ${PDF_FONT} font-size: 12pt; line-height: 1.8; margin: 0; }
    * { font-weight: normal !important; } /* synthetic bold would print as Type 3 glyphs */
    section { page-break-after: always; padding: 1.5cm; }
    h1 { font-size: 22pt; color: #b0141c; } h2 { font-size: 15pt; border-left: 4px solid #b0141c; padding-left: 8px; }
    .slide { height: 15cm; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; }
    .slide h2 { border: 0; font-size: 30pt; color: #b0141c; }
  </style></head><body>${html}</body></html>`);
  await page.pdf({ path: file, format: 'A5', landscape, printBackground: true });
}

const yamlString = (s: string) => JSON.stringify(s);

// 电子图书室: a cover and a PDF per book.
for (const book of books) {
  await shot(
    `<div style="width:300px;height:420px;background:linear-gradient(160deg,#b0141c,#7a0c12);color:#fff;display:flex;flex-direction:column;justify-content:space-between;padding:28px;box-sizing:border-box">
      <div style="font-size:14px;opacity:.85">${esc(book.publisher)}</div>
      <div style="font-size:28px;font-weight:700;line-height:1.4">${esc(book.title)}</div>
      <div style="font-size:15px">${esc(book.author)} · ${book.year}</div></div>`,
    join(uploads('library'), `${book.id}.jpg`),
    300,
    420,
    'jpeg',
  );
  await pdf(
    `<section><h1>${esc(book.title)}</h1><p>${esc(book.author)}</p><p>${esc(book.publisher)} · ${book.year}</p><p>${esc(book.summary)}</p></section>` +
      book.pages
        .map(
          ([h, ...ps]) =>
            `<section><h2>${esc(h ?? '')}</h2>${ps
              .filter(Boolean)
              .map((p) => `<p>${esc(p)}</p>`)
              .join('')}</section>`,
        )
        .join(''),
    join(uploads('library'), `${book.id}.pdf`),
  );
  writeFileSync(
    join(content('library'), `${book.id}.md`),
    `---
title: ${yamlString(book.title)}
author: ${yamlString(book.author)}
publisher: ${yamlString(book.publisher)}
year: ${book.year}
date: ${book.date}
file: /uploads/library/${book.id}.pdf
cover: /uploads/library/${book.id}.jpg
coverAlt: ${yamlString(`红色封面，白字书名“${book.title}”，下方署名“${book.author} · ${book.year}”`)}
summary: ${yamlString(book.summary)}
---

${book.intro.join('\n\n')}
`,
  );
}

// 网上视听室: speech per sentence, so captions follow the real timing.
const duration = (file: string) =>
  Number(
    execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file])
      .toString()
      .trim(),
  );
const stamp = (s: number) => new Date(Math.round(s * 1000)).toISOString().slice(11, 23);
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

for (const item of media) {
  const dir = join(work, item.id);
  mkdirSync(dir);
  const parts = item.speech.map((text, i) => {
    const file = join(dir, `s${i}.wav`);
    execFileSync('espeak-ng', ['-v', 'cmn', '-s', '165', '-w', file, text]);
    return { text, file, seconds: duration(file) };
  });
  writeFileSync(join(dir, 'list.txt'), parts.map((p) => `file '${p.file}'`).join('\n'));
  const speech = join(dir, 'speech.wav');
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    join(dir, 'list.txt'),
    '-c',
    'copy',
    speech,
  ]);
  let at = 0;
  const cues = parts.map((p, i) => {
    const cue = `${i + 1}\n${stamp(at)} --> ${stamp(at + p.seconds)}\n${p.text}\n`;
    at += p.seconds;
    return cue;
  });
  writeFileSync(join(uploads('media'), `${item.id}.vtt`), `WEBVTT\n\n${cues.join('\n')}`);
  const video = item.kind === '视频';
  const slides = item.slides ?? []; // only videos have slides
  const slide = (title: string, n: number) =>
    `<div style="width:480px;height:270px;background:${n === 0 ? '#b0141c' : '#fbeeee'};color:${n === 0 ? '#fff' : '#7a0c12'};display:flex;align-items:center;justify-content:center;font-size:${n === 0 ? 40 : 34}px;font-weight:700;text-align:center;padding:20px;box-sizing:border-box">${esc(title)}</div>`;
  const posterPng = join(dir, 'poster.png');
  await shot(slide(video ? (slides[0] ?? item.title) : item.title, 0), posterPng, 480, 270);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', posterPng, '-q:v', '6', join(uploads('media'), `${item.id}.jpg`)]);
  let src;
  if (video) {
    const frames = [];
    for (const [i, title] of slides.entries()) {
      const png = join(dir, `f${i}.png`);
      await shot(slide(title, i), png, 480, 270);
      frames.push(`file '${png}'\nduration ${(parts[i]?.seconds ?? 0).toFixed(3)}`);
    }
    frames.push(`file '${join(dir, `f${slides.length - 1}.png`)}'`);
    writeFileSync(join(dir, 'frames.txt'), frames.join('\n'));
    src = `${item.id}.mp4`;
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'concat',
      '-safe',
      '0',
      '-i',
      join(dir, 'frames.txt'),
      '-i',
      speech,
      '-vf',
      'fps=10,format=yuv420p',
      '-c:v',
      'libx264',
      '-preset',
      'veryslow',
      '-crf',
      '32',
      '-tune',
      'stillimage',
      '-c:a',
      'aac',
      '-b:a',
      '32k',
      '-ac',
      '1',
      '-shortest',
      '-movflags',
      '+faststart',
      join(uploads('media'), src),
    ]);
  } else {
    src = `${item.id}.mp3`;
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-i',
      speech,
      '-c:a',
      'libmp3lame',
      '-b:a',
      '32k',
      '-ac',
      '1',
      join(uploads('media'), src),
    ]);
  }
  writeFileSync(
    join(content('media'), `${item.id}.md`),
    `---
title: ${yamlString(item.title)}
kind: ${item.kind}
src: /uploads/media/${src}
poster: /uploads/media/${item.id}.jpg
captions: /uploads/media/${item.id}.vtt
duration: "${clock(at)}"
date: ${item.date}
---

${item.speech.join('\n\n')}
`,
  );
}

// 多媒体课件: slide PDFs and images.
for (const entry of courseware) {
  const files = [];
  for (const [i, file] of entry.files.entries()) {
    const name = `${entry.id}-${i + 1}.${file.kind === 'image' ? 'png' : 'pdf'}`;
    if (file.kind === 'image') {
      await shot(
        `<div style="width:800px;height:600px;background:#fbfaf8;border:12px solid #b0141c;box-sizing:border-box;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:6px">${(
          file.lines ?? []
        )
          .map(
            (l, j) =>
              `<div style="font-size:${j === 0 ? 40 : 28}px;font-weight:${j === 0 ? 700 : 400};color:${j === 0 ? '#b0141c' : '#1f1f1f'}">${esc(l)}</div>`,
          )
          .join('')}</div>`,
        join(uploads('courseware'), name),
        800,
        600,
      );
    } else {
      await pdf(
        (file.slides ?? [])
          .map((s) => `<section><div class="slide"><h2>${esc(s)}</h2><p>第一党支部</p></div></section>`)
          .join(''),
        join(uploads('courseware'), name),
        true,
      );
    }
    files.push(`  - name: ${yamlString(file.name)}\n    file: /uploads/courseware/${name}`);
  }
  writeFileSync(
    join(content('courseware'), `${entry.id}.md`),
    `---
title: ${yamlString(entry.title)}
files:
${files.join('\n')}
date: ${entry.date}
---

${entry.body.join('\n\n')}
`,
  );
}

// 每日一学
for (const [id, topic, source, text, date] of dailyCards) {
  writeFileSync(
    join(content('daily'), `${id}.yml`),
    `text: ${yamlString(text)}\nsource: ${yamlString(source)}\ntopic: ${yamlString(topic)}\n${date ? `date: ${date}\n` : ''}`,
  );
}

await browser.close();
rmSync(work, { recursive: true, force: true });
console.log('done');
