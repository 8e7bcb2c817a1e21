/**
 * /branch/ballots.json: the definitions of the ballots held on the branch
 * service (docs/branch-service.md), which the service reads. Always built,
 * whether or not this site has the service: it is public content, the same
 * titles, questions and times as the polls' pages.
 */
import type { APIRoute } from 'astro';
import { ballotsFile } from '../../site/branch';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await ballotsFile(), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
