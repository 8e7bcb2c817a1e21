import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkDistLinks } from '../support/dist-links';

let dist: string;
const write = (path: string, content: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), content);
};

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'dist-links-'));
  write(
    'index.html',
    '<a href="/dj/a/">a</a><img src="/dj/logo.svg"><a href="https://other.example/x">x</a><a href="mailto:a@b.c">m</a>',
  );
  write(
    'a/index.html',
    '<h2 id="part">p</h2><a href="../">home</a><a href="#part">self</a><link rel="canonical" href="https://site.example/dj/a/">',
  );
  write('logo.svg', '<svg/>');
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const check = () => checkDistLinks(dist, { base: '/dj/', site: 'https://site.example/' });

describe('checkDistLinks', () => {
  it('accepts pages, assets, relative links, anchors, other origins and mail links', () => {
    expect(check()).toEqual([]);
  });

  it.each([
    ['a missing page', '<a href="/dj/missing/">x</a>', 'no such file'],
    ['a missing asset', '<img src="/dj/missing.png">', 'no such file'],
    ['a missing anchor', '<a href="/dj/a/#nowhere">x</a>', 'no element with id "nowhere"'],
    ['a link that ignores the base path', '<a href="/a/">x</a>', 'outside the base path /dj/'],
    ['an absolute link to the site that is broken', '<a href="https://site.example/dj/b/">x</a>', 'no such file'],
    ['a missing image in srcset', '<img srcset="/dj/logo.svg 1x, /dj/big.png 2x">', 'no such file'],
  ])('reports %s', (_case, html, problem) => {
    write('b.html', html);
    expect(check()).toEqual([expect.objectContaining({ page: '/dj/b.html', problem })]);
  });
});
