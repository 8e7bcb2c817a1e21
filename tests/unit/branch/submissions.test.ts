/**
 * The page's side of 思想汇报 and 征文 on the branch service: the same limits as
 * the service, a retry keeping its request id, what is checked before sending,
 * and a submission opened in the CMS coming back as the member wrote it after
 * Decap's prefill escaping (copied below from decap-cms-core's entries.ts, so a
 * change there shows here as a failing agreement with the installed source).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SUBMISSION_LIMITS as SERVICE_LIMITS } from '../../../services/branch/submissions.mjs';
import {
  SUBMISSION_LIMITS,
  nextPending,
  openContests,
  readPending,
  saveRequest,
  submissionProblem,
  type SubmissionFields,
} from '../../../src/lib/branch/submissions';
import { newEntryHash, stillOpening, unescapeDecapPrefill } from '../../../src/lib/branch/review';

const fields: SubmissionFields = {
  kind: 'report',
  title: '学习体会',
  byline: '姓 + 同志',
  stage: '预备党员',
  contest: '',
  text: '正文',
};

describe('submissions on the page', () => {
  it('uses the service’s limits', () => {
    expect(SUBMISSION_LIMITS).toEqual({
      title: SERVICE_LIMITS.title,
      body: SERVICE_LIMITS.body,
      note: SERVICE_LIMITS.note,
    });
  });

  it('keeps the request id while nothing changes, and takes a new one when the text or the action changes', () => {
    let n = 0;
    const id = () => `request-${(n += 1)}`.padEnd(16, 'x');
    const first = nextPending(undefined, { ...fields, id: 3, submit: true }, id);
    expect(nextPending(first, { ...fields, id: 3, submit: true }, id).requestId).toBe(first.requestId);
    expect(nextPending(first, { ...fields, text: '正文。', id: 3, submit: true }, id).requestId).not.toBe(
      first.requestId,
    );
    expect(nextPending(first, { ...fields, id: 3, submit: false }, id).requestId).not.toBe(first.requestId);
    const storage = { getItem: () => JSON.stringify(first) };
    expect(readPending(storage)).toEqual(first);
    expect(readPending({ getItem: () => '{"kind":"poem"}' })).toBeUndefined();
    expect(saveRequest(first)).toEqual({ id: 3, ...fields, contest: '', submit: true, requestId: first.requestId });
  });

  it('lets a draft be incomplete but not a submission, and never too long', () => {
    expect(submissionProblem({ ...fields, stage: '' }, false)).toBeUndefined();
    expect(submissionProblem({ ...fields, stage: '' }, true)).toBe('no-stage');
    expect(submissionProblem({ ...fields, kind: 'essay' }, true)).toBe('no-contest');
    expect(submissionProblem({ ...fields, title: ' ' }, true)).toBe('no-title');
    expect(submissionProblem({ ...fields, text: '字'.repeat(SUBMISSION_LIMITS.body + 1) }, false)).toBe('text-long');
  });

  it('offers the contests open on the day, both ends included', () => {
    const contests = [{ id: 'a', title: 'A', start: '2026-12-01', deadline: '2026-12-08' }];
    expect(openContests(contests, '2026-12-08').map((c) => c.id)).toEqual(['a']);
    expect(openContests(contests, '2026-12-09')).toEqual([]);
    expect(openContests(contests, '2026-11-30')).toEqual([]);
  });
});

describe('a submission opened in the CMS', () => {
  it('comes back from Decap’s prefill escaping as the member wrote it', () => {
    const source = readFileSync('node_modules/decap-cms-core/src/actions/entries.ts', 'utf8');
    const escapeChain = /function escapeHtml\(unsafe: string\) \{\n\s+return unsafe([\s\S]*?);\n\}/.exec(source)?.[1];
    expect(escapeChain, 'decap-cms-core no longer escapes prefilled values in escapeHtml').toBeDefined();
    const steps = [...escapeChain!.matchAll(/\.replace\(\/(.)\/g, '([^']+)'\)/g)].map(
      ([, from, to]) => [from!, to!] as const,
    );
    expect(steps).toHaveLength(5);
    const decapEscape = (text: string) => steps.reduce((value, [from, to]) => value.replaceAll(from, to), text);
    const written = `他说："我要'入党'" & <b>不是标签</b> &amp; 原样`;
    expect(unescapeDecapPrefill(decapEscape(written))).toBe(written);
  });

  it('opens as a new entry whose address carries the fields, and stays open until the editor leaves it', () => {
    const hash = newEntryHash('reports', { title: '标题 & 副题', body: '一段\n\n二段' });
    expect(hash.startsWith('#/collections/reports/new?')).toBe(true);
    expect(Object.fromEntries(new URLSearchParams(hash.split('?')[1]))).toEqual({
      title: '标题 & 副题',
      body: '一段\n\n二段',
    });
    expect(stillOpening(hash, 'reports')).toBe(true);
    expect(stillOpening('#/collections/reports/entries/xue-xi', 'reports')).toBe(true);
    expect(stillOpening('#/collections/articles', 'reports')).toBe(false);
  });
});
