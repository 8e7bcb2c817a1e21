/**
 * The confidential report channel (举报) of /feedback/: a mail link with a
 * prefilled template, or an external form. Pure logic; the page renders it.
 */

export interface ReportChannelSettings {
  email?: string;
  url?: string;
  note: string;
}

export interface ReportChannelLink {
  kind: 'email' | 'form';
  href: string;
  /** What the reader sees: the address, or the form's host. */
  label: string;
}

/**
 * `mailto:` with subject and body encoded per RFC 6068: spaces as %20 (not +,
 * which mail apps show literally) and line breaks as %0D%0A.
 */
export function mailtoLink(address: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** The ways to report, mail first; empty when neither is configured. */
export function reportChannelLinks(
  channel: ReportChannelSettings,
  template: { subject: string; body: string },
): ReportChannelLink[] {
  const links: ReportChannelLink[] = [];
  if (channel.email)
    links.push({
      kind: 'email',
      href: mailtoLink(channel.email, template.subject, template.body),
      label: channel.email,
    });
  if (channel.url) links.push({ kind: 'form', href: channel.url, label: new URL(channel.url).host });
  return links;
}

/** WeChat's own browser (its user agent says MicroMessenger): it opens no mail program, so a mailto: link there does nothing. */
export const isWeChatBrowser = (userAgent: string) => /MicroMessenger/i.test(userAgent);
