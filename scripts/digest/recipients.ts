/**
 * The digest's recipients: the e-mail addresses in the members' private archives
 * (MEMBERS_DIR, else src/content/members). An address is only ever used to send;
 * what is logged or stored is a count, a masked form or a hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseEntryData } from '../../src/model/check-content.ts';
import { isEmailAddress } from '../../src/lib/members/mask-address.ts';

export interface Recipient {
  /** Hash of the address: the key of its mark in the digest state. */
  key: string;
  address: string;
}

export interface RecipientList {
  folder: string;
  recipients: Recipient[];
  archives: number;
  /** Archives without an e-mail address (the field is optional). */
  withoutAddress: number;
  /** One line per archive whose address cannot be used; the line names the file, never the address. */
  problems: string[];
}

/** A stable key that does not reveal the address. */
export const recipientKey = (address: string) =>
  createHash('sha256').update(`dangjian-digest\0${address.trim().toLowerCase()}`).digest('hex').slice(0, 24);

export function loadRecipients(root: string, env: Record<string, string | undefined>): RecipientList {
  const folder = env.MEMBERS_DIR ? resolve(root, env.MEMBERS_DIR) : join(root, 'src/content/members');
  const list: RecipientList = {
    folder: relative(root, folder) || folder,
    recipients: [],
    archives: 0,
    withoutAddress: 0,
    problems: [],
  };
  if (!existsSync(folder)) return list;
  const seen = new Set<string>();
  for (const name of readdirSync(folder)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()) {
    const file = join(list.folder, name);
    list.archives += 1;
    let data: unknown;
    try {
      data = parseEntryData(readFileSync(join(folder, name), 'utf8'), 'yml');
    } catch {
      list.problems.push(`${file}: 文件无法读取（YAML 格式错误），已跳过 / cannot be read (YAML syntax), skipped`);
      continue;
    }
    const email = (data as { email?: unknown }).email;
    if (email === undefined || email === null || (typeof email === 'string' && email.trim() === '')) {
      list.withoutAddress += 1;
      continue;
    }
    if (typeof email !== 'string' || !isEmailAddress(email.trim())) {
      list.problems.push(
        `${file}: email 不是有效的邮箱地址，已跳过；请在 CMS 的党员档案中改正 / email is not a valid address, skipped`,
      );
      continue;
    }
    const key = recipientKey(email);
    if (seen.has(key)) continue; // two archives with one address: one mail
    seen.add(key);
    list.recipients.push({ key, address: email.trim() });
  }
  return list;
}
