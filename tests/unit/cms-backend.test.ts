/** The CMS sign-in configuration generated for each Git host (the shapes Decap's backends read). */
import { describe, expect, it } from 'vitest';
import { decapBackend, decapConfig } from '../../admin/config/to-decap';

describe('decapBackend', () => {
  it.each([
    [
      'GitHub through Netlify (no auth endpoint)',
      { backend: 'github', repo: 'branch/site', branch: 'main' },
      { name: 'github', repo: 'branch/site', branch: 'main' },
    ],
    [
      'GitHub through an external OAuth client',
      { backend: 'github', repo: 'branch/site', branch: 'main', authEndpoint: 'https://oauth.example.cn' },
      {
        name: 'github',
        repo: 'branch/site',
        branch: 'main',
        base_url: 'https://oauth.example.cn',
        auth_endpoint: 'auth',
      },
    ],
    [
      'self-hosted GitLab with PKCE',
      {
        backend: 'gitlab',
        repo: 'branch/site',
        branch: 'main',
        baseUrl: 'https://gitlab.example.cn',
        appId: 'client-1',
      },
      {
        name: 'gitlab',
        repo: 'branch/site',
        branch: 'main',
        auth_type: 'pkce',
        app_id: 'client-1',
        base_url: 'https://gitlab.example.cn',
        api_root: 'https://gitlab.example.cn/api/v4',
        auth_endpoint: 'oauth/authorize',
      },
    ],
    [
      'gitlab.com with PKCE',
      { backend: 'gitlab', repo: 'branch/site', branch: 'main', appId: 'client-1' },
      { name: 'gitlab', repo: 'branch/site', branch: 'main', auth_type: 'pkce', app_id: 'client-1' },
    ],
    [
      'self-hosted Gitea (PKCE is its only sign-in)',
      { backend: 'gitea', repo: 'branch/site', branch: 'main', baseUrl: 'https://git.example.cn', appId: 'client-2' },
      {
        name: 'gitea',
        repo: 'branch/site',
        branch: 'main',
        app_id: 'client-2',
        base_url: 'https://git.example.cn',
        api_root: 'https://git.example.cn/api/v1',
      },
    ],
  ] as const)('%s', (_case, cms, expected) => {
    expect(decapBackend(cms)).toEqual(expected);
  });

  it('keeps the local proxy for local editing whatever the production backend', () => {
    const config = decapConfig({
      cms: { backend: 'gitea', repo: 'b/s', branch: 'main', baseUrl: 'https://git.example.cn', appId: 'x' },
    });
    expect(config.local_backend).toBe(true);
    expect(
      decapConfig({ cms: { backend: 'github', repo: 'b/s', branch: 'main' }, localBackendPort: 8181 }).local_backend,
    ).toEqual({
      url: 'http://localhost:8181/api/v1',
    });
  });
});
