/**
 * Ports of the servers the end-to-end tests start. TEST_PORT_OFFSET moves them
 * all, so two checkouts can run their tests on one machine at once.
 */
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);

export const PREVIEW_PORT = 4400 + offset;
/**
 * The address the end-to-end build is given (SITE_URL, scripts/test.ts): its preview's own, so
 * its QR codes, posters and share tags are real links the tests can follow. A build without
 * an address leaves them out (src/site/settings.ts, `known`).
 */
export const TEST_SITE_URL = `http://localhost:${PREVIEW_PORT}/`;
/** Decap's local backend (decap-server); the build points the CMS at it (CMS_PROXY_PORT). */
export const CMS_PROXY_PORT = Number(process.env.CMS_PROXY_PORT ?? 8081 + offset);
/** A second preview, for a rebuilt copy of the site. */
export const REBUILD_PORT = 4401 + offset;
/** `astro dev`, as `npm start` runs it. */
export const DEV_PORT = 4410 + offset;
/** nginx with the documented server block. */
export const NGINX_PORT = 4420 + offset;
/** The fake Giscus host of the discussion tests. */
export const GISCUS_PORT = 4430 + offset;
/** The local SMTP server of the e-mail digest tests (smtp-server). */
export const SMTP_PORT = 4460 + offset;
/** `npm run lighthouse`'s preview (Lighthouse). */
export const AUDIT_PORT = 4440 + offset;
/** `npm run bench`'s preview of the benchmark build (first-search bytes). */
export const BENCH_PORT = 4441 + offset;
/** The local S3-compatible server (s3rver) of the object storage deploy tests. */
export const S3_PORT = 4470 + offset;
/** A copy of the site with test fixtures added (tests/support/fixture-site.ts). */
export const FIXTURE_PORT = 4402 + offset;
/** That copy's own CMS backend (decap-server in the copy's folder). */
export const FIXTURE_CMS_PORT = 4403 + offset;
/** The Waline discussion service of the tests (tools/waline-server.ts). */
export const WALINE_PORT = 4450 + offset;
/** The throwaway PostgreSQL cluster behind it. */
export const WALINE_DB_PORT = 4451 + offset;
/** The site and Waline under one origin, as nginx serves them (tools/site-proxy.ts, tests/e2e/waline.spec.ts). */
export const WALINE_SITE_PORT = 4452 + offset;
/** The branch service's own Waline and PostgreSQL (tests/integration/branch-service.test.ts), beside the discussion tests' pair. */
export const BRANCH_PORT = 4455 + offset;
export const BRANCH_DB_PORT = 4456 + offset;
