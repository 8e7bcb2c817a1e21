/**
 * The mail server, from the environment only (never from a file in the
 * repository): SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM,
 * SMTP_SECURE. And what a failure means: a recipient refused (the others still
 * get their mail; a rerun retries that one) or a server that cannot be reached or
 * refuses the login (stop at once: nothing more is sent, nothing twice later).
 */
import { isEmailAddress, maskAddresses } from '../../src/lib/members/mask-address.ts';

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from: { name: string; address: string };
}

const HELP = '见 docs/daily-sharing.md「邮件摘要」/ see docs/daily-sharing.md';

/** Reads the configuration; the error lists every missing or wrong variable. */
export function smtpConfig(env: Record<string, string | undefined>, siteName: string): SmtpConfig {
  const problems: string[] = [];
  const host = env.SMTP_HOST?.trim() ?? '';
  if (!host) problems.push('SMTP_HOST：邮件服务器地址，如 smtp.exmail.qq.com / the mail server host');
  const secure = env.SMTP_SECURE ? /^(1|true|yes)$/i.test(env.SMTP_SECURE) : env.SMTP_PORT?.trim() === '465';
  const port = env.SMTP_PORT?.trim() ? Number(env.SMTP_PORT) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    problems.push('SMTP_PORT：端口应为 1–65535 的整数，如 465 或 587 / the port must be a number such as 465 or 587');
  const user = env.SMTP_USER?.trim() || undefined;
  const password = env.SMTP_PASSWORD || undefined;
  if (user && !password)
    problems.push(
      'SMTP_PASSWORD：设置了 SMTP_USER 就需要密码（很多邮箱要用“授权码”）/ a password is needed with SMTP_USER',
    );
  // "支部 <a@b.cn>" or a bare address; a bare SMTP_USER that is an address will do.
  const fromText = env.SMTP_FROM?.trim() || user || '';
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(fromText);
  const fromAddress = (match ? match[2]! : fromText).trim();
  if (!isEmailAddress(fromAddress))
    problems.push('SMTP_FROM：发件人地址，如 党支部 <dangzhibu@example.edu.cn> / the sender address');
  if (problems.length > 0) {
    throw new Error(
      `邮件摘要的设置不完整，没有发送 / The digest is not configured, nothing was sent:\n${problems.map((p) => `  - ${p}`).join('\n')}\n${HELP}`,
    );
  }
  return {
    host,
    port,
    secure,
    ...(user ? { user, password: password! } : {}),
    from: { name: match?.[1]?.replace(/^"|"$/g, '').trim() || siteName, address: fromAddress },
  };
}

interface MailError {
  code?: string;
  responseCode?: number;
  command?: string;
  message?: string;
}

export type FailureKind = 'recipient' | 'auth' | 'connection';

/** Whether an error concerns one recipient, the login, or the server itself. */
export function failureKind(error: unknown): FailureKind {
  const { code, command } = (error ?? {}) as MailError;
  if (code === 'EENVELOPE' || command === 'RCPT TO') return 'recipient';
  if (code === 'EAUTH' || code === 'ENOAUTH') return 'auth';
  return 'connection';
}

/** The error in both languages, with any address in the server's words masked. */
export function describeFailure(error: unknown, config: SmtpConfig): string {
  const { code, responseCode, message } = (error ?? {}) as MailError;
  const detail = maskAddresses(`${code ?? ''}${responseCode ? ` ${responseCode}` : ''} ${message ?? ''}`.trim());
  switch (failureKind(error)) {
    case 'recipient':
      return `邮件服务器拒收了这个收件人：${detail} / The mail server refused this recipient`;
    case 'auth':
      return `邮件服务器拒绝登录，请检查 SMTP_USER 和 SMTP_PASSWORD（很多邮箱要用“授权码”而不是登录密码）：${detail} / The mail server refused the login: check SMTP_USER and SMTP_PASSWORD`;
    case 'connection':
      return `无法连接邮件服务器 ${config.host}:${config.port}（${detail}）。请检查 SMTP_HOST、SMTP_PORT、SMTP_SECURE 和网络 / Cannot reach the mail server ${config.host}:${config.port}: check SMTP_HOST, SMTP_PORT, SMTP_SECURE and the network`;
  }
}
