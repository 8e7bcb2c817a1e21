/** The site's mark and name for the CMS's login page and header (admin/config/branding.ts). */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { adminLogoSvg } from '../../../admin/config/branding';
import { loadSettings } from '../../site/settings';

export const GET: APIRoute = () =>
  new Response(adminLogoSvg(loadSettings().siteName, readFileSync('public/favicon.svg', 'utf8')), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
