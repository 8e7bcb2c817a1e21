/**
 * `npm run digest` against a real SMTP server on this machine (smtp-server, with
 * a login), reading the sample branch's real archives and content: it delivers
 * one mail to every archive address; a rerun the same day sends nothing; a
 * refused recipient or a server that fails half-way is finished by a rerun that
 * sends only to those who missed it; a stopped server means nothing sent and a
 * clear failure. No address ever appears in what the command prints.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTP_PORT } from '../../tools/ports';
import { cardForDate } from '../../src/lib/content/daily-rotation';
import { dailyCards } from '../support/resource-content';

const ROOT = join(import.meta.dirname, '../..');
const SITE = 'https://www.example.edu.cn/dangjian/';
// The first digest covers seven days: the sample content has items dated 18–22 November.
const NOW = '2026-11-23T05:00:00+08:00';

const membersDir = join(ROOT, 'src/content/members');
const archives = readdirSync(membersDir)
  .filter((file) => file.endsWith('.yml'))
  .map((file) => ({
    file,
    ...(yaml.load(readFileSync(join(membersDir, file), 'utf8')) as { name: string; email?: string }),
  }));
const addresses = archives.map((a) => a.email).filter((email): email is string => Boolean(email));

interface Received {
  to: string[];
  mail: ParsedMail;
}

let received: Received[] = [];
/** Addresses the server refuses at RCPT TO (a full mailbox, say). */
let refuse = new Set<string>();
/** After this many accepted mails the server fails every further message with 421. */
let failAfter = Infinity;
let server: SMTPServer | undefined;
let work: string;

function startServer(): Promise<void> {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'digest' && auth.password === 'secret') callback(null, { user: 'digest' });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (!refuse.has(address.address)) return callback();
      callback(
        Object.assign(new Error(`<${address.address}>: Mailbox temporarily unavailable`), { responseCode: 451 }),
      );
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        if (received.length >= failAfter)
          return callback(Object.assign(new Error('Service shutting down'), { responseCode: 421 }));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
        callback();
      }, callback);
    },
  });
  return new Promise((resolve) => server!.listen(SMTP_PORT, '127.0.0.1', resolve));
}

const stopServer = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

interface Run {
  code: number | null;
  out: string;
}

