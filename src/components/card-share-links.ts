/**
 * Client side of CardShareLinks.astro: when DailyCard turns to another day's card,
 * its poster and page links follow. The links keep the site's base path: only the
 * card id inside them changes.
 */
/** `which` is the screen-reader text naming the new card (daily.whichCard, filled). */
export function showCardLinks(root: ParentNode, fromId: string, toId: string, which: string): void {
  if (fromId === toId) return;
  const swap = (link: HTMLAnchorElement) =>
    link.setAttribute('href', link.getAttribute('href')!.replace(`/daily/${fromId}/`, `/daily/${toId}/`));
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-poster-link], [data-page-link]')) swap(link);
  root.querySelector('[data-poster-link]')?.setAttribute('download', `daily-${toId}.png`);
  for (const span of root.querySelectorAll('[data-which]')) span.textContent = which;
}
