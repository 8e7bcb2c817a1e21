/**
 * The digest's recipients: the e-mail addresses in the members' private archives
 * (read and checked by scripts/members/archive-files.ts, like every command's).
 * An address is only ever used to send; what is logged or stored is a count, a
 * masked form or a hash. A message about one recipient names the member (a
 * masked address alone can fit several). A repository without archives has no recipients.
 */
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { isEmailAddress } from '../../src/lib/members/mask-address.ts';
import { membersDir, readArchives } from '../members/archive-files.ts';

export interface Recipient {
  /** Hash of the address: the key of its mark in the digest state. */
  key: string;
  address: string;
  /** Who it is, for a message about this recipient: the member's name and archive file (two when two archives share the address). */
  members: { name: string; file: string }[];
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
  const dir = membersDir(env);
  const folder = resolve(root, dir);
  const { archives, rejected, problems } = readArchives(dir, { root, required: false });
  const list: RecipientList = {
    folder: relative(root, folder) || folder,
    recipients: [],
    archives: archives.length + rejected.length,
    withoutAddress: 0,
    // The model's own lines name the file, the field and the fix, never an address.
    problems: problems.map((problem) => `${problem}（已跳过 / skipped）`),
  };
  for (const { file, data } of archives) {
    const email: unknown = data.email;
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
    const member = { name: String(data.name), file };
    const shared = list.recipients.find((recipient) => recipient.key === key);
    if (shared) {
      shared.members.push(member); // two archives with one address: one mail
      continue;
    }
    list.recipients.push({ key, address: email.trim(), members: [member] });
  }
  return list;
}
