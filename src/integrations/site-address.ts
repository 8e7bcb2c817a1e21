/**
 * A build without the site's public address (siteUrl in the settings, or SITE_URL) says so,
 * once, before the pages: its posters and pages leave out the QR codes and share tags that
 * would lead to this computer (src/site/posters.ts, BaseLayout, ShareQr), and the person
 * publishing should know why before a member forwards a poster.
 */
import type { AstroIntegration } from 'astro';
import { loadSettings, unknownAddressWarning } from '../site/settings';

export function siteAddressCheck(): AstroIntegration {
  return {
    name: 'site:address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = unknownAddressWarning(loadSettings());
        if (warning) logger.warn(warning);
      },
    },
  };
}
