import type { APIContext } from 'astro';
import { feedResponse } from '../../site/feeds';

export const GET = (context: APIContext) => feedResponse(context.site, 'courseware');
