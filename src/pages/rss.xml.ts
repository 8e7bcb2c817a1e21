import type { APIContext } from 'astro';
import { feedResponse } from '../site/feeds';

/** The whole site's feed: the newest entries of every section. */
export const GET = (context: APIContext) => feedResponse(context.site);
