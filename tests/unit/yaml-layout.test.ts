/** A YAML file saved from the CMS changes only where the data changed (issue 34, item 15). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDataApplied } from '../../admin/yaml-layout';
import { parse } from 'yaml';

const CONTENT = 'src/content';
const yamlFiles = readdirSync(CONTENT).flatMap((dir) =>
  readdirSync(join(CONTENT, dir))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => join(CONTENT, dir, name)),
);

/** Lines of `after` not in `before` and the reverse: a line diff's size, enough to tell an edit from a rewrite. */
function changedLines(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return { added: b.length - start - end, removed: a.length - start - end };
}

describe('withDataApplied', () => {
  it.each(yamlFiles)('writes %s unchanged when nothing changed', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(withDataApplied(text, parse(text))).toBe(text);
  });

  it('adds one quiz question as its own lines, the rest of the file untouched', () => {
    const file = join(CONTENT, 'quizzes/party-constitution-test.yml');
    const text = readFileSync(file, 'utf8');
    const data = parse(text);
    // In the order the form gives the keys: the new question still reads type, stem, options, answer like its neighbours.
    data.questions.push({
      type: '单选题',
      options: ['正确', '错误'],
      stem: '党员有权在党的会议上提出建议。',
      answer: ['正确'],
    });
    const written = withDataApplied(text, data);
    expect(parse(written)).toEqual(data);
    expect(changedLines(text, written)).toEqual({ added: 7, removed: 0 });
    expect(written).toContain('- type: 单选题\n  stem: 党员有权在党的会议上提出建议。\n  options:\n');
  });

  it('changes one value in place, keeps the file’s quoting elsewhere, and drops removed keys', () => {
    const text = 'title: 测验\nquestions:\n- stem: 问题\n  options:\n  - \'8\'\n  - "9"\nshuffle: true\n';
    const data = parse(text);
    data.title = '新测验';
    delete data.shuffle;
    expect(withDataApplied(text, data)).toBe(
      'title: 新测验\nquestions:\n- stem: 问题\n  options:\n  - \'8\'\n  - "9"\n',
    );
  });
});
