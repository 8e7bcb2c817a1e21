/**
 * E-mail addresses never reach a log in clear (CI logs of a public repository are
 * public): at most a masked form that lets the secretary tell which archive to
 * check, l***@e***.cn, and any address inside a mail server's reply is masked too.
 */

const ADDRESS = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;

/** 'li-hua@example.edu.cn' → 'l***@e***.cn' */
export function maskAddress(address: string): string {
  const [local = '', domain = ''] = address.trim().split('@');
  const tld = domain.includes('.') ? domain.slice(domain.lastIndexOf('.')) : '';
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${tld}`;
}

/** `text` with every address in it masked. */
export const maskAddresses = (text: string): string => text.replace(ADDRESS, maskAddress);

/** A plausible address: one @, a dot in the domain, no spaces or angle brackets. */
export const isEmailAddress = (value: string): boolean =>
  /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(value);
