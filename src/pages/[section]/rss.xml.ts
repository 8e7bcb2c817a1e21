/** Each section's feed, `/<section>/rss.xml`, for every section whose model asks for one. */
import type { APIContext, GetStaticPaths } from 'astro';
import { FEED_SECTIONS, feedResponse, type FeedSection } from '../../site/feeds';
import { collectionModel } from '../../model/collections';

export const getStaticPaths = (() =>
  FEED_SECTIONS.map((section) => ({
    params: { section: collectionModel(section).section!.path.replace(/\/$/, '') },
    props: { section },
  }))) satisfies GetStaticPaths;

export const GET = (context: APIContext) =>
  feedResponse(context.site, (context.props as { section: FeedSection }).section);
