import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_CSP, adminCspAdditions, cspDirectives } from '../../../src/lib/web/csp';
import { contentSecurityPolicy } from '../../../src/site/csp';
import type { Settings } from '../../../src/site/settings';

describe('cspDirectives', () => {
  it('allows frames (its own PDFs) and everything else only from our own origin without Giscus or media servers', () => {
    const directives = cspDirectives({});
    expect(directives).toContain("frame-src 'self'");
    expect(directives).toContain("img-src 'self' data:");
    expect(directives).toContain("media-src 'self'");
    expect(directives.join(';')).not.toMatch(/https?:/);
  });

  it('allows the Giscus host as the only other frame source and the media servers for media', () => {
    const directives = cspDirectives({
      giscusOrigin: 'https://giscus.example.cn',
      mediaOrigins: ['https://media.example.cn'],
    });
    expect(directives).toContain("frame-src 'self' https://giscus.example.cn");
    expect(directives).toContain("img-src 'self' data: https://media.example.cn");
    expect(directives).toContain("media-src 'self' https://media.example.cn");
    expect(directives).toContain("connect-src 'self'");
  });
});

describe('adminCspAdditions', () => {
  it.each([
    [{ name: 'github' }, true, "connect-src 'self' blob: https://api.github.com http://localhost:8081"],
    [
      { name: 'gitlab' },
      { url: 'http://localhost:8581/api/v1' },
      "connect-src 'self' blob: https://gitlab.com http://localhost:8581",
    ],
    [
      { name: 'gitea', base_url: 'https://git.example.cn', api_root: 'https://git.example.cn/api/v1' },
      true,
      "connect-src 'self' blob: https://git.example.cn http://localhost:8081",
    ],
  ] as const)('lets the CMS reach its %o backend', (backend, local_backend, connect) => {
    const additions = adminCspAdditions({ backend, local_backend });
    expect(additions.directives[0]).toBe(connect);
    expect(additions.scriptResources).toEqual(["'unsafe-eval'"]);
    expect(additions.styleResources).toEqual(["'unsafe-inline'"]);
  });
});

it('adds no local backend when the CMS has none', () => {
  expect(adminCspAdditions({ backend: { name: 'github' }, local_backend: false }).directives[0]).toBe(
    "connect-src 'self' blob: https://api.github.com",
  );
});

it('lets the 待审稿件 panel reach a branch service on another origin', () => {
  expect(
    adminCspAdditions({ backend: { name: 'github' }, local_backend: false, serviceOrigin: 'https://talk.example.cn' })
      .directives[0],
  ).toBe("connect-src 'self' blob: https://api.github.com https://talk.example.cn");
});

describe('server headers', () => {
  const headerLines = (text: string) =>
    new Map([...text.matchAll(/^\s*([A-Za-z-]+): (.+)$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
  const nginxLines = (text: string) =>
    new Map([...text.matchAll(/^add_header ([A-Za-z-]+) "(.+)" always;$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
  const netlify = headerLines(readFileSync('public/_headers', 'utf8'));
  const nginx = nginxLines(readFileSync('docs/nginx/dangjian-headers.conf', 'utf8'));

  it('public/_headers and the nginx snippet send the same headers', () => {
    expect(netlify).toEqual(nginx);
    expect([...netlify.keys()].sort()).toEqual([
      'content-security-policy',
      'permissions-policy',
      'referrer-policy',
      'x-content-type-options',
      'x-frame-options',
    ]);
  });

  it('the header policy is only frame-ancestors, which a meta tag cannot carry', () => {
    expect(netlify.get('content-security-policy')).toBe(HEADER_CSP);
  });
});

describe('cspDirectives with the branch discussion service', () => {
  it('adds a Waline service on another origin to connect-src and img-src, and nothing when it is on the site itself', () => {
    const elsewhere = cspDirectives({ walineOrigin: 'https://talk.example.cn' });
    expect(elsewhere).toContain("connect-src 'self' https://talk.example.cn");
    expect(elsewhere).toContain("img-src 'self' data: https://talk.example.cn");
    expect(elsewhere).toContain("frame-src 'self'");
    expect(cspDirectives({}).join(';')).not.toMatch(/https?:/);
  });
});

describe('contentSecurityPolicy', () => {
  const emptyStyle = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
  const policy = (discussion: object) =>
    contentSecurityPolicy({ mediaHosts: [], ...discussion } as unknown as Settings);

  it("allows Waline's empty dark-mode style (it always adds one) only where Waline runs", () => {
    expect(policy({ discussion: { provider: 'waline' } }).styleDirective.hashes).toEqual([emptyStyle]);
    expect(policy({ discussion: { provider: 'none' } }).styleDirective.hashes).toEqual([]);
    expect(policy({}).styleDirective.hashes).toEqual([]);
  });
});
