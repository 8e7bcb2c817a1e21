/**
 * `npm run digest [-- --dry-run]`: e-mails today's 每日一学 card and what was
 * published since each member's last digest to the addresses in the member
 * archives, one mail per member. See docs/daily-sharing.md.
 *
 * Never twice: each member's mark (src/lib/digest/state.ts) is written right
 * after their mail is accepted, so a rerun the same day sends nothing, and a run
 * cut short by the mail server resumes with only the members it missed.
 * Never an address in the output: counts, and masked addresses at most; a
 * refused recipient is named by member and archive file, since a masked
 * address can fit several members.
 *
 * Exit status: 0 sent or nothing to send; 1 configuration, content or state
 * problem, or some recipients refused; 2 the mail server could not be reached
 * or refused the login.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { loadSettings, siteAddress } from '../../src/site/settings.ts';
import { civilDateInShanghai, formatCivilDate } from '../../src/lib/civil-date.ts';
import { planDigest, planKey, type DigestPlan } from '../../src/lib/digest/selection.ts';
import { digestMail, type DigestCard } from '../../src/lib/digest/mail.ts';
import { markDelivered, parseDigestState, serializeDigestState, type DigestState } from '../../src/lib/digest/state.ts';
import { maskAddress } from '../../src/lib/members/mask-address.ts';
import { t } from '../../src/i18n/zh.ts';
import { privateOutputPath } from '../shared/private-output.ts';
import { loadDigestContent } from './content.ts';
import { loadRecipients, type Recipient } from './recipients.ts';
import { describeFailure, failureKind, smtpConfig, type SmtpConfig } from './smtp.ts';

export interface DigestRun {
  root: string;
  env: Record<string, string | undefined>;
  args: string[];
  log: (line: string) => void;
  error: (line: string) => void;
}

const DEFAULT_STATE = '.digest-state.json';

function readState(file: string): DigestState {
  return parseDigestState(existsSync(file) ? readFileSync(file, 'utf8') : undefined, file);
}

/** Write then rename: a run stopped mid-write leaves the previous state, never half a file. */
function writeState(file: string, state: DigestState) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, serializeDigestState(state));
  renameSync(partial, file);
}

/** The moment the digest is for: now, or DIGEST_NOW (an ISO instant) to test a given day. */
function digestNow(env: DigestRun['env']): Date {
  if (!env.DIGEST_NOW) return new Date();
  const now = new Date(env.DIGEST_NOW);
  if (Number.isNaN(now.getTime()))
    throw new Error(`DIGEST_NOW 不是有效的时间，如 2026-12-05T05:00:00+08:00 / DIGEST_NOW is not a valid instant`);
  return now;
}

