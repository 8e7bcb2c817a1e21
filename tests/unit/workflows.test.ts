/**
 * The deployment workflows cannot run here, but what they rely on can be
 * checked: the schedule means 05:00 Beijing time, every npm script they call
 * exists, the build gets the site address and the output folder is dist/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from '../support/content';
import { REQUIRED_VARIABLES } from '../../scripts/deploy-s3/plan';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { schedule: { cron: string }[]; push: { branches: string[] } };
  jobs: Record<string, { steps: Step[]; needs?: string[]; if?: string; env?: Record<string, string> }>;
}

const scripts = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const load = (path: string) => yaml.load(readFileSync(join(ROOT, path), 'utf8')) as Workflow;

/** The Beijing hour at which a daily "m h * * *" cron (UTC) fires. */
function beijingHour(cron: string): string {
  const [minute, hour] = cron.split(' ').map(Number) as [number, number];
  return `${String((hour + 8) % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

describe.each(['.github/workflows/deploy.yml', '.gitea/workflows/deploy.yml'])('%s', (path) => {
  const workflow = load(path);
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('builds on every push to main and daily at 05:00 Beijing time', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule.map((s) => beijingHour(s.cron))).toEqual(['05:00']);
  });

  it('calls only npm scripts that exist (sync only with --if-present until it exists)', () => {
    const calls = steps.flatMap((step) => [...(step.run ?? '').matchAll(/npm run (\S+)( --if-present)?/g)]);
    expect(calls.length).toBeGreaterThan(0);
    for (const [, script, ifPresent] of calls) {
      if (!ifPresent) expect(scripts).toContain(script);
    }
    expect(steps.some((step) => step.run === 'npm ci')).toBe(true);
  });

  // npm ci empties node_modules, so the caches are restored after it, and before the build that uses them.
  it.each([
    ['the CMS bundle', 'node_modules/.cache/dangjian-cms'],
    ['the share posters', 'node_modules/.cache/dangjian-posters'],
    ['the last build (unchanged pages and search-index parts)', '.cache/astro'],
  ])('keeps %s between runs, restored after npm ci and before the build', (_, path) => {
    const restore = steps.findIndex((step) => step.uses?.startsWith('actions/cache') && step.with?.path === path);
    expect(restore).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm ci'));
    expect(restore).toBeLessThan(steps.findIndex((step) => step.run === 'npm run build'));
  });

  it('saves the build cache after every run (a key of its own) and restores the newest', () => {
    const cache = steps.find((step) => step.with?.path === '.cache/astro')!;
    expect(cache.with!.key).toMatch(/^astro-build-\$\{\{ (github|gitea)\.run_id \}\}$/);
    expect(cache.with!['restore-keys']).toBe('astro-build-');
  });

  it('sends the e-mail digest only when configured, on the daily or a manual run, after publishing, keeping its record even when sending fails', () => {
    const [jobName, job] = Object.entries(workflow.jobs).find(([, j]) =>
      j.steps.some((step) => step.run === 'npm run digest'),
    )!;
    const digest = job.steps.findIndex((step) => step.run === 'npm run digest');
    const conditions = `${job.if ?? ''} ${job.steps[digest]!.if ?? ''}`;
    expect(conditions).toContain("env.SMTP_HOST != ''");
    expect(conditions).toMatch(/event_name == 'schedule'/);
    expect(conditions).toMatch(/event_name == 'workflow_dispatch'/);
    expect(job.env?.SMTP_HOST).toBe('${{ secrets.SMTP_HOST }}');
    const env = job.steps[digest]!.env!;
    expect(env.SITE_URL).toBeTruthy();
    for (const name of ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_FROM'])
      expect(env[name]).toBe(`\${{ secrets.${name} }}`);
    // After the site is live: the links in the mail must open.
    if (job.needs) expect(job.needs).toContain('deploy');
    else expect(digest).toBeGreaterThan(job.steps.findIndex((step) => /rsync/.test(step.run ?? '')));
    const restore = job.steps.findIndex(
      (step) => step.uses?.startsWith('actions/cache/restore') && step.with?.path === '.digest-state.json',
    );
    const save = job.steps.findIndex(
      (step) => step.uses?.startsWith('actions/cache/save') && step.with?.path === '.digest-state.json',
    );
    expect(restore).toBeGreaterThan(-1);
    expect(restore).toBeLessThan(digest);
    expect(save).toBeGreaterThan(digest);
    expect(job.steps[save]!.if).toMatch(/always\(\)/);
    // The mail password goes to the digest step alone, never to the build.
    const build = steps.find((step) => step.run === 'npm run build')!;
    expect(JSON.stringify(build.env ?? {})).not.toContain('SMTP');
    expect(jobName).toBeTruthy();
  });

  it('gives the build the site address, so links work under a sub-path', () => {
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env?.SITE_URL).toBeTruthy();
  });

  it('publishes to object storage after the build when the variable S3_BUCKET is set, keys from secrets, and skips it otherwise', () => {
    const deploy = steps.findIndex((step) => step.run?.includes('npm run deploy:s3'));
    expect(deploy).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm run build'));
    const step = steps[deploy]!;
    expect(step.if).toBe("${{ vars.S3_BUCKET != '' }}");
    for (const { name } of REQUIRED_VARIABLES) {
      expect(step.env?.[name], name).toBe(/KEY/.test(name) ? `\${{ secrets.${name} }}` : `\${{ vars.${name} }}`);
    }
    // Runners without rclone install it (Debian/Ubuntu package).
    expect(step.run).toMatch(/command -v rclone .*apt-get install -y -qq rclone/);
  });
});

describe('object storage instead of the other targets', () => {
  it('GitHub: Pages steps and the deploy job skip when S3_BUCKET is set; the build takes SITE_URL then', () => {
    const workflow = load('.github/workflows/deploy.yml');
    const steps = workflow.jobs.build!.steps;
    expect(steps.find((step) => step.uses?.startsWith('actions/configure-pages'))?.if).toBe(
      "${{ vars.S3_BUCKET == '' }}",
    );
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.if).toBe(
      "${{ vars.S3_BUCKET == '' }}",
    );
    expect(workflow.jobs.deploy!.if).toBe("${{ vars.S3_BUCKET == '' }}");
    expect(steps.find((step) => step.run === 'npm run build')?.env?.SITE_URL).toBe(
      "${{ vars.S3_BUCKET == '' && format('{0}/', steps.pages.outputs.base_url) || vars.SITE_URL }}",
    );
  });

  it('Gitea: the pages branch is written only when neither nginx nor object storage is set', () => {
    const steps = load('.gitea/workflows/deploy.yml').jobs['build-and-publish']!.steps;
    expect(steps.find((step) => step.name === '发布到 pages 分支')?.if).toBe(
      "${{ vars.DEPLOY_HOST == '' && vars.S3_BUCKET == '' }}",
    );
  });
});

describe('GitHub Pages workflow', () => {
  it('publishes dist/ and may read discussions for the sync', () => {
    const raw = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
    const workflow = yaml.load(raw) as Workflow & { permissions: Record<string, string> };
    const upload = workflow.jobs.build!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload?.with).toEqual({ path: 'dist' });
    expect(workflow.permissions).toMatchObject({ discussions: 'read', pages: 'write', 'id-token': 'write' });
  });
});
