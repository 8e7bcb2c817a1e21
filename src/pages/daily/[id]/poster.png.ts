/** /daily/<id>/poster.png: the share poster of one 每日一学 card, rendered at build time (src/site/posters.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDailyCards, type DailyCard } from '../../../site/daily';
import { cardPosterPng } from '../../../site/posters';

export const getStaticPaths = (async () =>
  (await getDailyCards()).map((card) => ({ params: { id: card.id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const png = await cardPosterPng((props as { card: DailyCard }).card, site);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