export async function runDigest({ root, env, args, log, error }: DigestRun): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const settings = loadSettings(root);
  const { site, base } = siteAddress(settings, env);
  const siteRoot = new URL(base, site).toString();
  const now = digestNow(env);
  const day = civilDateInShanghai(now);

  let smtp: SmtpConfig | undefined;
  let stateFile: string;
  try {
    // The state holds hashes of members' addresses: private output like a report.
    stateFile = privateOutputPath(
      env.DIGEST_STATE || DEFAULT_STATE,
      { zh: '摘要状态文件', en: 'digest state file' },
      root,
    );
    if (!dryRun) smtp = smtpConfig(env, settings.siteName);
    if (/^https?:\/\/(localhost|127\.)/.test(siteRoot) && !dryRun) {
      throw new Error(
        `网站地址是 ${siteRoot}：邮件里的链接在党员的手机上打不开。请在站点设置中填写网站地址（siteUrl），或设置环境变量 SITE_URL / The site address is local: set siteUrl in the settings or SITE_URL`,
      );
    }
  } catch (problem) {
    error((problem as Error).message);
    return 1;
  }

  let state: DigestState;
  let content: ReturnType<typeof loadDigestContent>;
  try {
    state = readState(stateFile);
    content = loadDigestContent(root);
  } catch (problem) {
    error((problem as Error).message);
    return 1;
  }

  const list = loadRecipients(root, env);
  for (const problem of list.problems) error(problem);
  log(
    `每日学习摘要 ${formatCivilDate(day)}：党员档案 ${list.archives} 份（${list.folder}），有效邮箱 ${list.recipients.length} 个，未填邮箱 ${list.withoutAddress} 份。` +
      ` / Digest for ${day}: ${list.archives} archives, ${list.recipients.length} addresses.`,
  );
  if (list.recipients.length === 0) {
    log('没有可发送的邮箱，未发送。/ No addresses: nothing sent.');
    return list.problems.length > 0 ? 1 : 0;
  }

  // One plan per member; members with the same plan get the same mail, composed once.
  const due: { recipient: Recipient; plan: DigestPlan<DigestCard>; key: string }[] = [];
  for (const recipient of list.recipients) {
    const plan = planDigest(content.cards, content.items, now, state.recipients[recipient.key]);
    if (plan) due.push({ recipient, plan, key: planKey(plan) });
  }
  const already = list.recipients.length - due.length;
  if (due.length === 0) {
    log(
      `今天的摘要已经发给全部 ${already} 位，本次不再发送。/ Today's digest already went to all ${already}: nothing sent.`,
    );
    return list.problems.length > 0 ? 1 : 0;
  }
  if (already > 0) log(`其中 ${already} 位今天已收到，不再发送。/ ${already} already received today's digest.`);
  const mails = new Map<string, ReturnType<typeof digestMail>>();
  const mailFor = (key: string, plan: DigestPlan<DigestCard>) => {
    if (!mails.has(key))
      mails.set(key, digestMail(plan, { siteName: settings.siteName, branchName: settings.branchName, siteRoot, t }));
    return mails.get(key)!;
  };

  if (dryRun) {
    for (const { key, plan } of due) mailFor(key, plan);
    log(
      `试运行：将发送 ${due.length} 封（${mails.size} 种内容），没有连接邮件服务器。/ Dry run: ${due.length} mails would be sent.`,
    );
    for (const mail of mails.values()) log(`  · ${mail.subject}`);
    return 0;
  }

  const transport = nodemailer.createTransport({
    host: smtp!.host,
    port: smtp!.port,
    secure: smtp!.secure,
    ...(smtp!.user ? { auth: { user: smtp!.user, pass: smtp!.password! } } : {}),
    pool: true,
    maxConnections: 1,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    // Connect and log in before the first mail: a server that cannot be reached sends nothing.
    try {
      await transport.verify();
    } catch (failure) {
      error(
        `${describeFailure(failure, smtp!)}\n本次没有发出任何邮件；修正后重新运行 npm run digest。/ Nothing was sent; run npm run digest again once fixed.`,
      );
      return 2;
    }
    let sent = 0;
    const refused: string[] = [];
    for (const { recipient, plan, key } of due) {
      const mail = mailFor(key, plan);
      try {
        await transport.sendMail({
          from: smtp!.from,
          to: recipient.address,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
      } catch (failure) {
        if (failureKind(failure) === 'recipient') {
          refused.push(`  - ${recipientLabel(recipient)}：${describeFailure(failure, smtp!)}`);
          continue;
        }
        error(
          `${describeFailure(failure, smtp!)}\n发送中断：已发出 ${sent} 封，还有 ${due.length - sent - refused.length} 位没有收到。修正后重新运行 npm run digest，只会发给没有收到的人。` +
            ` / Sending stopped after ${sent} mails; a rerun sends only to those who did not receive it.`,
        );
        return 2;
      }
      sent += 1;
      state = markDelivered(state, recipient.key, plan.mark);
      writeState(stateFile, state);
    }
    log(`已发送 ${sent} 封。/ Sent ${sent} mails.`);
    if (refused.length > 0) {
      error(
        `${refused.length} 位的邮件被拒收（重新运行 npm run digest 会只给他们重发）/ ${refused.length} recipients were refused (a rerun retries only them):\n${refused.join('\n')}`,
      );
      return 1;
    }
    return list.problems.length > 0 ? 1 : 0;
  } finally {
    transport.close();
  }
}

/** A recipient as the secretary knows them: 王芳（members/wang-fang.yml，w***@e***.cn）. */
const recipientLabel = ({ address, members }: Recipient) =>
  `${members.map(({ name, file }) => `${name}（${file}）`).join('、')}，${maskAddress(address)}`;

/** The project root: the folder with package.json above this script. */
export const projectRoot = () => join(import.meta.dirname, '../..');
