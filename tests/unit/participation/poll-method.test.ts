import { describe, expect, it } from 'vitest';
import { pollMethod } from '../../../src/lib/participation/poll-method';

describe('pollMethod', () => {
  it('is a GitHub poll when the poll names its discussion and the repository is known, whatever the thread provider', () => {
    for (const provider of ['giscus', 'waline', undefined] as const) {
      expect(pollMethod({ discussion: 34 }, 'example-branch/dangjian', provider)).toEqual({
        kind: 'github',
        repository: 'example-branch/dangjian',
        discussion: 34,
      });
    }
  });

  it('gathers opinions in the thread when there is no GitHub poll', () => {
    expect(pollMethod({}, 'example-branch/dangjian', 'waline')).toEqual({ kind: 'thread', provider: 'waline' });
    expect(pollMethod({ discussion: 34 }, undefined, 'waline')).toEqual({ kind: 'thread', provider: 'waline' });
    expect(pollMethod({}, undefined, 'giscus')).toEqual({ kind: 'thread', provider: 'giscus' });
  });

  it('leaves only the branch meeting without a GitHub poll or a discussion service', () => {
    expect(pollMethod({}, 'example-branch/dangjian', undefined)).toEqual({ kind: 'meeting' });
    expect(pollMethod({ discussion: 34 }, undefined, undefined)).toEqual({ kind: 'meeting' });
  });

  it('holds a ballot on the branch service when the site has it, else at the meeting', () => {
    expect(pollMethod({ method: 'ballot' }, 'example-branch/dangjian', 'waline', true)).toEqual({
      kind: 'ballot',
      online: true,
    });
    expect(pollMethod({ method: 'ballot', discussion: 34 }, 'example-branch/dangjian', 'giscus')).toEqual({
      kind: 'ballot',
      online: false,
    });
  });

  it('keeps a poll chosen for the meeting off GitHub even with a discussion number', () => {
    expect(pollMethod({ method: 'meeting', discussion: 34 }, 'example-branch/dangjian', undefined)).toEqual({
      kind: 'meeting',
    });
  });
});
