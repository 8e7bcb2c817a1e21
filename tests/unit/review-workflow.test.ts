import { describe, expect, it } from 'vitest';
import { decapConfig, reviewWorkflow } from '../../admin/config/to-decap';

describe('member submissions in the CMS', () => {
  it.each([
    ['github', { editorialWorkflow: true, openAuthoring: true }],
    ['gitlab', { editorialWorkflow: true, openAuthoring: false }],
    ['gitea', { editorialWorkflow: false, openAuthoring: false }],
  ] as const)('%s → %j', (backend, expected) => {
    expect(reviewWorkflow(backend)).toEqual(expected);
  });

  it('turns on the editorial workflow and open authoring on GitHub', () => {
    const config = decapConfig({ cms: { backend: 'github', repo: 'o/r', branch: 'main' } });
    expect(config).toMatchObject({
      publish_mode: 'editorial_workflow',
      backend: { name: 'github', open_authoring: true },
    });
  });

  it('publishes directly on Gitea, which has no review workflow', () => {
    const config = decapConfig({ cms: { backend: 'gitea', repo: 'o/r', branch: 'main' } });
    expect(config).not.toHaveProperty('publish_mode');
    expect(config.backend).not.toHaveProperty('open_authoring');
  });
});