/** `npm run digest` as an operator runs it; the SMTP server lives in this process, so the run is asynchronous. */
function digest(env: Record<string, string> = {}, state = join(work, 'state.json')): Promise<Run> {
  const child = spawn('npm', ['run', '--silent', 'digest'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(SMTP_PORT),
      SMTP_SECURE: 'false',
      SMTP_USER: 'digest',
      SMTP_PASSWORD: 'secret',
      SMTP_FROM: '红旗党建网 <dangzhibu@example.edu.cn>',
      SITE_URL: SITE,
      DIGEST_STATE: state,
      DIGEST_NOW: NOW,
      ...env,
    },
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}

function expectNoAddressIn(output: string) {
  for (const address of addresses) expect(output).not.toContain(address);
  expect(output).not.toMatch(/[\w.-]+@example\.edu\.cn/);
}

const recipients = () => received.flatMap((r) => r.to).sort();

beforeAll(async () => {
  expect(addresses.length).toBeGreaterThanOrEqual(10);
  work = mkdtempSync(join(tmpdir(), 'digest-'));
  await startServer();
});

afterAll(async () => {
  await stopServer();
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  received = [];
  refuse = new Set();
  failAfter = Infinity;
  rmSync(join(work, 'state.json'), { force: true });
});

describe('npm run digest', { timeout: 120_000 }, () => {
  it('delivers one mail to every archive address: today’s card and what was published, with absolute links; twice in a row sends once', async () => {
    const first = await digest();
    expect(first.code, first.out).toBe(0);
    expect(recipients()).toEqual([...addresses].sort());
    expect(received.every((r) => r.to.length === 1)).toBe(true);

    const card = cardForDate(dailyCards(), '2026-11-23')!;
    const { mail } = received[0]!;
    expect(mail.from?.value[0]).toEqual({ name: '红旗党建网', address: 'dangzhibu@example.edu.cn' });
    expect(mail.subject).toContain('2026年11月23日');
    expect(mail.text).toContain(card.text);
    expect(mail.html).toContain(`${SITE}daily/${card.id}/`);
    expect(mail.html).toContain(`${SITE}daily/${card.id}/poster.png`);
    // New in the week before: the items dated 18–22 November, as absolute links; no draft, nothing dated later.
    const links = [...(mail.html as string).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.every((link) => link.startsWith(SITE))).toBe(true);
    expect(mail.text).toMatch(/新发布（\d+ 篇）/);
    expect(mail.text).toContain('2026年11月22日');
    expect(mail.text).not.toContain('2027年');
    expect(mail.text).not.toContain('（草稿）');
    expectNoAddressIn(first.out);
    // The record of who received what holds hashes, never an address.
    expectNoAddressIn(readFileSync(join(work, 'state.json'), 'utf8'));

    const second = await digest();
    expect(second.code, second.out).toBe(0);
    expect(received).toHaveLength(addresses.length);
    expect(second.out).toContain('今天的摘要已经发给全部');
    expectNoAddressIn(second.out);

    // The next day: one more mail each, with that day's card and nothing announced twice.
    const next = await digest({ DIGEST_NOW: '2026-11-24T05:00:00+08:00' });
    expect(next.code, next.out).toBe(0);
    expect(received).toHaveLength(2 * addresses.length);
    const nextMail = received.at(-1)!.mail;
    expect(nextMail.text).toContain(cardForDate(dailyCards(), '2026-11-24')!.text);
    expect(nextMail.text).toContain('自上次摘要以来，网站没有新发布的内容。');
  });

  it('a refused recipient: the others get theirs, and a rerun sends only to that one', async () => {
    const refused = addresses[3]!;
    refuse = new Set([refused]);
    const first = await digest();
    expect(first.code, first.out).toBe(1);
    expect(recipients()).toEqual(addresses.filter((a) => a !== refused).sort());
    expect(first.out).toContain('被拒收');
    // Named by member and archive: the masked address alone fits several members.
    const member = archives.find((a) => a.email === refused)!;
    const lookalikes = addresses.filter(
      (a) => a[0] === refused[0] && a.split('@')[1]![0] === refused.split('@')[1]![0],
    );
    expect(lookalikes.length).toBeGreaterThan(1);
    expect(first.out).toContain(`  - ${member.name}（src/content/members/${member.file}），${refused[0]}***@e***.cn：`);
    expectNoAddressIn(first.out);

    refuse = new Set();
    const rerun = await digest();
    expect(rerun.code, rerun.out).toBe(0);
    expect(received).toHaveLength(addresses.length);
    expect(received.at(-1)!.to).toEqual([refused]);
    expect(rerun.out).toContain(`其中 ${addresses.length - 1} 位今天已收到`);
  });

  it('a server that fails half-way: the run stops clearly, and a rerun finishes without sending anyone a second mail', async () => {
    failAfter = 4;
    const cut = await digest();
    expect(cut.code, cut.out).toBe(2);
    expect(received).toHaveLength(4);
    expect(cut.out).toMatch(/发送中断：已发出 4 封/);
    expectNoAddressIn(cut.out);

    failAfter = Infinity;
    const rerun = await digest();
    expect(rerun.code, rerun.out).toBe(0);
    expect(recipients()).toEqual([...addresses].sort());
  });

  it('a stopped mail server: nothing is sent, nothing is marked, the failure is clear in both languages', async () => {
    await stopServer();
    try {
      const run = await digest();
      expect(run.code, run.out).toBe(2);
      expect(run.out).toContain(`无法连接邮件服务器 127.0.0.1:${SMTP_PORT}`);
      expect(run.out).toContain('Cannot reach the mail server');
      expect(run.out).toContain('本次没有发出任何邮件');
      expect(existsSync(join(work, 'state.json'))).toBe(false);
      expectNoAddressIn(run.out);
    } finally {
      await startServer();
    }
    // Once the server is back, everyone gets the digest: the failed run recorded nothing as sent.
    const retry = await digest();
    expect(retry.code, retry.out).toBe(0);
    expect(recipients()).toEqual([...addresses].sort());
  });

  it('a wrong password and a missing configuration fail clearly and send nothing', async () => {
    const login = await digest({ SMTP_PASSWORD: 'wrong' });
    expect(login.code, login.out).toBe(2);
    expect(login.out).toContain('邮件服务器拒绝登录');
    expect(login.out).not.toContain('wrong');

    const unconfigured = await digest({ SMTP_HOST: '', SMTP_FROM: '', SMTP_USER: '' });
    expect(unconfigured.code, unconfigured.out).toBe(1);
    expect(unconfigured.out).toContain('SMTP_HOST');
    expect(unconfigured.out).toContain('SMTP_FROM');
    expect(received).toEqual([]);
  });
});
